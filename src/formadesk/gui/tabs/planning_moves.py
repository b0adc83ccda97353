"""Moving slots from the planning: every move goes through the conflict check and can be undone.

A blocked move is refused with the core's French reason (nothing changes); a move that only
raises warnings is kept once the user answers « Enregistrer quand même ? ». Accepted moves go on
a QUndoStack: undo puts the slot back with ``restore_slot``, redo moves it again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.planning import ConfirmationNeeded, SlotState

from ..messages import show_error

T = TypeVar("T")
Ask = Callable[[str], bool]
KEEP_ROOM: Any = ...  # move_slot's "leave the room as it is"


def error_text(error: FormadeskError) -> str:
    """The French sentence(s) of a refused change."""
    if isinstance(error, ValidationError):
        return "\n".join(error.errors.values())
    return str(error)


def guarded(call: Callable[[bool], T], ask: Ask) -> tuple[bool, T | None]:
    """Run ``call(confirm)`` once without confirmation; on warnings, ask and run it again.

    Returns (done, result); (False, None) when the user declined. ``PlanningBlocked`` and other
    refusals propagate: the caller shows them where the user is looking.
    """
    try:
        return True, call(False)
    except ConfirmationNeeded as warning:
        if not ask(str(warning)):
            return False, None
    return True, call(True)


@dataclass(frozen=True)
class MoveTarget:
    """Where a slot goes: day, times and (unless ``KEEP_ROOM``) room."""

    date: dt.date
    start: dt.time
    end: dt.time
    room_id: Any = KEEP_ROOM

    def describe(self) -> str:
        return f"{fmt.date_short(self.date)} {fmt.time_range(self.start, self.end)}"


class MoveSlotCommand(QUndoCommand):
    """One accepted move; it was already made when pushed, so the first redo does nothing."""

    def __init__(self, mover: SlotMover, before: SlotState, after: MoveTarget, text: str):
        super().__init__(text)
        self.mover = mover
        self.before = before
        self.after = after
        self._fresh = True

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self.mover.replay(self.before.slot_id, self.after)

    def undo(self) -> None:
        self.mover.restore(self.before)


class SlotMover(QObject):
    """Moves slots through ``office.planning.move_slot`` and keeps the undo stack of moves."""

    def __init__(self, office: Office, parent: QWidget, ask: Ask):
        super().__init__(parent)
        self.office = office
        self.owner = parent
        self.ask = ask
        self.stack = QUndoStack(self)

    def move(
        self,
        slot_id: int,
        target: MoveTarget,
        *,
        refuse: Callable[[str], None],
        label: str = "",
    ) -> bool:
        """Try the move; ``refuse(reason)`` is called when it is blocked. True when saved."""
        planning = self.office.planning

        def call(confirm: bool) -> SlotState:
            return planning.move_slot(
                slot_id,
                date=target.date,
                start=target.start,
                end=target.end,
                room_id=target.room_id,
                confirm=confirm,
            )

        try:
            done, before = guarded(call, self.ask)
        except FormadeskError as error:
            refuse(error_text(error))
            return False
        except Exception as error:  # noqa: BLE001 - logged, and the user sees a sentence
            show_error(self.owner, error)
            return False
        if not done or before is None:
            return False
        text = self.tr("Déplacer {what} au {when}").format(
            what=label or self.tr("le créneau"), when=target.describe()
        )
        self.stack.push(MoveSlotCommand(self, before, target, text))
        return True

    def restore(self, state: SlotState) -> None:
        try:
            self.office.planning.restore_slot(state)
        except Exception as error:  # noqa: BLE001 - the slot may have been deleted meanwhile
            show_error(self.owner, error)

    def replay(self, slot_id: int, target: MoveTarget) -> None:
        """Redo a move the user had accepted (warnings were confirmed the first time)."""
        try:
            self.office.planning.move_slot(
                slot_id,
                date=target.date,
                start=target.start,
                end=target.end,
                room_id=target.room_id,
                confirm=True,
            )
        except Exception as error:  # noqa: BLE001 - the planning changed since: say why
            show_error(self.owner, error)
