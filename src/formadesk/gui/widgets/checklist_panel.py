"""« Suivi de la session »: the office's procedure for one session, ticked by proof or by hand.

Each step shows its deadline (« J-30 · 12/01/2027 »); a step proven by the data is ticked and
cannot be unticked here (its tooltip names the proof); any other step is ticked or unticked by
hand, with a short note. Late steps are red. « Clôturer la session… » closes a finished session
when its required steps are done, and otherwise lists what is missing. Closing files the
session's dossier in the archive tree: the panel then says where, and « Ouvrir le dossier
archivé » opens it. « Rouvrir » takes the reason typed beside it (recorded in the compliance
log); the archived folder stays, and closing again files a new version.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.checklist import Checklist, ChecklistItem, TasksStillOpen

from ..forms.ui_checklist_panel import Ui_ChecklistPanel
from ..messages import confirm, show_error
from ..tasks import run_with_progress

LATE = QColor("#b03a2e")
STEP_ROLE = Qt.ItemDataRole.UserRole
STEP_COLUMN = 1  # the step's label, with its tick; column 0 is its deadline


class ChecklistPanel(QWidget):
    """The checklist of one session (or none), with its progress and the closing buttons."""

    changed = Signal()  # a step was ticked, or the session closed or reopened

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_ChecklistPanel()
        ui.setupUi(self)
        self.session_id: int | None = None
        self.checklist: Checklist | None = None
        self.last_archive = None  # the ArchiveResult of the last closing made here
        self._filling = False
        header = ui.stepTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 330)
        ui.stepTable.itemChanged.connect(self._item_changed)
        ui.closeButton.clicked.connect(self.close_session)
        ui.reopenButton.clicked.connect(self.reopen_session)
        self._add_archive_widgets()
        self.show_session(None)

    def _add_archive_widgets(self) -> None:
        """Where the dossier was filed, a button to open it, the reason of a reopening."""
        ui = self.ui
        self.archive_label = QLabel(ui.checklistGroup)
        self.archive_label.setObjectName("archiveLabel")
        self.archive_label.setWordWrap(True)
        self.archive_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.archive_label.setStyleSheet("color: #1d6b2f;")
        ui.checklistLayout.insertWidget(
            ui.checklistLayout.indexOf(ui.stateLabel) + 1, self.archive_label
        )
        self.open_archive_button = QPushButton(
            self.tr("Ouvrir le dossier archivé"), ui.checklistGroup
        )
        self.open_archive_button.setObjectName("openArchiveButton")
        self.open_archive_button.clicked.connect(self.open_archive)
        ui.checklistButtons.insertWidget(0, self.open_archive_button)
        self.reason_edit = QLineEdit(ui.checklistGroup)
        self.reason_edit.setObjectName("reopenReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Motif de la réouverture"))
        self.reason_edit.setMaxLength(300)
        self.reason_edit.setToolTip(
            self.tr(
                "Pourquoi la session est rouverte : le motif est noté dans le journal de "
                "conformité (Bilans › Données personnelles)."
            )
        )
        buttons = ui.checklistButtons
        buttons.insertWidget(buttons.indexOf(ui.reopenButton), self.reason_edit, 1)

    # -- showing --------------------------------------------------------------------------
    def show_session(self, session_id: int | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        ui = self.ui
        self.checklist = None
        if self.session_id is not None:
            try:
                self.checklist = self.office.checklist.of_session(self.session_id)
            except FormadeskError:
                self.session_id = None
        checklist = self.checklist
        self._filling = True
        try:
            ui.stepTable.setRowCount(0)
            if checklist is None:
                ui.progressBar.setRange(0, 1)
                ui.progressBar.setValue(0)
                ui.progressBar.setFormat(self.tr("Aucune session"))
                ui.stateLabel.setText("")
            else:
                self._fill(checklist)
        finally:
            self._filling = False
        self._update_buttons()

    def _fill(self, checklist: Checklist) -> None:
        ui = self.ui
        progress = checklist.progress
        ui.progressBar.setRange(0, max(progress.total, 1))
        ui.progressBar.setValue(progress.done)
        ui.progressBar.setFormat(
            self.tr("{done}/{total} étapes").format(done=progress.done, total=progress.total)
        )
        ui.stepTable.setRowCount(len(checklist.items))
        closed = checklist.closed_on is not None
        for row, item in enumerate(checklist.items):
            step = QTableWidgetItem(item.label)
            step.setData(STEP_ROLE, item.step_id)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            if self._can_tick(item, closed):
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            step.setFlags(flags)
            step.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            step.setToolTip(self._tooltip(item))
            deadline = QTableWidgetItem(item.deadline_text)
            deadline.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            deadline.setToolTip(step.toolTip())
            if item.late:
                for cell in (step, deadline):
                    cell.setForeground(QBrush(LATE))
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
            detail = QTableWidgetItem(item.detail)
            detail.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            detail.setToolTip(step.toolTip())
            if item.late:
                detail.setForeground(QBrush(LATE))
            ui.stepTable.setItem(row, 0, deadline)
            ui.stepTable.setItem(row, 1, step)
            ui.stepTable.setItem(row, 2, detail)
        ui.stepTable.resizeRowsToContents()
        ui.stateLabel.setText(self._state_text(checklist))

    def _can_tick(self, item: ChecklistItem, closed: bool) -> bool:
        """By hand: any step not proven by the data, except closing itself; never once closed."""
        return not closed and item.how != "preuve" and item.evidence != "closed"

    def _tooltip(self, item: ChecklistItem) -> str:
        required = self.tr("obligatoire à la clôture") if item.required else self.tr("facultative")
        lines = [f"{item.label} ({required})"]
        if item.how == "preuve":
            on = self.tr(" le {date}").format(date=fmt.date_short(item.done_on))
            lines.append(
                self.tr("Faite, preuve : {proof}{on} ({detail}).").format(
                    proof=item.evidence_label, on=on if item.done_on else "", detail=item.detail
                )
            )
        elif item.how == "main":
            lines.append(
                self.tr("Cochée à la main le {date}.").format(date=fmt.date_short(item.done_on))
            )
            if item.note:
                lines.append(self.tr("Note : {note}").format(note=item.note))
        else:
            if item.evidence:
                lines.append(
                    self.tr("Preuve attendue : {proof} ({detail}).").format(
                        proof=item.evidence_label, detail=item.detail
                    )
                )
            else:
                lines.append(self.tr("À cocher à la main une fois faite."))
            if item.late:
                lines.append(
                    self.tr("En retard : échéance le {date}.").format(
                        date=fmt.date_short(item.deadline)
                    )
                )
        return "\n".join(lines)

    def _state_text(self, checklist: Checklist) -> str:
        late = checklist.progress.late
        if checklist.closed_on is not None:
            return self.tr("Session clôturée le {date}.").format(
                date=fmt.date_short(checklist.closed_on)
            )
        if late:
            return self.tr("{n} en retard.").format(
                n=fmt.plural(late, self.tr("étape"), self.tr("étapes"))
            )
        return ""

    def _update_buttons(self) -> None:
        checklist = self.checklist
        closed = checklist is not None and checklist.closed_on is not None
        self.ui.closeButton.setEnabled(checklist is not None and checklist.can_close)
        self.ui.reopenButton.setVisible(closed)
        self.reason_edit.setVisible(closed)
        self.ui.closeButton.setVisible(not closed)
        folder = self.archive_folder()
        self.open_archive_button.setVisible(folder is not None)
        self.archive_label.setVisible(folder is not None)
        if folder is not None:
            self.archive_label.setText(
                self.tr("Dossier archivé dans « {folder} ».").format(folder=folder)
            )

    def archive_folder(self) -> Path | None:
        """The closed session's archived dossier, when it is still there."""
        if self.checklist is None or self.checklist.closed_on is None:
            return None
        try:
            folder = self.office.archives.folder_of(self.checklist.session_id)
        except FormadeskError:
            return None
        return folder if folder is not None and folder.is_dir() else None

    def open_archive(self) -> bool:
        """Open the archived dossier in the file manager."""
        folder = self.archive_folder()
        if folder is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- ticking by hand ------------------------------------------------------------------
    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() != STEP_COLUMN or self.session_id is None:
            return
        done = cell.checkState() == Qt.CheckState.Checked
        step_id = cell.data(STEP_ROLE)
        note = self.ask_note(cell.text(), done)
        if note is None:
            self.reload()  # cancelled: the tick goes back to what the database says
            return
        try:
            self.office.checklist.tick(self.session_id, step_id, done, note)
        except FormadeskError as error:
            self.reload()
            show_error(self, error)
            return
        self.reload()
        self.changed.emit()

    def ask_note(self, label: str, done: bool) -> str | None:
        """A short note for the hand tick (None: cancelled). Tests replace it."""
        title = self.tr("Étape faite") if done else self.tr("Étape à refaire")
        question = (
            self.tr("« {step} » cochée à la main.\nNote (comment, par qui, où est la preuve) :")
            if done
            else self.tr("« {step} » décochée.\nNote (pourquoi) :")
        ).format(step=label)
        text, ok = QInputDialog.getText(self, title, question)
        return text.strip() if ok else None

    # -- closing --------------------------------------------------------------------------
    def close_session(self) -> bool:
        """Close the shown session (filing its dossier), or show what is missing; True when
        closed. If the dossier cannot be written, the session stays open and the message
        says where and what to do."""
        if self.session_id is None:
            return False
        session_id = self.session_id
        text = self.tr("Clôture de la session et archivage de son dossier…")
        close = self.office.checklist.close_session
        try:
            try:
                self.last_archive = run_with_progress(self, text, close, session_id)
            except TasksStillOpen as open_tasks:
                if not self.ask_confirmation(str(open_tasks)):
                    return False
                self.last_archive = run_with_progress(self, text, close, session_id, confirm=True)
        except FormadeskError as error:
            show_error(self, error, self.tr("Clôture de la session"))
            return False
        self.reload()
        self.archive_label.setText(self.last_archive.summary)
        self.changed.emit()
        return True

    def ask_confirmation(self, text: str) -> bool:  # replaced in tests
        return confirm(self, self.tr("Clôture de la session"), text)

    def reopen_session(self) -> bool:
        """Reopen the shown session with the reason typed beside the button (may be empty)."""
        if self.session_id is None:
            return False
        try:
            self.office.checklist.reopen_session(self.session_id, self.reason_edit.text())
        except FormadeskError as error:
            show_error(self, error)
            return False
        self.reason_edit.clear()
        self.reload()
        self.changed.emit()
        return True
