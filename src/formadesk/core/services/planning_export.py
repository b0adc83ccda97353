"""Planning exports: ICS for calendar programs, an Excel sheet, and a printable PDF week sheet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from ..documents.engine.xlsx_cells import append
from ..errors import FormadeskError
from ..files import atomic_path
from ..formatting import date_long, time_short
from ..outputs import checked_output_path
from .base import Service
from .resources import PlanningFilter, ResourceService, SlotRow

PARIS = ZoneInfo("Europe/Paris")
ICS_DAYS = 365  # a calendar sent to a trainer, or kept for a room, covers a year ahead


def ics_period(
    start: dt.date | None = None, *, today: dt.date | None = None
) -> tuple[dt.date, dt.date]:
    """The one rule for a calendar export, in the window and at the prompt: from ``start``
    (by default today: past slots are noise to whoever imports the calendar) to a year after
    today, or after ``start`` when it is later."""
    today = today or dt.date.today()
    start = start or today
    return start, max(start, today) + dt.timedelta(days=ICS_DAYS)


class EmptyCalendarError(FormadeskError):
    """No slot in the period: no calendar file is written."""

    def __init__(self, start: dt.date, end: dt.date, earlier: int):
        self.start, self.end, self.earlier = start, end, earlier
        super().__init__(
            f"Aucun créneau du {start:%d/%m/%Y} au {end:%d/%m/%Y} : aucun calendrier n'a été "
            "écrit. Choisissez une autre période."
        )


@dataclass(frozen=True)
class CalendarExport:
    """What a calendar export wrote, so that the user is told what it holds and what not."""

    path: Path
    count: int  # slots written
    start: dt.date
    end: dt.date
    earlier: int  # slots of the same room, trainer... before ``start``: not written


def slots_to_ics(rows: list[SlotRow], *, name: str) -> bytes:
    """An iCalendar file with one event per slot, local times carrying the Europe/Paris TZID."""
    cal = Calendar()
    cal.add("prodid", "-//Formadesk//Planning//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", "Europe/Paris")
    stamp = dt.datetime.now(dt.UTC)
    for row in rows:
        event = Event()
        event.add("uid", f"slot-{row.id}@formadesk")
        event.add("dtstamp", stamp)
        event.add("dtstart", dt.datetime.combine(row.date, row.start_time, PARIS))
        event.add("dtend", dt.datetime.combine(row.date, row.end_time, PARIS))
        event.add("summary", f"{row.session_code} — {row.course_title}")
        location = ", ".join(x for x in (row.room_name, row.site) if x)
        if location:
            event.add("location", location)
        if row.trainer_names:
            event.add("description", f"Formateur(s) : {row.trainer_names}")
        cal.add_component(event)
    cal.add_missing_timezones()
    for timezone in cal.walk("VTIMEZONE"):
        # icalendar notes in English the years its generated rules cover: an optional
        # property, noise in the user's agenda.
        timezone.pop("COMMENT", None)
    return cal.to_ical()


class PlanningExportService(Service):
    """Writes the planning of a room, trainer, learner or session to ICS, Excel or PDF."""

    def rows(self, start: dt.date, end: dt.date, flt: PlanningFilter | None = None):
        return ResourceService(self._db).slots_between(start, end, flt)

    def ics(
        self, out: Path, *, start: dt.date, end: dt.date, flt: PlanningFilter, name: str
    ) -> Path:
        return self._write_ics(out, self.rows(start, end, flt), name=name)

    def calendar(
        self,
        out: Path,
        *,
        flt: PlanningFilter,
        name: str,
        start: dt.date | None = None,
        end: dt.date | None = None,
        refuse_empty: bool = False,
    ) -> CalendarExport:
        """The ICS of ``flt`` over :func:`ics_period` (``end`` may shorten or extend it), with
        the count of the slots written and of the earlier ones left out. With ``refuse_empty``
        a period without slots raises EmptyCalendarError and writes nothing."""
        start, default_end = ics_period(start)
        end = end or default_end
        rows = self.rows(start, end, flt)
        earlier = len(self.rows(dt.date.min, start - dt.timedelta(days=1), flt))
        if refuse_empty and not rows:
            raise EmptyCalendarError(start, end, earlier)
        out = self._write_ics(out, rows, name=name)
        return CalendarExport(out, len(rows), start, end, earlier)

    def _write_ics(self, out: Path, rows: list[SlotRow], *, name: str) -> Path:
        out = checked_output_path(out, suffix=".ics")
        with atomic_path(out) as tmp:
            tmp.write_bytes(slots_to_ics(rows, name=name))
        return out

    def xlsx(self, out: Path, *, start: dt.date, end: dt.date, flt: PlanningFilter | None = None):
        from openpyxl import Workbook
        from openpyxl.styles import Font

        out = checked_output_path(out, suffix=".xlsx")
        wb = Workbook()
        ws = wb.active
        ws.title = "Planning"
        append(ws, [f"Planning du {start:%d/%m/%Y} au {end:%d/%m/%Y}"])
        ws["A1"].font = Font(bold=True, size=13)
        header = ["Date", "Début", "Fin", "Session", "Formation", "Salle", "Site", "Formateur(s)"]
        append(ws, header)
        for cell in ws[2]:
            cell.font = Font(bold=True)
        for r in self.rows(start, end, flt):
            append(
                ws,
                [
                    r.date,
                    r.start_time,
                    r.end_time,
                    r.session_code,
                    r.course_title,
                    r.room_name,
                    r.site,
                    r.trainer_names,
                ],
            )
            ws.cell(ws.max_row, 1).number_format = "DD/MM/YYYY"
            ws.cell(ws.max_row, 2).number_format = "HH:MM"
            ws.cell(ws.max_row, 3).number_format = "HH:MM"
        for letter, width in zip("ABCDEFGH", (12, 8, 8, 22, 40, 18, 18, 30), strict=True):
            ws.column_dimensions[letter].width = width
        ws.freeze_panes = "A3"
        with atomic_path(out) as tmp:
            wb.save(tmp)
        return out

    def week_pdf(self, out: Path, *, monday: dt.date, flt: PlanningFilter | None = None) -> Path:
        """A landscape week sheet to pin on the wall: one column a day, slots in time order."""
        from ..documents.engine.builders import organisation_info
        from ..documents.lists.planning_week import render_week_pdf

        out = checked_output_path(out, suffix=".pdf")
        days = [monday + dt.timedelta(days=i) for i in range(6)]
        rows = self.rows(days[0], days[-1], flt)
        columns = [
            (
                date_long(day).capitalize(),
                [
                    (
                        f"{time_short(r.start_time)}–{time_short(r.end_time)}",
                        r.session_code,
                        r.course_title,
                        r.room_name,
                        r.trainer_names,
                    )
                    for r in rows
                    if r.date == day
                ],
            )
            for day in days
        ]
        if not any(slots for _d, slots in columns[5:]):
            columns = columns[:5]  # no Saturday column when nothing happens on Saturday
        title = f"Planning de la semaine du {monday:%d/%m/%Y}"
        with self._db.reading() as s:
            org = organisation_info(s)
        return render_week_pdf(out, org=org, title=title, columns=columns)
