"""Planning exports re-read by the programs that will open them."""

from __future__ import annotations

import datetime as dt
import subprocess

import icalendar
import openpyxl

from formadesk.core.services.resources import PlanningFilter

from .planning_factories import DAY, T, make_plan


def test_ics_per_trainer_is_read_back_with_paris_times(office, tmp_path):
    plan = make_plan(office)
    _, slots = plan.session((T(9), T(12, 30)), (T(13, 30), T(17)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    office.planning.assign_trainers(slots[:1], [plan.anne], confirm=True)
    out = office.planning_exports.ics(
        tmp_path / "anne.ics",
        start=DAY,
        end=DAY,
        flt=PlanningFilter(trainer_id=plan.anne),
        name="Anne Dupré",
    )
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    start = events[0].decoded("dtstart")
    assert (start.hour, str(start.tzinfo)) == (9, "Europe/Paris")
    assert start.utcoffset() == dt.timedelta(hours=1)  # winter time in March before the 28th
    assert "Salle Rhône" in str(events[0]["location"])
    assert cal.walk("VTIMEZONE"), "calendar programs need the VTIMEZONE"


def test_excel_and_pdf_week_sheet(office, tmp_path):
    plan = make_plan(office)
    _, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    monday = DAY - dt.timedelta(days=DAY.weekday())
    xlsx = office.planning_exports.xlsx(tmp_path / "p.xlsx", start=monday, end=DAY)
    rows = list(openpyxl.load_workbook(xlsx).active.iter_rows(min_row=3, values_only=True))
    assert rows[0][3] == "2027-EXCEL-INT-001" and rows[0][5] == "Salle Rhône"
    pdf = office.planning_exports.week_pdf(tmp_path / "semaine.pdf", monday=monday)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Mardi 2 mars 2027" in text and "2027-EXCEL-INT-001" in text
