"""Small builders of realistic records for core tests."""

from __future__ import annotations

import datetime as dt

from formadesk.core.office import Office
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.sessions import SessionData, half_day_slots

MONDAY = dt.date(2027, 3, 1)


def make_course(office: Office, code: str = "EXCEL-INT", hours: int = 14) -> int:
    return office.courses.save(
        CourseData(
            code=code,
            title="Excel intermédiaire : tableaux croisés dynamiques",
            objectives=["Construire un tableau croisé", "Automatiser un calcul"],
            duration_minutes=hours * 60,
            price_cents=69000,
        )
    )


def working_start(day: dt.date, *, later: bool = False) -> dt.date:
    """A start for ``make_session``'s two days that has a weekday in it, whatever today is: a
    Saturday becomes the Friday before, or the Monday after with ``later`` (a session still to
    finish); a Sunday start keeps its Monday."""
    if day.weekday() != 5:
        return day
    return day + dt.timedelta(days=2) if later else day - dt.timedelta(days=1)


def make_session(
    office: Office, course_id: int, *, start: dt.date = MONDAY, places: int = 8
) -> int:
    end = start + dt.timedelta(days=1)
    return office.sessions.save(
        SessionData(
            course_id=course_id,
            start_date=start,
            end_date=end,
            max_places=places,
            place="Lyon",
            slots=half_day_slots(start, end),
        )
    )


def make_learner(office: Office, last: str = "Lefèvre", first: str = "Hélène", **extra) -> int:
    return office.learners.save(LearnerData(last_name=last, first_name=first, **extra))


def behind_the_back(office: Office, sql: str, **params) -> list:
    """Run ``sql`` on the office's base outside its services (someone editing the base with
    another tool), on either engine; returns the rows a SELECT gives."""
    from sqlalchemy import text

    with office.database.engine.begin() as conn:
        result = conn.execute(text(sql), params)
        return result.all() if result.returns_rows else []


def every_row(office: Office, *, skip: tuple[str, ...] = ()) -> list[str]:
    """Every row of every table as text (what a dump of the base would show), either engine."""
    from sqlalchemy import select

    from formadesk.core.model import Base

    lines = []
    with office.database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name not in skip:
                ordered = select(table).order_by(*table.primary_key.columns)
                lines += [f"{table.name}: {tuple(row)}" for row in conn.execute(ordered)]
    return lines
