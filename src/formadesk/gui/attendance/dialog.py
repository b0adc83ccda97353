"""The attendance sheet of a session: type marks like on paper, save them in one go."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..bus import ChangeSignal
from .actions import CellActions, error_text
from .entries import attendance_line, tr
from .evidence_panel import MissingEvidencePanel
from .grid_model import AttendanceGridModel
from .typing_keys import Typing
from .view import AttendanceView

WATCHED = ("attendance", "session", "enrollment", "slot", "all")
LEGEND = (
    "P présent · A absent · E absence excusée · R retard · D départ anticipé (minutes suivies) · "
    "Suppr efface · Ctrl+P tous présents sur la demi-journée · Ctrl+Z annule · Ctrl+S enregistre"
)


class AttendanceDialog(Typing, CellActions, QDialog):
    """Learners and trainers × half-days of one session; marks stay pending until saved."""

    def __init__(
        self,
        office: Office,
        session_id: int,
        *,
        bus: ChangeSignal | None = None,
        slot_id: int | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.today = today or dt.date.today()
        self._saving = False
        grid = office.attendance.grid(session_id, today=self.today)
        self.model = AttendanceGridModel(grid, self)
        self.setObjectName("attendanceDialog")
        self.setWindowFlags(
            self.windowFlags()
            | Qt.WindowType.WindowMaximizeButtonHint
            | Qt.WindowType.WindowMinimizeButtonHint
        )
        self.setSizeGripEnabled(True)
        self.setModal(False)
        self.resize(1100, 640)
        self._build()
        self.view.setModel(self.model)
        for column in (self.model.hours_column, self.model.rate_column):
            self.view.setColumnWidth(column, 80)
        self.stack.indexChanged.connect(self._on_stack)
        self.bus = bus
        if bus is not None:
            bus.changed.connect(self._on_change)
        self.reload_evidence()
        self._show_state()
        self.go_to_slot(slot_id)

    def _build(self) -> None:
        from PySide6.QtGui import QUndoStack

        self.stack = QUndoStack(self)
        layout = QVBoxLayout(self)
        self.title_label = QLabel()
        self.title_label.setObjectName("titleLabel")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title_label)
        legend = QLabel(tr(LEGEND))
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #555;")
        layout.addWidget(legend)
        layout.addWidget(self._build_toolbar())
        self.message_label = QLabel()
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()
        layout.addWidget(self.message_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.view = AttendanceView(splitter)
        self.evidence_panel = MissingEvidencePanel(splitter)
        self.evidence_panel.slot_chosen.connect(self.go_to_slot)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 110])
        layout.addWidget(splitter, 1)
        bottom = QHBoxLayout()
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        bottom.addWidget(self.state_label, 1)
        self.save_button = QPushButton(tr("&Enregistrer"))
        self.save_button.setToolTip(tr("Enregistrer toutes les saisies en une fois (Ctrl+S)"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        close_button = QPushButton(tr("Fermer"))
        close_button.setAutoDefault(False)
        close_button.clicked.connect(self.close)
        bottom.addWidget(self.save_button)
        bottom.addWidget(close_button)
        layout.addLayout(bottom)
        view = self.view
        view.status_typed.connect(self.type_status)
        view.erase_typed.connect(self.erase)
        view.fill_typed.connect(self.fill_present)
        view.undo_typed.connect(self.undo)
        view.redo_typed.connect(self.redo)
        view.save_typed.connect(self.save)
        view.customContextMenuRequested.connect(self.context_menu)
        view.doubleClicked.connect(self._double_clicked)
        for sequence, slot in (
            (QKeySequence.StandardKey.Save, self.save),
            (QKeySequence.StandardKey.Undo, self.undo),
            (QKeySequence.StandardKey.Redo, self.redo),
            (QKeySequence("Ctrl+P"), self.fill_present),
        ):
            QShortcut(sequence, self, slot)

    # -- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the grid again (after a save or another screen's change), keep pending marks."""
        current = self.view.currentIndex()
        position = (current.row(), current.column()) if current.isValid() else (0, 0)
        try:
            grid = self.office.attendance.grid(self.session_id, today=self.today)
        except FormadeskError as error:
            self.show_message(error_text(error), error=True)
            return
        self.model.reload(grid)
        self._set_current(self.model.index(*position))
        self.reload_evidence()
        self._show_state()

    def reload_evidence(self) -> None:
        try:
            rows = self.office.attendance.missing_evidence(self.session_id, today=self.today)
        except FormadeskError as error:
            self.show_message(error_text(error), error=True)
            return
        self.evidence_panel.show_rows(rows)

    def _show_state(self) -> None:
        grid = self.model.grid
        attended, planned = self.model.session_minutes()
        parts = [f"<b>{html.escape(grid.code)}</b> — {html.escape(grid.title)}"]
        if line := attendance_line(attended, planned):
            parts.append(html.escape(line))
        self.title_label.setText(" · ".join(parts))
        count = len(self.model.pending)
        self.state_label.setText(
            tr("{count} : Ctrl+S pour enregistrer.").format(
                count=fmt.plural(count, "saisie non enregistrée", "saisies non enregistrées")
            )
            if count
            else tr("Tout est enregistré.")
        )
        self.save_button.setEnabled(bool(count))
        title = tr("Feuille de présence — {code}").format(code=grid.code)
        self.setWindowTitle(title + (" *" if count else ""))

    def _on_stack(self, _index: int) -> None:
        self._show_state()

    def show_message(self, text: str, *, error: bool = False) -> None:
        """A sentence above the grid: red for a refusal, plain for information."""
        self.message_label.setText(text)
        self.message_label.setStyleSheet(
            "background: #f8d7da; color: #58151c; padding: 6px; border-radius: 3px;"
            if error
            else "background: #e7f1ff; color: #052c65; padding: 6px; border-radius: 3px;"
        )
        self.message_label.setVisible(bool(text))

    def go_to_slot(self, slot_id: int | None) -> None:
        """Put the cursor on a half-day (the first learner's cell), e.g. from the planning."""
        if slot_id is None:
            column = next(
                (c for c, h in enumerate(self.model.half_days) if h.date >= self.today),
                max(0, len(self.model.half_days) - 1),
            )
        else:
            column = self.model.columns_of.get(slot_id, 0)
        self._set_current(self.model.index(0, column))
        self.view.scrollTo(self.view.currentIndex())
        self.view.setFocus()

    def _set_current(self, index: QModelIndex) -> None:
        if index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @property
    def dirty(self) -> bool:
        return bool(self.model.pending)

    # -- saving -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Every pending mark in one call; on refusal the marks stay and the reason shows."""
        if not self.dirty:
            return True
        marks, trainers = self.model.marks(), self.model.trainer_presences()
        self._saving = True
        try:
            self.office.attendance.save(self.session_id, marks, trainers, today=self.today)
        except FormadeskError as error:
            self.show_message(error_text(error), error=True)
            return False
        finally:
            self._saving = False
        self.model.pending.clear()
        self.stack.clear()
        self.reload()
        self.show_message(
            fmt.plural(len(marks) + len(trainers), "saisie enregistrée", "saisies enregistrées")
            + "."
        )
        return True

    def _on_change(self, change) -> None:
        if not self._saving and change.touches(*WATCHED):
            self.reload()

    def ask_unsaved(self) -> str:
        """« save », « discard » or « cancel » for closing with unsaved marks (tests answer it)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            tr("Présences non enregistrées"),
            tr("{count} n'est pas enregistrée. Enregistrer avant de fermer ?").format(
                count=fmt.plural(len(self.model.pending), "saisie")
            ),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")

    def _may_close(self) -> bool:
        if self.dirty:
            answer = self.ask_unsaved()
            if answer == "cancel" or (answer == "save" and not self.save()):
                return False
            self.model.pending.clear()
        if self.bus is not None:
            self.bus.changed.disconnect(self._on_change)
            self.bus = None
        return True

    def reject(self) -> None:
        if self._may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close():
            event.ignore()
            return
        super().closeEvent(event)
