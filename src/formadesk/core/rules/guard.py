"""The one conflict check every planning write goes through, inside the write's transaction.

A write (a session and its slots, a booking, a move, an enrolment, a jury) first takes a
*snapshot* of the conflicts already involving what it touches, applies its change, flushes,
then *verifies*: the conflicts found now and not before are the ones the write causes. A
blocking one raises ``PlanningBlocked``; warnings raise ``ConfirmationNeeded`` unless the
caller confirmed. Both are raised before commit, so the unit of work rolls everything back.

Conflicts that existed before the write (accepted earlier, or made blocking later by a change
of the office's rules) do not stop an unrelated edit; « Vérifier le planning » lists them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import PLANNING_LOCK, one_at_a_time
from ..errors import BusinessRuleError
from ..model import Jury, Slot
from .conflict_kinds import BLOCK, Conflict
from .conflicts import ConflictEngine

# Reminders of what is still to organise, not clashes: a session is created before its
# rooms and trainers are booked, so its save does not warn about them.
INCOMPLETE_KINDS = frozenset({"slot_without_room", "slot_without_trainer"})


class PlanningBlocked(BusinessRuleError):
    """A change refused because it creates a blocking conflict."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        lines = "\n".join(f"• {c.message}" for c in conflicts)
        super().__init__(f"Modification refusée :\n{lines}")


class ConfirmationNeeded(BusinessRuleError):
    """A change that creates warnings: call again with ``confirm=True`` to keep it."""

    def __init__(self, conflicts: list[Conflict]):
        self.conflicts = conflicts
        lines = "\n".join(f"• {c.message}" for c in conflicts)
        super().__init__(f"Attention :\n{lines}\nEnregistrer quand même ?")


def _key(conflict: Conflict) -> tuple:
    return (conflict.kind, tuple(sorted(conflict.slot_ids)), conflict.jury_ids, conflict.message)


class WriteGuard:
    """Snapshot, then verify, the conflicts around the slots and juries a write touches."""

    def __init__(self, s: Session, *, confirm: bool, ignore: Collection[str] = ()):
        self.s = s
        self.confirm = confirm
        self.ignore = frozenset(ignore)
        self.before: set[tuple] = set()
        self.warnings: list[Conflict] = []  # found by the caller, asked with the planning's

    def warn(self, conflict: Conflict | None) -> None:
        """Add a warning of the caller's own (hours that differ from the course's) to ask."""
        if conflict is not None:
            self.warnings.append(conflict)

    def _slot_ids(self, slot_ids: Iterable[int], session_ids: Iterable[int]) -> set[int]:
        found = {i for i in slot_ids if i is not None}
        sessions = [i for i in session_ids if i is not None]
        if sessions:
            found.update(self.s.scalars(select(Slot.id).where(Slot.session_id.in_(sessions))))
        return found

    def look(
        self,
        *,
        slot_ids: Iterable[int] = (),
        session_ids: Iterable[int] = (),
        jury_ids: Iterable[int] = (),
    ) -> list[Conflict]:
        """The conflicts involving these slots, the slots of these sessions, or these juries."""
        slots = self._slot_ids(slot_ids, session_ids)
        juries = {i for i in jury_ids if i is not None}
        days = []
        if slots:
            days += self.s.scalars(select(Slot.date).where(Slot.id.in_(slots))).all()
        if juries:
            days += self.s.scalars(select(Jury.date).where(Jury.id.in_(juries))).all()
        if not days:
            return []
        return [
            c
            for c in ConflictEngine(self.s).check(min(days), max(days))
            if c.involves_slot(slots) or juries.intersection(c.jury_ids)
        ]

    def snapshot(self, **touched: Iterable[int]) -> None:
        """Remember the conflicts that exist before the write."""
        self.before = {_key(c) for c in self.look(**touched)}

    def verify(self, **touched: Iterable[int]) -> list[Conflict]:
        """After the write: raise on what it causes; returns the warnings the caller confirmed."""
        self.s.flush()
        # Two workstations booking one room at the same second: the second waits here for the
        # first's commit, then sees its booking.
        one_at_a_time(self.s, PLANNING_LOCK)
        caused = [
            c
            for c in self.look(**touched)
            if c.kind not in self.ignore and _key(c) not in self.before
        ] + self.warnings
        blocking = [c for c in caused if c.severity == BLOCK]
        if blocking:
            raise PlanningBlocked(blocking)
        if caused and not self.confirm:
            raise ConfirmationNeeded(caused)
        return caused
