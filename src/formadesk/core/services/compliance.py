"""The compliance log: every archiving, reopening, anonymisation and export of personal data.

Lines are only added, never changed, inside the transaction of what they record (a failed
archiving or anonymisation leaves no line). A line names its subject by words that survive
anonymisation (a session code, « Apprenant n° 12 »), never by a person's name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import COMPLIANCE_ACTIONS, ComplianceLog

SESSION, LEARNER = "session", "apprenant"
ACTIONS = dict(COMPLIANCE_ACTIONS)  # action -> French label, for screens (models stay private)


@dataclass(frozen=True)
class ComplianceRow:
    """One line of the compliance log, as listed."""

    id: int
    at: dt.datetime
    action: str  # COMPLIANCE_ACTIONS key
    subject_kind: str  # « session » or « apprenant »
    subject_id: int | None
    label: str  # « 2026-EXCEL-001 », « Apprenant n° 12 »
    detail: str

    @property
    def action_label(self) -> str:
        return COMPLIANCE_ACTIONS.get(self.action, self.action)


def learner_label(learner_id: int) -> str:
    """« Apprenant n° 12 »: how the log and its messages name a learner."""
    return f"Apprenant n° {learner_id}"


def record(
    s: Session,
    action: str,
    subject_kind: str,
    subject_id: int | None,
    label: str,
    detail: str = "",
    *,
    at: dt.datetime | None = None,
) -> None:
    """Add one line in the caller's transaction."""
    if action not in COMPLIANCE_ACTIONS:
        raise ValueError(f"Unknown compliance action {action!r}")
    s.add(
        ComplianceLog(
            at=(at or dt.datetime.now()).replace(microsecond=0),
            action=action,
            subject_kind=subject_kind,
            subject_id=subject_id,
            label=label[:300],
            detail=detail,
        )
    )


def read_log(
    s: Session,
    *,
    action: str | None = None,
    subject_kind: str | None = None,
    subject_id: int | None = None,
    limit: int | None = 1000,
) -> list[ComplianceRow]:
    """Lines of the log, newest first, filtered by action and subject when given."""
    query = select(ComplianceLog).order_by(ComplianceLog.at.desc(), ComplianceLog.id.desc())
    if action is not None:
        query = query.where(ComplianceLog.action == action)
    if subject_kind is not None:
        query = query.where(ComplianceLog.subject_kind == subject_kind)
    if subject_id is not None:
        query = query.where(ComplianceLog.subject_id == subject_id)
    if limit is not None:
        query = query.limit(limit)
    return [
        ComplianceRow(
            r.id, r.at, r.action, r.subject_kind, r.subject_id, r.label or "", r.detail or ""
        )
        for r in s.scalars(query)
    ]


class ComplianceLogReader:
    """``log(...)`` for the services that write the log (archives, privacy)."""

    _db: object

    def log(
        self,
        *,
        action: str | None = None,
        subject_kind: str | None = None,
        subject_id: int | None = None,
        limit: int | None = 1000,
    ) -> list[ComplianceRow]:
        """The compliance log, newest first (archives, reopenings, anonymisations, exports)."""
        with self._db.reading() as s:
            return read_log(
                s, action=action, subject_kind=subject_kind, subject_id=subject_id, limit=limit
            )
