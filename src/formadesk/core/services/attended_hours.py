"""Hours attended: the one place where attendance rows become minutes (ARCHITECTURE rule 10).

Every figure of hours attended that reaches paper goes through ``attended_minutes``: the
documents after a training, the funder's share prorated on attendance in invoices. A half-day
marked « present » with no minutes entered counts in full; any other status counts the
minutes entered (none for an absence). A half-day without an attendance row is not entered:
``half_day_label`` names them, and nothing stands in for them (no planned hours).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import Attendance, Slot

AFTERNOON_FROM = dt.time(12)  # a half-day starting at noon or later is an afternoon


def slot_minutes(slot: Slot) -> int:
    """Planned minutes of one half-day (0 for a slot ending before it starts)."""
    start = dt.datetime.combine(slot.date, slot.start_time)
    end = dt.datetime.combine(slot.date, slot.end_time)
    return max(0, int((end - start).total_seconds() // 60))


def minutes_of(status: str | None, minutes: int | None, planned: int) -> int:
    """Minutes counted for a half-day of ``planned`` minutes entered as ``status``/``minutes``.

    The rule of ``attended_minutes`` on plain values, so that a screen can show the hours of
    marks not saved yet; nothing entered (``status`` None) counts nothing.
    """
    if status is None:
        return 0
    if status == "present" and not minutes:
        return planned
    minutes = max(0, minutes or 0)
    return min(minutes, planned) if planned else minutes


def attended_minutes(row: Attendance, slot: Slot) -> int:
    """Minutes of one attendance row; « present » with no minutes entered counts in full."""
    return minutes_of(row.status, row.minutes_attended, slot_minutes(slot))


def total_attended(rows: Iterable[tuple[Attendance, Slot]]) -> int:
    """Sum of ``attended_minutes`` over (row, slot) pairs."""
    return sum(attended_minutes(row, slot) for row, slot in rows)


# An attendance row and its half-day's times as plain columns: a ten-year office has hundreds
# of thousands of attendance rows, too many to load as ORM objects for a report.
ROW_COLUMNS = (
    Attendance.enrollment_id,
    Attendance.status,
    Attendance.minutes_attended,
    Slot.date,
    Slot.start_time,
    Slot.end_time,
)


def attended_by_enrollment(s: Session, enrollment_ids) -> dict[int, int]:
    """Minutes attended per enrollment (a list of ids, or a SELECT of them), for those with
    at least one attendance row."""
    query = (
        select(*ROW_COLUMNS)
        .join(Slot, Slot.id == Attendance.slot_id)
        .where(Attendance.enrollment_id.in_(enrollment_ids))
    )
    totals: dict[int, int] = defaultdict(int)
    planned: dict[tuple, int] = {}  # many learners share a half-day
    for row in s.execute(query):
        key = (row.date, row.start_time, row.end_time)
        if key not in planned:
            planned[key] = slot_minutes(row)
        totals[row.enrollment_id] += minutes_of(row.status, row.minutes_attended, planned[key])
    return dict(totals)


def half_day_label(slot: Slot) -> str:
    """« lundi 14 décembre 2026 matin » or « … après-midi »."""
    part = "après-midi" if slot.start_time >= AFTERNOON_FROM else "matin"
    return f"{fmt.date_long(slot.date)} {part}"
