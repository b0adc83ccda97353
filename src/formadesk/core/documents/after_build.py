"""Builders of the documents issued after a training, for one enrollment.

Hours attended are the sum of the attendance entered for the enrollment (a half-day marked
present with no minutes counts in full); when no attendance was entered at all, the planned
hours stand in, and ``from_attendance`` says so.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from .. import formatting as fmt
from ..errors import NotFoundError
from ..model import (
    OBJECTIVE_RESULTS,
    Attendance,
    Client,
    Enrollment,
    ObjectiveResult,
    Slot,
    TrainingSession,
)
from .after_data import (
    NATURES,
    NOT_ASSESSED,
    AssiduiteData,
    AttestationFinData,
    CertificatData,
    LearnerTraining,
    NatureChoice,
    ObjectiveLine,
    PresenceLine,
)
from .builders import learner_info, load_session, organisation_info, planned_minutes
from .data import OrganisationInfo
from .during_build import agree, session_place


def slot_minutes(slot: Slot) -> int:
    start = dt.datetime.combine(slot.date, slot.start_time)
    end = dt.datetime.combine(slot.date, slot.end_time)
    return max(0, int((end - start).total_seconds() // 60))


def attended_minutes(row: Attendance, slot: Slot) -> int:
    """Minutes of one attendance row; « present » with no minutes entered counts in full."""
    if row.status == "present" and not row.minutes_attended:
        return slot_minutes(slot)
    return max(0, row.minutes_attended or 0)


@dataclass(frozen=True)
class _SessionFacts:
    """What every learner's document of one session shares, read once per ORM session."""

    session: TrainingSession
    slots: dict[int, Slot]
    organisation: OrganisationInfo
    place: str
    planned_minutes: int
    attendance: dict[int, dict[int, Attendance]]  # enrollment id -> slot id -> row
    results: dict[int, dict[int, str]]  # enrollment id -> objective id -> result


def _session_facts(s: Session, session_id: int) -> _SessionFacts:
    """Cached in ``s.info`` for the life of the ORM session (one batch of documents): 200
    attestations read the session, its attendance and results once, not 200 times."""
    key = ("after_build", session_id)
    facts = s.info.get(key)
    if facts is None:
        session = load_session(s, session_id)
        enrollments = select(Enrollment.id).where(Enrollment.session_id == session_id)
        attendance: dict[int, dict[int, Attendance]] = defaultdict(dict)
        for row in s.scalars(select(Attendance).where(Attendance.enrollment_id.in_(enrollments))):
            attendance[row.enrollment_id][row.slot_id] = row
        results: dict[int, dict[int, str]] = defaultdict(dict)
        query = select(
            ObjectiveResult.enrollment_id, ObjectiveResult.objective_id, ObjectiveResult.result
        ).where(ObjectiveResult.enrollment_id.in_(enrollments))
        for enrollment_id, objective_id, result in s.execute(query):
            results[enrollment_id][objective_id] = result
        facts = _SessionFacts(
            session=session,
            slots={slot.id: slot for slot in session.slots},
            organisation=organisation_info(s),
            place=session_place(s, session),
            planned_minutes=planned_minutes(session),
            attendance=dict(attendance),
            results=dict(results),
        )
        s.info[key] = facts
    return facts


def _load(
    s: Session, session_id: int, enrollment_id: int
) -> tuple[_SessionFacts, Enrollment, dict[int, Attendance]]:
    facts = _session_facts(s, session_id)
    enrollment = s.scalar(
        select(Enrollment)
        .where(Enrollment.id == enrollment_id)
        .options(joinedload(Enrollment.learner))
    )
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    return facts, enrollment, facts.attendance.get(enrollment_id, {})


def _training(
    s: Session,
    facts: _SessionFacts,
    enrollment: Enrollment,
    attendance: dict[int, Attendance],
    today: dt.date | None,
) -> LearnerTraining:
    learner = enrollment.learner
    employer = learner.employer_name
    if not employer and enrollment.client_id:
        client = s.get(Client, enrollment.client_id)
        employer = client.name if client and client.kind != "particulier" else ""
    entered = [(row, facts.slots[sid]) for sid, row in attendance.items() if sid in facts.slots]
    minutes = sum(attended_minutes(row, slot) for row, slot in entered)
    if not entered:
        minutes = facts.planned_minutes
    session, org = facts.session, facts.organisation
    course = session.course
    return LearnerTraining(
        organisation=org,
        learner=learner_info(learner),
        employer=employer,
        session_code=session.code,
        course_title=course.title,
        nature=NATURES.get(course.nature, NATURES["action_formation"]),
        start=fmt.date_medium(session.start_date),
        end=fmt.date_medium(session.end_date),
        dates=fmt.date_range_long(session.start_date, session.end_date),
        place=facts.place,
        planned_hours=fmt.hours(facts.planned_minutes),
        attended_hours=fmt.hours(minutes),
        attended_decimal=fmt.decimal_hours(minutes),
        from_attendance=bool(entered),
        city=org.city,
        issued_on=fmt.date_medium(today or dt.date.today()),
    )


def build_attestation_fin(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> AttestationFinData:
    """Attestation de fin de formation: objectives with their results, nature, hours."""
    facts, enrollment, attendance = _load(s, session_id, enrollment_id)
    session = facts.session
    results = facts.results.get(enrollment_id, {})
    objectives = tuple(
        ObjectiveLine(o.text, OBJECTIVE_RESULTS.get(results.get(o.id, ""), NOT_ASSESSED))
        for o in session.course.objectives
        if o.text.strip()
    )
    course = session.course
    return AttestationFinData(
        training=_training(s, facts, enrollment, attendance, today),
        objectives=objectives,
        assessed=any(line.result != NOT_ASSESSED for line in objectives),
        assessment_method=course.assessment_method.strip(),
        sanction=course.sanction.strip() or "Attestation de fin de formation",
    )


def build_certificat(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> CertificatData:
    """Certificat de réalisation (ministry model): nature ticked, hours actually attended."""
    facts, enrollment, attendance = _load(s, session_id, enrollment_id)
    training = _training(s, facts, enrollment, attendance, today)
    course = facts.session.course
    nature = course.nature if course.nature in NATURES else "action_formation"
    natures = tuple(NatureChoice(label, key == nature) for key, label in NATURES.items())
    return CertificatData(training=training, natures=natures)


def presence_label(status: str, civility: str) -> str:
    """« Présente », « Absent excusé », « Retard », « Départ anticipé »."""
    labels = {
        "present": agree(civility, "Présent", "Présente", "Présent(e)"),
        "absent_excuse": agree(civility, "Absent excusé", "Absente excusée", "Absent(e) excusé(e)"),
        "absent": agree(civility, "Absent", "Absente", "Absent(e)"),
        "retard": "Retard",
        "depart_anticipe": "Départ anticipé",
    }
    return labels.get(status, status)


def build_assiduite(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> AssiduiteData:
    """Attestation d'assiduité: each half-day's status and minutes, total over planned."""
    facts, enrollment, attendance = _load(s, session_id, enrollment_id)
    session = facts.session
    civility = enrollment.learner.civility
    lines, attended, missing = [], 0, 0
    for slot in session.slots:
        row = attendance.get(slot.id)
        planned = fmt.hours(slot_minutes(slot))
        times = fmt.time_range(slot.start_time, slot.end_time)
        if row is None:
            missing += 1
            lines.append(PresenceLine(fmt.date_long(slot.date), times, "Non saisi", planned, ""))
            continue
        minutes = attended_minutes(row, slot)
        attended += minutes
        status = presence_label(row.status, civility)
        lines.append(
            PresenceLine(fmt.date_long(slot.date), times, status, planned, fmt.hours(minutes))
        )
    planned_total = sum(slot_minutes(slot) for slot in session.slots)
    rate = ""
    if planned_total:
        rate = format_decimal(100 * attended / planned_total, "#,##0.#", locale="fr_FR") + "\u202f%"
    return AssiduiteData(
        training=_training(s, facts, enrollment, attendance, today),
        lines=tuple(lines),
        attended_minutes=attended,
        planned_minutes=planned_total,
        rate=rate,
        missing=missing,
    )
