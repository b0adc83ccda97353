"""Aléas: declare an incident on a room, equipment or trainer, see what it hits, fix, follow up."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Integer, cast, func, select, update

from ..errors import ValidationError
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Booking,
    Course,
    Enrollment,
    Equipment,
    Incident,
    Learner,
    Room,
    RoomUnavailability,
    Slot,
    SlotTrainer,
    Task,
    Trainer,
    TrainerUnavailability,
    TrainingSession,
)
from .availability import AvailabilityService
from .base import Service, get_or_fail

INCIDENT_KINDS = {
    "salle": "Salle indisponible",
    "materiel": "Matériel en panne",
    "formateur": "Formateur absent",
    "autre": "Autre",
}


@dataclass(frozen=True)
class AffectedSlot:
    slot_id: int
    session_id: int
    session_code: str
    course_id: int
    course_title: str
    date: dt.date
    start: dt.time
    end: dt.time
    learners: int
    needs_accessible: bool


@dataclass(frozen=True)
class Replacement:
    """Something that could stand in for the lost resource on one slot."""

    slot_id: int
    resource_id: int
    name: str


@dataclass(frozen=True)
class IncidentRow:
    id: int
    kind: str
    resource: str
    starts_at: dt.datetime
    ends_at: dt.datetime | None
    description: str
    status: str
    resolution: str
    actions: str = ""


class IncidentService(Service):
    """Declare, list and resolve incidents; affected slots and replacements."""

    def affected(
        self, kind: str, resource_id: int, starts_at: dt.datetime, ends_at: dt.datetime
    ) -> list[AffectedSlot]:
        """Every slot of a live session that uses the resource during the period."""
        learners = (
            select(
                Enrollment.session_id,
                func.count().label("n"),
                # max() of a boolean: SQLite's 0/1 yes, PostgreSQL no; as an integer on both
                func.max(cast(Learner.needs_accessible_room, Integer)).label("needs"),
            )
            .join(Learner, Learner.id == Enrollment.learner_id)
            .where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
            .group_by(Enrollment.session_id)
            .subquery()
        )
        query = (
            select(
                Slot.id,
                TrainingSession.id,
                TrainingSession.code,
                Course.id,
                Course.title,
                Slot.date,
                Slot.start_time,
                Slot.end_time,
                func.coalesce(learners.c.n, 0),
                func.coalesce(learners.c.needs, 0),
            )
            .join(TrainingSession, TrainingSession.id == Slot.session_id)
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(learners, learners.c.session_id == TrainingSession.id)
            .where(
                TrainingSession.status != "annulee",
                Slot.date.between(starts_at.date(), ends_at.date()),
            )
            .order_by(Slot.date, Slot.start_time)
        )
        if kind == "salle":
            query = query.where(Slot.room_id == resource_id)
        elif kind == "formateur":
            query = query.join(SlotTrainer, SlotTrainer.slot_id == Slot.id).where(
                SlotTrainer.trainer_id == resource_id
            )
        elif kind == "materiel":
            query = query.join(Booking, Booking.slot_id == Slot.id).where(
                Booking.equipment_id == resource_id
            )
        else:
            return []
        with self._db.reading() as s:
            rows = [AffectedSlot(*r[:9], bool(r[9])) for r in s.execute(query)]
        return [
            r
            for r in rows
            if dt.datetime.combine(r.date, r.start) < ends_at
            and starts_at < dt.datetime.combine(r.date, r.end)
        ]

    def replacements(self, kind: str, slot: AffectedSlot) -> list[Replacement]:
        """Free rooms (big and accessible enough) or free qualified trainers for that slot."""
        finder = AvailabilityService(self._db)
        if kind == "salle":
            rooms = finder.free_rooms(
                slot.date,
                slot.start,
                slot.end,
                places=max(slot.learners, 1),
                accessible=slot.needs_accessible,
            )
            return [
                Replacement(slot.slot_id, r.id, f"{r.name} ({r.capacity} places)") for r in rooms
            ]
        if kind == "formateur":
            trainers = finder.free_trainers(
                slot.date, slot.start, slot.end, course_id=slot.course_id
            )
            return [Replacement(slot.slot_id, tid, name) for tid, name in trainers]
        return []

    def declare(
        self,
        *,
        kind: str,
        resource_id: int | None,
        starts_at: dt.datetime,
        ends_at: dt.datetime,
        description: str,
        actions: str = "",
        session_id: int | None = None,
    ) -> int:
        """Record the incident, make the resource unavailable, create follow-up tasks."""
        errors = {}
        if kind not in INCIDENT_KINDS:
            errors["kind"] = "Choisissez le type d'aléa."
        if ends_at <= starts_at:
            errors["ends_at"] = "La fin de l'aléa doit suivre son début."
        if not description.strip():
            errors["description"] = "Décrivez l'aléa en quelques mots."
        if kind != "autre" and resource_id is None:
            errors["resource"] = "Choisissez la salle, le matériel ou le formateur concerné."
        if errors:
            raise ValidationError(errors)
        hit = self.affected(kind, resource_id, starts_at, ends_at) if resource_id else []
        with self._db.unit_of_work() as s:
            incident = Incident(
                kind=kind,
                starts_at=starts_at,
                ends_at=ends_at,
                description=description.strip(),
                actions=actions,
                session_id=session_id,
                due_on=starts_at.date(),
            )
            name = self._apply_unavailability(s, incident, kind, resource_id, starts_at, ends_at)
            s.add(incident)
            s.flush()
            sessions: dict[int, AffectedSlot] = {}
            for slot in hit:
                sessions.setdefault(slot.session_id, slot)
            today = dt.date.today()
            for first in sessions.values():
                due = max(today, first.date - dt.timedelta(days=1))
                s.add(
                    Task(
                        title=f"Remplacer {name} pour la session {first.session_code} "
                        f"(à partir du {first.date:%d/%m/%Y})",
                        due_on=due,
                        priority=1,
                        session_id=first.session_id,
                        incident_id=incident.id,
                        kind="incident",
                        fix="incident",
                    )
                )
                s.add(
                    Task(
                        title=f"Prévenir les apprenants et le formateur de {first.session_code}",
                        due_on=due,
                        priority=1,
                        session_id=first.session_id,
                        incident_id=incident.id,
                        kind="incident",
                        fix="incident",
                    )
                )
            incident_id = incident.id
        self._emit("incident", incident_id, "created", "task", "planning", "room", "trainer")
        return incident_id

    @staticmethod
    def _apply_unavailability(s, incident, kind, resource_id, starts_at, ends_at) -> str:
        reason = "Aléa"
        if kind == "salle":
            room = get_or_fail(s, Room, resource_id, "La salle")
            incident.room_id = room.id
            s.add(
                RoomUnavailability(
                    room_id=room.id, starts_at=starts_at, ends_at=ends_at, reason=reason
                )
            )
            return f"la salle « {room.name} »"
        if kind == "formateur":
            trainer = get_or_fail(s, Trainer, resource_id, "Le formateur")
            incident.trainer_id = trainer.id
            s.add(
                TrainerUnavailability(
                    trainer_id=trainer.id, starts_at=starts_at, ends_at=ends_at, reason=reason
                )
            )
            return f"{trainer.first_name} {trainer.last_name}"
        if kind == "materiel":
            item = get_or_fail(s, Equipment, resource_id, "Le matériel")
            incident.equipment_id = item.id
            item.state = "en_panne"
            return f"« {item.name} »"
        return "la ressource"

    def resolve(self, incident_id: int, *, resolution: str, actions: str = "") -> None:
        if not resolution.strip():
            raise ValidationError({"resolution": "Indiquez comment l'aléa a été résolu."})
        with self._db.unit_of_work() as s:
            incident = get_or_fail(s, Incident, incident_id, "L'aléa")
            incident.resolution = resolution.strip()
            if actions:
                incident.actions = actions
            incident.status = "resolu"
            incident.resolved_on = dt.date.today()
            if incident.equipment_id:
                s.get(Equipment, incident.equipment_id).state = "en_service"
            # Its follow-up tasks (replace, inform) are over with it.
            s.execute(
                update(Task)
                .where(Task.incident_id == incident_id, Task.done_on.is_(None))
                .values(done_on=incident.resolved_on, closed_by="regle")
            )
        self._emit("incident", incident_id, "updated", "planning", "task")

    def list(self, *, open_only: bool = False) -> list[IncidentRow]:
        query = select(Incident).order_by(Incident.starts_at.desc())
        if open_only:
            query = query.where(Incident.status != "resolu")
        with self._db.reading() as s:
            rows = []
            for i in s.scalars(query):
                resource = ""
                if i.room_id:
                    resource = s.get(Room, i.room_id).name
                elif i.trainer_id:
                    t = s.get(Trainer, i.trainer_id)
                    resource = f"{t.first_name} {t.last_name}"
                elif i.equipment_id:
                    resource = s.get(Equipment, i.equipment_id).name
                rows.append(
                    IncidentRow(
                        i.id,
                        INCIDENT_KINDS.get(i.kind, i.kind),
                        resource,
                        i.starts_at,
                        i.ends_at,
                        i.description,
                        i.status,
                        i.resolution,
                        i.actions,
                    )
                )
            return rows

    def tasks(self, incident_id: int) -> list[str]:
        with self._db.reading() as s:
            return list(s.scalars(select(Task.title).where(Task.incident_id == incident_id)))
