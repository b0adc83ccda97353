"""Jury sittings: date, room, members, candidates, what to prepare; with the conflict checks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select

from ..model import Booking, Jury, JuryCandidate, JuryMember, Learner
from ..rules.guard import WriteGuard
from ..validation import Checker
from .base import Service, copy_onto, get_or_fail, row_to


@dataclass
class JuryData:
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    title: str = ""
    id: int | None = None
    course_id: int | None = None
    room_id: int | None = None
    documents_to_prepare: str = ""
    notes: str = ""
    member_trainer_ids: list[int] = field(default_factory=list)
    external_members: list[str] = field(default_factory=list)  # "Nom — rôle"
    candidate_ids: list[int] = field(default_factory=list)
    equipment: dict[int, int] = field(default_factory=dict)  # equipment id -> quantity


@dataclass(frozen=True)
class JuryRow:
    id: int
    title: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    candidates: int
    room_name: str = ""


class JuryService(Service):
    """Create and edit jury sittings; rooms, members and equipment are checked like slots."""

    def list(self, start: dt.date | None = None) -> list[JuryRow]:
        counts = (
            select(JuryCandidate.jury_id, func.count().label("n"))
            .group_by(JuryCandidate.jury_id)
            .subquery()
        )
        query = (
            select(
                Jury.id,
                Jury.title,
                Jury.date,
                Jury.start_time,
                Jury.end_time,
                func.coalesce(counts.c.n, 0),
            )
            .outerjoin(counts, counts.c.jury_id == Jury.id)
            .order_by(Jury.date.desc())
        )
        if start:
            query = query.where(Jury.date >= start)
        with self._db.reading() as s:
            return [JuryRow(*r) for r in s.execute(query)]

    def get(self, jury_id: int) -> JuryData:
        with self._db.reading() as s:
            jury = get_or_fail(s, Jury, jury_id, "Le jury")
            members = s.scalars(select(JuryMember).where(JuryMember.jury_id == jury_id)).all()
            return row_to(
                JuryData,
                jury,
                member_trainer_ids=[m.trainer_id for m in members if m.trainer_id],
                external_members=[m.name for m in members if not m.trainer_id],
                candidate_ids=list(
                    s.scalars(
                        select(JuryCandidate.learner_id).where(JuryCandidate.jury_id == jury_id)
                    )
                ),
                equipment=dict(
                    s.execute(
                        select(Booking.equipment_id, Booking.quantity).where(
                            Booking.jury_id == jury_id
                        )
                    ).all()
                ),
            )

    def save(self, data: JuryData, *, confirm: bool = False) -> int:
        """Save a sitting; refused on a blocking conflict, warnings need ``confirm=True``."""
        check = Checker()
        data.title = check.require("title", data.title, "Donnez un intitulé au jury.")
        if data.end_time <= data.start_time:
            check.fail("end_time", "L'heure de fin du jury doit suivre l'heure de début.")
        if data.room_id is None:
            check.fail("room_id", "Choisissez la salle du jury.")
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            guard = WriteGuard(s, confirm=confirm)
            if data.id is not None:
                guard.snapshot(jury_ids=[data.id])
            jury = (
                Jury(title=data.title)
                if data.id is None
                else get_or_fail(s, Jury, data.id, "Le jury")
            )
            copy_onto(
                jury,
                data,
                skip=("id", "member_trainer_ids", "external_members", "candidate_ids", "equipment"),
            )
            s.add(jury)
            s.flush()
            for model in (JuryMember, JuryCandidate, Booking):
                s.execute(delete(model).where(model.jury_id == jury.id))
            s.add_all(
                JuryMember(jury_id=jury.id, trainer_id=t, role="Membre")
                for t in data.member_trainer_ids
            )
            s.add_all(
                JuryMember(jury_id=jury.id, name=n, role="Membre externe")
                for n in data.external_members
                if n.strip()
            )
            for learner_id in data.candidate_ids:
                get_or_fail(s, Learner, learner_id, "Le candidat")
                s.add(JuryCandidate(jury_id=jury.id, learner_id=learner_id))
            s.add_all(
                Booking(jury_id=jury.id, equipment_id=e, quantity=q)
                for e, q in data.equipment.items()
            )
            guard.verify(jury_ids=[jury.id])
            jury_id = jury.id
        self._emit("jury", jury_id, "created" if data.id is None else "updated", "planning")
        data.id = jury_id
        return jury_id
