"""Numbering patterns as the office reads them: « Année-Formation-Numéro », not Python fields.

Session codes, invoice and quote numbers are stored as ``str.format`` patterns
(``{year}-{course}-{n:03d}``, ``F{year}-{n:04d}``). The settings show and take a readable
label where each field is a French word, and a preview of the next number; the number keeps
the width of digits it had (3 for session codes, 4 for invoices and quotes by default).
"""

from __future__ import annotations

import re
import unicodedata

# Field -> the word shown for it (the first of each list), and the words accepted back.
WORDS: dict[str, tuple[str, ...]] = {
    "year": ("Année", "Annee"),
    "month": ("Mois",),
    "course": ("Formation",),
    "n": ("Numéro", "Numero", "N°", "Compteur"),
}
_FIELD = re.compile(r"\{(year|month|course|n)(?::0?(\d+)d)?\}")
SAMPLE = {"year": 2026, "month": 10, "course": "EXCEL-INT", "n": 3}


def _plain(text: str) -> str:
    """Lower case without accents, to accept « numero » for « Numéro »."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def digits(pattern: str, default: int = 3) -> int:
    """How many digits the number takes in ``pattern`` (``{n:04d}`` -> 4)."""
    found = re.search(r"\{n:0?(\d+)d\}", pattern or "")
    return int(found.group(1)) if found else default


def label(pattern: str) -> str:
    """« Année-Formation-Numéro » for ``{year}-{course}-{n:03d}``."""
    return _FIELD.sub(lambda m: WORDS[m.group(1)][0], pattern or "")


def _word_regex() -> re.Pattern[str]:
    words = sorted(
        ((_plain(w), field) for field, names in WORDS.items() for w in names),
        key=lambda item: -len(item[0]),
    )
    return re.compile("|".join(re.escape(w) for w, _ in words))


_WORD_FIELDS = {_plain(w): field for field, names in WORDS.items() for w in names}


def pattern(text: str, width: int = 3) -> str:
    """The stored pattern of a label typed by the user (« F-Année-Numéro » -> F-{year}-{n:04d}
    with ``width`` 4). Text already written with fields (``{year}``) is kept as it is."""
    text = (text or "").strip()
    if "{" in text:
        return text
    plain = _plain(text)
    out, last = [], 0
    for match in _word_regex().finditer(plain):
        field = _WORD_FIELDS[match.group(0)]
        out.append(text[last : match.start()].replace("{", "").replace("}", ""))
        fields = {"month": "{month:02d}", "n": f"{{n:0{width}d}}"}
        out.append(fields.get(field, f"{{{field}}}"))
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def preview(stored: str, **values: object) -> str:
    """The number ``stored`` gives for the sample values (``SAMPLE``, overridden by
    ``values``), or "" when it cannot give one."""
    try:
        return stored.format(**{**SAMPLE, **values})
    except (KeyError, IndexError, ValueError):
        return ""
