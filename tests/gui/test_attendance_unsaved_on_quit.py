"""Closing the main window or opening another base asks about a sheet's unsaved marks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from formadesk.gui.attendance import open_attendance
from formadesk.gui.main_window import MainWindow
from tests.core.attendance_factories import TODAY, held_session


def test_quitting_with_unsaved_marks_asks_and_keeps_or_saves_them(office, qtbot):
    held = held_session(office)
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    sheet = open_attendance(office, held.session_id, window, bus=window.bus, today=TODAY)
    sheet.go_to_slot(held.slots[0])
    qtbot.keyClick(sheet.view, Qt.Key.Key_P)
    answers = ["cancel", "save"]
    sheet.ask_unsaved = lambda: answers.pop(0)

    window.close()
    assert window.isVisible() and sheet.isVisible()  # « Annuler »: nothing closes, nothing lost

    window.close()
    assert not window.isVisible()
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.cell(held.enrollments[0], held.slots[0]).status == "present"
