"""What a session still has to invoice: the one answer read by the checklist's « Facturer »
step and by the task rule « Facture non émise ».

An intra-company session with a group price (the session's, else the course's), or already
invoiced by a line naming no learner, is invoiced once a facture (not cancelled) exists for
it. Otherwise every enrolment registered, finished or dropped out with a price above its
discount needs a line on a facture not cancelled; a session with nothing priced has nothing
to invoice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..model import Course, Enrollment, Invoice, InvoiceLine, TrainingSession
from .billing_facts import BILLABLE_STATUSES

CHUNK = 500


@dataclass(frozen=True)
class Owed:
    """A session's invoicing, as far as the base records it."""

    group_price: bool  # intra session billed at its group price
    invoiced_on: dt.date | None  # last facture (not cancelled) issued for the session
    priced: int  # enrolments with a price to invoice
    unbilled: int  # of which without a line on a facture not cancelled

    @property
    def done(self) -> bool:
        if self.group_price:
            return self.invoiced_on is not None
        return self.unbilled == 0

    @property
    def nothing_to_invoice(self) -> bool:
        return not self.group_price and self.priced == 0


def owed(s: Session, session_ids: Iterable[int]) -> dict[int, Owed]:
    """{session id: Owed} for these sessions, a few queries per 500 sessions."""
    ids = list(dict.fromkeys(session_ids))
    result: dict[int, Owed] = {}
    for start in range(0, len(ids), CHUNK):
        result.update(_owed(s, ids[start : start + CHUNK]))
    return result


def _owed(s: Session, ids: list[int]) -> dict[int, Owed]:
    group = {
        sid: bool(kind == "intra" and client and (price or course_price))
        for sid, kind, client, price, course_price in s.execute(
            select(
                TrainingSession.id,
                TrainingSession.kind,
                TrainingSession.intra_client_id,
                TrainingSession.price_cents,
                Course.intra_price_cents,
            )
            .join(Course, Course.id == TrainingSession.course_id)
            .where(TrainingSession.id.in_(ids))
        )
    }
    live_invoice = (Invoice.kind == "facture", Invoice.status != "annulee")
    # An intra session invoiced by a line naming no learner was billed as a group, too.
    group_lines = set(
        s.scalars(
            select(Invoice.session_id)
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .join(TrainingSession, TrainingSession.id == Invoice.session_id)
            .where(
                Invoice.session_id.in_(ids),
                InvoiceLine.enrollment_id.is_(None),
                TrainingSession.kind == "intra",
                *live_invoice,
            )
        )
    )
    for sid in group_lines:
        group[sid] = True
    issued = dict(
        s.execute(
            select(Invoice.session_id, func.max(Invoice.issued_on))
            .where(Invoice.session_id.in_(ids), *live_invoice)
            .group_by(Invoice.session_id)
        ).all()
    )
    billed = (
        select(InvoiceLine.enrollment_id)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(InvoiceLine.enrollment_id.is_not(None), Invoice.session_id.in_(ids), *live_invoice)
    )
    priced = Enrollment.price_cents - Enrollment.discount_cents > 0
    counts = {
        sid: (n, unbilled)
        for sid, n, unbilled in s.execute(
            select(
                Enrollment.session_id,
                func.count(),
                func.count().filter(Enrollment.id.not_in(billed)),
            )
            .where(
                Enrollment.session_id.in_(ids),
                Enrollment.status.in_(BILLABLE_STATUSES),
                priced,
            )
            .group_by(Enrollment.session_id)
        )
    }
    return {
        sid: Owed(is_group, issued.get(sid), *counts.get(sid, (0, 0)))
        for sid, is_group in group.items()
    }
