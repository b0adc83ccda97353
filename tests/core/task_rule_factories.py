"""Helpers of the rules' tests: a rule's tasks as the « À faire » list shows them, a session
moved into the past, the rule switched off and on."""

from __future__ import annotations

import datetime as dt

from formadesk.core.model import TrainingSession
from formadesk.core.tasks.service import TaskRow

TODAY = dt.date.today()


def tasks(office, kind: str, today: dt.date | None = None) -> list[TaskRow]:
    """The open tasks of one rule (the list recomputes what the last changes touched)."""
    return office.tasks.listing(today=today, kind=kind)


def one(office, kind: str, today: dt.date | None = None) -> TaskRow:
    rows = tasks(office, kind, today)
    assert len(rows) == 1, [r.title for r in rows]
    return rows[0]


def switch_off_and_on(office, kind: str, today: dt.date | None = None) -> TaskRow:
    """Switched off in the settings, the rule's task goes; back on, it comes back."""
    office.tasks.save_rules({kind: (False, None)})
    assert tasks(office, kind, today) == []
    office.tasks.save_rules({kind: (True, None)})
    return one(office, kind, today)


def monday_before(days: int) -> dt.date:
    """The Monday of the week ``days`` days before today."""
    day = TODAY - dt.timedelta(days=days)
    return day - dt.timedelta(days=day.weekday())


def move_session(office, session_id: int, *, ends_on: dt.date, status: str = "") -> None:
    """Shift a session and its half-days so that it ends on ``ends_on`` (a session of the
    past, as the office leaves it: its learners still « inscrit »)."""
    with office.database.unit_of_work() as s:
        session = s.get(TrainingSession, session_id)
        delta = ends_on - session.end_date
        session.start_date += delta
        session.end_date += delta
        for slot in session.slots:
            slot.date += delta
        if status:
            session.status = status
