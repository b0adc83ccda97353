"""Who signs a half-day on screen: plain rows read from the attendance grid."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.services.attendance import HalfDay, TrainerMark
from formadesk.core.services.attendance.codes import ABSENT


@dataclass(frozen=True)
class Signer:
    """A learner expected at the half-day, as the signing list shows them."""

    enrollment_id: int
    name: str
    signed_at: dt.datetime | None
    absent: bool

    @property
    def state(self) -> str:
        if self.signed_at is not None:
            return f"signé à {fmt.time_short(self.signed_at.time())}"
        return "noté absent" if self.absent else ""


@dataclass(frozen=True)
class Roster:
    session_code: str
    title: str
    half_day: HalfDay
    learners: tuple[Signer, ...]

    @property
    def trainers(self) -> tuple[TrainerMark, ...]:
        return self.half_day.trainers

    @property
    def waiting(self) -> list[Signer]:
        """Learners who may still sign (neither signed nor marked absent)."""
        return [p for p in self.learners if p.signed_at is None and not p.absent]

    @property
    def heading(self) -> str:
        """« SST-2027-01 — Secourisme »"""
        return f"{self.session_code} — {self.title}"

    @property
    def when(self) -> str:
        """« mardi 2 mars 2027, matin · 9h00–12h30 · Salle Mont-Blanc »"""
        part = "après-midi" if self.half_day.afternoon else "matin"
        parts = [f"{fmt.date_long(self.half_day.date)}, {part}", self.half_day.hours_label]
        if self.half_day.room_name:
            parts.append(self.half_day.room_name)
        return " · ".join(parts)


def read_roster(office: Office, session_id: int, slot_id: int, today: dt.date) -> Roster:
    """The half-day ``slot_id`` of the session, with each expected learner's signature state."""
    grid = office.attendance.grid(session_id, today=today)
    half_day = next(h for h in grid.half_days if h.slot_id == slot_id)
    learners = []
    for learner in grid.learners:
        if learner.dropped_on and learner.dropped_on < half_day.date:
            continue
        cell = grid.cell(learner.enrollment_id, slot_id)
        learners.append(
            Signer(
                learner.enrollment_id,
                learner.name,
                cell.signed_at if cell else None,
                cell is not None and cell.status in ABSENT,
            )
        )
    return Roster(grid.code, grid.title, half_day, tuple(learners))
