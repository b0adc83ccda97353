"""The grid's table view: the keyboard of a paper sheet (P, A, E, R, D, Suppr, Ctrl+P …)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from formadesk.core.vocabulary import ATTENDANCE_KEYS

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class AttendanceView(QTableView):
    """Turns keys into signals; arrows, Tab and Page keys keep their usual meaning."""

    status_typed = Signal(str)  # a status of ATTENDANCE_STATUSES
    erase_typed = Signal()
    fill_typed = Signal()  # Ctrl+P: the current half-day « présent » for whoever is not entered
    undo_typed = Signal()
    redo_typed = Signal()
    save_typed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attendanceView")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        sample = "mer. 30/09 après-midi"  # the widest first line of a half-day's header
        header.setDefaultSectionSize(header.fontMetrics().horizontalAdvance(sample) + 18)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setHighlightSections(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(26)
        rows.setHighlightSections(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if modifiers & CTRL:
            shortcut = {
                Key.Key_P: self.fill_typed,
                Key.Key_S: self.save_typed,
                Key.Key_Y: self.redo_typed,
                Key.Key_Z: self.redo_typed if modifiers & SHIFT else self.undo_typed,
            }.get(Key(key))
            if shortcut is not None:
                shortcut.emit()
                event.accept()
                return
        elif key in (Key.Key_Delete, Key.Key_Backspace):
            self.erase_typed.emit()
            event.accept()
            return
        elif (status := ATTENDANCE_KEYS.get(event.text().upper())) is not None:
            self.status_typed.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters are statuses here, never a search among the rows."""
