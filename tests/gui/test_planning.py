"""The planning tab lists the week's slots and moves from week to week."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.sessions import SessionData, SlotData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.planning import PlanningTab, week_bounds


def test_week_titles_in_french():
    assert week_bounds(dt.date(2026, 11, 23)) == ("23", "29 novembre 2026")
    assert week_bounds(dt.date(2026, 11, 30)) == ("30 novembre", "6 décembre 2026")
    assert week_bounds(dt.date(2026, 12, 28)) == ("28 décembre 2026", "3 janvier 2027")
    assert week_bounds(dt.date(2027, 3, 1)) == ("1er", "7 mars 2027")


def test_a_slot_of_this_week_appears_and_navigation_moves_the_week(qtbot, office):
    course = office.courses.save(CourseData(code="EXCEL", title="Excel", duration_minutes=210))
    today = dt.date.today()
    slot = SlotData(today, dt.time(9), dt.time(12, 30))
    office.sessions.save(SessionData(course, today, today, code="S-1", slots=[slot]))

    tab = PlanningTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    this_week = tab.ui.weekLabel.text()
    assert this_week.startswith("Semaine du ")
    assert tab.ui.stack.currentWidget() is tab.ui.slotTable
    line = tab.model.rows()[0]
    assert (line.slot.session_code, line.slot.course_title) == ("S-1", "Excel")
    assert tab.model.index(0, 1).data() == "9h00 – 12h30"
    assert not tab.ui.todayButton.isEnabled()

    qtbot.mouseClick(tab.ui.nextButton, Qt.MouseButton.LeftButton)
    assert tab.ui.weekLabel.text() != this_week
    assert tab.ui.stack.currentWidget() is tab.ui.emptyLabel
    qtbot.mouseClick(tab.ui.todayButton, Qt.MouseButton.LeftButton)
    assert tab.ui.weekLabel.text() == this_week
    assert tab.model.rowCount() == 1
