"""Checks of a session's input before anything is written: plausible dates, places, price,
the subcontracting office's name, and at least one half-day (saying why none could be made
on the chosen dates); and the warning, asked before saving, when the half-days planned differ
from the course's duration."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..guards import check_record
from ..model import Course, Slot, TrainingSession
from ..public_holidays import public_holidays
from ..rules.conflict_kinds import WARN, Conflict
from ..validation import (
    FIRST_YEAR,
    LAST_YEAR,
    Checker,
    check_count,
    check_money,
    optional_id,
    require_id,
)

if TYPE_CHECKING:
    from .sessions import SessionData

MAX_PLACES = 1000
SUBCONTRACTOR_LENGTH = TrainingSession.__table__.c.subcontractor.type.length
EXPLAINED_DAYS = 6  # beyond, the message would be a list nobody reads
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# Planned hours may exceed the course's by a rounding, or by one half-day: a warning beyond
# 10 % of the course's duration, and never within one half-day. A session planned SHORTER is
# not asked: half-days are often added as the planning gets known, and every document states
# the hours planned (the attestation d'assiduité gives attended over planned).
HOURS_TOLERANCE = 0.10
MIN_HOURS_GAP = 210  # minutes: one half-day of 3 h 30
WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def ascii_lower(text: str) -> str:
    """Lower-case A-Z only, as SQLite's lower() does (« ÉTÉ-A » -> « ÉTÉ-a »)."""
    return text.translate(ASCII_LOWER)


def check_session_input(check: Checker, data: SessionData) -> None:
    """Add to ``check`` what is wrong with the session's dates, places, price and slots."""
    if data.id is not None:
        require_id(data.id, "La session")
    require_id(data.course_id, "La formation")
    optional_id(data.intra_client_id, "Le client")
    check_record(data, TrainingSession, skip=("id", "slots", "course_id", "intra_client_id"))
    dates_ok = True
    for name, label, value in (
        ("start_date", "La date de début", data.start_date),
        ("end_date", "La date de fin", data.end_date),
    ):
        if not isinstance(value, dt.date) or not FIRST_YEAR <= value.year <= LAST_YEAR:
            dates_ok = False
            year = value.year if isinstance(value, dt.date) else "?"
            check.fail(
                name,
                f"{label} : l'année {year} n'est pas plausible (de {FIRST_YEAR} à {LAST_YEAR}). "
                "Vérifiez la date.",
            )
    check.field(
        "min_places", check_count, data.min_places, "Le nombre minimum de places", high=MAX_PLACES
    )
    check.field(
        "max_places", check_count, data.max_places, "Le nombre maximum de places", high=MAX_PLACES
    )
    check.field(
        "price_cents", check_money, data.price_cents, "Le prix de la session", allow_none=True
    )
    data.subcontractor = " ".join((data.subcontractor or "").split())
    if len(data.subcontractor) > SUBCONTRACTOR_LENGTH:
        check.fail(
            "subcontractor",
            f"Le nom de l'organisme sous-traitant compte au plus {SUBCONTRACTOR_LENGTH} "
            "caractères : abrégez-le.",
        )
    for slot in data.slots:
        if not FIRST_YEAR <= slot.date.year <= LAST_YEAR:
            check.fail("slots", f"Le créneau du {slot.date:%d/%m/%Y} a une année impossible.")
    if not data.slots and dates_ok and data.start_date <= data.end_date:
        check.fail("slots", no_slot_message(data.start_date, data.end_date))


def no_slot_message(start: dt.date, end: dt.date) -> str:
    """Why a session between ``start`` and ``end`` has no half-day, in one French sentence."""
    public = public_holidays(range(start.year, end.year + 1))
    reasons: list[str] = []
    day = start
    while day <= end and len(reasons) <= EXPLAINED_DAYS:
        if day in public:
            reasons.append(f"le {day:%d/%m/%Y} est un jour férié ({public.get(day)})")
        elif day.weekday() >= 5:
            reasons.append(f"le {day:%d/%m/%Y} est un {WEEKDAY_NAMES[day.weekday()]}")
        else:
            reasons = []
            break
        day += dt.timedelta(days=1)
    if reasons and len(reasons) <= EXPLAINED_DAYS:
        return (
            "Aucune demi-journée n'a pu être créée pour cette session : "
            + ", ".join(reasons)
            + ". Choisissez d'autres dates, ou ajoutez les séances à la main."
        )
    if reasons:
        return (
            "Aucune demi-journée n'a pu être créée pour cette session : ses dates ne "
            "tombent que sur des week-ends et des jours fériés. Choisissez d'autres dates."
        )
    return (
        "La session n'a aucune demi-journée : cliquez sur « Générer les demi-journées » "
        "ou ajoutez les séances à la main, puis enregistrez."
    )


def _minutes(slots) -> int:
    """Minutes planned by half-days (``SlotData`` or ``Slot``: a date, a start, an end)."""
    total = 0
    for x in slots:
        start, end = (dt.datetime.combine(x.date, t) for t in (x.start_time, x.end_time))
        total += max(0, int((end - start).total_seconds()) // 60)
    return total


def duration_warning(s: Session, data: SessionData, course: Course) -> Conflict | None:
    """A warning when the half-days planned exceed the course's duration by more than
    ``HOURS_TOLERANCE`` (documents state the session's hours: a typo in a date must not pass
    unseen, the programme would print « Durée 70 h » at the price of a 14 h course).

    Call before the session is written: an edit that keeps the course and the hours of a
    session accepted earlier is not asked again.
    """
    expected = course.duration_minutes or 0
    planned = _minutes(data.slots)
    if not expected or not planned:
        return None
    if planned - expected <= max(expected * HOURS_TOLERANCE, MIN_HOURS_GAP):
        return None
    if data.id is not None:
        stored = s.get(TrainingSession, data.id)
        slots = s.scalars(select(Slot).where(Slot.session_id == data.id)).all()
        if stored is not None and stored.course_id == course.id and _minutes(slots) == planned:
            return None
    first = min((x.date for x in data.slots), default=data.start_date)
    return Conflict(
        kind="hours_differ_from_course",
        severity=WARN,
        message=(
            f"Les demi-journées planifiées font {fmt.hours(planned)}, la formation en prévoit "
            f"{fmt.hours(expected)} : vérifiez les dates, ou confirmez si la session est bien "
            "plus longue."
        ),
        date=first,
        start=dt.time(0),
        end=dt.time(0),
        session_codes=(data.code,) if data.code else (),
    )
