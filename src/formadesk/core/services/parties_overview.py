"""What a client or a funder is linked to: sessions, learners, quotes, invoices, documents.

Amounts come from the invoice rows of billing_rows (one rule for totals with VAT); the open
amount of a payer is the sum of its issued, unpaid invoices and dédits (``open_cents``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..model import (
    Course,
    Enrollment,
    FundingLine,
    GeneratedDocument,
    Invoice,
    InvoiceLine,
    Learner,
    Quote,
    QuoteLine,
    TrainingSession,
)
from .billing_rows import PAYABLE_KINDS, InvoiceRow, invoice_rows, vat_breakdown


def open_cents(row: InvoiceRow) -> int:
    """What the payer still owes on one invoice: TTC of an issued, unpaid invoice or dédit.

    A credit note (avoir) always cancels a whole invoice, whose status then is « annulée »: the
    pair nets to zero, so neither counts.
    """
    if row.kind in PAYABLE_KINDS and row.status == "emise":
        return row.total_ttc_cents
    return 0


def open_amounts_by_client(s: Session, client_ids: Iterable[int]) -> dict[int, int]:
    """Client id -> open amount (TTC), with the same VAT rule as the invoice rows."""
    ids = list(client_ids)
    if not ids:
        return {}
    query = (
        select(
            Invoice.client_id,
            Invoice.id,
            InvoiceLine.quantity,
            InvoiceLine.unit_price_cents,
            InvoiceLine.vat_rate_permille,
        )
        .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
        .where(Invoice.kind.in_(PAYABLE_KINDS), Invoice.status == "emise")
    )
    if len(ids) < 900:  # beyond, SQLite's parameter limit: filter in Python
        query = query.where(Invoice.client_id.in_(ids))
    lines: dict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
    for client_id, invoice_id, quantity, unit, rate in s.execute(query):
        lines[(client_id, invoice_id)].append((quantity, unit, rate))
    totals: dict[int, int] = defaultdict(int)
    for (client_id, _), invoice_lines in lines.items():
        totals[client_id] += sum(b + v for b, v in vat_breakdown(invoice_lines).values())
    return dict(totals)


@dataclass(frozen=True)
class ClientListRow:
    """A client or funder in the « Clients » place: name, kind, city, SIRET, open amount."""

    id: int
    name: str
    kind: str
    city: str
    siret: str
    open_cents: int = 0
    active: bool = True


@dataclass(frozen=True)
class SessionLine:
    id: int
    code: str
    course_title: str
    start_date: dt.date
    end_date: dt.date
    status: str
    intra: bool


@dataclass(frozen=True)
class LearnerLine:
    enrollment_id: int
    learner_id: int
    learner_name: str
    session_id: int
    session_code: str
    status: str


@dataclass(frozen=True)
class QuoteLineRow:
    id: int
    number: str
    issued_on: dt.date
    status: str
    total_ht_cents: int


@dataclass(frozen=True)
class DocumentLine:
    id: int
    kind: str
    session_code: str
    learner_name: str
    generated_at: dt.datetime
    status: str
    path: str


@dataclass
class ClientOverview:
    """Everything linked to one client, for its record."""

    sessions: list[SessionLine] = field(default_factory=list)
    learners: list[LearnerLine] = field(default_factory=list)
    quotes: list[QuoteLineRow] = field(default_factory=list)
    invoices: list[InvoiceRow] = field(default_factory=list)
    documents: list[DocumentLine] = field(default_factory=list)
    open_cents: int = 0


@dataclass(frozen=True)
class FundedLine:
    enrollment_id: int
    learner_name: str
    session_code: str
    amount_cents: int
    scheme: str
    status: str
    agreement_number: str
    subrogation: bool


@dataclass
class FunderOverview:
    """Enrolments a funder pays for, its invoices and what it still owes."""

    funded: list[FundedLine] = field(default_factory=list)
    invoices: list[InvoiceRow] = field(default_factory=list)
    open_cents: int = 0


def _name(last: str, first: str) -> str:
    return f"{last.upper()} {first}".strip()


def client_overview_in(s: Session, client_id: int) -> ClientOverview:
    view = ClientOverview()
    enrolled = s.execute(
        select(
            Enrollment.id,
            Learner.id,
            Learner.last_name,
            Learner.first_name,
            TrainingSession.id,
            TrainingSession.code,
            Enrollment.status,
        )  # fmt: skip
        .join(Learner, Learner.id == Enrollment.learner_id)
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(Enrollment.client_id == client_id)
        .order_by(TrainingSession.start_date.desc(), Learner.last_name, Learner.first_name)
    ).all()
    view.learners = [
        LearnerLine(eid, lid, _name(last, first), sid, code, status)
        for eid, lid, last, first, sid, code, status in enrolled
    ]
    session_ids = {line.session_id for line in view.learners}
    sessions = s.execute(
        select(
            TrainingSession.id,
            TrainingSession.code,
            Course.title,
            TrainingSession.start_date,
            TrainingSession.end_date,
            TrainingSession.status,
            TrainingSession.intra_client_id,
        )  # fmt: skip
        .join(Course, Course.id == TrainingSession.course_id)
        .where(
            or_(
                TrainingSession.intra_client_id == client_id,
                TrainingSession.id.in_(session_ids),
            )
        )
        .order_by(TrainingSession.start_date.desc())
    ).all()
    view.sessions = [
        SessionLine(i, code, title, start, end, status, intra == client_id)
        for i, code, title, start, end, status, intra in sessions
    ]
    quotes = s.execute(
        select(Quote.id, Quote.number, Quote.issued_on, Quote.status)
        .where(Quote.client_id == client_id)
        .order_by(Quote.issued_on.desc())
    ).all()
    quote_lines: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for qid, quantity, unit, rate in s.execute(
        select(
            QuoteLine.quote_id,
            QuoteLine.quantity,
            QuoteLine.unit_price_cents,
            QuoteLine.vat_rate_permille,
        ).where(QuoteLine.quote_id.in_([q.id for q in quotes]))  # fmt: skip
    ):
        quote_lines[qid].append((quantity, unit, rate))
    view.quotes = [
        QuoteLineRow(
            q.id,
            q.number,
            q.issued_on,
            q.status,
            sum(b for b, _ in vat_breakdown(quote_lines[q.id]).values()),
        )  # fmt: skip
        for q in quotes
    ]
    view.invoices = invoice_rows(s, client_id=client_id)
    view.open_cents = sum(open_cents(r) for r in view.invoices)
    view.documents = _documents(s, client_id, view)
    return view


def _documents(s: Session, client_id: int, view: ClientOverview) -> list[DocumentLine]:
    """Documents addressed to the client, or to one of its learners for that session, or to an
    intra session of the client as a whole."""
    pairs = {(line.session_id, line.learner_id) for line in view.learners}
    intra = [line.id for line in view.sessions if line.intra]
    conditions = [GeneratedDocument.client_id == client_id]
    if intra:
        conditions.append(
            GeneratedDocument.session_id.in_(intra) & GeneratedDocument.learner_id.is_(None)
        )
    if pairs:
        conditions.append(GeneratedDocument.session_id.in_({p[0] for p in pairs}))
    rows = s.execute(
        select(
            GeneratedDocument.id,
            GeneratedDocument.kind,
            TrainingSession.code,
            Learner.last_name,
            Learner.first_name,
            GeneratedDocument.generated_at,
            GeneratedDocument.status,
            GeneratedDocument.path,
            GeneratedDocument.client_id,
            GeneratedDocument.session_id,
            GeneratedDocument.learner_id,
        )  # fmt: skip
        .outerjoin(TrainingSession, TrainingSession.id == GeneratedDocument.session_id)
        .outerjoin(Learner, Learner.id == GeneratedDocument.learner_id)
        .where(or_(*conditions))
        .order_by(GeneratedDocument.generated_at.desc())
    ).all()
    intra_set = set(intra)
    found = []
    for (did, kind, code, last, first, at, status, path, cid, sid, lid) in rows:  # fmt: skip
        mine = cid == client_id or (sid in intra_set and lid is None) or (sid, lid) in pairs
        if mine:
            name = _name(last, first or "") if last else ""
            found.append(DocumentLine(did, kind, code or "", name, at, status, path))
    return found


def funder_overview_in(s: Session, funder_id: int) -> FunderOverview:
    view = FunderOverview()
    rows = s.execute(
        select(
            Enrollment.id,
            Learner.last_name,
            Learner.first_name,
            TrainingSession.code,
            FundingLine.amount_cents,
            FundingLine.scheme,
            FundingLine.status,
            FundingLine.agreement_number,
            FundingLine.subrogation,
        )  # fmt: skip
        .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(FundingLine.funder_id == funder_id)
        .order_by(TrainingSession.start_date.desc(), Learner.last_name)
    ).all()
    view.funded = [
        FundedLine(eid, _name(last, first), code, amount, scheme, status, number, bool(sub))
        for eid, last, first, code, amount, scheme, status, number, sub in rows
    ]
    view.invoices = invoice_rows(s, funder_id=funder_id)
    view.open_cents = sum(open_cents(r) for r in view.invoices)
    return view
