"""Planning changes guarded by the conflict engine: book, assign, move; check the whole planning.

Every change is applied inside one transaction, then the engine looks at the days it touches.
A blocking conflict rolls it back (``PlanningBlocked``); warnings roll it back too unless the
caller confirmed (``ConfirmationNeeded``), so the GUI can ask "Enregistrer quand même ?".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError, ValidationError
from ..model import Booking, Equipment, Room, Setting, Slot, SlotTrainer, Trainer
from ..rules.conflict_kinds import (
    CONFLICT_KINDS,
    HOLIDAY_REGION_SETTING,
    SETTING_PREFIX,
    SEVERITY_LABELS,
    Conflict,
)
from ..rules.conflicts import ConflictEngine, load_policy
from ..rules.guard import ConfirmationNeeded, PlanningBlocked, WriteGuard
from ..validation import require_id
from .base import Service, get_or_fail

# The guard's errors are re-exported: callers catch them from here.
__all__ = [
    "BookingRow",
    "ConfirmationNeeded",
    "PlanningBlocked",
    "PlanningService",
    "SlotState",
]


@dataclass(frozen=True)
class BookingRow:
    """Equipment, licences or materials booked on a slot."""

    slot_id: int
    equipment_id: int
    name: str
    quantity: int


@dataclass(frozen=True)
class SlotState:
    """What a slot was before a change: enough to undo it."""

    slot_id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    room_id: int | None
    trainer_ids: tuple[int, ...]


class PlanningService(Service):
    """Bookings and slot moves with conflict checks, and the "Vérifier le planning" view."""

    # -- the whole planning --------------------------------------------------------------
    def check(self, start: dt.date, end: dt.date) -> list[Conflict]:
        """Every conflict from start to end (both included), sorted by date."""
        with self._db.reading() as s:
            return ConflictEngine(s).check(start, end)

    def severities(self) -> dict[str, str]:
        with self._db.reading() as s:
            return load_policy(s)[0]

    def set_severity(self, kind: str, severity: str) -> None:
        if kind not in CONFLICT_KINDS or severity not in SEVERITY_LABELS:
            raise ValidationError({"severity": "Choisissez bloquant, avertissement ou ignoré."})
        self._set(SETTING_PREFIX + kind, severity)

    def holiday_region(self) -> str:
        with self._db.reading() as s:
            return load_policy(s)[1]

    def set_holiday_region(self, region: str) -> None:
        """ "" for national holidays, "57" Moselle or "6AE" Alsace (Alsace-Moselle days)."""
        if region not in ("", "57", "6AE"):
            raise ValidationError({"region": "Choisissez France, Moselle ou Alsace."})
        self._set(HOLIDAY_REGION_SETTING, region)

    def _set(self, key: str, value: str) -> None:
        with self._db.unit_of_work() as s:
            row = s.get(Setting, key) or Setting(key=key)
            row.value = value
            s.add(row)
        self._emit("settings", (), "updated", "planning")

    # -- guarded changes -----------------------------------------------------------------
    def _guarded(
        self,
        slot_ids: list[int] | set[int],
        apply: Callable[[Session], object],
        *,
        confirm: bool,
        entity: str = "slot",
    ) -> list[Conflict]:
        """Apply a change, look for conflicts it causes, keep or roll back. Returns warnings."""
        touched = {require_id(slot_id, "Le créneau") for slot_id in slot_ids}
        with self._db.unit_of_work() as s:
            guard = WriteGuard(s, confirm=confirm)
            guard.snapshot(slot_ids=touched)
            apply(s)
            found = guard.verify(slot_ids=touched)
        self._emit(entity, tuple(touched), "updated", "slot", "planning")
        return found

    def book_room(self, slot_ids: list[int], room_id: int | None, *, confirm: bool = False):
        """Put these slots in a room (None frees them)."""

        def apply(s: Session) -> set[int]:
            if room_id is not None:
                get_or_fail(s, Room, room_id, "La salle")
            for slot_id in slot_ids:
                get_or_fail(s, Slot, slot_id, "Le créneau").room_id = room_id
            return set(slot_ids)

        return self._guarded(slot_ids, apply, confirm=confirm)

    def assign_trainers(
        self, slot_ids: list[int], trainer_ids: list[int], *, confirm: bool = False
    ) -> list[Conflict]:
        """Set exactly these trainers on these slots."""

        def apply(s: Session) -> set[int]:
            for trainer_id in trainer_ids:
                get_or_fail(s, Trainer, trainer_id, "Le formateur")
            # Trainers kept keep their row (their presence and signature of the half-day).
            s.execute(
                delete(SlotTrainer).where(
                    SlotTrainer.slot_id.in_(slot_ids), SlotTrainer.trainer_id.not_in(trainer_ids)
                )
            )
            for slot_id in slot_ids:
                get_or_fail(s, Slot, slot_id, "Le créneau")
                kept = set(
                    s.scalars(select(SlotTrainer.trainer_id).where(SlotTrainer.slot_id == slot_id))
                )
                s.add_all(
                    SlotTrainer(slot_id=slot_id, trainer_id=t) for t in trainer_ids if t not in kept
                )
            return set(slot_ids)

        return self._guarded(slot_ids, apply, confirm=confirm)

    def book_equipment(
        self, slot_ids: list[int], equipment_id: int, quantity: int = 1, *, confirm: bool = False
    ) -> list[Conflict]:
        """Book equipment, licences or materials for these slots (replaces an earlier booking)."""
        if quantity < 1:
            raise ValidationError({"quantity": "La quantité doit être d'au moins 1."})

        def apply(s: Session) -> set[int]:
            get_or_fail(s, Equipment, equipment_id, "Le matériel")
            s.execute(
                delete(Booking).where(
                    Booking.slot_id.in_(slot_ids), Booking.equipment_id == equipment_id
                )
            )
            for slot_id in slot_ids:
                get_or_fail(s, Slot, slot_id, "Le créneau")
                s.add(Booking(slot_id=slot_id, equipment_id=equipment_id, quantity=quantity))
            return set(slot_ids)

        return self._guarded(slot_ids, apply, confirm=confirm)

    def bookings(self, slot_ids: list[int]) -> list[BookingRow]:
        """What is booked on these slots, by slot then equipment name."""
        query = (
            select(Booking.slot_id, Equipment.id, Equipment.name, Booking.quantity)
            .join(Equipment, Equipment.id == Booking.equipment_id)
            .where(Booking.slot_id.in_(slot_ids))
            .order_by(Booking.slot_id, Equipment.name)
        )
        with self._db.reading() as s:
            return [BookingRow(*r) for r in s.execute(query)]

    def release_equipment(self, slot_ids: list[int], equipment_id: int) -> None:
        for row_id in (*slot_ids, equipment_id):
            require_id(row_id, "Le créneau ou le matériel")
        with self._db.unit_of_work() as s:
            s.execute(
                delete(Booking).where(
                    Booking.slot_id.in_(slot_ids), Booking.equipment_id == equipment_id
                )
            )
        self._emit("slot", tuple(slot_ids), "updated", "planning")

    def slot_state(self, slot_id: int) -> SlotState:
        with self._db.reading() as s:
            slot = get_or_fail(s, Slot, slot_id, "Le créneau")
            trainers = s.scalars(
                select(SlotTrainer.trainer_id).where(SlotTrainer.slot_id == slot_id)
            )
            return SlotState(
                slot.id, slot.date, slot.start_time, slot.end_time, slot.room_id, tuple(trainers)
            )

    def move_slot(
        self,
        slot_id: int,
        *,
        date: dt.date,
        start: dt.time,
        end: dt.time,
        room_id: int | None | type[...] = ...,
        confirm: bool = False,
    ) -> SlotState:
        """Move a slot (and optionally change its room); returns its previous state for undo."""
        if end <= start:
            raise ValidationError({"end": "L'heure de fin doit suivre l'heure de début."})
        before = self.slot_state(slot_id)

        def apply(s: Session) -> set[int]:
            slot = get_or_fail(s, Slot, slot_id, "Le créneau")
            session = slot.session
            if not session.start_date <= date <= session.end_date:
                raise BusinessRuleError(
                    f"Le créneau doit rester entre les dates de la session {session.code} "
                    f"(du {session.start_date:%d/%m/%Y} au {session.end_date:%d/%m/%Y}) : "
                    "modifiez d'abord les dates de la session."
                )
            slot.date, slot.start_time, slot.end_time = date, start, end
            if room_id is not ...:
                slot.room_id = room_id
            return {slot_id}

        self._guarded({slot_id}, apply, confirm=confirm)
        return before

    def restore_slot(self, state: SlotState) -> None:
        """Put a slot back as it was (undo); no conflict check: it was accepted before."""
        with self._db.unit_of_work() as s:
            slot = get_or_fail(s, Slot, state.slot_id, "Le créneau")
            slot.date, slot.start_time, slot.end_time = state.date, state.start_time, state.end_time
            slot.room_id = state.room_id
            s.execute(delete(SlotTrainer).where(SlotTrainer.slot_id == state.slot_id))
            s.add_all(SlotTrainer(slot_id=state.slot_id, trainer_id=t) for t in state.trainer_ids)
        self._emit("slot", state.slot_id, "updated", "planning")
