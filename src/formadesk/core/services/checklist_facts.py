"""What the checklist's evidence reads of many sessions at once: their dates, and what their
enrollments, documents and invoices say, in one grouped query each (``checklist_evidence``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, or_, select, true
from sqlalchemy.orm import Session

from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    CERTIFIED_STATUSES,
    SENT_STATUSES,
    Enrollment,
    GeneratedDocument,
    Learner,
    TrainingSession,
)
from ..rules.payers import EMPLOYER_SCHEMES

SENT = SENT_STATUSES
CERTIFICATE = "certificat_realisation"
CONVENTION_KINDS = ("convention", "contrat")


@dataclass(frozen=True)
class SessionDates:
    """What the evidence needs of a session itself."""

    id: int
    start_date: dt.date
    end_date: dt.date
    status: str
    closed_on: dt.date | None

    def over(self, today: dt.date) -> bool:
        return self.status == "terminee" or self.end_date < today


Sessions = dict[int, SessionDates]

# Past this many sessions, queries read every session rather than a list of ids (a long IN
# list costs more than it saves, and SQL engines limit the number of parameters).
MANY = 400


def among(column, ids: Iterable[int]):
    """``column IN ids`` for a short list; no condition for a long one (callers keep theirs)."""
    ids = list(ids)
    return column.in_(ids) if len(ids) <= MANY else true()


def read_sessions(s: Session, session_ids: Iterable[int]) -> Sessions:
    ids = set(session_ids)
    query = select(
        TrainingSession.id,
        TrainingSession.start_date,
        TrainingSession.end_date,
        TrainingSession.status,
        TrainingSession.closed_on,
    ).where(among(TrainingSession.id, ids))
    return {row[0]: SessionDates(*row) for row in s.execute(query) if row[0] in ids}


def day_of(value: dt.datetime | dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def any_of(condition) -> Any:
    return func.max(case((condition, 1), else_=0))


def how_many(condition) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


@dataclass(frozen=True)
class Learners:
    """Per session, what its enrollments say (one grouped query for every evidence below)."""

    active: int = 0  # holding a place (preinscrit, inscrit, terminé)
    needing_convention: int = 0  # of them, with a client or paying for themself
    convention_unsent: int = 0
    convention_unsigned: int = 0
    intra_unsent: bool = False  # intra-company: no convention for the session's client
    intra_unsigned: bool = False
    not_convoked: int = 0
    without_certificate: int = 0


@dataclass(frozen=True)
class DocumentDays:
    convention_sent: dt.date | None = None
    convention_signed: dt.date | None = None
    convocation_sent: dt.date | None = None
    certificate: dt.date | None = None


def read_learners(s: Session, sessions: Sessions) -> dict[int, Learners]:
    """The enrollment facts of the sessions, in one query over enrollments and documents."""
    ids = list(sessions)
    doc = GeneratedDocument
    sent = doc.status.in_(SENT)
    conventions = doc.kind.in_(CONVENTION_KINDS)
    # One pass over the documents of the sessions (their session index), kinds told apart in
    # the aggregates, then grouped by client and by learner.
    docs = (
        select(
            doc.session_id.label("session_id"),
            doc.client_id.label("client_id"),
            doc.learner_id.label("learner_id"),
            any_of(and_(conventions, sent)).label("sent"),
            any_of(and_(conventions, doc.status == "signe")).label("signed"),
            any_of(and_(doc.kind == "convocation", sent)).label("convoked"),
            any_of(doc.kind == CERTIFICATE).label("certificate"),
        )
        .where(among(doc.session_id, ids))
        .group_by(doc.session_id, doc.client_id, doc.learner_id)
        .cte("docs")
    )
    by_client = (
        select(
            docs.c.session_id,
            docs.c.client_id,
            func.max(docs.c.sent).label("sent"),
            func.max(docs.c.signed).label("signed"),
        )
        .where(docs.c.client_id.is_not(None))
        .group_by(docs.c.session_id, docs.c.client_id)
        .cte("by_client")
    )
    client = by_client.alias("client")
    intra = by_client.alias("intra")
    by_learner = (
        select(
            docs.c.session_id,
            docs.c.learner_id,
            func.max(docs.c.sent).label("convention"),
            func.max(docs.c.signed).label("signed"),
            func.max(docs.c.convoked).label("convoked"),
            func.max(docs.c.certificate).label("certificate"),
        )
        .where(docs.c.learner_id.is_not(None))
        .group_by(docs.c.session_id, docs.c.learner_id)
        .subquery()
    )
    e = Enrollment
    active = e.status.in_(ACTIVE_ENROLLMENT_STATUSES)
    is_intra = and_(TrainingSession.kind == "intra", TrainingSession.intra_client_id.is_not(None))
    # A learner needs a convention when a client enrolls them, a contract when they pay for
    # themself; one funded without a client (CPF, France Travail) signs none with the office;
    # one under an employer's scheme without the employer entered is missing one (the task
    # rule asks for the employer).
    needing = and_(
        active,
        or_(
            e.client_id.is_not(None),
            Learner.status == "particulier",
            e.funding_scheme.in_(EMPLOYER_SCHEMES),
        ),
    )
    sent_for = or_(client.c.sent == 1, by_learner.c.convention == 1, intra.c.sent == 1)
    signed_for = or_(client.c.signed == 1, by_learner.c.signed == 1, intra.c.signed == 1)
    query = (
        select(
            e.session_id,
            how_many(active),
            how_many(needing),
            how_many(and_(needing, ~func.coalesce(sent_for, False))),
            how_many(and_(needing, ~func.coalesce(signed_for, False))),
            any_of(and_(is_intra, func.coalesce(intra.c.sent, 0) == 0)),
            any_of(and_(is_intra, func.coalesce(intra.c.signed, 0) == 0)),
            how_many(and_(active, func.coalesce(by_learner.c.convoked, 0) == 0)),
            how_many(
                and_(
                    e.status.in_(CERTIFIED_STATUSES),
                    func.coalesce(by_learner.c.certificate, 0) == 0,
                )
            ),
        )
        .join(TrainingSession, TrainingSession.id == e.session_id)
        .join(Learner, Learner.id == e.learner_id)
        .outerjoin(
            client, and_(client.c.session_id == e.session_id, client.c.client_id == e.client_id)
        )
        .outerjoin(
            intra,
            and_(
                intra.c.session_id == e.session_id,
                intra.c.client_id == TrainingSession.intra_client_id,
            ),
        )
        .outerjoin(
            by_learner,
            and_(by_learner.c.session_id == e.session_id, by_learner.c.learner_id == e.learner_id),
        )
        .where(among(e.session_id, ids))
        .group_by(e.session_id)
    )
    return {
        row[0]: Learners(*row[1:5], bool(row[5]), bool(row[6]), *row[7:])
        for row in s.execute(query)
        if row[0] in sessions
    }


def read_document_days(s: Session, sessions: Sessions) -> dict[int, DocumentDays]:
    """The last day each kind of proof was sent (signed, generated), per session."""
    doc = GeneratedDocument
    sent = doc.status.in_(SENT)
    conventions = doc.kind.in_(CONVENTION_KINDS)
    query = (
        select(
            doc.session_id,
            func.max(case((and_(conventions, sent), doc.sent_at))),
            func.max(case((and_(conventions, doc.status == "signe"), doc.signed_at))),
            func.max(case((and_(doc.kind == "convocation", sent), doc.sent_at))),
            func.max(case((doc.kind == CERTIFICATE, doc.generated_at))),
        )
        .where(among(doc.session_id, sessions))
        .group_by(doc.session_id)
    )
    return {
        row[0]: DocumentDays(*(day_of(v) for v in row[1:]))
        for row in s.execute(query)
        if row[0] in sessions
    }


class Facts:
    """What the evidence reads, loaded once for all the codes asked."""

    def __init__(self, s: Session, sessions: Sessions, today: dt.date, *, dated: bool = True):
        self.s, self.sessions, self.today, self.dated = s, sessions, today, dated
        self._learners: dict[int, Learners] | None = None
        self._days: dict[int, DocumentDays] | None = None

    @property
    def learners(self) -> dict[int, Learners]:
        if self._learners is None:
            self._learners = read_learners(self.s, self.sessions)
        return self._learners

    @property
    def days(self) -> dict[int, DocumentDays]:
        if self._days is None:
            self._days = read_document_days(self.s, self.sessions) if self.dated else {}
        return self._days
