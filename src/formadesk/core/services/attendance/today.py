"""« Aujourd'hui »: the half-days of a day, who is expected where, who has not signed yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...model import Slot, TrainingSession
from .grid import Cell, GridLearner, HalfDay, read_grid


@dataclass(frozen=True)
class Expected:
    learner: GridLearner
    cell: Cell | None

    @property
    def signed(self) -> bool:
        return self.cell is not None and self.cell.signed_at is not None


@dataclass(frozen=True)
class TodayHalfDay:
    session_id: int
    session_code: str
    title: str
    half_day: HalfDay
    expected: tuple[Expected, ...]

    @property
    def not_entered(self) -> list[GridLearner]:
        return [e.learner for e in self.expected if e.cell is None]

    @property
    def not_signed(self) -> list[GridLearner]:
        """Expected learners (not marked absent) who have not signed on screen."""
        return [
            e.learner
            for e in self.expected
            if not e.signed
            and (e.cell is None or e.cell.status in ("present", "retard", "depart_anticipe"))
        ]


def day_view(s: Session, day: dt.date) -> list[TodayHalfDay]:
    session_ids = list(
        dict.fromkeys(
            s.scalars(
                select(Slot.session_id)
                .join(TrainingSession, TrainingSession.id == Slot.session_id)
                .where(Slot.date == day, TrainingSession.status != "annulee")
                .order_by(Slot.start_time, TrainingSession.code)
            )
        )
    )
    found = []
    for session_id in session_ids:
        grid = read_grid(s, session_id, day)
        for half_day in grid.half_days:
            if half_day.date != day:
                continue
            expected = tuple(
                Expected(p, grid.cell(p.enrollment_id, half_day.slot_id))
                for p in grid.learners
                if not (p.dropped_on and p.dropped_on < day)
            )
            found.append(TodayHalfDay(session_id, grid.code, grid.title, half_day, expected))
    found.sort(key=lambda t: (t.half_day.start_time, t.session_code))
    return found
