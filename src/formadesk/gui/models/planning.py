"""Columns of the week's slots in the planning tab."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core import formatting as fmt
from formadesk.core.services.resources import SlotRow

from .simple import Column

CONTEXT = "PlanningModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class PlanningLine:
    """A slot of the week; the day is written only on the first slot of each day."""

    slot: SlotRow
    first_of_day: bool

    @property
    def id(self) -> int:
        return self.slot.session_id


def planning_lines(slots: list[SlotRow]) -> list[PlanningLine]:
    lines, previous = [], None
    for slot in slots:
        lines.append(PlanningLine(slot, slot.date != previous))
        previous = slot.date
    return lines


def _day(line: PlanningLine) -> str:
    if not line.first_of_day:
        return ""
    return fmt.date_long(line.slot.date).rsplit(" ", 1)[0]  # « lundi 23 novembre »


PLANNING_COLUMNS: list[Column[PlanningLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Jour"), _day),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Horaires"),
        lambda r: fmt.time_range(r.slot.start_time, r.slot.end_time),
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.slot.session_code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Formation"), lambda r: r.slot.course_title),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Salle"),
        lambda r: r.slot.room_name or _tr("— à réserver —"),
        hint=lambda r: None if r.slot.room_name else "warning",
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Formateur(s)"),
        lambda r: r.slot.trainer_names or _tr("— à affecter —"),
        hint=lambda r: None if r.slot.trainer_names else "warning",
    ),
]
