"""Finding a way out: free rooms for a time range, the next slot where trainer and room are free."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..model import (
    Jury,
    JuryMember,
    Room,
    RoomEquipment,
    RoomUnavailability,
    Slot,
    SlotTrainer,
    TrainerUnavailability,
    TrainingSession,
)
from ..public_holidays import public_holidays
from ..rules.conflicts import load_policy
from .base import Service
from .sessions import AFTERNOON, MORNING


@dataclass(frozen=True)
class FreeRoom:
    id: int
    name: str
    site: str
    capacity: int
    accessible: bool


@dataclass(frozen=True)
class FreeSlot:
    date: dt.date
    start: dt.time
    end: dt.time


def _overlap(a0: dt.datetime, a1: dt.datetime, b0: dt.datetime, b1: dt.datetime) -> bool:
    return a0 < b1 and b0 < a1


class AvailabilityService(Service):
    """Searches over rooms and trainers that respect bookings, unavailabilities and hours."""

    def _room_busy(
        self, s, day: dt.date, start: dt.time, end: dt.time, exclude: tuple[int, ...] = ()
    ) -> set[int]:
        """Rooms taken by a slot (other than ``exclude``), a jury or an unavailability."""
        busy = set(
            s.scalars(
                select(Slot.room_id)
                .join(TrainingSession, TrainingSession.id == Slot.session_id)
                .where(
                    Slot.date == day,
                    Slot.start_time < end,
                    Slot.end_time > start,
                    Slot.room_id.is_not(None),
                    Slot.id.not_in(exclude),
                    TrainingSession.status != "annulee",
                )
            )
        )
        busy |= set(
            s.scalars(
                select(Jury.room_id).where(
                    Jury.date == day, Jury.start_time < end, Jury.end_time > start
                )
            )
        )
        t0, t1 = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
        busy |= set(
            s.scalars(
                select(RoomUnavailability.room_id).where(
                    RoomUnavailability.starts_at < t1, RoomUnavailability.ends_at > t0
                )
            )
        )
        return busy

    def _trainer_busy(self, s, trainer_id: int, day: dt.date, start: dt.time, end: dt.time) -> bool:
        return trainer_id in self._busy_trainers(s, day, start, end)

    def free_rooms(
        self,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        *,
        places: int = 1,
        accessible: bool = False,
        equipment_ids: tuple[int, ...] = (),
        ignore_slot_ids: tuple[int, ...] = (),
    ) -> list[FreeRoom]:
        """Rooms free on that day and time, big enough, accessible and equipped as asked."""
        with self._db.reading() as s:
            busy = self._room_busy(s, day, start, end, ignore_slot_ids)
            installed: dict[int, set[int]] = {}
            for room_id, equipment_id in s.execute(
                select(RoomEquipment.room_id, RoomEquipment.equipment_id)
            ):
                installed.setdefault(room_id, set()).add(equipment_id)
            result = []
            for room in s.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.name)):
                if room.id in busy or room.capacity < places:
                    continue
                if accessible and not room.accessible:
                    continue
                if not set(equipment_ids) <= installed.get(room.id, set()):
                    continue
                if (room.opens_at and start < room.opens_at) or (
                    room.closes_at and end > room.closes_at
                ):
                    continue
                result.append(
                    FreeRoom(room.id, room.name, room.site, room.capacity, room.accessible)
                )
            return result

    def next_free_slot(
        self,
        *,
        trainer_id: int,
        room_id: int,
        after: dt.date,
        days: int = 120,
        half_days: tuple[tuple[dt.time, dt.time], ...] = (MORNING, AFTERNOON),
    ) -> FreeSlot | None:
        """The first working half-day after ``after`` when both trainer and room are free."""
        with self._db.reading() as s:
            region = load_policy(s)[1]
            public = public_holidays(range(after.year, after.year + 2), region)
            day = after
            for _ in range(days):
                day += dt.timedelta(days=1)
                if day.weekday() >= 5 or day in public:
                    continue
                for start, end in half_days:
                    if room_id in self._room_busy(s, day, start, end):
                        continue
                    if self._trainer_busy(s, trainer_id, day, start, end):
                        continue
                    return FreeSlot(day, start, end)
        return None

    def _busy_trainers(self, s, day: dt.date, start: dt.time, end: dt.time) -> set[int]:
        """Trainers teaching, sitting on a jury or unavailable then: three queries in all."""
        busy = set(
            s.scalars(
                select(SlotTrainer.trainer_id)
                .join(Slot, Slot.id == SlotTrainer.slot_id)
                .join(TrainingSession, TrainingSession.id == Slot.session_id)
                .where(
                    Slot.date == day,
                    Slot.start_time < end,
                    Slot.end_time > start,
                    TrainingSession.status != "annulee",
                )
            )
        )
        busy |= set(
            s.scalars(
                select(JuryMember.trainer_id)
                .join(Jury, Jury.id == JuryMember.jury_id)
                .where(
                    JuryMember.trainer_id.is_not(None),
                    Jury.date == day,
                    Jury.start_time < end,
                    Jury.end_time > start,
                )
            )
        )
        t0, t1 = dt.datetime.combine(day, start), dt.datetime.combine(day, end)
        busy |= set(
            s.scalars(
                select(TrainerUnavailability.trainer_id).where(
                    TrainerUnavailability.starts_at < t1, TrainerUnavailability.ends_at > t0
                )
            )
        )
        return busy

    def free_trainers(
        self,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        *,
        course_id: int | None = None,
        ranges: list[tuple[dt.date, dt.time, dt.time]] | None = None,
    ) -> list[tuple[int, str]]:
        """Trainers free then (or over every one of ``ranges``), allowed to teach ``course_id``
        when given, as (id, name)."""
        from ..model import Trainer, TrainerCourse

        with self._db.reading() as s:
            busy: set[int] = set()
            for d, t0, t1 in ranges or [(day, start, end)]:
                busy |= self._busy_trainers(s, d, t0, t1)
            query = select(Trainer).where(Trainer.active.is_(True)).order_by(Trainer.last_name)
            if course_id:
                query = query.join(TrainerCourse, TrainerCourse.trainer_id == Trainer.id).where(
                    TrainerCourse.course_id == course_id
                )
            return [
                (t.id, f"{t.first_name} {t.last_name}")
                for t in s.scalars(query)
                if t.id not in busy
            ]
