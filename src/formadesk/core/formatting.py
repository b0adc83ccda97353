"""French formatting of dates, money and durations (Babel)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"


def date_long(value: dt.date | None) -> str:
    """« jeudi 26 novembre 2026 »"""
    return _format_date(value, "EEEE d MMMM y", locale=LOCALE) if value else ""


def date_medium(value: dt.date | None) -> str:
    """« 26 novembre 2026 »"""
    return _format_date(value, "d MMMM y", locale=LOCALE) if value else ""


def date_short(value: dt.date | None) -> str:
    """« 26/11/2026 »"""
    return value.strftime("%d/%m/%Y") if value else ""


def time_short(value: dt.time | None) -> str:
    """« 9h00 », « 13h30 »"""
    return f"{value.hour}h{value.minute:02d}" if value else ""


def money(cents: int | None) -> str:
    """« 1 250,00 € » (with the French narrow no-break space)."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale=LOCALE)


def hours(minutes: int | None) -> str:
    """« 14 h », « 10 h 30 »"""
    if not minutes:
        return "0 h"
    h, m = divmod(int(minutes), 60)
    return f"{h} h {m:02d}" if m else f"{h} h"


def decimal_hours(minutes: int) -> str:
    """« 10,5 » (for tables of hours)."""
    return format_decimal(minutes / 60, format="#,##0.##", locale=LOCALE)


def parse_money(text: str) -> int:
    """« 1 250,50 € » -> 125050 cents. Raises ValueError with a French message."""
    cleaned = (text or "").replace("€", "").replace("\u202f", "").replace("\xa0", "")
    cleaned = cleaned.replace(" ", "").replace(",", ".").strip()
    if not cleaned:
        return 0
    try:
        value = round(float(cleaned) * 100)
    except ValueError:
        raise ValueError(f"Le montant « {text} » n'est pas un nombre (ex. 1 250,00).") from None
    if value < 0:
        raise ValueError("Un montant ne peut pas être négatif.")
    return value


def parse_hours(text: str) -> int:
    """« 14 », « 10,5 », « 10h30 » -> minutes. Raises ValueError with a French message."""
    cleaned = (text or "").strip().lower().replace(" ", "")
    if not cleaned:
        return 0
    try:
        if "h" in cleaned:
            h, _, m = cleaned.partition("h")
            return int(h or 0) * 60 + int(m or 0)
        return round(float(cleaned.replace(",", ".")) * 60)
    except ValueError:
        raise ValueError(f"La durée « {text} » n'est pas valide (ex. 14 ou 10h30).") from None


def date_range_long(start: dt.date | None, end: dt.date | None) -> str:
    """« du lundi 7 décembre 2026 au mardi 8 décembre 2026 », or « le lundi 7 décembre 2026 »."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"le {date_long(start)}"
    return f"du {date_long(start)} au {date_long(end)}"


def time_range(start: dt.time | None, end: dt.time | None) -> str:
    """« 9h00 – 12h30 » (with an en dash)."""
    return f"{time_short(start)} – {time_short(end)}" if start and end else time_short(start)
