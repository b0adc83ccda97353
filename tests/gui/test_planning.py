"""The planning tab shows slots in a week, a month and a timeline, and opens their session."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from formadesk.gui.tabs.planning import PlanningTab, week_bounds
from formadesk.gui.tabs.planning_period import View
from tests.core.factories import make_learner
from tests.core.planning_factories import DAY, T, make_plan


@pytest.fixture
def tab(qtbot, office, bus):
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    return tab


def test_week_titles_in_french():
    assert week_bounds(dt.date(2026, 11, 23)) == ("23", "29 novembre 2026")
    assert week_bounds(dt.date(2026, 11, 30)) == ("30 novembre", "6 décembre 2026")
    assert week_bounds(dt.date(2026, 12, 28)) == ("28 décembre 2026", "3 janvier 2027")
    assert week_bounds(dt.date(2027, 3, 1)) == ("1er", "7 mars 2027")


def test_a_slot_appears_on_its_day_and_double_click_opens_its_session(qtbot, office, tab):
    plan = make_plan(office)
    session_id, (slot_id,) = plan.session((T(9), T(12, 30)))
    tab.show_week(DAY)
    assert tab.ui.periodLabel.text() == "Semaine du 1er au 7 mars 2027"
    block = tab.week_view.block_of(slot_id)
    assert block is not None
    day_column = tab.week_view.days.index(DAY)
    assert tab.week_view.x_of_day(day_column) < block.rect().center().x()
    assert block.rect().center().x() < tab.week_view.x_of_day(day_column + 1)
    assert block.lines[:3] == ["9h00–12h30", "2027-EXCEL-INT-001", "Salle à réserver"]
    point = tab.week_view.mapFromScene(block.rect().center())
    with qtbot.waitSignal(tab.session_requested) as opened:
        qtbot.mouseDClick(tab.week_view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [session_id]

    qtbot.mouseClick(tab.ui.nextButton, Qt.MouseButton.LeftButton)
    assert tab.week_view.block_of(slot_id) is None
    assert tab.ui.countLabel.text() == "Aucun créneau sur cette période."


def test_month_and_timeline_show_the_same_slot_and_filters_narrow_it(qtbot, office, tab):
    plan = make_plan(office)
    _, (slot_id,) = plan.session((T(9), T(12, 30)))
    office.planning.book_room([slot_id], plan.big_room, confirm=True)
    tab.show_week(DAY)
    qtbot.mouseClick(tab.ui.monthViewButton, Qt.MouseButton.LeftButton)
    assert tab.ui.periodLabel.text() == "Mars 2027"
    assert tab.month_view.block_of(slot_id) is not None
    qtbot.mouseClick(tab.ui.timelineViewButton, Qt.MouseButton.LeftButton)
    assert tab.view is View.TIMELINE
    block = tab.timeline_view.block_of(slot_id)
    row_names = [name for _key, name in tab.timeline_view.rows]
    assert row_names == ["Salle Rhône", "Salle Saône"]  # booked: no « Sans salle » row
    assert 40 < block.rect().top() < 40 + tab.timeline_view.row_height  # Rhône's row

    tab.filters.choose(room_id=plan.small_room)
    assert tab.timeline_view.block_of(slot_id) is None
    qtbot.mouseClick(tab.ui.clearFiltersButton, Qt.MouseButton.LeftButton)
    assert tab.timeline_view.block_of(slot_id) is not None


def test_the_learner_filter_finds_a_learner_by_name_and_keeps_only_their_sessions(
    qtbot, office, tab
):
    plan = make_plan(office)
    followed, (slot_followed,) = plan.session((T(9), T(12)))
    _other, (slot_other,) = plan.session((T(14), T(17)))
    learner = make_learner(office, "Lefèvre", "Hélène")
    office.enrollments.enroll(session_id=followed, learner_id=learner)
    tab.show_week(DAY)
    tab.ui.learnerSearchEdit.setText("lefevre")
    qtbot.waitUntil(lambda: tab.ui.learnerFilterCombo.currentData() == learner)
    assert tab.ui.learnerFilterCombo.currentText() == "LEFÈVRE Hélène"
    assert tab.week_view.block_of(slot_followed) is not None
    assert tab.week_view.block_of(slot_other) is None
    tab.ui.learnerSearchEdit.clear()
    qtbot.waitUntil(lambda: tab.week_view.block_of(slot_other) is not None)
