"""Jury sittings: date, room, members, candidates and their results, what to prepare; with the
conflict checks.

A candidate's result (``JuryCandidate.result``) is what the Qualiopi pass rates read
(``reporting/rates.py``): « admis » is certified, « absent » did not sit, "" is not known yet.
Saving a sitting again keeps the candidates that stay (and their results), adds the new ones
and removes the others: editing the date or the members never loses a result.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select

from .. import formatting as fmt
from ..errors import ValidationError
from ..model import Booking, Jury, JuryCandidate, JuryMember, Learner
from ..reporting.rates import ABSENT, FAILED, PASSED
from ..rules.guard import WriteGuard
from ..validation import Checker
from .base import Service, copy_onto, get_or_fail, row_to

# Result codes stored on the candidates (read by the pass rates) -> French label.
JURY_RESULTS = {PASSED: "Admis", FAILED: "Ajourné", ABSENT: "Absent"}
# What a script may pass for a result: the code or the label, in any case (« Ajourné »).
_RESULT_SPELLINGS = {
    **{code: code for code in JURY_RESULTS},
    **{label.casefold(): code for code, label in JURY_RESULTS.items()},
}


@dataclass
class JuryData:
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    title: str = ""
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    course_id: int | None = None
    room_id: int | None = None
    documents_to_prepare: str = ""
    notes: str = ""
    member_trainer_ids: list[int] = field(default_factory=list)
    external_members: list[str] = field(default_factory=list)  # "Nom — rôle"
    candidate_ids: list[int] = field(default_factory=list)
    # learner id -> result code (JURY_RESULTS, "" = not known yet). A candidate missing here
    # keeps the result already recorded.
    results: dict[int, str] = field(default_factory=dict)
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
            candidates = s.execute(
                select(JuryCandidate.learner_id, JuryCandidate.result)
                .where(JuryCandidate.jury_id == jury_id)
                .order_by(JuryCandidate.id)
            ).all()
            return row_to(
                JuryData,
                jury,
                member_trainer_ids=[m.trainer_id for m in members if m.trainer_id],
                external_members=[m.name for m in members if not m.trainer_id],
                candidate_ids=[learner for learner, _ in candidates],
                results={learner: result or "" for learner, result in candidates},
                equipment=dict(
                    s.execute(
                        select(Booking.equipment_id, Booking.quantity).where(
                            Booking.jury_id == jury_id
                        )
                    ).all()
                ),
            )

    def save(self, data: JuryData, *, confirm: bool = False, today: dt.date | None = None) -> int:
        """Save a sitting; refused on a blocking conflict, warnings need ``confirm=True``.

        Candidates are kept, added and removed by learner: a kept candidate keeps its result
        unless ``data.results`` gives another. Results are refused before the sitting's date
        (``today`` defaults to the real day).
        """
        check = Checker()
        data.title = check.require("title", data.title, "Donnez un intitulé au jury.")
        if data.end_time <= data.start_time:
            check.fail("end_time", "L'heure de fin du jury doit suivre l'heure de début.")
        if data.room_id is None:
            check.fail("room_id", "Choisissez la salle du jury.")
        data.candidate_ids = list(dict.fromkeys(data.candidate_ids))
        results = _checked_results(check, data)
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
                skip=(
                    "id",
                    "member_trainer_ids",
                    "external_members",
                    "candidate_ids",
                    "results",
                    "equipment",
                ),
            )
            s.add(jury)
            s.flush()
            for model in (JuryMember, Booking):
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
            candidates = _sync_candidates(s, jury.id, data.candidate_ids, results)
            _refuse_early_results(jury.date, candidates, today or dt.date.today())
            s.add_all(
                Booking(jury_id=jury.id, equipment_id=e, quantity=q)
                for e, q in data.equipment.items()
            )
            guard.verify(jury_ids=[jury.id])
            jury_id = jury.id
        self._emit("jury", jury_id, "created" if data.id is None else "updated", "planning")
        data.id = jury_id
        return jury_id


def _checked_results(check: Checker, data: JuryData) -> dict[int, str]:
    """``data.results`` as codes ("" = not known yet); an unknown value or a result for a
    non-candidate is a French error on the field « results »."""
    typed = {learner: str(value or "").strip() for learner, value in data.results.items()}
    results = {learner: _RESULT_SPELLINGS.get(v.casefold(), v) for learner, v in typed.items()}
    unknown = sorted({v for v in results.values() if v and v not in JURY_RESULTS})
    if unknown:
        check.fail(
            "results",
            f"« {unknown[0]} » n'est pas un résultat de jury : choisissez Admis, Ajourné ou "
            "Absent, ou « — » tant que le résultat n'est pas connu.",
        )
    elif set(results) - set(data.candidate_ids):
        check.fail(
            "results",
            "Un résultat est donné pour un apprenant qui n'est pas candidat de ce jury : "
            "ajoutez-le aux candidats ou retirez ce résultat.",
        )
    return results


def _sync_candidates(
    s, jury_id: int, learner_ids: list[int], results: dict[int, str]
) -> list[JuryCandidate]:
    """Keep, add and remove the sitting's candidates by learner; set the results given."""
    kept: dict[int, JuryCandidate] = {}
    for row in s.scalars(
        select(JuryCandidate).where(JuryCandidate.jury_id == jury_id).order_by(JuryCandidate.id)
    ):
        if row.learner_id in learner_ids and row.learner_id not in kept:
            kept[row.learner_id] = row
        else:
            s.delete(row)
    candidates = []
    for learner_id in learner_ids:
        row = kept.get(learner_id)
        if row is None:
            get_or_fail(s, Learner, learner_id, "Le candidat")
            row = JuryCandidate(jury_id=jury_id, learner_id=learner_id, result="")
            s.add(row)
        if learner_id in results:
            row.result = results[learner_id]
        candidates.append(row)
    return candidates


def _refuse_early_results(day: dt.date, candidates: list[JuryCandidate], today: dt.date) -> None:
    """Results exist only once the jury has sat: none for a sitting still to come."""
    if day > today and any(c.result for c in candidates):
        raise ValidationError(
            {
                "results": f"Le jury du {fmt.date_short(day)} n'a pas encore eu lieu : les "
                "résultats se saisissent une fois le jury passé. Laissez « — » ou corrigez "
                "la date du jury."
            }
        )
