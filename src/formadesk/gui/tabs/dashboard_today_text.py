"""The French lines of « Aujourd'hui »: a half-day's heading, a learner's presence and signature."""

from __future__ import annotations

from formadesk.core import formatting as fmt
from formadesk.core.services.attendance import LETTERS, STATUSES, Expected, TodayHalfDay
from formadesk.core.services.attendance.codes import ABSENT

TRAINER_STATES = {"": "présence non saisie", "present": "présent", "absent": "absent"}


def trainers_text(today: TodayHalfDay) -> str:
    """« Formateur : Anne BERNARD (présent, a signé) », or « sans formateur »."""
    trainers = today.half_day.trainers
    if not trainers:
        return "sans formateur"
    names = []
    for trainer in trainers:
        state = TRAINER_STATES.get(trainer.status, trainer.status)
        names.append(f"{trainer.name} ({state}{', a signé' if trainer.signed else ''})")
    return f"{fmt.noun(len(trainers), 'Formateur')} : {', '.join(names)}"


def half_day_text(today: TodayHalfDay) -> str:
    """« 9h00–12h30 · SST-01 — Secourisme · Salle Alpes · Formateur : … · 3 non signés »"""
    half_day = today.half_day
    parts = [
        half_day.hours_label,
        f"{today.session_code} — {today.title}",
        half_day.room_name or "sans salle",
        trainers_text(today),
    ]
    if half_day.closed:
        parts.append("close (le formateur a signé)")
    else:
        waiting = len(today.not_signed)
        parts.append(f"{waiting} non {fmt.noun(waiting, 'signé')}")
    missing = len(today.not_entered)
    if missing:
        parts.append(f"{missing} non {fmt.noun(missing, 'saisi')}")
    return " · ".join(parts)


def presence_text(expected: Expected, planned_minutes: int) -> str:
    """« Non saisi », « P — Présent », « R — Retard de 20 min », « D — Départ anticipé … »."""
    cell = expected.cell
    if cell is None:
        return "Non saisi"
    label = STATUSES.get(cell.status, cell.status)
    if cell.status == "retard":
        label = _minutes(planned_minutes - cell.minutes, "Retard de")
    elif cell.status == "depart_anticipe":
        label = f"Départ anticipé, {fmt.hours(cell.minutes)} suivies"
    if cell.justification:
        label += " (justifiée)"
    return f"{LETTERS.get(cell.status, '?')} — {label}"


def signature_text(expected: Expected) -> str:
    """« signé à 9h12 », « non signé », or nothing for an absent learner."""
    cell = expected.cell
    if cell is not None and cell.signed_at is not None:
        return f"signé à {fmt.time_short(cell.signed_at.time())}"
    if cell is not None and cell.status in ABSENT:
        return ""
    return "non signé"


def _minutes(minutes: int, prefix: str) -> str:
    """« Retard de 20 min », « Retard de 1 h 10 »"""
    return f"{prefix} {minutes} min" if minutes < 60 else f"{prefix} {fmt.hours(minutes)}"
