"""Checks of a session's input before anything is written: plausible dates, places, price,
and at least one half-day (saying why none could be made on the chosen dates)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import holidays

from ..guards import check_record
from ..model import TrainingSession
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
EXPLAINED_DAYS = 6  # beyond, the message would be a list nobody reads
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
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
    for slot in data.slots:
        if not FIRST_YEAR <= slot.date.year <= LAST_YEAR:
            check.fail("slots", f"Le créneau du {slot.date:%d/%m/%Y} a une année impossible.")
    if not data.slots and dates_ok and data.start_date <= data.end_date:
        check.fail("slots", no_slot_message(data.start_date, data.end_date))


def no_slot_message(start: dt.date, end: dt.date) -> str:
    """Why a session between ``start`` and ``end`` has no half-day, in one French sentence."""
    public = holidays.France(years=range(start.year, end.year + 1), language="fr")
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
