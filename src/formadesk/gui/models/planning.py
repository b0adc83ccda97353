"""Columns of the planning's tables: the conflicts of « Vérifier le planning », free rooms."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core import formatting as fmt
from formadesk.core.rules.conflict_kinds import Conflict
from formadesk.core.services.availability import FreeRoom

from .simple import CENTER, RIGHT, Column

CONTEXT = "PlanningModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ConflictLine:
    """A conflict as a table row; ``id`` is its position in the checked list."""

    id: int
    conflict: Conflict

    @property
    def when(self) -> str:
        c = self.conflict
        return f"{fmt.date_short(c.date)} {fmt.time_range(c.start, c.end)}"


def conflict_lines(conflicts: list[Conflict]) -> list[ConflictLine]:
    return [ConflictLine(number, c) for number, c in enumerate(conflicts)]


def _severity(line: ConflictLine) -> str:
    return _tr("Bloquant") if line.conflict.blocking else _tr("Avertissement")


CONFLICT_COLUMNS: list[Column[ConflictLine]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date et heure"),
        lambda r: r.when,
        sort_key=lambda r: (r.conflict.date, r.conflict.start, r.id),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Gravité"),
        _severity,
        sort_key=lambda r: (not r.conflict.blocking, r.conflict.date, r.conflict.start),
        hint=lambda r: "full" if r.conflict.blocking else "warning",
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: _tr(r.conflict.label)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Éléments"), lambda r: ", ".join(r.conflict.items)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Sessions"), lambda r: ", ".join(r.conflict.session_codes)),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Message"),
        lambda r: r.conflict.message,
        tooltip=lambda r: r.conflict.message,
    ),
]


@dataclass(frozen=True)
class FreeRoomLine:
    """A free room in « Trouver une salle »."""

    room: FreeRoom

    @property
    def id(self) -> int:
        return self.room.id


FREE_ROOM_COLUMNS: list[Column[FreeRoomLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Salle"), lambda r: r.room.name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Site"), lambda r: r.room.site),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Places"),
        lambda r: r.room.capacity,
        sort_key=lambda r: r.room.capacity,
        align=RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Accessible PMR"),
        lambda r: _tr("oui") if r.room.accessible else _tr("non"),
        align=CENTER,
    ),
]
