"""« Vérifier le planning », « Règles… », « Trouver une salle » and « Prochain créneau libre »."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QTime

from formadesk.core.services.sessions import SessionData, SlotData
from formadesk.gui.dialogs.conflicts_dialog import ConflictsDialog
from formadesk.gui.dialogs.find_room_dialog import FindRoomDialog
from formadesk.gui.dialogs.planning_rules_dialog import PlanningRulesDialog
from formadesk.gui.tabs.planning import PlanningTab
from tests.core.planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    return make_plan(office)


def _double_booking(plan) -> int:
    """Two sessions in Salle Rhône at the same time, accepted while the rule only warned."""
    plan.office.planning.set_severity("room_double_booked", "warn")
    for _ in range(2):
        slot = SlotData(DAY, T(9), T(12), room_id=plan.big_room)
        data = SessionData(plan.course, DAY, DAY, slots=[slot])
        session_id = plan.office.sessions.save(data, confirm=True)
    plan.office.planning.set_severity("room_double_booked", "block")
    return session_id


def test_the_check_lists_the_conflict_with_counts_and_opens_its_session(qtbot, office, plan):
    session_id = _double_booking(plan)
    dialog = ConflictsDialog(office, today=DAY - dt.timedelta(days=3))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.conflicts))
    kinds = [dialog.ui.kindCombo.itemText(i) for i in range(dialog.ui.kindCombo.count())]
    assert "Salle réservée deux fois (1)" in kinds
    dialog.choose(severity="block")
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data() == "Bloquant"
    assert dialog.model.index(0, 3).data() == "Salle Rhône"
    assert dialog.model.index(0, 0).data() == "02/03/2027 9h00 – 12h00"
    codes = dialog.model.rows()[0].conflict.session_codes
    assert office.sessions.row(session_id).code in codes
    with qtbot.waitSignal(dialog.session_requested) as opened:
        dialog.open_session(dialog.ui.conflictTable.model().index(0, 0))
    assert opened.args[0] in [s.id for s in office.sessions.list() if s.code in codes]


def test_rules_turn_a_kind_into_a_warning_and_set_the_holiday_region(qtbot, office):
    dialog = PlanningRulesDialog(office)
    qtbot.addWidget(dialog)
    combo = dialog.combos["room_double_booked"]
    combo.setCurrentIndex(combo.findData("warn"))
    dialog.ui.regionCombo.setCurrentIndex(dialog.ui.regionCombo.findData("57"))
    dialog.accept()
    assert office.planning.severities()["room_double_booked"] == "warn"
    assert office.planning.holiday_region() == "57"


def test_find_room_lists_only_free_rooms_and_books_one_for_a_slot(qtbot, office, bus, plan):
    _, taken = plan.session((T(9), T(12)))
    office.planning.book_room(taken, plan.big_room, confirm=True)
    dialog = FindRoomDialog(office, None, ask=lambda text: True, day=DAY)
    qtbot.addWidget(dialog)
    dialog.ui.startEdit.setTime(QTime(10, 0))
    dialog.ui.endEdit.setTime(QTime(11, 0))
    assert [line.room.name for line in dialog.model.rows()] == ["Salle Saône"]
    dialog.ui.placesSpin.setValue(3)  # Saône has two places
    assert dialog.model.rows() == []
    assert dialog.ui.resultLabel.text().startswith("0 salle libre le")

    _, (bare,) = plan.session((T(14), T(17)))
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.show_week(DAY)
    for_slot = tab.open_find_room(next(s for s in tab.slots if s.id == bare))
    assert {line.room.name for line in for_slot.model.rows()} == {"Salle Rhône", "Salle Saône"}
    tab.ask_confirmation = lambda text: True  # the slot still has no trainer: a warning
    for_slot.ui.roomTable.selectRow(0)
    assert for_slot.book()
    assert office.planning.slot_state(bare).room_id == for_slot.model.rows()[0].id


def test_next_free_half_day_for_a_trainer_and_a_room_together(qtbot, office, plan):
    _, morning = plan.session((T(9), T(12, 30)))
    office.planning.book_room(morning, plan.big_room, confirm=True)
    dialog = FindRoomDialog(office, None, ask=lambda text: True, day=DAY)
    qtbot.addWidget(dialog)
    dialog.show_next_free_page()
    dialog.ui.trainerCombo.setCurrentIndex(dialog.ui.trainerCombo.findData(plan.anne))
    dialog.ui.roomCombo.setCurrentIndex(dialog.ui.roomCombo.findData(plan.big_room))
    dialog.ui.afterEdit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    dialog.ui.searchButton.click()
    assert dialog.next_free is not None
    assert (dialog.next_free.date, dialog.next_free.start) == (DAY, T(13, 30))
    assert "Mardi 2 mars 2027, 13h30 – 17h00" in dialog.ui.nextFreeLabel.text()
