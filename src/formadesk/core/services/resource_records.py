"""Editing rooms, equipment and trainers, with their unavailable periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, select

from ..guards import check_record, record_problems
from ..model import (
    EQUIPMENT_KINDS,
    EQUIPMENT_STATES,
    Equipment,
    Room,
    RoomEquipment,
    RoomUnavailability,
    Trainer,
    TrainerCourse,
    TrainerUnavailability,
)
from ..validation import Checker, clean_email, clean_phone, clean_siret, require_id
from .base import Service, copy_onto, get_or_fail, row_to


@dataclass
class Period:
    """An unavailable period (works, holidays, sick leave ...)."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    reason: str = ""


@dataclass
class RoomData:
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    name: str = ""
    site: str = ""
    address: str = ""
    capacity: int = 12
    accessible: bool = True
    opens_at: dt.time | None = None
    closes_at: dt.time | None = None
    notes: str = ""
    active: bool = True
    equipment: dict[int, int] = field(default_factory=dict)  # installed: equipment id -> qty
    unavailable: list[Period] = field(default_factory=list)


@dataclass
class EquipmentData:
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    name: str = ""
    kind: str = "materiel"
    quantity: int = 1
    state: str = "en_service"
    notes: str = ""


@dataclass
class TrainerData:
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    civility: str = ""
    last_name: str = ""
    first_name: str = ""
    email: str = ""
    phone: str = ""
    internal: bool = True
    company_name: str = ""
    siret: str = ""
    nda: str = ""
    hourly_rate_cents: int = 0
    daily_rate_cents: int = 0
    skills: str = ""
    qualifications: str = ""
    active: bool = True
    course_ids: list[int] = field(default_factory=list)
    unavailable: list[Period] = field(default_factory=list)


def _check_ids(row_id: int | None, label: str) -> None:
    if row_id is not None:
        require_id(row_id, label)


def _check_periods(check: Checker, periods: list[Period]) -> None:
    for p in periods:
        problems = record_problems(p, RoomUnavailability)
        if problems:
            check.fail("unavailable", next(iter(problems.values())))
        elif p.ends_at <= p.starts_at:
            check.fail(
                "unavailable", f"La période du {p.starts_at:%d/%m/%Y} finit avant de commencer."
            )


class ResourceRecords(Service):
    """Create and edit rooms, equipment and trainers (mixed into ResourceService)."""

    def get_room(self, room_id: int) -> RoomData:
        with self._db.reading() as s:
            room = get_or_fail(s, Room, room_id, "La salle")
            installed = dict(
                s.execute(
                    select(RoomEquipment.equipment_id, RoomEquipment.quantity).where(
                        RoomEquipment.room_id == room_id
                    )
                ).all()
            )
            periods = [
                Period(u.starts_at, u.ends_at, u.reason)
                for u in s.scalars(
                    select(RoomUnavailability)
                    .where(RoomUnavailability.room_id == room_id)
                    .order_by(RoomUnavailability.starts_at)
                )
            ]
            return row_to(RoomData, room, equipment=installed, unavailable=periods)

    def save_room(self, data: RoomData) -> int:
        _check_ids(data.id, "La salle")
        check_record(data, Room, skip=("id", "equipment", "unavailable"))
        check = Checker()
        data.name = check.require("name", data.name, "Le nom de la salle est obligatoire.")
        if data.capacity < 1:
            check.fail("capacity", "La capacité de la salle doit être d'au moins 1 place.")
        if data.opens_at and data.closes_at and data.closes_at <= data.opens_at:
            check.fail("closes_at", "L'heure de fermeture doit suivre l'heure d'ouverture.")
        _check_periods(check, data.unavailable)
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            room = (
                Room(name=data.name)
                if data.id is None
                else get_or_fail(s, Room, data.id, "La salle")
            )
            copy_onto(room, data, skip=("id", "equipment", "unavailable"))
            s.add(room)
            s.flush()
            s.execute(delete(RoomEquipment).where(RoomEquipment.room_id == room.id))
            s.add_all(
                RoomEquipment(room_id=room.id, equipment_id=e, quantity=q)
                for e, q in data.equipment.items()
            )
            s.execute(delete(RoomUnavailability).where(RoomUnavailability.room_id == room.id))
            s.add_all(
                RoomUnavailability(
                    room_id=room.id, starts_at=p.starts_at, ends_at=p.ends_at, reason=p.reason
                )
                for p in data.unavailable
            )
            room_id = room.id
        self._emit("room", room_id, "created" if data.id is None else "updated", "planning")
        data.id = room_id
        return room_id

    def get_equipment(self, equipment_id: int) -> EquipmentData:
        with self._db.reading() as s:
            return row_to(EquipmentData, get_or_fail(s, Equipment, equipment_id, "Le matériel"))

    def save_equipment(self, data: EquipmentData) -> int:
        _check_ids(data.id, "Le matériel")
        check_record(data, Equipment)
        check = Checker()
        data.name = check.require("name", data.name, "Le nom du matériel est obligatoire.")
        if data.kind not in EQUIPMENT_KINDS:
            check.fail("kind", "Choisissez matériel, licence logicielle ou support.")
        if data.state not in EQUIPMENT_STATES:
            check.fail("state", "Choisissez l'état : en service, en panne ou prêté.")
        if data.quantity < 0:
            check.fail("quantity", "La quantité ne peut pas être négative.")
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            row = (
                Equipment(name=data.name)
                if data.id is None
                else get_or_fail(s, Equipment, data.id, "Le matériel")
            )
            copy_onto(row, data)
            s.add(row)
            s.flush()
            row_id = row.id
        self._emit("equipment", row_id, "created" if data.id is None else "updated", "planning")
        data.id = row_id
        return row_id

    def get_trainer(self, trainer_id: int) -> TrainerData:
        with self._db.reading() as s:
            trainer = get_or_fail(s, Trainer, trainer_id, "Le formateur")
            courses = list(
                s.scalars(
                    select(TrainerCourse.course_id).where(TrainerCourse.trainer_id == trainer_id)
                )
            )
            periods = [
                Period(u.starts_at, u.ends_at, u.reason)
                for u in s.scalars(
                    select(TrainerUnavailability)
                    .where(TrainerUnavailability.trainer_id == trainer_id)
                    .order_by(TrainerUnavailability.starts_at)
                )
            ]
            return row_to(TrainerData, trainer, course_ids=courses, unavailable=periods)

    def save_trainer(self, data: TrainerData) -> int:
        _check_ids(data.id, "Le formateur")
        check_record(data, Trainer, skip=("id", "course_ids", "unavailable"))
        for course_id in data.course_ids:
            require_id(course_id, "La formation")
        check = Checker()
        data.last_name = check.require("last_name", data.last_name, "Le nom est obligatoire.")
        data.first_name = check.require("first_name", data.first_name, "Le prénom est obligatoire.")
        data.email = check.field("email", clean_email, data.email) or ""
        data.phone = check.field("phone", clean_phone, data.phone) or ""
        data.siret = check.field("siret", clean_siret, data.siret) or ""
        if data.hourly_rate_cents < 0 or data.daily_rate_cents < 0:
            check.fail("hourly_rate_cents", "Un tarif ne peut pas être négatif.")
        _check_periods(check, data.unavailable)
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            row = (
                Trainer(last_name=data.last_name, first_name=data.first_name)
                if data.id is None
                else get_or_fail(s, Trainer, data.id, "Le formateur")
            )
            copy_onto(row, data, skip=("id", "course_ids", "unavailable"))
            s.add(row)
            s.flush()
            s.execute(delete(TrainerCourse).where(TrainerCourse.trainer_id == row.id))
            s.add_all(TrainerCourse(trainer_id=row.id, course_id=c) for c in set(data.course_ids))
            s.execute(
                delete(TrainerUnavailability).where(TrainerUnavailability.trainer_id == row.id)
            )
            s.add_all(
                TrainerUnavailability(
                    trainer_id=row.id, starts_at=p.starts_at, ends_at=p.ends_at, reason=p.reason
                )
                for p in data.unavailable
            )
            row_id = row.id
        self._emit("trainer", row_id, "created" if data.id is None else "updated", "planning")
        data.id = row_id
        return row_id
