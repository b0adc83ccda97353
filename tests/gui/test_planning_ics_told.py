"""The planning's ICS export says how many slots it wrote and how many earlier ones it left out
(the same rule as `formadesk planning ics`)."""

from __future__ import annotations

import datetime as dt

from icalendar import Calendar
from PySide6.QtWidgets import QMessageBox

from formadesk.gui.tabs.planning import PlanningTab
from tests.core.planning_factories import DAY, T, make_plan


def test_the_ics_message_counts_the_slots_written_and_those_left_out(qtbot, office, bus, tmp_path):
    plan = make_plan(office)
    for day in (DAY - dt.timedelta(days=14), DAY):
        _, slots = plan.session((T(9), T(12)), day=day)
        office.planning.book_room(slots, plan.big_room, confirm=True)
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.show_week(DAY)
    tab.filters.choose(room_id=plan.big_room)
    tab.exports.choose_path = lambda title, name, flt: tmp_path / name

    written = tab.exports.export_ics()

    assert len(Calendar.from_ical(written.read_bytes()).walk("VEVENT")) == 1
    box = tab.findChild(QMessageBox, "exportDoneBox")
    monday = DAY - dt.timedelta(days=DAY.weekday())
    assert f"1 créneau du {monday:%d/%m/%Y} au " in box.text()
    assert "1 créneau antérieur n'est pas inclus" in box.text()
    box.close()
