"""Helpers of the attendance sheet tests: open it on a held session, read its cells, type."""

from __future__ import annotations

from PySide6.QtCore import Qt

from formadesk.gui.attendance import AttendanceDialog
from tests.core.attendance_factories import TODAY, held_session

CTRL = Qt.KeyboardModifier.ControlModifier
HOURS, RATE = 4, 5  # four half-days, then the totals
TRAINER_ROW = 3  # Durand, Martin, Petit, then the trainer


def open_sheet(qtbot, office, today=TODAY, bus=None):
    held = held_session(office)
    dialog = AttendanceDialog(office, held.session_id, today=today, bus=bus)
    qtbot.addWidget(dialog)
    dialog.ask_unsaved = lambda: "discard"  # when the test ends with marks typed
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.go_to_slot(held.slots[0])
    return dialog, held


def text(dialog, row: int, column: int) -> str:
    return dialog.model.index(row, column).data() or ""


def column_texts(dialog, column: int) -> list[str]:
    return [text(dialog, row, column) for row in range(dialog.model.rowCount())]


def press(qtbot, dialog, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(dialog.view, key, modifier)
