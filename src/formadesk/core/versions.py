"""A record's version follows its sub-lists too (issue 14): a session's half-days and
trainers, a room's equipment and closures, a client's contacts … are edited in the record's
form, so a change to one of them raises the record's version, as a change to its own fields
does. A form opened before is then told (``services.base.copy_onto``), whichever screen made
the change (the session form, the planning's move, an incident's unavailability)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, inspect
from sqlalchemy.orm import Session

# sub-list table -> its columns naming the record it belongs to
PARTS: dict[str, tuple[str, ...]] = {
    "slots": ("session_id",),
    "session_trainers": ("session_id",),
    "slot_trainers": ("slot_id",),  # through its half-day, to the session
    "contacts": ("client_id", "funder_id"),
    "course_objectives": ("course_id",),
    "room_equipment": ("room_id",),
    "room_unavailabilities": ("room_id",),
    "trainer_courses": ("trainer_id",),
    "trainer_unavailabilities": ("trainer_id",),
    "jury_members": ("jury_id",),
    "jury_candidates": ("jury_id",),
    "bookings": ("jury_id",),
}


def install(factory: Any) -> None:
    """Raise the owner's version at each flush of ``factory``'s sessions that changes a part."""
    if not getattr(factory, "_formadesk_versions", False):
        event.listen(factory, "before_flush", raise_owners)
        factory._formadesk_versions = True


def raise_owners(session: Session, _context: Any, _instances: Any) -> None:
    owners: set[tuple[type, int]] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        state = inspect(obj)
        table = state.mapper.local_table
        columns = PARTS.get(table.name)
        if not columns or (obj in session.dirty and not session.is_modified(obj)):
            continue
        for name in columns:
            column = table.c[name]
            value = state.attrs[state.mapper.get_property_by_column(column).key].value
            if value is None:
                continue
            (foreign_key,) = column.foreign_keys
            owner = _model_of(state.mapper, foreign_key.column.table)
            owners.add((owner, value))
    for model, owner_id in owners:
        row = session.get(model, owner_id)
        if row is not None and model.__tablename__ == "slots":
            row = session.get(_model_of(inspect(row).mapper, "sessions"), row.session_id)
        if row is not None and row not in session.deleted:
            row.updated_at = func.now()  # an UPDATE of the owner: its version goes up


def _model_of(mapper, table) -> type:
    name = getattr(table, "name", table)
    for other in mapper.registry.mappers:
        if other.local_table.name == name:
            return other.class_
    raise LookupError(name)
