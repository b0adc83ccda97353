"""The attendance sheet opens from the session detail and from a slot of the planning."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from formadesk.core.services.attendance import Mark
from formadesk.gui.attendance import AttendanceDialog
from formadesk.gui.tabs.planning import PlanningTab
from formadesk.gui.tabs.sessions import SessionsTab
from tests.core.attendance_factories import START, held_session

LAST_SPRING = dt.date(2025, 3, 3)  # a Monday before the real today: every half-day is held


def close_without_question(dialog: AttendanceDialog) -> None:
    dialog.ask_unsaved = lambda: "discard"
    dialog.close()


def test_the_session_detail_shows_the_rate_and_opens_the_sheet(qtbot, office, bus):
    held = held_session(office, start=LAST_SPRING)
    durand, martin, petit = held.enrollments
    marks = [Mark(durand, slot, "present") for slot in held.slots]
    marks += [Mark(martin, slot, "absent") for slot in held.slots]
    marks += [Mark(petit, slot, "present") for slot in held.slots[1:]]
    marks.append(Mark(petit, held.slots[0], "retard", 120))
    office.attendance.save(held.session_id, marks)
    tab = SessionsTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_session(held.session_id)
    assert "Assiduité : 63\u202f% (26 h 30 sur 42 h)" in tab.ui.detailTitle.text()

    assert tab.detail.attendanceButton.text() == "&Présences…"
    qtbot.mouseClick(tab.detail.attendanceButton, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(AttendanceDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.model.index(2, 0).data() == "R 2 h"

    # A mark saved in the sheet reaches the detail through the change signal.
    dialog.view.setCurrentIndex(dialog.model.index(1, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_P)
    qtbot.keyClick(dialog.view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Assiduité : 71\u202f% (30 h sur 42 h)" in tab.ui.detailTitle.text()
    close_without_question(dialog)


def test_a_planning_slot_opens_the_sheet_on_its_half_day(qtbot, office, bus):
    held = held_session(office)
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.show_week(START)
    slot = next(s for s in tab.slots if s.id == held.slots[2])
    dialog = tab.open_attendance(slot)
    assert dialog is not None and dialog.isVisible()
    assert dialog.view.currentIndex().column() == 2
    assert dialog.windowTitle() == f"Feuille de présence — {slot.session_code}"
    again = tab.open_attendance(next(s for s in tab.slots if s.id == held.slots[0]))
    assert again is dialog  # one sheet per session, its cursor on the new half-day
    assert dialog.view.currentIndex().column() == 0
    close_without_question(dialog)
