"""Rooms, equipment and trainers, as lists (editing and booking come with the planning issue)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    EQUIPMENT_KINDS,
    EQUIPMENT_STATES,
    Course,
    Enrollment,
    Equipment,
    Room,
    Slot,
    SlotTrainer,
    Trainer,
    TrainerCourse,
    TrainingSession,
)
from ..validation import normalise_search
from .resource_records import ResourceRecords


@dataclass(frozen=True)
class RoomRow:
    id: int
    name: str
    site: str
    capacity: int
    accessible: bool
    opening_hours: str
    slots_this_week: int


@dataclass(frozen=True)
class EquipmentRow:
    id: int
    name: str
    kind_label: str
    quantity: int
    state_label: str


@dataclass(frozen=True)
class TrainerRow:
    id: int
    name: str
    internal: bool
    email: str
    phone: str
    courses: int
    course_ids: tuple[int, ...] = ()
    active: bool = True


@dataclass(frozen=True)
class SlotRow:
    """A slot in the planning: when, which session, where, who."""

    id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    session_id: int
    session_code: str
    course_title: str
    room_name: str
    trainer_names: str
    room_id: int | None = None
    course_id: int | None = None
    trainer_ids: tuple[int, ...] = ()
    site: str = ""


@dataclass(frozen=True)
class PlanningFilter:
    """Which slots the planning shows: all, or one room, trainer, learner or session."""

    room_id: int | None = None
    trainer_id: int | None = None
    learner_id: int | None = None
    session_id: int | None = None


def _week(today: dt.date) -> tuple[dt.date, dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


class ResourceService(ResourceRecords):
    """Lists of rooms, equipment, trainers, and of slots over a period."""

    def rooms(
        self, today: dt.date | None = None, *, include_inactive: bool = False
    ) -> list[RoomRow]:
        start, end = _week(today or dt.date.today())
        busy = (
            select(Slot.room_id, func.count().label("n"))
            .where(Slot.date.between(start, end))
            .group_by(Slot.room_id)
            .subquery()
        )
        query = (
            select(Room, func.coalesce(busy.c.n, 0))
            .outerjoin(busy, busy.c.room_id == Room.id)
            .order_by(Room.site, Room.name)
        )
        if not include_inactive:
            query = query.where(Room.active.is_(True))
        with self._db.reading() as s:
            rows = []
            for room, n in s.execute(query):
                hours = ""
                if room.opens_at and room.closes_at:
                    hours = f"{room.opens_at:%H:%M} – {room.closes_at:%H:%M}"
                rows.append(
                    RoomRow(room.id, room.name, room.site, room.capacity, room.accessible, hours, n)
                )
            return rows

    def equipment(self) -> list[EquipmentRow]:
        with self._db.reading() as s:
            return [
                EquipmentRow(
                    e.id,
                    e.name,
                    EQUIPMENT_KINDS.get(e.kind, e.kind),
                    e.quantity,
                    EQUIPMENT_STATES.get(e.state, e.state),
                )
                for e in s.scalars(select(Equipment).order_by(Equipment.kind, Equipment.name))
            ]

    def trainers(
        self, *, course_id: int | None = None, include_inactive: bool = False
    ) -> list[TrainerRow]:
        """Trainers with the courses they may teach (only those allowed ``course_id``)."""
        query = select(Trainer).order_by(Trainer.last_name, Trainer.first_name)
        if not include_inactive:
            query = query.where(Trainer.active.is_(True))
        with self._db.reading() as s:
            allowed: dict[int, list[int]] = {}
            for trainer_id, cid in s.execute(
                select(TrainerCourse.trainer_id, TrainerCourse.course_id)
            ):
                allowed.setdefault(trainer_id, []).append(cid)
            return [
                TrainerRow(
                    t.id,
                    f"{t.last_name.upper()} {t.first_name}",
                    t.internal,
                    t.email,
                    t.phone,
                    len(allowed.get(t.id, ())),
                    tuple(sorted(allowed.get(t.id, ()))),
                    t.active,
                )
                for t in s.scalars(query)
                if course_id is None or course_id in allowed.get(t.id, ())
            ]

    def slots_between(
        self, start: dt.date, end: dt.date, flt: PlanningFilter | None = None
    ) -> list[SlotRow]:
        """Every slot from start to end (inclusive), in time order, with room and trainers."""
        flt = flt or PlanningFilter()
        query = (
            select(
                Slot.id,
                Slot.date,
                Slot.start_time,
                Slot.end_time,
                TrainingSession.id,
                TrainingSession.code,
                Course.title,
                func.coalesce(Room.name, ""),
                Slot.room_id,
                Course.id,
                func.coalesce(Room.site, ""),
            )
            .join(TrainingSession, TrainingSession.id == Slot.session_id)
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(Room, Room.id == Slot.room_id)
            .where(Slot.date.between(start, end), TrainingSession.status != "annulee")
            .order_by(Slot.date, Slot.start_time, TrainingSession.code)
        )
        if flt.room_id:
            query = query.where(Slot.room_id == flt.room_id)
        if flt.session_id:
            query = query.where(TrainingSession.id == flt.session_id)
        if flt.trainer_id:
            query = query.where(
                Slot.id.in_(
                    select(SlotTrainer.slot_id).where(SlotTrainer.trainer_id == flt.trainer_id)
                )
            )
        if flt.learner_id:
            query = query.where(
                TrainingSession.id.in_(
                    select(Enrollment.session_id).where(
                        Enrollment.learner_id == flt.learner_id,
                        Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
                    )
                )
            )
        names_query = (
            select(SlotTrainer.slot_id, Trainer.id, Trainer.first_name, Trainer.last_name)
            .join(Trainer, Trainer.id == SlotTrainer.trainer_id)
            .join(Slot, Slot.id == SlotTrainer.slot_id)
            .where(Slot.date.between(start, end))
            .order_by(Trainer.last_name)
        )
        with self._db.reading() as s:
            names: dict[int, list[tuple[int, str]]] = {}
            for slot_id, trainer_id, first, last in s.execute(names_query):
                names.setdefault(slot_id, []).append((trainer_id, f"{first} {last}"))
            rows = []
            for r in s.execute(query):
                people = names.get(r[0], [])
                rows.append(
                    SlotRow(
                        *r[:8],
                        ", ".join(n for _i, n in people),
                        r[8],
                        r[9],
                        tuple(i for i, _n in people),
                        r[10],
                    )
                )
            return rows

    def find_room(self, name: str) -> RoomRow | None:
        """The room of that name (case and accents ignored), or None."""
        wanted = normalise_search(name)
        return next((r for r in self.rooms() if normalise_search(r.name) == wanted), None)

    def find_trainer(self, name: str) -> TrainerRow | None:
        """The trainer called "First Last", "Last First" or just "Last" when unique."""
        wanted = set(normalise_search(name).split())
        matches = [t for t in self.trainers() if wanted <= set(normalise_search(t.name).split())]
        return matches[0] if len(matches) == 1 else None
