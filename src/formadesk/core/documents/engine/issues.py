"""The registry's memory of a document: the date of its first issue and its number.

A document says when it was made (« Fait à Lyon, le 15 septembre 2026 »): that is the day of
its FIRST issue, found in ``generated_documents`` (the earliest row of the same kind, session
and recipient, in any format), and every later version or reprint keeps it. Kinds issued anew
each time (reminders, lists of the day) set ``dated_each_issue``.

A numbered kind (devis) takes a number at its first issue from a gap-free counter per kind
and year (``document_counters``), in the pattern of its setting (« D{year}-{n:04d} »). The
number is only *planned* while the batch is built; ``commit_numbers`` increments the counter
in the same transaction as the registry rows, so a failed or cancelled batch loses no number.
"""

from __future__ import annotations

import datetime as dt
import inspect
from dataclasses import dataclass
from functools import cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...db import insert_if_missing, locked
from ...errors import BusinessRuleError
from ...model import DocumentCounter, GeneratedDocument, Quote
from ...services.billing_numbers import format_number, read_setting
from .registry import DocumentKind
from .targets import Target, file_stem, unversioned_stem


@dataclass(frozen=True)
class Issue:
    """How one file of a batch is dated and numbered."""

    issued_on: dt.date  # the first issue's date, or today for a first issue
    number: str | None = None
    new_number: bool = False  # taken from the counter: committed with the registry row


@cache
def _takes(builder, name: str) -> bool:
    return name in inspect.signature(builder).parameters


def builder_options(kind: DocumentKind, issue: Issue | None) -> dict:
    """The keyword arguments giving a kind's builder its date and number."""
    if issue is None:
        return {}
    options: dict = {}
    if not kind.dated_each_issue and _takes(kind.builder, "today"):
        options["today"] = issue.issued_on
    if kind.number_setting and _takes(kind.builder, "number"):
        options["number"] = issue.number
    return options


def _target_id(kind: DocumentKind, target: Target) -> int | None:
    return {"learner": target.learner_id, "client": target.client_id}.get(kind.scope)


def earlier_issues(
    s: Session, kind: DocumentKind, session_id: int, code: str, targets: list[Target]
) -> list[tuple[dt.date | None, str | None]]:
    """(first issue date, number) of each target's earlier files, or (None, None)."""
    same = (GeneratedDocument.kind == kind.key, GeneratedDocument.session_id == session_id)
    first = func.min(GeneratedDocument.generated_at)
    number = func.max(GeneratedDocument.number)
    if kind.scope == "trainer" or kind.targets is not None:  # the name in the file says who
        found: dict[str, tuple[dt.datetime, str | None]] = {}
        query = select(GeneratedDocument.path, GeneratedDocument.generated_at,
                       GeneratedDocument.number).where(*same)  # fmt: skip
        for path, at, num in s.execute(query):
            stem = unversioned_stem(path)
            was_at, was_num = found.get(stem, (at, None))
            found[stem] = (min(at, was_at), was_num or num)
        rows = [found.get(file_stem(kind, code, t)) for t in targets]
        return [(r[0].date(), r[1]) if r else (None, None) for r in rows]
    if kind.scope == "session":
        row = s.execute(select(first, number).where(*same)).one()
        return [(row[0].date() if row[0] else None, row[1])] * len(targets)
    who = GeneratedDocument.client_id if kind.scope == "client" else GeneratedDocument.learner_id
    query = select(who, first, number).where(*same).group_by(who)
    found_by_id = {key: (at, num) for key, at, num in s.execute(query)}
    result = []
    for target in targets:
        at, num = found_by_id.get(_target_id(kind, target), (None, None))
        result.append((at.date() if at else None, num))
    return result


class Numbering:
    """Plans the numbers of one batch: earlier numbers kept, new ones in counter order."""

    def __init__(self, s: Session, kind: DocumentKind, today: dt.date):
        self.kind, self.year = kind, today.year
        self.base = last_sequence(s, kind, self.year) if kind.number_setting else 0
        self.pattern = read_setting(s, kind.number_setting) if kind.number_setting else ""
        self.taken = 0

    def issue(
        self,
        s: Session,
        session_id: int,
        target: Target,
        earlier: tuple[dt.date | None, str | None],
        today: dt.date,
    ) -> Issue:
        """The date and number of the next file for ``target`` (number planned, not taken)."""
        first_date, number = earlier
        issued_on = first_date or today
        kind = self.kind
        if target.number:  # the record's own number (an invoice's)
            return Issue(issued_on, target.number)
        if not kind.number_setting:
            return Issue(issued_on)
        own = kind.own_number(s, session_id, _target_id(kind, target)) if kind.own_number else None
        if own or number:
            return Issue(issued_on, own or number)
        return Issue(issued_on, self._format(self.base + self.taken + 1), new_number=True)

    def take(self, issue: Issue) -> None:
        """Count a planned new number as used (its file is built)."""
        if issue.new_number:
            self.taken += 1

    def _format(self, sequence: int) -> str:
        try:
            return format_number(self.pattern, self.year, sequence)
        except BusinessRuleError:
            raise BusinessRuleError(
                f"Le modèle de numéro « {self.pattern} » des documents « {self.kind.label} » "
                "n'est pas valide : il doit contenir l'année et le numéro d'ordre, par exemple "
                "D{year}-{n:04d} (paramètres)."
            ) from None


def last_sequence(s: Session, kind: DocumentKind, year: int) -> int:
    """The counter of a kind and year; a new counter follows the numbers already recorded.

    Quotes entered in the quotes table (by the demo, by an import) already used « D2026-0001 »
    … in the same pattern: a new counter starts after the last of them, without a gap.
    """
    counter = s.get(DocumentCounter, (kind.key, year))
    if counter is not None:
        return counter.last_sequence
    if kind.key != "devis":
        return 0
    pattern = read_setting(s, kind.number_setting)
    used = set(s.scalars(select(Quote.number)))
    sequence = 0
    try:
        while format_number(pattern, year, sequence + 1) in used:
            sequence += 1
    except BusinessRuleError:
        return 0
    return sequence


def commit_numbers(s: Session, kind: DocumentKind, year: int, planned_base: int, count: int):
    """Take ``count`` numbers after ``planned_base`` in the caller's transaction."""
    if count <= 0:
        return
    # The counter row is locked until the commit: a second workstation numbering the same kind
    # waits, then finds the base moved and is told to start again (no gap, no duplicate).
    if s.get(DocumentCounter, (kind.key, year)) is None:
        insert_if_missing(
            s, DocumentCounter, kind=kind.key, year=year, last_sequence=last_sequence(s, kind, year)
        )
    counter = s.scalar(
        locked(
            select(DocumentCounter).where(
                DocumentCounter.kind == kind.key, DocumentCounter.year == year
            )
        )
    )
    base = counter.last_sequence
    if base != planned_base:
        raise BusinessRuleError(
            f"Un autre document « {kind.label} » a été numéroté pendant la production : "
            "relancez-la, les numéros suivront sans trou."
        )
    counter.last_sequence = base + count
    s.flush()
