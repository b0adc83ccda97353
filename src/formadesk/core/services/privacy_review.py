"""Who is due for anonymisation, what would be kept or removed, and what stands in the way.

The rules, decided here once:

- A learner's personal data is kept ``retention.learner_years`` years after the last day of the
  last session they were enrolled in (any enrolment, even cancelled: it is the last contact);
  a learner never enrolled, that many years after their record was created.
- Their documents follow their retention category (``document_families``): « garder » keeps
  them; « supprimer » removes them, unless a legal retention still runs: evidence of the
  training (certificates, attendance) ``retention.attendance_years`` years after the year of
  the last payment of their training (else of its last day), contracts and invoices
  ``retention.invoices_years`` years after the year of the last invoice (else the last day).
- Anonymisation is refused while an invoice of their training is unpaid, while they are enrolled
  in a session not over yet, or while a complaint of theirs is open.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    Complaint,
    Enrollment,
    GeneratedDocument,
    Invoice,
    InvoiceLine,
    Learner,
    TrainingSession,
)
from . import document_families as families
from .settings import stored_settings

CHUNK = 500  # ids per IN list
LIVE_STATUSES = ("preinscrit", "inscrit", "liste_attente")  # enrolments that may still train


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class RetentionPolicy:
    """The office's retention settings, read once."""

    learner_years: int
    attendance_years: int
    invoices_years: int
    documents: dict[str, str]  # category key -> « garder » or « supprimer »

    def keeps(self, category: families.DocumentCategory) -> bool:
        return self.documents.get(category.key, category.default) == families.KEEP


def _years(values: dict[str, str], key: str, default: int) -> int:
    text = (values.get(key) or "").strip()
    return int(text) if text.isdigit() and int(text) > 0 else default


def read_policy(s: Session) -> RetentionPolicy:
    values = stored_settings(s)
    return RetentionPolicy(
        _years(values, "retention.learner_years", 3),
        _years(values, "retention.attendance_years", 3),
        _years(values, "retention.invoices_years", 10),
        {c.key: values.get(c.setting, c.default) for c in families.CATEGORIES},
    )


@dataclass(frozen=True)
class DocumentFact:
    id: int
    kind: str
    path: str
    session_id: int | None


@dataclass
class LearnerFacts:
    """What the decisions about one learner need, read in a few grouped queries."""

    learner_id: int
    last_name: str
    first_name: str
    birth_name: str
    created: dt.date
    anonymised_at: dt.datetime | None
    last_end: dt.date | None = None
    last_code: str = ""
    last_payment_year: int | None = None
    last_invoice_year: int | None = None
    unpaid: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    open_complaints: list[dt.date] = field(default_factory=list)
    documents: list[DocumentFact] = field(default_factory=list)
    session_ids: set[int] = field(default_factory=set)

    @property
    def name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()

    def evidence_until(self, policy: RetentionPolicy) -> int | None:
        """The last year evidence of their training must be kept, or None (never trained)."""
        base = self.last_payment_year or (self.last_end.year if self.last_end else None)
        return None if base is None else base + policy.attendance_years

    def accounts_until(self, policy: RetentionPolicy) -> int | None:
        base = self.last_invoice_year or (self.last_end.year if self.last_end else None)
        return None if base is None else base + policy.invoices_years

    def due_on(self, policy: RetentionPolicy) -> dt.date:
        """The day their personal data passed (or passes) its retention period."""
        start = self.last_end or self.created
        return add_years(start, policy.learner_years)

    def blockers(self) -> list[str]:
        """French sentences: what must be settled before anonymising."""
        found = [
            f"Facture {number} non réglée : enregistrez son paiement ou annulez-la d'abord."
            for number in self.unpaid
        ]
        found += [
            f"Inscrit(e) à la session {code}, pas encore terminée : attendez sa fin ou annulez "
            "l'inscription d'abord."
            for code in self.unfinished
        ]
        found += [
            f"Réclamation reçue le {fmt.date_short(day)} encore ouverte : clôturez-la d'abord."
            for day in self.open_complaints
        ]
        return found


@dataclass(frozen=True)
class DocumentFate:
    """What anonymisation does with one of the person's documents, and why."""

    document: DocumentFact
    category: families.DocumentCategory
    keep: bool
    why: str  # « réglage », « preuves jusqu'à fin 2029 », « comptes jusqu'à fin 2036 », ""


def fate_of(
    kind: str, facts: LearnerFacts, policy: RetentionPolicy, today: dt.date
) -> tuple[families.DocumentCategory, bool, str]:
    category = families.category_of(kind)
    if policy.keeps(category):
        return category, True, "réglage"
    until = None
    if category.legal == families.EVIDENCE:
        until = facts.evidence_until(policy)
        if until is not None and today.year <= until:
            return category, True, f"preuve, jusqu'à fin {until}"
    elif category.legal == families.ACCOUNTS:
        until = facts.accounts_until(policy)
        if until is not None and today.year <= until:
            return category, True, f"comptabilité, jusqu'à fin {until}"
    return category, False, ""


def fates(facts: LearnerFacts, policy: RetentionPolicy, today: dt.date) -> list[DocumentFate]:
    result = []
    for document in facts.documents:
        category, keep, why = fate_of(document.kind, facts, policy, today)
        result.append(DocumentFate(document, category, keep, why))
    return result


def summary(items: list[DocumentFate], *, kept: bool) -> tuple[str, ...]:
    """« Convocations et courriers : 2 », per category, in the order of the categories."""
    counts: dict[str, int] = defaultdict(int)
    whys: dict[str, str] = {}
    for item in items:
        if item.keep == kept:
            counts[item.category.key] += 1
            whys.setdefault(item.category.key, item.why)
    lines = []
    for category in families.CATEGORIES:
        if counts[category.key]:
            why = f" ({whys[category.key]})" if kept and whys.get(category.key) else ""
            lines.append(f"{category.label} : {counts[category.key]}{why}")
    return tuple(lines)


@dataclass(frozen=True)
class ReviewRow:
    """A learner whose data passed its retention period, not anonymised yet."""

    learner_id: int
    name: str
    last_training: dt.date | None  # last day of their last session, None: never enrolled
    last_session: str
    due_on: dt.date  # the day the retention period ended
    kept: tuple[str, ...]  # documents kept, per category, with why
    removed: tuple[str, ...]  # documents removed, per category
    blockers: tuple[str, ...]  # what must be settled first (French sentences)

    @property
    def id(self) -> int:
        return self.learner_id

    @property
    def can_anonymise(self) -> bool:
        return not self.blockers


def chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def due_ids(s: Session, policy: RetentionPolicy, today: dt.date) -> list[int]:
    """Learners not anonymised whose retention period has passed, oldest first."""
    cutoff = add_years(today, -policy.learner_years)
    last = (
        select(
            Enrollment.learner_id.label("learner_id"),
            func.max(TrainingSession.end_date).label("last_end"),
        )
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .group_by(Enrollment.learner_id)
        .subquery()
    )
    query = (
        select(Learner.id)
        .outerjoin(last, last.c.learner_id == Learner.id)
        .where(
            Learner.anonymised_at.is_(None),
            or_(
                last.c.last_end < cutoff,
                and_(
                    last.c.last_end.is_(None),
                    Learner.created_at < dt.datetime.combine(cutoff, dt.time()),
                ),
            ),
        )
        .order_by(func.coalesce(last.c.last_end, func.date(Learner.created_at)), Learner.id)
    )
    return list(s.scalars(query))


def read_facts(s: Session, learner_ids: list[int], today: dt.date) -> dict[int, LearnerFacts]:
    """The facts of these learners, in grouped queries (500 learners at a time)."""
    facts: dict[int, LearnerFacts] = {}
    for ids in chunks(list(dict.fromkeys(learner_ids))):
        _read_chunk(s, ids, today, facts)
    return facts


def _read_chunk(s: Session, ids: list[int], today: dt.date, facts: dict[int, LearnerFacts]):
    for row in s.execute(
        select(
            Learner.id,
            Learner.last_name,
            Learner.first_name,
            Learner.birth_name,
            Learner.created_at,
            Learner.anonymised_at,
        ).where(Learner.id.in_(ids))
    ):
        created = row.created_at.date() if row.created_at else today
        facts[row.id] = LearnerFacts(
            row.id, row.last_name, row.first_name, row.birth_name or "", created, row.anonymised_at
        )
    for lid, sid, code, end, status, session_status in s.execute(
        select(
            Enrollment.learner_id,
            TrainingSession.id,
            TrainingSession.code,
            TrainingSession.end_date,
            Enrollment.status,
            TrainingSession.status,
        )
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(Enrollment.learner_id.in_(ids))
        .order_by(TrainingSession.end_date, TrainingSession.id)
    ):
        person = facts[lid]
        person.session_ids.add(sid)
        person.last_end, person.last_code = end, code  # ordered: the last one stays
        if end >= today and status in LIVE_STATUSES and session_status != "annulee":
            person.unfinished.append(code)
    invoices = (
        select(
            Enrollment.learner_id,
            Invoice.number,
            Invoice.kind,
            Invoice.status,
            Invoice.issued_on,
            Invoice.paid_on,
        )
        .join(InvoiceLine, InvoiceLine.enrollment_id == Enrollment.id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(Enrollment.learner_id.in_(ids))
        .distinct()
    )
    for lid, number, kind, status, issued_on, paid_on in s.execute(invoices):
        person = facts[lid]
        if status == "annulee":
            continue
        person.last_invoice_year = max(person.last_invoice_year or 0, issued_on.year)
        if paid_on is not None:
            person.last_payment_year = max(person.last_payment_year or 0, paid_on.year)
        elif status != "payee" and kind != "avoir" and number not in person.unpaid:
            person.unpaid.append(number)
    for lid, received in s.execute(
        select(Complaint.learner_id, Complaint.received_on)
        .where(Complaint.learner_id.in_(ids), Complaint.closed_on.is_(None))
        .order_by(Complaint.received_on)
    ):
        facts[lid].open_complaints.append(received)
    for doc_id, lid, kind, path, sid in s.execute(
        select(
            GeneratedDocument.id,
            GeneratedDocument.learner_id,
            GeneratedDocument.kind,
            GeneratedDocument.path,
            GeneratedDocument.session_id,
        )
        .where(GeneratedDocument.learner_id.in_(ids))
        .order_by(GeneratedDocument.id)
    ):
        facts[lid].documents.append(DocumentFact(doc_id, kind, path, sid))


def review_row(facts: LearnerFacts, policy: RetentionPolicy, today: dt.date) -> ReviewRow:
    items = fates(facts, policy, today)
    return ReviewRow(
        facts.learner_id,
        facts.name,
        facts.last_end,
        facts.last_code,
        facts.due_on(policy),
        summary(items, kept=True),
        summary(items, kept=False),
        tuple(facts.blockers()),
    )
