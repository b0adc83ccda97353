"""The attendance grid of a session: learners × half-days, read in a few queries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import (
    Attachment,
    Attendance,
    Enrollment,
    Learner,
    Room,
    Signature,
    Slot,
    SlotScan,
    SlotTrainer,
    Trainer,
    TrainingSession,
)
from ..attended_hours import AFTERNOON_FROM, attended_minutes, slot_minutes
from .codes import ABSENT

# Enrollments that appear in the grid: those who held a place, and those who left.
GRID_ENROLLMENT_STATUSES = ("preinscrit", "inscrit", "termine", "abandon")


@dataclass(frozen=True)
class TrainerMark:
    trainer_id: int
    name: str
    status: str  # "", "present", "absent"
    signed: bool


@dataclass(frozen=True)
class HalfDay:
    slot_id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    planned_minutes: int
    room_name: str
    modality: str
    trainers: tuple[TrainerMark, ...]
    scans: int  # scanned paper sheets attached
    signatures: int  # signatures drawn on screen (learners and trainers)
    closed: bool  # a trainer signed on screen: the half-day is closed

    @property
    def afternoon(self) -> bool:
        return self.start_time >= AFTERNOON_FROM

    @property
    def label(self) -> str:
        """« lun. 14/12 matin »"""
        part = "après-midi" if self.afternoon else "matin"
        return f"{fmt.date_abbreviated(self.date, year=False)} {part}"

    @property
    def hours_label(self) -> str:
        return f"{fmt.time_short(self.start_time)}–{fmt.time_short(self.end_time)}"

    @property
    def evidence(self) -> str:
        """How the half-day is evidenced as a whole: "signature", "scan" or ""."""
        if self.closed or self.signatures:
            return "signature"
        return "scan" if self.scans else ""


@dataclass(frozen=True)
class GridLearner:
    enrollment_id: int
    learner_id: int
    name: str  # « DURAND Léa »
    status: str  # enrollment status
    dropped_on: dt.date | None
    drop_reason: str


@dataclass(frozen=True)
class Cell:
    status: str
    minutes: int  # minutes entered (0 = whole half-day for « present »)
    attended: int  # minutes counted (the one function of attended_hours)
    note: str
    evidence: str
    signed_at: dt.datetime | None
    justification: str  # file name of the attached justification, "" if none
    justification_id: int | None = None


@dataclass
class Grid:
    session_id: int
    code: str
    title: str
    today: dt.date
    half_days: list[HalfDay]
    learners: list[GridLearner]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (enrollment, slot)

    def cell(self, enrollment_id: int, slot_id: int) -> Cell | None:
        return self.cells.get((enrollment_id, slot_id))

    def held(self) -> list[HalfDay]:
        """The half-days already begun (today's included): those that need attendance."""
        return [h for h in self.half_days if h.date <= self.today]

    def attended_minutes(self, enrollment_id: int) -> int:
        return sum(cell.attended for (e, _slot), cell in self.cells.items() if e == enrollment_id)

    def planned_minutes(self, enrollment_id: int) -> int:
        """Minutes of the half-days held so far: every earlier day's, and today's once entered
        for this learner (this afternoon does not count against anyone this morning)."""
        return sum(
            h.planned_minutes
            for h in self.held()
            if h.date < self.today or (enrollment_id, h.slot_id) in self.cells
        )

    def rate(self, enrollment_id: int) -> float | None:
        """Share of the held half-days' minutes attended (None before the first half-day)."""
        planned = self.planned_minutes(enrollment_id)
        return self.attended_minutes(enrollment_id) / planned if planned else None

    def session_rate(self) -> float | None:
        planned = sum(self.planned_minutes(p.enrollment_id) for p in self.learners)
        attended = sum(self.attended_minutes(p.enrollment_id) for p in self.learners)
        return attended / planned if planned else None

    def missing(self, half_day: HalfDay) -> list[GridLearner]:
        """Learners with nothing entered for a held half-day."""
        return [p for p in self.learners if (p.enrollment_id, half_day.slot_id) not in self.cells]

    def absences(self, enrollment_id: int) -> int:
        return sum(
            1
            for (e, _slot), cell in self.cells.items()
            if e == enrollment_id and cell.status in ABSENT
        )


def load_session(s: Session, session_id: int) -> TrainingSession:
    session = s.get(TrainingSession, session_id)
    if session is None:
        raise NotFoundError(f"La session n° {session_id} n'existe plus. Actualisez la liste.")
    return session


def grid_learners(s: Session, session_id: int) -> list[GridLearner]:
    query = (
        select(
            Enrollment.id,
            Learner.id,
            Learner.last_name,
            Learner.first_name,
            Enrollment.status,
            Enrollment.dropped_on,
            Enrollment.drop_reason,
        )
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(
            Enrollment.session_id == session_id,
            Enrollment.status.in_(GRID_ENROLLMENT_STATUSES),
        )
        .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
    )
    return [
        GridLearner(e, lid, f"{last.upper()} {first}", status, dropped, reason or "")
        for e, lid, last, first, status, dropped, reason in s.execute(query)
    ]


def half_days(s: Session, session_id: int) -> list[HalfDay]:
    slots = list(
        s.execute(
            select(Slot, Room.name)
            .outerjoin(Room, Room.id == Slot.room_id)
            .where(Slot.session_id == session_id)
            .order_by(Slot.date, Slot.start_time, Slot.id)
        )
    )
    ids = [slot.id for slot, _room in slots]
    trainers: dict[int, list[TrainerMark]] = {i: [] for i in ids}
    for slot_id, tid, last, first, status, signed in s.execute(
        select(
            SlotTrainer.slot_id,
            Trainer.id,
            Trainer.last_name,
            Trainer.first_name,
            SlotTrainer.status,
            SlotTrainer.signed,
        )
        .join(Trainer, Trainer.id == SlotTrainer.trainer_id)
        .where(SlotTrainer.slot_id.in_(ids))
        .order_by(Trainer.last_name, Trainer.first_name)
    ):
        trainers[slot_id].append(TrainerMark(tid, f"{first} {last.upper()}", status or "", signed))
    scans = dict(
        s.execute(
            select(SlotScan.slot_id, func.count())
            .where(SlotScan.slot_id.in_(ids))
            .group_by(SlotScan.slot_id)
        ).all()
    )
    signatures = dict(
        s.execute(
            select(Signature.slot_id, func.count())
            .where(Signature.slot_id.in_(ids))
            .group_by(Signature.slot_id)
        ).all()
    )
    closed = set(
        s.scalars(
            select(Signature.slot_id).where(
                Signature.slot_id.in_(ids), Signature.trainer_id.is_not(None)
            )
        )
    )
    return [
        HalfDay(
            slot.id,
            slot.date,
            slot.start_time,
            slot.end_time,
            slot_minutes(slot),
            room or "",
            slot.modality,
            tuple(trainers[slot.id]),
            scans.get(slot.id, 0),
            signatures.get(slot.id, 0),
            slot.id in closed,
        )
        for slot, room in slots
    ]


def read_grid(s: Session, session_id: int, today: dt.date) -> Grid:
    session = load_session(s, session_id)
    days = half_days(s, session_id)
    learners = grid_learners(s, session_id)
    grid = Grid(session_id, session.code, session.course.title, today, days, learners)
    slots = {slot.id: slot for slot in s.scalars(select(Slot).where(Slot.session_id == session_id))}
    enrollment_ids = [p.enrollment_id for p in learners]
    query = (
        select(Attendance, Attachment.filename)
        .outerjoin(Attachment, Attachment.id == Attendance.justification_id)
        .where(Attendance.slot_id.in_(list(slots)), Attendance.enrollment_id.in_(enrollment_ids))
    )
    for row, justification in s.execute(query):
        grid.cells[(row.enrollment_id, row.slot_id)] = Cell(
            row.status,
            row.minutes_attended or 0,
            attended_minutes(row, slots[row.slot_id]),
            row.note or "",
            row.evidence or "",
            row.signed_at,
            justification or "",
            row.justification_id,
        )
    return grid
