"""Entering attendance: checks of every mark, then one transaction for the whole batch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError, ValidationError
from ...model import Attendance, Enrollment, Learner, Slot, SlotTrainer
from ..attended_hours import half_day_label, slot_minutes
from .codes import PARTIAL, STATUSES, TRAINER_STATUSES
from .grid import GRID_ENROLLMENT_STATUSES


@dataclass(frozen=True)
class Mark:
    """One learner's half-day: ``status`` None erases what was entered.

    ``minutes`` are the minutes actually attended, required for « retard » and « départ
    anticipé » (fewer than the half-day's); ignored otherwise.
    """

    enrollment_id: int
    slot_id: int
    status: str | None
    minutes: int | None = None
    note: str = ""


EARLY_ARRIVAL = dt.timedelta(minutes=30)  # learners arrive and sign a little before the start


def has_begun(slot: Slot, now: dt.datetime) -> bool:
    """The half-day has begun (or begins within half an hour): attendance may be taken."""
    return now >= dt.datetime.combine(slot.date, slot.start_time) - EARLY_ARRIVAL


@dataclass(frozen=True)
class TrainerPresence:
    slot_id: int
    trainer_id: int
    status: str  # "", "present", "absent"


def _name(s: Session, enrollment: Enrollment) -> str:
    learner = s.get(Learner, enrollment.learner_id)
    return f"{learner.last_name.upper()} {learner.first_name}"


def check_mark(
    s: Session,
    mark: Mark,
    slot: Slot,
    enrollment: Enrollment,
    today: dt.date,
    now: dt.datetime | None = None,
) -> str | None:
    """A French message when ``mark`` cannot be recorded, else None."""
    who = f"{_name(s, enrollment)}, {half_day_label(slot)}"
    if now is not None and mark.status is not None and not has_begun(slot, now):
        return (
            f"{who} : cette demi-journée commence à {fmt.time_short(slot.start_time)}. "
            "La présence se saisit une fois la demi-journée commencée."
        )
    if slot.date > today:
        return (
            f"{who} : cette demi-journée n'a pas encore eu lieu. La présence se saisit le jour "
            "même ou après."
        )
    if mark.status is not None and mark.status not in STATUSES:
        return f"{who} : statut inconnu. Utilisez P, A, E, R ou D."
    if mark.status == "abandon":
        return f"{who} : un abandon s'enregistre avec « Abandon… » (date et motif)."
    if enrollment.status not in GRID_ENROLLMENT_STATUSES:
        return (
            f"{who} : l'inscription est « {enrollment.status} », la présence ne se saisit que "
            "pour un inscrit."
        )
    if enrollment.dropped_on and slot.date > enrollment.dropped_on:
        return (
            f"{who} : l'apprenant a abandonné le {fmt.date_short(enrollment.dropped_on)}. "
            "Annulez l'abandon pour saisir une présence après cette date."
        )
    if mark.status in PARTIAL:
        planned = slot_minutes(slot)
        if mark.minutes is None or not 0 < mark.minutes < planned:
            return (
                f"{who} : indiquez les minutes réellement suivies, entre 1 et {planned - 1} "
                f"(la demi-journée dure {fmt.hours(planned)})."
            )
    return None


def save_marks(
    s: Session,
    session_id: int,
    marks: Sequence[Mark],
    trainers: Sequence[TrainerPresence],
    today: dt.date,
    now: dt.datetime | None = None,
) -> int:
    """Check every mark first, then write them all (the caller's unit of work commits)."""
    slots = {slot.id: slot for slot in s.scalars(select(Slot).where(Slot.session_id == session_id))}
    enrollment_ids = {m.enrollment_id for m in marks}
    enrollments = {
        e.id: e
        for e in s.scalars(
            select(Enrollment).where(
                Enrollment.id.in_(enrollment_ids), Enrollment.session_id == session_id
            )
        )
    }
    problems: list[str] = []
    for mark in marks:
        slot = slots.get(mark.slot_id)
        enrollment = enrollments.get(mark.enrollment_id)
        if slot is None or enrollment is None:
            raise NotFoundError(
                "Cette demi-journée ou cette inscription n'appartient plus à la session : "
                "rouvrez la feuille de présence."
            )
        if problem := check_mark(s, mark, slot, enrollment, today, now):
            problems.append(problem)
    for presence in trainers:
        slot = slots.get(presence.slot_id)
        if slot is None or presence.status not in TRAINER_STATUSES:
            raise NotFoundError("Cette demi-journée n'appartient plus à la session.")
        if slot.date > today and presence.status:
            problems.append(
                f"Formateur, {half_day_label(slot)} : cette demi-journée n'a pas encore eu lieu."
            )
    if problems:
        raise ValidationError({f"mark{i}": p for i, p in enumerate(dict.fromkeys(problems))})
    existing = {
        (row.enrollment_id, row.slot_id): row
        for row in s.scalars(
            select(Attendance).where(
                Attendance.slot_id.in_(list(slots)), Attendance.enrollment_id.in_(enrollment_ids)
            )
        )
    }
    for mark in marks:
        key = (mark.enrollment_id, mark.slot_id)
        row = existing.get(key)
        if row is not None and row.signed and mark.status != row.status:
            raise BusinessRuleError(
                f"{_name(s, enrollments[mark.enrollment_id])}, "
                f"{half_day_label(slots[mark.slot_id])} : l'apprenant a signé à l'écran à "
                f"{fmt.time_short(row.signed_at.time()) if row.signed_at else '?'}. "
                "Une demi-journée signée ne change plus de statut ; ajoutez un motif si besoin."
            )
        if mark.status is None:
            if row is not None:
                s.delete(row)
            continue
        if row is None:
            row = Attendance(slot_id=mark.slot_id, enrollment_id=mark.enrollment_id)
            s.add(row)
            existing[key] = row
        row.status = mark.status
        row.minutes_attended = mark.minutes if mark.status in PARTIAL else 0
        row.note = mark.note
        if mark.status != "absent_excuse" and mark.status != "absent":
            row.justification_id = None if mark.status == "present" else row.justification_id
    for presence in trainers:
        link = s.get(SlotTrainer, (presence.slot_id, presence.trainer_id))
        if link is None:
            raise NotFoundError(
                "Ce formateur n'intervient plus sur cette demi-journée : rouvrez la feuille."
            )
        link.status = presence.status
    return len(marks) + len(trainers)


def drop_out(s: Session, enrollment_id: int, on: dt.date, reason: str, today: dt.date) -> int:
    """Record an abandon on ``on``: later half-days follow (status abandon, nothing attended)."""
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise NotFoundError("Cette inscription n'existe plus : actualisez la liste.")
    errors: dict[str, str] = {}
    if not reason.strip():
        errors["reason"] = "Indiquez le motif de l'abandon (il figure au dossier du financeur)."
    if on > today:
        errors["date"] = "La date d'abandon ne peut pas être dans le futur."
    if enrollment.status not in GRID_ENROLLMENT_STATUSES:
        errors["status"] = "Seul un apprenant inscrit peut abandonner."
    if errors:
        raise ValidationError(errors)
    enrollment.status = "abandon"
    enrollment.dropped_on = on
    enrollment.drop_reason = reason.strip()
    later = list(
        s.scalars(select(Slot).where(Slot.session_id == enrollment.session_id, Slot.date > on))
    )
    rows = {
        row.slot_id: row
        for row in s.scalars(
            select(Attendance).where(
                Attendance.enrollment_id == enrollment_id,
                Attendance.slot_id.in_([slot.id for slot in later]),
            )
        )
    }
    for slot in later:
        row = rows.get(slot.id) or Attendance(slot_id=slot.id, enrollment_id=enrollment_id)
        if row.signed:
            raise BusinessRuleError(
                f"L'apprenant a signé le {half_day_label(slot)}, après la date d'abandon "
                "indiquée : vérifiez la date."
            )
        row.status, row.minutes_attended, row.note = "abandon", 0, reason.strip()
        s.add(row)
    return len(later)


def undo_drop_out(s: Session, enrollment_id: int) -> None:
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None or enrollment.status != "abandon":
        raise BusinessRuleError("Cette inscription n'est pas un abandon.")
    for row in s.scalars(
        select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.status == "abandon"
        )
    ):
        s.delete(row)
    enrollment.status, enrollment.dropped_on, enrollment.drop_reason = "inscrit", None, ""
