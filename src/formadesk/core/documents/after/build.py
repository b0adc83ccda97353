"""Builders of the documents issued after a training, for one enrollment.

Hours attended are the sum of the attendance entered for the enrollment, through the one
function of ``services.attended_hours`` (a half-day marked present with no minutes counts in
full). Nothing stands in for attendance not entered: these documents are refused before the
session's last day, and while a half-day of the learner has no attendance entered, with a
message naming those half-days.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import (
    OBJECTIVE_RESULTS,
    Attendance,
    Client,
    Enrollment,
    ObjectiveResult,
    Slot,
    TrainingSession,
)
from ...services.attended_hours import (
    attended_minutes,
    half_day_label,
    slot_minutes,
    total_attended,
)
from ..during.build import agree, session_place
from ..engine.builders import learner_info, load_session, organisation_info, planned_minutes
from ..engine.data import OrganisationInfo
from .data import (
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

__all__ = [
    "attended_minutes",
    "slot_minutes",
    "build_assiduite",
    "build_attestation_fin",
    "build_certificat",
    "issue_date",
]


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


EMPLOYED_STATUSES = ("salarie", "apprenti")  # « salarié(e) de … » on the documents


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


def _agreed(what: str) -> tuple[str, str]:
    """(« produit », « le ») or (« produite », « la »), agreed with the document's name."""
    return ("produite", "la") if what.startswith("L'attestation") else ("produit", "le")


def issue_date(end: dt.date, today: dt.date | None, what: str, code: str) -> dt.date:
    """The date of a document after training: refused before the session's last day.

    ``today`` is the document's date (its first issue, see the registry). A date before the
    last day, left by an earlier version, would be false: the document is then dated today.
    """
    now = dt.date.today()
    issued = today or now
    if max(issued, now) < end:
        produced, it = _agreed(what)
        raise BusinessRuleError(
            f"{what} de la session {code} ne peut pas être {produced} avant le dernier "
            f"jour de la session, le {fmt.date_long(end)} : produisez-{it} à partir de cette "
            "date, une fois les présences saisies."
        )
    return issued if issued >= end else now


def _require_attendance(facts: _SessionFacts, enrollment: Enrollment, what: str) -> None:
    """Refuse while a half-day of the session has no attendance entered for the learner."""
    entered = facts.attendance.get(enrollment.id, {})
    missing = [half_day_label(slot) for slot in facts.session.slots if slot.id not in entered]
    if missing:
        learner = enrollment.learner
        name = f"{learner.first_name} {learner.last_name}".strip()
        produced, _it = _agreed(what)
        days = "la demi-journée" if len(missing) == 1 else "les demi-journées"
        raise BusinessRuleError(
            f"{what} {fmt.of_name(name)} ne peut pas être {produced} : la présence n'est pas "
            f"saisie pour {days} {', '.join(missing)}. Saisissez les émargements "
            f"{fmt.of_name(name)}, puis recommencez."
        )


def _load(
    s: Session, session_id: int, enrollment_id: int, what: str, today: dt.date | None
) -> tuple[_SessionFacts, Enrollment, dict[int, Attendance], dt.date]:
    """The session facts and the enrollment; refused before the end or without attendance."""
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
    session = facts.session
    issued = issue_date(session.end_date, today, what, session.code)
    _require_attendance(facts, enrollment, what)
    return facts, enrollment, facts.attendance.get(enrollment_id, {}), issued


def _training(
    s: Session,
    facts: _SessionFacts,
    enrollment: Enrollment,
    attendance: dict[int, Attendance],
    issued: dt.date,
) -> LearnerTraining:
    learner = enrollment.learner
    employer = learner.employer_name
    if not employer and enrollment.client_id:
        client = s.get(Client, enrollment.client_id)
        employer = client.name if client and client.kind != "particulier" else ""
    entered = [(row, facts.slots[sid]) for sid, row in attendance.items() if sid in facts.slots]
    minutes = total_attended(entered)
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
        from_attendance=True,  # refused without it (see _require_attendance)
        city=org.city,
        issued_on=fmt.date_medium(issued),
        employed=learner.status in EMPLOYED_STATUSES,
    )


def build_attestation_fin(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> AttestationFinData:
    """Attestation de fin de formation: objectives with their results, nature, hours."""
    what = "L'attestation de fin de formation"
    facts, enrollment, attendance, issued = _load(s, session_id, enrollment_id, what, today)
    session = facts.session
    results = facts.results.get(enrollment_id, {})
    objectives = tuple(
        ObjectiveLine(o.text, OBJECTIVE_RESULTS.get(results.get(o.id, ""), NOT_ASSESSED))
        for o in session.course.objectives
        if o.text.strip()
    )
    course = session.course
    assessed = any(line.result != NOT_ASSESSED for line in objectives)
    if objectives and not assessed and enrollment.status != "abandon":
        learner = enrollment.learner
        name = f"{learner.first_name} {learner.last_name}".strip()
        raise BusinessRuleError(
            f"L'attestation de fin de formation {fmt.of_name(name)} ne peut pas être produite : "
            "aucun résultat de l'évaluation des acquis n'est saisi. Saisissez ses résultats "
            f"dans Sessions › {session.code} › « Évaluation des acquis… » (ou importez la "
            "grille remplie par le formateur), puis recommencez."
        )
    return AttestationFinData(
        training=_training(s, facts, enrollment, attendance, issued),
        objectives=objectives,
        assessed=assessed,
        assessment_method=course.assessment_method.strip(),
        sanction=course.sanction.strip() or "Attestation de fin de formation",
    )


def build_certificat(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> CertificatData:
    """Certificat de réalisation (ministry model): nature ticked, hours actually attended."""
    what = "Le certificat de réalisation"
    facts, enrollment, attendance, issued = _load(s, session_id, enrollment_id, what, today)
    training = _training(s, facts, enrollment, attendance, issued)
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
        "abandon": "Abandon",  # dropped out for good: no hours after that day
    }
    return labels.get(status, status)


def build_assiduite(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> AssiduiteData:
    """Attestation d'assiduité: each half-day's status and minutes, total over planned."""
    what = "L'attestation d'assiduité"
    facts, enrollment, attendance, issued = _load(s, session_id, enrollment_id, what, today)
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
        training=_training(s, facts, enrollment, attendance, issued),
        lines=tuple(lines),
        attended_minutes=attended,
        planned_minutes=planned_total,
        rate=rate,
        missing=missing,
    )
