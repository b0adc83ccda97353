"""Builders of the documents issued after a training, for one enrollment.

Hours attended are the sum of the attendance entered for the enrollment (a half-day marked
present with no minutes counts in full); when no attendance was entered at all, the planned
hours stand in, and ``from_attendance`` says so.
"""

from __future__ import annotations

import datetime as dt

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session

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


def _load(
    s: Session, session_id: int, enrollment_id: int
) -> tuple[TrainingSession, Enrollment, dict[int, Attendance]]:
    session = load_session(s, session_id)
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    rows = s.scalars(select(Attendance).where(Attendance.enrollment_id == enrollment_id))
    return session, enrollment, {row.slot_id: row for row in rows}


def _training(
    s: Session,
    session: TrainingSession,
    enrollment: Enrollment,
    attendance: dict[int, Attendance],
    today: dt.date | None,
) -> LearnerTraining:
    learner = enrollment.learner
    employer = learner.employer_name
    if not employer and enrollment.client_id:
        client = s.get(Client, enrollment.client_id)
        employer = client.name if client and client.kind != "particulier" else ""
    slots = {slot.id: slot for slot in session.slots}
    entered = [(row, slots[sid]) for sid, row in attendance.items() if sid in slots]
    minutes = sum(attended_minutes(row, slot) for row, slot in entered)
    if not entered:
        minutes = planned_minutes(session)
    org = organisation_info(s)
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
        place=session_place(s, session),
        planned_hours=fmt.hours(planned_minutes(session)),
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
    session, enrollment, attendance = _load(s, session_id, enrollment_id)
    results = dict(
        s.execute(
            select(ObjectiveResult.objective_id, ObjectiveResult.result).where(
                ObjectiveResult.enrollment_id == enrollment_id
            )
        ).all()
    )
    objectives = tuple(
        ObjectiveLine(o.text, OBJECTIVE_RESULTS.get(results.get(o.id, ""), NOT_ASSESSED))
        for o in session.course.objectives
        if o.text.strip()
    )
    course = session.course
    return AttestationFinData(
        training=_training(s, session, enrollment, attendance, today),
        objectives=objectives,
        assessed=any(line.result != NOT_ASSESSED for line in objectives),
        assessment_method=course.assessment_method.strip(),
        sanction=course.sanction.strip() or "Attestation de fin de formation",
    )


def build_certificat(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> CertificatData:
    """Certificat de réalisation (ministry model): nature ticked, hours actually attended."""
    session, enrollment, attendance = _load(s, session_id, enrollment_id)
    training = _training(s, session, enrollment, attendance, today)
    nature = session.course.nature if session.course.nature in NATURES else "action_formation"
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
    session, enrollment, attendance = _load(s, session_id, enrollment_id)
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
        training=_training(s, session, enrollment, attendance, today),
        lines=tuple(lines),
        attended_minutes=attended,
        planned_minutes=planned_total,
        rate=rate,
        missing=missing,
    )
