"""Logging an exchange (call, e-mail, visit, letter) in a few keystrokes, from anywhere (Ctrl+J).

``quick_log(window)`` opens the dialog with whoever the window shows (the learner, client,
contact, funder, trainer or session selected); an e-mail dropped onto the dialog fills the
date, subject, sender and text, and is kept with the exchange. Ctrl+Entrée saves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.journal import (
    CHANNELS,
    DIRECTIONS,
    AttachmentRow,
    InteractionData,
    MessageInfo,
    Who,
)

from ..formdialog import FormDialog
from ..forms.ui_interaction_dialog import Ui_InteractionDialog
from ..messages import show_error
from ..widgets.exchange_files import open_attachment, open_file
from ..widgets.inputs import fill_combo, french_buttons, select_data

FILE_ROLE = Qt.ItemDataRole.UserRole
QUICK_DAYS = {"weekButton": 7, "twoWeeksButton": 14, "monthButton": 30}
FILE_FILTER = (
    "Fichiers acceptés (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.tif *.tiff *.docx *.xlsx *.odt "
    "*.txt);;Tous les fichiers (*)"
)


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(value.year, value.month, value.day),
        QDateTime.fromString(f"{value:%H:%M}", "HH:mm").time(),
    )


class InteractionDialog(FormDialog):
    """Create (``interaction_id`` None) or edit an exchange of the contact journal."""

    field_widgets = {
        "happened_at": "happenedEdit",
        "channel": "channelCombo",
        "direction": "directionCombo",
        "person": "whoEdit",
        "learner_id": "whoEdit",
        "client_id": "whoEdit",
        "contact_id": "whoEdit",
        "trainer_id": "whoEdit",
        "funder_id": "whoEdit",
        "session_id": "sessionCombo",
        "subject": "subjectEdit",
        "notes": "notesEdit",
        "follow_up_on": "followUpEdit",
        "attachments": "attachmentsList",
    }

    def __init__(
        self,
        office: Office,
        interaction_id: int | None = None,
        parent: QWidget | None = None,
        *,
        who: Who | None = None,
        session_id: int | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.interaction_id = interaction_id
        self.ui = ui = Ui_InteractionDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setToolTip(self.tr("Enregistrer l'échange (Ctrl+Entrée)"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        ui.errorLabel.hide()
        ui.whoEdit.setup(office)
        fill_combo(ui.channelCombo, CHANNELS)
        fill_combo(ui.directionCombo, DIRECTIONS)
        ui.followUpCheck.toggled.connect(ui.followUpEdit.setEnabled)
        for name, days in QUICK_DAYS.items():
            getattr(ui, name).clicked.connect(lambda _c=False, d=days: self.follow_up_in(d))
            getattr(ui, name).setAutoDefault(False)
        ui.whoEdit.who_changed.connect(lambda _who: self._fill_sessions())
        ui.whoEdit.who_changed.connect(lambda _who: self._show_who_kind())
        ui.whoEdit.textChanged.connect(lambda _t: self._show_who_kind())
        ui.addFileButton.clicked.connect(self.choose_files)
        ui.openFileButton.clicked.connect(self.open_selected_file)
        ui.removeFileButton.clicked.connect(self.remove_selected_file)
        ui.attachmentsList.currentRowChanged.connect(lambda _r: self._update_file_buttons())
        ui.attachmentsList.itemDoubleClicked.connect(lambda _i: self.open_selected_file())
        for button in (ui.addFileButton, ui.openFileButton, ui.removeFileButton):
            button.setAutoDefault(False)
        self.setAcceptDrops(True)
        self._first_field: QWidget = ui.subjectEdit
        self._loaded: InteractionData | None = None
        self._loaded_who: Who | None = None
        self._detach: list[int] = []
        if interaction_id is None:
            self._start(who, session_id)
        else:
            self._load(interaction_id)
        self._update_file_buttons()

    # -- loading --------------------------------------------------------------------------
    def _start(self, who: Who | None, session_id: int | None) -> None:
        ui = self.ui
        now = dt.datetime.now().replace(second=0, microsecond=0)
        ui.happenedEdit.setDateTime(_qdatetime(now))
        select_data(ui.channelCombo, "telephone")
        select_data(ui.directionCombo, "entrant")
        ui.whoEdit.set_who(who)
        self._fill_sessions(session_id)
        self._set_follow_up(None)
        self.setWindowTitle(self.tr("Noter un échange"))
        self._first_field = ui.subjectEdit if who is not None else ui.whoEdit

    def _load(self, interaction_id: int) -> None:
        ui, journal = self.ui, self.office.journal
        data = journal.get(interaction_id)
        self._loaded = data
        self._loaded_who = journal.who_of(data)
        ui.happenedEdit.setDateTime(_qdatetime(data.happened_at))
        select_data(ui.channelCombo, data.channel)
        select_data(ui.directionCombo, data.direction)
        ui.whoEdit.set_who(self._loaded_who, free_name=data.person)
        self._fill_sessions(data.session_id)
        ui.subjectEdit.setText(data.subject)
        ui.notesEdit.setPlainText(data.notes)
        self._set_follow_up(data.follow_up_on)
        for attachment in journal.attachments(interaction_id):
            self._add_item(attachment.filename, attachment)
        self.setWindowTitle(
            self.tr("Échange du {date}").format(date=f"{data.happened_at:%d/%m/%Y}")
        )

    def _show_who_kind(self) -> None:
        """« Apprenant », « Contact chez Acme », or « nom libre » beside the name."""
        who = self.ui.whoEdit.who()
        if who is not None:
            text = f"{who.kind_label} {who.detail}".strip()
        elif self.ui.whoEdit.free_name():
            text = self.tr("nom libre (pas de fiche)")
        else:
            text = ""
        self.ui.whoKindLabel.setText(text)

    def _set_follow_up(self, day: dt.date | None) -> None:
        ui = self.ui
        ui.followUpCheck.setChecked(day is not None)
        ui.followUpEdit.setEnabled(day is not None)
        shown = day or dt.date.today() + dt.timedelta(days=7)
        ui.followUpEdit.setDate(QDate(shown.year, shown.month, shown.day))

    def follow_up_in(self, days: int) -> None:
        """« +1 semaine » …: a follow-up ``days`` after today (or after the exchange, if later)."""
        start = max(dt.date.today(), self.happened_at().date())
        self._set_follow_up(start + dt.timedelta(days=days))

    def _fill_sessions(self, session_id: int | None = None) -> None:
        """The sessions of the chosen person first, then those running around today."""
        combo = self.ui.sessionCombo
        keep = session_id if session_id is not None else combo.currentData()
        choices = self.office.journal.session_choices(self.ui.whoEdit.who())
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Aucune session"), None)
        own = [c for c in choices if c.own]
        for choice in own:
            combo.addItem(choice.label, choice.id)
        if own and len(own) < len(choices):
            combo.insertSeparator(combo.count())
        for choice in choices:
            if not choice.own:
                combo.addItem(choice.label, choice.id)
        if keep is not None and not select_data(combo, keep):
            try:
                row = self.office.sessions.row(keep)
            except FormadeskError:
                row = None
            if row is not None:
                combo.addItem(f"{row.code} — {row.course_title}", row.id)
                select_data(combo, keep)
        combo.blockSignals(False)

    # -- files ------------------------------------------------------------------------------
    def _add_item(self, text: str, value: AttachmentRow | Path) -> None:
        item = QListWidgetItem(text)
        item.setData(FILE_ROLE, value)
        item.setToolTip(str(value) if isinstance(value, Path) else value.media_type)
        self.ui.attachmentsList.addItem(item)

    def new_files(self) -> list[Path]:
        items = (self.ui.attachmentsList.item(i) for i in range(self.ui.attachmentsList.count()))
        return [v for v in (it.data(FILE_ROLE) for it in items) if isinstance(v, Path)]

    def file_names(self) -> list[str]:
        listing = self.ui.attachmentsList
        return [listing.item(i).text() for i in range(listing.count())]

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Joindre des fichiers"), "", self.tr(FILE_FILTER)
        )
        self.add_files(Path(n) for n in names)

    def add_files(self, paths: Iterable[Path]) -> None:
        """Join files to the exchange; an e-mail among them fills the form (a malformed one is
        refused with a message, and not joined)."""
        self.clear_errors()
        for path in paths:
            path = Path(path)
            if path in self.new_files():
                continue
            if self.office.journal.is_message_file(path):
                try:
                    info = self.office.journal.read_message(path)
                except ValidationError as error:
                    self.show_errors(error.errors)
                    continue
                except FormadeskError as error:
                    self.show_errors({"attachments": str(error)})
                    continue
                self.apply_message(info)
            self._add_item(path.name, path)
        self._update_file_buttons()

    def apply_message(self, info: MessageInfo) -> None:
        """Date, subject, sender and (when empty) text of a dropped e-mail."""
        ui = self.ui
        select_data(ui.channelCombo, "email")
        office_email = (self.office.organisation.get().email or "").strip().lower()
        outgoing = bool(office_email) and info.sender_email == office_email
        select_data(ui.directionCombo, "sortant" if outgoing else "entrant")
        if info.sent_at is not None and info.sent_at.date() <= dt.date.today():
            ui.happenedEdit.setDateTime(_qdatetime(info.sent_at))
        if info.subject and not ui.subjectEdit.text().strip():
            ui.subjectEdit.setText(info.subject)
        if info.body and not ui.notesEdit.toPlainText().strip():
            ui.notesEdit.setPlainText(info.body)
        if outgoing:
            return  # our own message: the recipient stays as chosen
        chosen = ui.whoEdit.who()
        if info.matches:
            if chosen not in info.matches:
                ui.whoEdit.set_who(info.matches[0])
        elif chosen is None and not ui.whoEdit.free_name():
            sender = info.sender_name or info.sender_email
            if info.sender_name and info.sender_email:
                sender = f"{info.sender_name} <{info.sender_email}>"
            ui.whoEdit.set_who(None, free_name=sender)

    def _selected_file(self) -> QListWidgetItem | None:
        return self.ui.attachmentsList.currentItem()

    def open_selected_file(self) -> None:
        item = self._selected_file()
        if item is None:
            return
        value = item.data(FILE_ROLE)
        try:
            if isinstance(value, Path):
                open_file(value)
            else:
                open_attachment(self.office, value.id)
        except Exception as error:  # noqa: BLE001 - said in French
            show_error(self, error)

    def remove_selected_file(self) -> None:
        item = self._selected_file()
        if item is None:
            return
        value = item.data(FILE_ROLE)
        if isinstance(value, AttachmentRow):
            self._detach.append(value.id)
        self.ui.attachmentsList.takeItem(self.ui.attachmentsList.row(item))
        self._update_file_buttons()

    def _update_file_buttons(self) -> None:
        chosen = self._selected_file() is not None
        self.ui.openFileButton.setEnabled(chosen)
        self.ui.removeFileButton.setEnabled(chosen)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    # -- saving -----------------------------------------------------------------------------
    def happened_at(self) -> dt.datetime:
        return self.ui.happenedEdit.dateTime().toPython().replace(second=0, microsecond=0)

    def collect(self) -> InteractionData:
        ui = self.ui
        who = ui.whoEdit.who()
        base = self._loaded or InteractionData()
        if self._loaded is None or who != self._loaded_who:
            base = base.with_who(who)  # another person: the ids of the old one go
            person = ui.whoEdit.free_name()
        else:
            person = base.person if who is not None else ui.whoEdit.free_name()
        follow = ui.followUpEdit.date().toPython() if ui.followUpCheck.isChecked() else None
        return InteractionData(
            id=self.interaction_id,
            happened_at=self.happened_at(),
            channel=ui.channelCombo.currentData() or "",
            direction=ui.directionCombo.currentData() or "",
            person=person,
            learner_id=base.learner_id,
            client_id=base.client_id,
            contact_id=base.contact_id,
            trainer_id=base.trainer_id,
            funder_id=base.funder_id,
            session_id=ui.sessionCombo.currentData(),
            subject=ui.subjectEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            follow_up_on=follow,
        )

    def commit(self, data: InteractionData) -> int:
        journal = self.office.journal
        if data.id is None:
            return journal.log(data, attach=self.new_files())
        journal.update(data, attach=self.new_files(), detach=self._detach)
        return data.id


def shown_context(window) -> tuple[Who | None, int | None]:
    """(person, session) selected in the window's current tab, as far as it shows one."""
    from ..widgets.tables import selected_id

    office: Office = window.office
    current = window.tabs.currentWidget()
    kind_id: tuple[str, int] | None = None
    session_id: int | None = None
    name = type(current).__name__
    ui = getattr(current, "ui", None)
    if name == "LearnersTab":
        learner_id = current.selected_id()
        kind_id = ("learner", learner_id) if learner_id else None
    elif name == "ClientsTab" and ui is not None:
        if ui.viewTabs.currentWidget() is ui.clientsPage:
            contact = (
                selected_id(ui.clientContactsView) if ui.clientContactsView.isVisible() else None
            )
            client = current.current_client()
            kind_id = ("contact", contact) if contact else ("client", client) if client else None
        else:
            contact = (
                selected_id(ui.funderContactsView) if ui.funderContactsView.isVisible() else None
            )
            funder = selected_id(ui.fundersView)
            kind_id = ("contact", contact) if contact else ("funder", funder) if funder else None
    elif name == "SessionsTab":
        session_id = current.detail.session_id
        enrollment_id = selected_id(ui.enrollmentTable) if session_id else None
        if enrollment_id:
            model = current.detail.enrollment_model
            row = model.row_at(model.row_of_id(enrollment_id))
            kind_id = ("learner", row.learner_id) if row is not None else None
    elif name == "ResourcesTab" and ui is not None and ui.trainerTable.isVisible():
        trainer = selected_id(ui.trainerTable)
        kind_id = ("trainer", trainer) if trainer else None
    elif name == "QualityTab":
        page = current.pages.currentWidget()
        chosen = page.selected_row() if hasattr(page, "selected_row") else None
        if chosen is not None:
            data = office.journal.get(chosen.id)
            return office.journal.who_of(data), data.session_id
    who = None
    if kind_id is not None:
        try:
            who = office.journal.who(*kind_id)
        except FormadeskError:
            who = None
    return who, session_id


def quick_log(window) -> InteractionDialog:
    """Ctrl+J: the dialog, window-modal, with whoever the window shows; returns it."""
    try:
        who, session_id = shown_context(window)
    except Exception:  # noqa: BLE001 - a tab's shape changed: log with nobody rather than fail
        who, session_id = None, None
    dialog = InteractionDialog(window.office, None, window, who=who, session_id=session_id)
    dialog.accepted.connect(
        lambda: (
            hasattr(window, "show_message")
            and window.show_message(window.tr("Échange enregistré dans le journal."))
        )
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
