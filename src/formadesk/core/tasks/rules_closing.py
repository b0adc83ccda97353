"""Rules after the last day: certificates of attendance, invoices."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    CERTIFIED_STATUSES,
    Enrollment,
    GeneratedDocument,
    TrainingSession,
)
from ..services.billing_owed import owed
from .common import ended, sessions_ended
from .rules import Anomaly, Rule, RuleContext, register

CERTIFICATE = "certificat_realisation"
CERTIFIED = CERTIFIED_STATUSES


def find_certificates_not_issued(s: Session, ctx: RuleContext):
    """Learners of a session ended N days ago (registered, finished or dropped out) without a
    certificat de réalisation generated for them (whatever its status)."""
    ended_ = sessions_ended(
        ctx,
        ctx.value,
        TrainingSession.id,
        TrainingSession.code,
        TrainingSession.end_date,
        owed=True,
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
    """Sessions ended N days ago with something left to invoice (``billing_owed``: the group
    price of an intra session, else the priced enrolments without a line on a facture)."""
    sessions = {
        row.id: row
        for row in s.execute(
            sessions_ended(
                ctx,
                ctx.value,
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.end_date,
                TrainingSession.intra_client_id,
                owed=True,
            )
        )
    }
    for session_id, left in owed(s, sessions).items():
        if left.done:
            continue
        row = sessions[session_id]
        if left.group_price:
            what = "prix de groupe non facturé"
        else:
            what = fmt.plural(
                left.unbilled, "inscription non facturée", "inscriptions non facturées"
            )
        yield Anomaly(
            key=str(session_id),
            title=f"Facturer {row.code} : {what} ({ended(row.end_date)})",
            due_on=row.end_date + dt.timedelta(days=ctx.value),
            session_id=session_id,
            client_id=row.intra_client_id if left.group_price else None,
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
        watches=frozenset({"invoice", "enrollment", "session", "client", "course"}),
        description=(
            "Une session terminée a des inscriptions payantes (ou un prix de groupe) sans "
            "facture : la tâche part quand la session est facturée."
        ),
    )
)
