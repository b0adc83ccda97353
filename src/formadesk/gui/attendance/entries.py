"""What one cell of the attendance grid holds, and how it is written and coloured.

Plain values and texts only: the rules (what may be recorded) stay in the core, which refuses
a bad mark at « Enregistrer » with a French sentence.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from formadesk.core import formatting as fmt
from formadesk.core.services.attendance import PARTIAL, Cell, HalfDay
from formadesk.core.vocabulary import (
    ATTENDANCE_LETTERS,
    ATTENDANCE_STATUSES,
    EVIDENCE_KINDS,
    TRAINER_PRESENCE,
)

CONTEXT = "AttendanceGrid"
LEARNER, TRAINER = "learner", "trainer"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Key(NamedTuple):
    """One cell: a learner's (``person`` = enrollment id) or a trainer's half-day."""

    kind: str
    person: int
    slot_id: int


@dataclass(frozen=True)
class Entry:
    """What a cell says: ``status`` None = nothing entered (for a trainer, "" is « non saisi »)."""

    status: str | None
    minutes: int | None = None
    note: str = ""

    @classmethod
    def of_cell(cls, cell: Cell | None) -> Entry | None:
        if cell is None:
            return None
        minutes = cell.minutes if cell.status in PARTIAL else None
        return cls(cell.status, minutes, cell.note)

    @property
    def empty(self) -> bool:
        return not self.status


STATUS_COLOURS = {
    "present": QColor("#d9f2e0"),
    "retard": QColor("#fde9c8"),
    "depart_anticipe": QColor("#fde9c8"),
    "absent_excuse": QColor("#dde7f7"),
    "absent": QColor("#f8d7da"),
    "abandon": QColor("#d6d6d6"),
}
FUTURE_COLOUR = QColor("#eeeeee")
FUTURE_TEXT = QColor("#9a9a9a")
EVIDENCE_COLOURS = {
    "signature": QColor("#c9ecd4"),
    "scan": QColor("#d4e3f7"),
    "": QColor("#fde9c8"),
    "todo": QColor("#f8d7da"),
}


def cell_text(entry: Entry | None) -> str:
    """« P », « R 2 h 30 »: the letter, and the minutes attended of a partial half-day."""
    if entry is None or not entry.status:
        return ""
    letter = ATTENDANCE_LETTERS.get(entry.status, "?")
    if entry.status in PARTIAL and entry.minutes is not None:
        return f"{letter} {fmt.hours(entry.minutes)}"
    return letter


def trainer_text(status: str) -> str:
    return {"present": "P", "absent": "A"}.get(status, "")


@functools.lru_cache(maxsize=4096)
def _weekday(day: dt.date) -> str:
    """« lun. » (Babel is slow enough to matter when a header repaints)."""
    return fmt.date_abbreviated(day, year=False).split(" ")[0]


def header_date(half_day: HalfDay) -> str:
    """« lun. 01/03 matin »"""
    weekday = _weekday(half_day.date)
    part = tr("après-midi") if half_day.afternoon else tr("matin")
    return f"{weekday} {half_day.date:%d/%m} {part}"


def evidence_state(half_day: HalfDay, today: dt.date, entered: bool) -> str:
    """A key of EVIDENCE_SHORT: "future" (to come), the evidence, "todo" (someone not entered)."""
    if half_day.date > today:
        return "future"
    if half_day.evidence:
        return half_day.evidence
    return "" if entered else "todo"


EVIDENCE_SHORT = {
    "future": "À venir",
    "todo": "À saisir",
    "signature": "Signé à l'écran",
    "scan": "Scan reçu",
    "": "Saisi sans preuve",
}


def cell_tooltip(
    entry: Entry | None,
    saved: Cell | None,
    half_day: HalfDay,
    *,
    pending: bool,
    future: bool,
) -> str:
    """Full label, minutes attended, motif, evidence, justification and time of signature."""
    lines = [f"{header_date(half_day)} ({half_day.hours_label})"]
    if future:
        lines.append(tr("Demi-journée à venir : la présence se saisit le jour même ou après."))
        return "\n".join(lines)
    if entry is None or not entry.status:
        lines.append(tr("Rien de saisi. Tapez P, A, E, R ou D."))
    else:
        lines.append(ATTENDANCE_STATUSES.get(entry.status, entry.status))
        if entry.status in PARTIAL and entry.minutes is not None:
            lines.append(
                tr("Suivi : {attended} sur {planned}").format(
                    attended=fmt.hours(entry.minutes), planned=fmt.hours(half_day.planned_minutes)
                )
            )
        if entry.note:
            lines.append(tr("Motif : {note}").format(note=entry.note))
    if pending:
        lines.append(tr("Non enregistré : Ctrl+S pour enregistrer."))
    if saved is not None:
        lines.append(tr("Preuve : {kind}").format(kind=EVIDENCE_KINDS.get(saved.evidence, "")))
        if saved.justification:
            lines.append(tr("Justificatif : {name}").format(name=saved.justification))
        if saved.signed_at:
            lines.append(
                tr("Signé le {day} à {time}").format(
                    day=fmt.date_short(saved.signed_at.date()),
                    time=fmt.time_short(saved.signed_at.time()),
                )
            )
    return "\n".join(lines)


def trainer_tooltip(name: str, status: str, half_day: HalfDay, *, signed: bool) -> str:
    lines = [
        f"{name} — {header_date(half_day)}",
        TRAINER_PRESENCE.get(status, status),
        tr("P présent, A absent, Suppr efface."),
    ]
    if signed:
        lines.append(tr("A signé à l'écran."))
    return "\n".join(lines)


def percent(rate: float | None) -> str:
    return "" if rate is None else f"{round(rate * 100)}{fmt.NARROW_NBSP}%"


def attendance_line(attended: int, planned: int) -> str:
    """« Assiduité : 87 % (12 h 30 sur 14 h) », or nothing before the first half-day."""
    if not planned:
        return ""
    return tr("Assiduité : {rate} ({attended} sur {planned})").format(
        rate=percent(attended / planned),
        attended=fmt.hours(attended),
        planned=fmt.hours(planned),
    )
