"""How the booking dialog ranks its choices: free rooms first, qualified trainers first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.services.resources import SlotRow

CONTEXT = "BookingChoices"
MAX_SLOTS_FOR_TRAINER_SEARCH = 200
WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def slot_text(row: SlotRow) -> str:
    """« mar. 02/03/2027  9h00 – 12h30 »"""
    day = f"{WEEKDAYS[row.date.weekday()]} {fmt.date_short(row.date)}"
    return f"{day}  {fmt.time_range(row.start_time, row.end_time)}"


def room_choices(
    office: Office, rows: list[SlotRow], *, places: int
) -> tuple[list[tuple[int, str]], int | None]:
    """Rooms as (id, label), those free for every slot first; and the room the slots share.

    "Free" is the availability search: not booked by another slot or a jury, not unavailable,
    open at those hours and with ``places`` seats at least. The slots themselves are ignored
    so that their current room counts as free.
    """
    ids = tuple(r.id for r in rows)
    free: set[int] | None = None
    for row in rows:
        found = office.availability.free_rooms(
            row.date, row.start_time, row.end_time, places=max(places, 1), ignore_slot_ids=ids
        )
        ids_free = {room.id for room in found}
        free = ids_free if free is None else free & ids_free
    free = free or set()
    first, last = [], []
    for room in office.resources.rooms():
        where = f" ({room.site})" if room.site else ""
        base = f"{room.name}{where}, {room.capacity} places — "
        if room.id in free:
            first.append((room.id, base + _tr("libre")))
        else:
            last.append((room.id, base + _tr("indisponible")))
    shared = {r.room_id for r in rows}
    current = shared.pop() if len(shared) == 1 else None
    return first + last, current


def trainer_choices(
    office: Office, rows: list[SlotRow], *, qualified: set[int]
) -> tuple[list[tuple[int, str]], list[int]]:
    """Trainers as (id, label), qualified for the course first; and those on every slot.

    Whether each trainer is free is looked up slot by slot (three queries a slot); for a very
    long session the conflict check at assignment still says who is busy.
    """
    free: set[int] | None = None
    for row in rows if len(rows) <= MAX_SLOTS_FOR_TRAINER_SEARCH else []:
        found = {
            tid
            for tid, _name in office.availability.free_trainers(
                row.date, row.start_time, row.end_time
            )
        }
        found |= set(row.trainer_ids)  # busy with this very slot is not busy
        free = found if free is None else free & found
    first, last = [], []
    for trainer in office.resources.trainers():
        notes = [_tr("habilité(e)") if trainer.id in qualified else _tr("non habilité(e)")]
        if free is not None and trainer.id not in free:
            notes.append(_tr("occupé(e)"))
        label = f"{trainer.name} — {', '.join(notes)}"
        (first if trainer.id in qualified else last).append((trainer.id, label))
    assigned = set.intersection(*(set(r.trainer_ids) for r in rows)) if rows else set()
    return first + last, sorted(assigned)


def qualified_trainers(office: Office, course_id: int | None) -> set[int]:
    """Ids of the trainers allowed to teach the course (their records list their courses)."""
    if course_id is None:
        return set()
    return {t.id for t in office.resources.trainers(course_id=course_id)}
