"""The « Exporter » menu writes the planning of the current filter to ICS and Excel."""

from __future__ import annotations

from icalendar import Calendar
from openpyxl import load_workbook

from formadesk.gui import messages
from formadesk.gui.tabs.planning import PlanningTab
from tests.core.planning_factories import DAY, T, make_plan


def test_ics_of_the_filtered_room_is_read_back_by_icalendar(qtbot, office, bus, tmp_path):
    plan = make_plan(office)
    _, in_rhone = plan.session((T(9), T(12)), (T(14), T(17)))
    office.planning.book_room(in_rhone, plan.big_room, confirm=True)
    plan.session((T(9), T(12)))  # no room: not in Salle Rhône's calendar
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.show_week(DAY)
    tab.filters.choose(room_id=plan.big_room)
    asked = []
    tab.exports.choose_path = lambda title, name, flt: asked.append(name) or tmp_path / name

    written = tab.exports.export_ics()

    assert asked == ["planning-salle-rhone.ics"]
    calendar = Calendar.from_ical(written.read_bytes())
    assert str(calendar["x-wr-calname"]) == "Planning — Salle Rhône"
    events = calendar.walk("VEVENT")
    assert len(events) == 2
    starts = sorted(e.decoded("dtstart") for e in events)
    assert starts[0].date() == DAY and starts[0].hour == 9
    assert str(starts[0].tzinfo) == "Europe/Paris"
    assert all("Salle Rhône" in str(e["location"]) for e in events)


def test_excel_of_the_shown_week_and_no_crash_when_the_user_cancels(
    qtbot, office, bus, tmp_path, monkeypatch
):
    plan = make_plan(office)
    plan.session((T(9), T(12)))
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.show_week(DAY)
    offered = []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: offered.append(text))
    tab.exports.choose_path = lambda title, name, flt: tmp_path / name

    written = tab.exports.export_xlsx()

    assert written.name == "planning-2027-03-01.xlsx"
    sheet = load_workbook(written).active
    assert sheet["A1"].value == "Planning du 01/03/2027 au 07/03/2027"
    assert sheet.max_row == 3  # title, header, one slot
    assert offered and "Ouvrir le tableau" in offered[0]
    tab.exports.choose_path = lambda title, name, flt: None
    assert tab.exports.export_pdf() is None
