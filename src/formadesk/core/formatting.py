"""French formatting of dates, money and durations (Babel)."""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from decimal import Decimal

from babel.dates import format_date as _format_date
from babel.numbers import format_currency, format_decimal

LOCALE = "fr_FR"


@functools.lru_cache(maxsize=8192)
def _babel_date(value: dt.date, pattern: str) -> str:
    """Babel's French date, kept: a batch prints the same few dates hundreds of times."""
    return _format_date(value, pattern, locale=LOCALE)


def _day(value: dt.date) -> str:
    """« 1er » for the first of the month (French typography), else the plain number."""
    return "1er" if value.day == 1 else str(value.day)


def date_long(value: dt.date | None) -> str:
    """« jeudi 26 novembre 2026 », « jeudi 1er octobre 2026 »"""
    if not value:
        return ""
    weekday, month = (_babel_date(value, p) for p in ("EEEE", "MMMM y"))
    return f"{weekday} {_day(value)} {month}"


def date_medium(value: dt.date | None) -> str:
    """« 26 novembre 2026 », « 1er octobre 2026 »"""
    return f"{_day(value)} {_babel_date(value, 'MMMM y')}" if value else ""


def day_month(value: dt.date | None) -> str:
    """« 26 novembre », « 1er octobre » (a date whose year is said elsewhere)."""
    return f"{_day(value)} {_babel_date(value, 'MMMM')}" if value else ""


def date_abbreviated(value: dt.date | None, *, year: bool = True) -> str:
    """« jeu. 26 nov. 2026 », « jeu. 1er oct. 2026 »; without the year: « jeu. 1er oct. »"""
    if not value:
        return ""
    weekday, month = (_babel_date(value, p) for p in ("EEE", "MMM"))
    text = f"{weekday} {_day(value)} {month}"
    return f"{text} {value.year}" if year else text


def day_number(value: dt.date) -> str:
    """« 1er » on the first of the month, else the plain number (« 26 »)."""
    return _day(value)


def noun(count: int, singular: str, plural_form: str | None = None) -> str:
    """The word alone, agreed with ``count`` (« Formateur » or « Formateurs » as a label)."""
    return singular if abs(count) < 2 else (plural_form or singular + "s")


def names_label(names: str, singular: str, plural_form: str | None = None) -> str:
    """A label agreed with a list of names joined by commas (« Formateurs » for two)."""
    count = len([n for n in names.split(",") if n.strip()])
    return noun(count, singular, plural_form)


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 session », « 8 créneaux », « 0 session » (French: 0 and 1 take the singular).

    ``plural_form`` defaults to ``singular + "s"``; give it for « créneau » → « créneaux ».
    """
    return f"{count} {noun(count, singular, plural_form)}"


def date_short(value: dt.date | None) -> str:
    """« 26/11/2026 »"""
    # not strftime: lists format thousands of dates, and this is five times faster
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}" if value else ""


def time_short(value: dt.time | None) -> str:
    """« 9h00 », « 13h30 »"""
    return f"{value.hour}h{value.minute:02d}" if value else ""


NARROW_NBSP = "\u202f"  # French thousands separator and space before €, never a line break


def money(cents: int | None) -> str:
    """« 1 250,00 € » with narrow no-break spaces (U+202F) between thousands and before €."""
    if cents is None:
        return ""
    return format_currency(cents / 100, "EUR", locale=LOCALE).replace("\xa0", NARROW_NBSP)


def money_short(cents: int) -> str:
    """« 596 k€ », « 8,5 k€ », « 950 € »: short enough to sit on a chart's bar."""
    euros = cents / 100
    if abs(euros) >= 10_000:
        return f"{euros / 1000:.0f}{NARROW_NBSP}k€"
    if abs(euros) >= 1000:
        return f"{euros / 1000:.1f}".replace(".", ",") + f"{NARROW_NBSP}k€"
    return f"{euros:.0f}{NARROW_NBSP}€"


def hours(minutes: int | None) -> str:
    """« 14 h », « 10 h 30 », « 6 984 h 55 » (thousands apart, as French writes them)."""
    if not minutes:
        return "0 h"
    h, m = divmod(int(minutes), 60)
    whole = f"{h:,}".replace(",", NARROW_NBSP)
    return f"{whole} h {m:02d}" if m else f"{whole} h"


@functools.lru_cache(maxsize=4096)
def decimal_hours(minutes: int) -> str:
    """« 10,5 » (for tables of hours)."""
    return format_decimal(minutes / 60, format="#,##0.##", locale=LOCALE)


_MONEY = re.compile(r"^-?\d+(?:\.\d+)?$")


def parse_money(text: str, label: str = "Montant") -> int:
    """« 1 250,50 € » -> 125050 cents; empty -> 0.

    Raises ValueError with a French message starting with ``label`` (the field's name): not a
    number (« inf », « 1e3 » are not amounts), negative, or with more than two decimals.
    """
    cleaned = (text or "").replace("€", "").replace("\u202f", "").replace("\xa0", "")
    cleaned = cleaned.replace(" ", "").replace(",", ".").strip()
    if not cleaned:
        return 0
    if not _MONEY.match(cleaned):
        raise ValueError(f"{label} : « {text} » n'est pas un montant (ex. 1 250,00).")
    value = Decimal(cleaned)
    if value < 0:
        raise ValueError(f"{label} : « {text} » est négatif ; saisissez un montant positif.")
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(
            f"{label} : « {text} » a plus de deux décimales ; arrondissez au centime (ex. 12,35)."
        )
    if value >= 10**12:
        raise ValueError(f"{label} : « {text} » est trop grand ; vérifiez le montant.")
    return int(value * 100)


_DATE = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$")


def parse_date_fr(text: str) -> dt.date | None:
    """« 12/03/1985 », « 12.03.1985 » or « 12031985 » -> date; empty -> None.

    Raises ValueError with a French message (shared by the window and the command line).
    """
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif text.isdigit() and len(text) == 8:
        day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
    else:
        raise ValueError(
            f"La date « {text} » n'est pas comprise : saisissez-la sous la forme JJ/MM/AAAA "
            "(par exemple 12/03/1985)."
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"La date « {text} » n'existe pas : vérifiez le jour et le mois."
        ) from None


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


_SMALL_WORDS = {"de", "des", "du", "la", "le", "les", "l", "d", "et", "mon", "ma"}


def _significant_words(text: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return set(re.findall(r"\w+", plain)) - _SMALL_WORDS


def mentions(text: str, label: str) -> bool:
    """Whether ``text`` already says ``label`` or one of its parts: « Caisse des Dépôts (Mon
    Compte Formation) » mentions « CPF (Caisse des Dépôts) », « OPCO Atlas » mentions « OPCO »."""
    words = _significant_words(text)
    parts = [label, *re.split(r"[()]", label)]
    return any(w and w <= words for w in (_significant_words(p) for p in parts))


def with_kind(name: str, kind: str) -> str:
    """« Région Auvergne-Rhône-Alpes » + « Région » -> the name alone; else « Name (kind) »."""
    return name if not kind or not name or mentions(name, kind) else f"{name} ({kind})"


def join_distinct(parts: list[str] | tuple[str, ...], separator: str = " – ") -> str:
    """Join labels, leaving out one that repeats what an earlier one says (« CPF – CPF »)."""
    kept: list[str] = []
    for part in parts:
        if part and not any(mentions(earlier, part) for earlier in kept):
            kept.append(part)
    return separator.join(kept)


_VOWELS = set("aeiouyhàâäéèêëîïôöùûüœæ")


def of_name(name: str) -> str:
    """« de Paul », « d'Amélie », « d'Hélène » (elision before a vowel or a mute h)."""
    name = (name or "").strip()
    return f"d'{name}" if name[:1].lower() in _VOWELS else f"de {name}"
