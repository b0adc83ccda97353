"""The last check before anything reaches the database, whatever screen or command wrote it.

``install(sessionmaker)`` hooks ``check_flush`` on SQLAlchemy's ``before_flush``: every new or
changed ORM row is checked against its model (text length, invisible characters, 32-bit
integers, plausible dates, money bounds, referenced rows that exist). A refusal is a
``ValidationError`` with a French message naming the field; the unit of work rolls back, so the
database is unchanged. Services keep their own domain checks (a duplicate, a negative price):
this module only keeps out what the model cannot hold or what would break the documents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sqlalchemy import Date, DateTime, Integer, String, Text, event, inspect, select
from sqlalchemy.orm import Mapper, Session

from .errors import ValidationError
from .formatting import money
from .guard_labels import column_label
from .validation import FIRST_YEAR, LAST_YEAR
from .validation import MAX_PRICE_CENTS as MAX_CENTS

TEXT_MAX_CHARS = 20_000  # a Text column (programme, notes ...): about ten printed pages
# An Integer column on both engines: PostgreSQL's integer (SQLite's INTEGER is wider).
INT_MIN, INT_MAX = -(2**31), 2**31 - 1
# Control characters (except tab and line breaks) and lone surrogates: SQLite cannot encode
# the latter, and the former break every spreadsheet (openpyxl IllegalCharacterError).
INVISIBLE = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\ud800-\\udfff]")
SURROGATE = re.compile("[\\ud800-\\udfff]")
LINE_BREAKS = re.compile("[\\t\\n\\r\\u2028\\u2029]")
MULTI_LINE_STRINGS = frozenset({"address"})  # String columns edited in several lines
# Columns written by the program itself, never typed (binary data, technical text).
SKIPPED_COLUMNS = frozenset({"logo", "search_text", "path"})


def install(factory: Any) -> None:
    """Check every flush of the sessions made by ``factory`` (a sessionmaker), and the
    parameters of every statement on its engine (reads included)."""
    # Marked on the objects themselves: ``event.contains`` goes by id(), and a new factory
    # may take the id of a collected one and look « already checked » while it is not.
    if not getattr(factory, "_formadesk_guarded", False):
        event.listen(factory, "before_flush", check_flush)
        factory._formadesk_guarded = True
    bind = factory.kw.get("bind")
    engine = getattr(bind, "_proxied", bind)  # the engine under execution_options()
    if engine is not None and not getattr(engine, "_formadesk_guarded", False):
        event.listen(engine, "before_cursor_execute", check_query)
        engine._formadesk_guarded = True


def check_query(_conn, _cursor, _statement, parameters, _context, executemany: bool) -> None:
    """The last line for a value no service checked: an integer beyond 32 bits (PostgreSQL's
    integer) or a lone surrogate would end in a raw database or UnicodeEncodeError."""
    if executemany or not parameters:
        return  # bulk inserts (the demo) come from the program itself
    values = parameters.values() if isinstance(parameters, dict) else parameters
    for value in values:
        if isinstance(value, int) and not INT_MIN <= value <= INT_MAX:
            raise ValidationError(
                {"form": "Un nombre saisi est beaucoup trop grand : vérifiez la saisie."}
            )
        if isinstance(value, str) and SURROGATE.search(value):
            raise ValidationError(
                {"form": "Un texte saisi contient un caractère invalide : retapez-le au clavier."}
            )


def check_flush(session: Session, _context: Any, _instances: Any) -> None:
    """Raise one ValidationError naming every invalid field of the rows of this flush."""
    errors: dict[str, str] = {}
    references: list[tuple[str, Any, Any, int]] = []  # (attribute, state, column, id)
    for obj in list(session.new) + list(session.dirty):
        state = inspect(obj)
        mapper: Mapper = state.mapper
        for attr in mapper.column_attrs:
            if len(attr.columns) != 1:
                continue
            column = attr.columns[0]
            if column.name in SKIPPED_COLUMNS or column.table is not mapper.local_table:
                continue
            history = state.attrs[attr.key].history
            if not history.added:
                continue
            value = history.added[0]
            if value is None:
                continue
            message = problem(column, value)
            if message is None and column.foreign_keys and isinstance(value, int):
                references.append((attr.key, state, column, value))  # checked together below
                continue
            if message is None and column.unique:
                message = _already_used(session, state, column, value)
            if message is not None:
                errors.setdefault(attr.key, message)
    pairs = [(column, value) for _key, _state, column, value in references]
    missing = _missing_references(session, pairs)
    for key, state, column, value in references:
        message = missing.get((_name(column), value))
        if message is None and column.unique:
            message = _already_used(session, state, column, value)
        if message is not None:
            errors.setdefault(key, message)
    if errors:
        raise ValidationError(errors)


def check_record(data: Any, model: type, *, skip: tuple[str, ...] = ("id",)) -> None:
    """Check a dataclass's fields against the same-named columns of ``model`` before any
    SQL (a lone surrogate cannot even be sent in a query); raises ValidationError."""
    errors = record_problems(data, model, skip=skip)
    if errors:
        raise ValidationError(errors)


def record_problems(data: Any, model: type, *, skip: tuple[str, ...] = ("id",)) -> dict[str, str]:
    """Field name -> French message, for the fields of ``data`` that no query may carry:
    invisible characters (a lone surrogate cannot even be sent) and integers beyond 64 bits.
    Lengths, dates and 32-bit columns are left to the domain checks (an amount says its limit
    in euros) and the flush, after normalisation."""
    columns = model.__table__.columns
    errors: dict[str, str] = {}
    for f in dataclasses.fields(data):
        value = getattr(data, f.name)
        if f.name in skip or f.name not in columns:
            continue
        label = column_label(model.__tablename__, f.name, columns[f.name].info)
        if isinstance(value, str) and INVISIBLE.search(value):
            errors[f.name] = invisible_message(label, value)
        elif isinstance(value, int) and not -(2**63) <= value < 2**63:
            errors[f.name] = too_large_message(label)
    return errors


def column_problems(data: Any, model: type, *, skip: tuple[str, ...] = ("id",)) -> dict[str, str]:
    """Field name -> French message for every field of ``data`` its column would refuse
    (length, invisible characters, size, year): all said at once with the domain checks,
    rather than one at a time at the flush."""
    columns = model.__table__.columns
    errors: dict[str, str] = {}
    for f in dataclasses.fields(data):
        if f.name in skip or f.name not in columns:
            continue
        message = problem(columns[f.name], getattr(data, f.name))
        if message:
            errors[f.name] = message
    return errors


def invisible_message(label: str, value: str) -> str:
    found = INVISIBLE.search(value)
    return (
        f"{label} : un caractère invisible interdit (U+{ord(found.group()):04X}) a été "
        "saisi. Retapez le texte au clavier plutôt que de le copier-coller."
    )


def too_large_message(label: str) -> str:
    return f"{label} : le nombre saisi est beaucoup trop grand. Vérifiez la saisie."


def problem(column: Any, value: Any) -> str | None:
    """A French message when ``value`` cannot go into ``column``, else None."""
    label = column_label(column.table.name, column.name, column.info)
    kind = column.type
    if isinstance(value, str) and isinstance(kind, String):
        return text_problem(label, value, kind, column.name)
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and isinstance(kind, Integer):
        # An amount says its limit in euros, unless the number is absurd (beyond 64 bits).
        if column.name.endswith("_cents") and MAX_CENTS < abs(value) < 2**63:
            return (
                f"{label} : {money(value)} dépasse le maximum accepté ({money(MAX_CENTS)}). "
                "Vérifiez le montant."
            )
        if not INT_MIN <= value <= INT_MAX:
            return too_large_message(label)
        return None
    dated = isinstance(value, (dt.date, dt.datetime)) and isinstance(kind, (Date, DateTime))
    if dated and not FIRST_YEAR <= value.year <= LAST_YEAR:
        return (
            f"{label} : l'année {value.year} n'est pas plausible (de {FIRST_YEAR} à "
            f"{LAST_YEAR}). Vérifiez la date."
        )
    return None


def text_problem(label: str, value: str, kind: String, name: str = "") -> str | None:
    """Length and invisible characters of a text typed for a column of type ``kind``."""
    multi_line = isinstance(kind, Text) or name in MULTI_LINE_STRINGS
    limit = TEXT_MAX_CHARS if isinstance(kind, Text) else kind.length
    if limit and len(value) > limit:
        return (
            f"{label} : {_count(len(value))} caractères, c'est trop ({_count(limit)} au plus). "
            "Raccourcissez le texte."
        )
    if INVISIBLE.search(value):
        return invisible_message(label, value)
    if not multi_line and LINE_BREAKS.search(value):
        return (
            f"{label} : retour à la ligne et tabulation sont interdits ici. "
            "Écrivez tout sur une seule ligne."
        )
    return None


def _already_used(session: Session, state: Any, column: Any, value: Any) -> str | None:
    """A message when another row already holds ``value`` in a unique column."""
    key = state.mapper.primary_key[0]
    with session.no_autoflush:
        other = session.execute(select(key).where(column == value).limit(1)).scalar()
    own = state.identity[0] if state.identity else None
    if other is None or other == own:
        return None
    label = column_label(column.table.name, column.name, column.info)
    return f"{label} « {value} » est déjà utilisé : choisissez-en un autre."


def _count(n: int) -> str:
    return f"{n:,}".replace(",", "\u202f")  # French thousands: narrow no-break space


def _name(column: Any) -> tuple[str, str]:
    """A column as a dictionary key (SQLAlchemy columns compare into SQL expressions)."""
    return column.table.name, column.name


def _missing_references(
    session: Session, pairs: list[tuple[Any, int]]
) -> dict[tuple[tuple[str, str], int], str]:
    """(column name, id) -> message, for the ids whose row the column points to does not
    exist (in this transaction): one query per table pointed to, however many rows the flush
    holds."""
    targets: dict[tuple[str, str], Any] = {}
    wanted: dict[tuple[str, str], set[int]] = {}
    for column, value in pairs:
        target = next(iter(column.foreign_keys)).column
        targets[_name(target)] = target
        wanted.setdefault(_name(target), set()).add(value)
    found: dict[tuple[str, str], set[int]] = {}
    with session.no_autoflush:
        for name, values in wanted.items():
            target, ordered = targets[name], sorted(values)
            found[name] = set()
            for start in range(0, len(ordered), 500):  # SQLite's limit on bound parameters
                chunk = ordered[start : start + 500]
                found[name].update(session.scalars(select(target).where(target.in_(chunk))))
    missing: dict[tuple[tuple[str, str], int], str] = {}
    for column, value in pairs:
        target = next(iter(column.foreign_keys)).column
        if value in found[_name(target)] or _pending_with_id(session, target.table, value):
            continue
        label = column_label(column.table.name, column.name, column.info)
        missing[(_name(column), value)] = (
            f"{label} n° {value} est introuvable : il a peut-être été supprimé. "
            "Actualisez la liste."
        )
    return missing


def _pending_with_id(session: Session, table: Any, value: int) -> bool:
    """A row created in the same flush with its id given by the program."""
    return any(
        inspect(obj).mapper.local_table is table and getattr(obj, "id", None) == value
        for obj in session.new
    )
