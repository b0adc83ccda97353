"""The generation dialog: choose a session, a kind, a format and recipients, then produce the
documents in a batch that shows its progress and can be interrupted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThreadPool, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QLayout,
    QListWidgetItem,
    QScrollArea,
    QWidget,
)

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..forms.ui_generate_dialog import Ui_GenerateDialog
from ..models.documents import FORMAT_NAMES
from ..widgets.desktop import open_local
from ..widgets.inputs import select_data
from .generate_job import (
    CONTEXT,
    GenerationJob,
    Recipient,
    failure_text,
    fill_kind_combo,
    grouped_kinds,
    make_searchable,
    session_choices,
    session_recipients,
)

IDS_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SCOPE_WHO = {
    "learner": QT_TRANSLATE_NOOP(CONTEXT, "Apprenants"),
    "client": QT_TRANSLATE_NOOP(CONTEXT, "Clients"),
    "trainer": QT_TRANSLATE_NOOP(CONTEXT, "Formateurs"),
}


def scrolled(label: QWidget, *, max_height: int) -> QScrollArea:
    """Put ``label`` in a scroll area, where it stood in its layout, at most ``max_height``
    high: twenty refusals stay readable instead of being cut off."""
    parent = label.parentWidget()
    box = QScrollArea(parent)
    box.setFrameShape(QFrame.Shape.NoFrame)
    box.setWidgetResizable(True)
    box.setMaximumHeight(max_height)
    for layout in [parent.layout(), *parent.findChildren(QLayout)]:
        index = layout.indexOf(label) if isinstance(layout, QBoxLayout) else -1
        if index >= 0:
            layout.insertWidget(index, box)
            break
    box.setWidget(label)
    return box


class GenerateDialog(QDialog):
    """Produce one kind of document for a session: one file per recipient, optionally merged.

    ``session_id`` fixes the session (from the session detail panel); without it the dialog
    offers every session. ``result`` holds the ``GeneratedFiles`` of the last batch.
    """

    def __init__(
        self,
        office: Office,
        session_id: int | None = None,
        parent: QWidget | None = None,
        *,
        kind_key: str = "convocation",
    ):
        super().__init__(parent)
        self.office = office
        office.documents.start_workers()  # ready by the time « Générer » is pressed
        self.ui = ui = Ui_GenerateDialog()
        ui.setupUi(self)
        self.error_box = scrolled(ui.errorLabel, max_height=180)  # a long refusal: scroll it
        self.result = None
        self.job: GenerationJob | None = None
        self._kinds = {k.key: k for _title, kinds in grouped_kinds() for k in kinds}
        make_searchable(ui.sessionCombo)
        for sid, label in session_choices(office):
            ui.sessionCombo.addItem(label, sid)
        if session_id is not None:
            select_data(ui.sessionCombo, session_id)
            ui.sessionCombo.setEnabled(False)
        fill_kind_combo(ui.kindCombo, kind_key)
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._load_recipients())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.formatCombo.currentIndexChanged.connect(lambda _i: self._update_merged())
        ui.recipientsList.itemChanged.connect(lambda _item: self._count_checked())
        ui.allButton.clicked.connect(lambda: self.check_all(True))
        ui.noneButton.clicked.connect(lambda: self.check_all(False))
        ui.generateButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(self.close)
        ui.againButton.clicked.connect(self.show_form)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.openMergedButton.clicked.connect(self.open_merged)
        ui.fileList.itemDoubleClicked.connect(lambda item: open_local(item.data(IDS_ROLE)))
        self._kind_changed()
        self.show_form()
        self.resize(680, 620)

    # -- choices --------------------------------------------------------------------------
    @property
    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    @property
    def kind(self):
        return self._kinds.get(self.ui.kindCombo.currentData())

    def select_kind(self, key: str, file_format: str | None = None) -> None:
        select_data(self.ui.kindCombo, key)
        if file_format:
            select_data(self.ui.formatCombo, file_format)

    def _kind_changed(self) -> None:
        from formadesk.core.documents.engine.field_glossary import SCOPE_LABELS

        kind, ui = self.kind, self.ui
        if kind is None:
            return
        hint = SCOPE_LABELS.get(kind.scope, "").capitalize()
        if kind.applies_note:
            hint += self.tr(", pour {who}").format(who=kind.applies_note)
        ui.kindHint.setText(hint + ".")
        current = ui.formatCombo.currentData()
        ui.formatCombo.blockSignals(True)
        ui.formatCombo.clear()
        for key in kind.formats:
            ui.formatCombo.addItem(FORMAT_NAMES.get(key, key), key)
        ui.formatCombo.blockSignals(False)
        select_data(ui.formatCombo, current)
        self._load_recipients()

    def _load_recipients(self) -> None:
        ui, kind = self.ui, self.kind
        self._error_shown(False)
        ui.recipientsList.clear()
        scope = kind.scope if kind else "session"
        who = SCOPE_WHO.get(scope)
        ui.recipientsGroup.setTitle(
            QCoreApplication.translate(CONTEXT, who) if who else self.tr("Destinataires")
        )
        recipients: list[Recipient] = []
        if self.session_id is not None and scope != "session":
            try:
                recipients = session_recipients(self.office, self.session_id, scope)
            except FormadeskError as error:
                self.show_message(str(error))
        ui.recipientsList.blockSignals(True)
        for recipient in recipients:
            item = QListWidgetItem(recipient.label, ui.recipientsList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(IDS_ROLE, recipient.ids)
            item.setData(NAME_ROLE, recipient.name)
            item.setToolTip(recipient.tooltip)
        ui.recipientsList.blockSignals(False)
        if scope == "session":
            note = self.tr("Un seul document, pour toute la session.")
        elif not recipients:
            note = self.tr("Personne à qui adresser ce document dans cette session pour l'instant.")
        else:
            note = self.tr("Décochez ceux qui ne doivent pas recevoir ce document.")
        ui.recipientsNote.setText(note)
        for widget in (ui.recipientsList, ui.allButton, ui.noneButton, ui.recipientsCount):
            widget.setVisible(bool(recipients))
        # the list takes the free height; without one, the form stays packed at the top
        layout = ui.formPageLayout
        layout.setStretch(layout.indexOf(ui.recipientsGroup), 1 if recipients else 0)
        layout.setStretch(layout.count() - 1, 0 if recipients else 1)
        self._count_checked()
        self._update_merged()

    def check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.ui.recipientsList.count()):
            self.ui.recipientsList.item(row).setCheckState(state)

    def check_only(self, name: str) -> bool:
        """Check the recipient called ``name`` alone; False when there is none of that name."""
        found = False
        for row in range(self.ui.recipientsList.count()):
            item = self.ui.recipientsList.item(row)
            match = item.data(NAME_ROLE) == name
            item.setCheckState(Qt.CheckState.Checked if match else Qt.CheckState.Unchecked)
            found = found or match
        return found

    def _checked(self) -> tuple[list[QListWidgetItem], int]:
        items = [self.ui.recipientsList.item(r) for r in range(self.ui.recipientsList.count())]
        checked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
        return checked, len(items)

    def _count_checked(self) -> None:
        checked, total = self._checked()
        self.ui.recipientsCount.setText(self.tr("{n} sur {m}").format(n=len(checked), m=total))

    def _update_merged(self) -> None:
        kind = self.kind
        several = kind is not None and kind.scope != "session"
        usable = several and self.ui.formatCombo.currentData() == "pdf"
        self.ui.mergedCheck.setEnabled(usable)
        if not usable:
            self.ui.mergedCheck.setChecked(False)

    def selection(self) -> dict[str, list[int] | None]:
        """The ``enrollment_ids`` / ``trainer_ids`` to pass: None when everyone is checked."""
        checked, total = self._checked()
        if len(checked) == total:
            return {}
        ids = sorted({i for item in checked for i in item.data(IDS_ROLE)})
        key = "trainer_ids" if self.kind.scope == "trainer" else "enrollment_ids"
        return {key: ids}

    # -- running --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def show_message(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self._error_shown(True)

    def _error_shown(self, shown: bool) -> None:
        self.ui.errorLabel.setVisible(shown)
        self.error_box.setVisible(shown)

    def start(self) -> None:
        """Start the batch chosen in the form (no-op while one runs)."""
        ui, kind = self.ui, self.kind
        if self.running or kind is None:
            return
        if self.session_id is None:
            self.show_message(self.tr("Choisissez une session dans la liste."))
            return
        chosen = self.selection()
        if any(ids == [] for ids in chosen.values()):
            self.show_message(self.tr("Cochez au moins un destinataire."))
            return
        self._error_shown(False)
        file_format = ui.formatCombo.currentData()
        merged = ui.mergedCheck.isChecked()
        session_id = self.session_id

        def call(**progress):
            return self.office.documents.generate(
                kind.key, session_id, file_format=file_format, merged=merged, **chosen, **progress
            )

        self.job = GenerationJob(call)
        self.job.signals.progressed.connect(self.on_progress)
        self.job.signals.finished.connect(self.on_finished)
        self.job.signals.failed.connect(self.on_failed)
        ui.runTitle.setText(
            self.tr("{what} — {session}").format(
                what=kind.plural or kind.label, session=ui.sessionCombo.currentText()
            )
        )
        ui.progressBar.setValue(0)
        ui.progressLabel.setText(self.tr("Préparation…"))
        ui.runLog.clear()
        self._show_page("run")
        QThreadPool.globalInstance().start(self.job)

    def cancel(self) -> None:
        """Ask the running batch to stop after the current file (what was made is kept)."""
        if self.job is None:
            return
        self.job.cancel()
        self.ui.cancelButton.setEnabled(False)
        self.ui.progressLabel.setText(self.tr("Interruption après le document en cours…"))

    @Slot(str, float)
    def on_progress(self, message: str, fraction: float) -> None:
        if self.job is not None and self.job.cancel_requested:
            return  # keep « Interruption… » on screen
        self.ui.progressLabel.setText(message)
        self.ui.progressBar.setValue(max(0, min(100, round(fraction * 100))))
        kind = self.kind
        if kind is not None and message.startswith(f"{kind.label} "):  # « Convocation 2/8 : … »
            self.ui.runLog.addItem(message)
            self.ui.runLog.scrollToBottom()

    @Slot(object)
    def on_finished(self, result) -> None:
        self.job = None
        self.result = result
        ui = self.ui
        ui.summaryLabel.setText(result.summary)
        ui.fileList.clear()
        for path in result:
            item = QListWidgetItem(Path(path).name, ui.fileList)
            item.setData(IDS_ROLE, str(path))
        for skipped in getattr(result, "skipped", ()):  # not concerned: named, not a file
            text = self.tr("Ignoré : {name} ({reason})")
            item = QListWidgetItem(text.format(name=skipped.name, reason=skipped.reason))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            item.setToolTip(skipped.message)
            ui.fileList.addItem(item)
        folder = self.output_folder()
        ui.folderLabel.setText(self.tr("Dossier : {folder}").format(folder=folder))
        ui.openMergedButton.setVisible(result.merged is not None)
        ui.openFolderButton.setEnabled(folder is not None and folder.exists())
        self._show_page("done")

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.job = None
        self.show_form()
        self.show_message(failure_text(error))

    # -- after ----------------------------------------------------------------------------
    def output_folder(self) -> Path | None:
        if self.result:
            return Path(self.result[0]).parent
        if self.session_id is None:
            return None
        row = self.office.sessions.row(self.session_id)
        return self.office.documents.output_folder(row.code, row.start_date.year)

    def open_folder(self) -> None:
        folder = self.output_folder()
        if folder is not None:
            open_local(folder)

    def open_merged(self) -> None:
        if self.result is not None and self.result.merged:
            open_local(self.result.merged)

    def show_form(self) -> None:
        self._show_page("form")

    def _show_page(self, page: str) -> None:
        ui = self.ui
        pages = {"form": ui.formPage, "run": ui.runPage, "done": ui.donePage}
        ui.pages.setCurrentWidget(pages[page])
        ui.generateButton.setVisible(page == "form")
        ui.cancelButton.setVisible(page == "run")
        ui.cancelButton.setEnabled(True)
        ui.againButton.setVisible(page == "done")
        ui.closeButton.setEnabled(page != "run")
        (ui.generateButton if page == "form" else ui.closeButton).setDefault(True)

    def reject(self) -> None:
        if self.running:  # Escape while running: interrupt, the summary comes next
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
