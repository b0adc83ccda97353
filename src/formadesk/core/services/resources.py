"""Rooms, equipment and trainers, as lists (editing and booking come with the planning issue)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ..model import (
    EQUIPMENT_KINDS,
    EQUIPMENT_STATES,
    Course,
    Equipment,
    Room,
    Slot,
    SlotTrainer,
    Trainer,
    TrainerCourse,
    TrainingSession,
)
from .base import Service


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


def _week(today: dt.date) -> tuple[dt.date, dt.date]:
    monday = today - dt.timedelta(days=today.weekday())
    return monday, monday + dt.timedelta(days=6)


class ResourceService(Service):
    """Lists of rooms, equipment, trainers, and of slots over a period."""

    def rooms(self, today: dt.date | None = None) -> list[RoomRow]:
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
            .where(Room.active.is_(True))
            .order_by(Room.site, Room.name)
        )
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

    def trainers(self) -> list[TrainerRow]:
        counts = (
            select(TrainerCourse.trainer_id, func.count().label("n"))
            .group_by(TrainerCourse.trainer_id)
            .subquery()
        )
        query = (
            select(Trainer, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.trainer_id == Trainer.id)
            .where(Trainer.active.is_(True))
            .order_by(Trainer.last_name, Trainer.first_name)
        )
        with self._db.reading() as s:
            return [
                TrainerRow(
                    t.id, f"{t.last_name.upper()} {t.first_name}", t.internal, t.email, t.phone, n
                )
                for t, n in s.execute(query)
            ]

    def slots_between(self, start: dt.date, end: dt.date) -> list[SlotRow]:
        """Every slot from start to end (inclusive), in time order, with room and trainers."""
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
            )
            .join(TrainingSession, TrainingSession.id == Slot.session_id)
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(Room, Room.id == Slot.room_id)
            .where(Slot.date.between(start, end), TrainingSession.status != "annulee")
            .order_by(Slot.date, Slot.start_time, TrainingSession.code)
        )
        names_query = (
            select(SlotTrainer.slot_id, Trainer.first_name, Trainer.last_name)
            .join(Trainer, Trainer.id == SlotTrainer.trainer_id)
            .join(Slot, Slot.id == SlotTrainer.slot_id)
            .where(Slot.date.between(start, end))
            .order_by(Trainer.last_name)
        )
        with self._db.reading() as s:
            names: dict[int, list[str]] = {}
            for slot_id, first, last in s.execute(names_query):
                names.setdefault(slot_id, []).append(f"{first} {last}")
            return [SlotRow(*r, ", ".join(names.get(r[0], []))) for r in s.execute(query)]
