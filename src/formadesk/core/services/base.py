"""Shared plumbing of the services: the database, the change bus, copying rows to dataclasses."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy.orm import object_session

from ..changes import Change, ChangeBus
from ..db import Database
from ..errors import ConcurrentEditError, NotFoundError
from ..validation import require_id

T = TypeVar("T")


class Service:
    """A service over one database; mutating calls emit one Change each."""

    def __init__(self, database: Database, changes: ChangeBus | None = None):
        self._db = database
        self._changes = changes or ChangeBus()

    def _emit(self, entity: str, ids: int | tuple[int, ...], action: str, *related: str) -> None:
        ids = (ids,) if isinstance(ids, int) else tuple(ids)
        self._changes.emit(Change(entity, ids, action, frozenset(related)))


def row_to(data_class: type[T], row: Any, **extra: Any) -> T:
    """Build a dataclass from the same-named attributes of an ORM row (plus ``extra``)."""
    values = {}
    for f in dataclasses.fields(data_class):  # type: ignore[arg-type]
        if f.name in extra:
            values[f.name] = extra[f.name]
        elif hasattr(row, f.name):
            values[f.name] = getattr(row, f.name)
    return data_class(**values)


def copy_onto(row: Any, data: Any, *, skip: tuple[str, ...] = ("id",)) -> None:
    """Copy a dataclass's fields onto the same-named columns of an ORM row.

    A ``version`` in ``data`` (the one its form was opened on) must still be the row's: else
    someone saved the record meanwhile (another workstation) and ConcurrentEditError is raised
    before anything is copied. A version of 0 (a caller that did not read the record) is not
    checked; the row's own version is never copied over.
    """
    expected = getattr(data, "version", 0)
    if expected and row.version != expected:
        raise ConcurrentEditError()
    if hasattr(data, "version") and (session := object_session(row)) is not None:
        # After the commit ``data`` carries the new version (db.Database.unit_of_work): the
        # caller may change it and save it again without being told it is stale.
        session.info.setdefault("versioned", []).append((data, row))
    for f in dataclasses.fields(data):
        if f.name not in skip and f.name != "version" and hasattr(type(row), f.name):
            setattr(row, f.name, getattr(data, f.name))


def get_or_fail(session, model: type[T], row_id: int, label: str) -> T:
    """The row ``row_id`` of ``model``, or a NotFoundError naming ``label``."""
    require_id(row_id, label)
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"{label} n° {row_id} n'existe plus. Actualisez la liste.")
    return row
