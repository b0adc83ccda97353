"""One answer of a questionnaire: read from any channel, checked, scored.

Every way an answer comes back (filled PDF, spreadsheet, paper entry screen) goes through
:func:`parse_answer`, so that a value accepted from one channel is accepted from the others.
Stored values: 1..5 or 1..10 for notes, 1 = oui and 0 = non, the position (from 1) of the
choice for « choix » with its text kept beside it, and the text alone for « texte ».
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

TEXT_MAX = 4000  # characters of one free answer
SCALE_RANGES = {"note5": (1, 5), "note10": (1, 10)}
YES = ("oui", "o", "yes", "y", "1", "vrai", "true", "x")
NO = ("non", "n", "no", "0", "faux", "false")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _as_int(raw: object) -> int | None:
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    if isinstance(raw, str) and raw.strip().lstrip("-").isdigit():
        return int(raw.strip())
    return None


def is_empty(raw: object) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


def parse_answer(scale: str, choices: Iterable[str], raw: object) -> tuple[int | None, str] | None:
    """``(value, text)`` to store for ``raw``, None when there is no answer.

    Raises ValueError with a French sentence saying what is expected.
    """
    if is_empty(raw):
        return None
    if scale in SCALE_RANGES:
        low, high = SCALE_RANGES[scale]
        number = _as_int(raw)
        if number is None or not low <= number <= high:
            raise ValueError(f"« {raw} » n'est pas une note de {low} à {high}.")
        return number, ""
    if scale == "oui_non":
        folded = _folded(str(int(raw)) if isinstance(raw, bool) else str(raw))
        if folded in YES:
            return 1, ""
        if folded in NO:
            return 0, ""
        raise ValueError(f"« {raw} » n'est ni « oui » ni « non ».")
    if scale == "choix":
        options = list(choices)
        number = _as_int(raw)
        if number is not None and 1 <= number <= len(options):
            return number, options[number - 1]
        folded = _folded(str(raw))
        for index, option in enumerate(options, start=1):
            if _folded(option) == folded:
                return index, option
        listed = " ; ".join(f"« {o} »" for o in options)
        raise ValueError(f"« {raw} » n'est pas l'un des choix proposés ({listed}).")
    text = str(raw).strip()
    if len(text) > TEXT_MAX:
        raise ValueError(f"La réponse dépasse {TEXT_MAX} caractères : raccourcissez-la.")
    return None, text


def normalised(scale: str, value: int | None) -> float | None:
    """The answer on 0..100 (notes and oui/non), None for choices and texts."""
    if value is None:
        return None
    if scale in SCALE_RANGES:
        low, high = SCALE_RANGES[scale]
        return 100 * (value - low) / (high - low)
    if scale == "oui_non":
        return 100.0 if value else 0.0
    return None


def score_of(answers: Iterable[tuple[str, int | None]]) -> int | None:
    """The evaluation's score: the mean of its numeric answers on 0..100 (None if none)."""
    points = [n for scale, value in answers if (n := normalised(scale, value)) is not None]
    return round(sum(points) / len(points)) if points else None


def allowed_values(scale: str, choices: Iterable[str]) -> str:
    """What may be written for a question, in French (spreadsheet header, entry screen)."""
    if scale in SCALE_RANGES:
        low, high = SCALE_RANGES[scale]
        return f"un nombre entier de {low} à {high}"
    if scale == "oui_non":
        return "oui ou non"
    if scale == "choix":
        return "l'un des choix : " + " ; ".join(choices)
    return "texte libre"


def value_labels(scale: str, choices: Iterable[str]) -> list[tuple[int, str]]:
    """The possible values of a closed question, in order, with their label."""
    if scale in SCALE_RANGES:
        low, high = SCALE_RANGES[scale]
        return [(n, str(n)) for n in range(low, high + 1)]
    if scale == "oui_non":
        return [(1, "Oui"), (0, "Non")]
    if scale == "choix":
        return list(enumerate(choices, start=1))
    return []


def shown(scale: str, value: int | None, text: str) -> str:
    """An answer as a reader sees it (« 4 », « Oui », the choice, the text)."""
    if scale == "oui_non" and value is not None:
        return "Oui" if value else "Non"
    if scale == "choix":
        return text
    if scale in SCALE_RANGES:
        return "" if value is None else str(value)
    return text
