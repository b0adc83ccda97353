"""Rules after the last day: certificates of attendance, invoices."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    Course,
    Enrollment,
    GeneratedDocument,
    Invoice,
    InvoiceLine,
    TrainingSession,
)
from ..services.billing_facts import BILLABLE_STATUSES
from .common import ended, sessions_ended
from .rules import Anomaly, Rule, RuleContext, register

CERTIFICATE = "certificat_realisation"
# Who gets one once the session is over: those who followed it (often left « inscrit »), and
# those who dropped out, for the hours attended until then.
CERTIFIED = ("inscrit", "termine", "abandon")


def find_certificates_not_issued(s: Session, ctx: RuleContext):
    """Learners of a session ended N days ago (registered, finished or dropped out) without a
    certificat de réalisation generated for them (whatever its status)."""
    ended_ = sessions_ended(
        ctx, ctx.value, TrainingSession.id, TrainingSession.code, TrainingSession.end_date
    ).subquery()
    rows = s.execute(
        select(
            Enrollment.session_id,
            Enrollment.learner_id,
            ended_.c.code,
            ended_.c.end_date,
            GeneratedDocument.id,
        )
        .join(ended_, ended_.c.id == Enrollment.session_id)
        .outerjoin(
            GeneratedDocument,
            and_(
                GeneratedDocument.session_id == Enrollment.session_id,
                GeneratedDocument.learner_id == Enrollment.learner_id,
                GeneratedDocument.kind == CERTIFICATE,
            ),
        )
        .where(Enrollment.status.in_(CERTIFIED))
    ).all()
    missing: dict[int, set[int]] = defaultdict(set)
    about: dict[int, tuple[str, dt.date]] = {}
    for session_id, learner_id, code, end, document_id in rows:
        if document_id is None:  # (the outer join found no certificate)
            missing[session_id].add(learner_id)
            about[session_id] = (code, end)
    for session_id, learners in missing.items():
        code, end = about[session_id]
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Délivrer les certificats de réalisation — {code} : "
                f"{fmt.plural(len(learners), 'apprenant')} sans certificat ({ended(end)})"
            ),
            due_on=end + dt.timedelta(days=ctx.value),
            session_id=session_id,
            learner_id=next(iter(learners)) if len(learners) == 1 else None,
            fix=f"documents:{CERTIFICATE}",
        )


def find_invoice_not_issued(s: Session, ctx: RuleContext):
    """Sessions ended N days ago with something left to invoice: an intra-company group price
    without an invoice, or enrolments (registered, finished, dropped out) with a price net of
    discount above 0 and no line on an invoice not cancelled. Free enrolments need none."""
    sessions = {
        row.id: row
        for row in s.execute(
            sessions_ended(
                ctx,
                ctx.value,
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.end_date,
                TrainingSession.kind,
                TrainingSession.intra_client_id,
                TrainingSession.price_cents,
                Course.intra_price_cents,
            ).join(Course, Course.id == TrainingSession.course_id)
        )
    }
    if not sessions:
        return
    invoiced = set(
        s.scalars(
            select(Invoice.session_id).where(
                Invoice.session_id.in_(sessions),
                Invoice.kind == "facture",
                Invoice.status != "annulee",
            )
        )
    )
    billed = (
        select(InvoiceLine.enrollment_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(
            InvoiceLine.enrollment_id.is_not(None),
            Invoice.kind == "facture",
            Invoice.status != "annulee",
            Invoice.session_id.in_(sessions),
        )
    )
    unbilled: dict[int, int] = defaultdict(int)
    for (session_id,) in s.execute(
        select(Enrollment.session_id).where(
            Enrollment.session_id.in_(sessions),
            Enrollment.status.in_(BILLABLE_STATUSES),
            Enrollment.price_cents - Enrollment.discount_cents > 0,
            Enrollment.id.not_in(billed),
        )
    ):
        unbilled[session_id] += 1
    for session_id, row in sessions.items():
        group = (
            row.kind == "intra"
            and row.intra_client_id
            and (row.price_cents or row.intra_price_cents)
        )
        if group:
            if session_id in invoiced:
                continue
            what = "prix de groupe non facturé"
        elif unbilled.get(session_id):
            what = fmt.plural(
                unbilled[session_id], "inscription non facturée", "inscriptions non facturées"
            )
        else:
            continue
        yield Anomaly(
            key=str(session_id),
            title=f"Facturer {row.code} : {what} ({ended(row.end_date)})",
            due_on=row.end_date + dt.timedelta(days=ctx.value),
            session_id=session_id,
            client_id=row.intra_client_id if group else None,
            fix="invoice",
        )


register(
    Rule(
        key="certificates_not_issued",
        label="Certificats non délivrés",
        find=find_certificates_not_issued,
        value_label="Jours après la fin",
        default=8,
        low=0,
        high=90,
        watches=frozenset({"document", "enrollment", "session"}),
        description=(
            "Un apprenant d'une session terminée (ou parti en cours de route) n'a pas de "
            "certificat de réalisation généré : la tâche part quand il est généré."
        ),
    )
)
register(
    Rule(
        key="invoice_not_issued",
        label="Facture non émise",
        find=find_invoice_not_issued,
        value_label="Jours après la fin",
        default=15,
        low=0,
        high=120,
        watches=frozenset({"invoice", "enrollment", "session", "client"}),
        description=(
            "Une session terminée a des inscriptions payantes (ou un prix de groupe) sans "
            "facture : la tâche part quand la session est facturée."
        ),
    )
)
