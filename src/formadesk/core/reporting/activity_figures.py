"""The activity report's figures over a period, counted in SQL in one open session.

Conventions (printed in the report's notes):

- Sessions, learners, learner-hours, fill rate, drop-outs, satisfaction and results are those
  of the **sessions of the period** as ``reporting.rates`` defines them (last day in the
  period, not cancelled; learners « inscrit », « terminé » or « abandon »): one definition
  with the Qualiopi figures. A session counts in the month of its last day.
- The period stops today: a session ending later has not been held yet.
- Learner-hours are the hours those learners attended (``services.attended_hours``).
- The fill rate is learners over places offered (the sessions' maximum).
- Revenue is what was invoiced in the period, excluding VAT, by issue date: invoices, dédits
  and credit notes (negative), so that a cancelled invoice and its credit note cancel out;
  by payer: a client by its type, a funder by its name.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..model import (
    CLIENT_KINDS,
    Client,
    Enrollment,
    Funder,
    Invoice,
    InvoiceLine,
    TrainingSession,
)
from ..model.sessions import CERTIFIED_STATUSES
from ..services.attended_hours import attended_by_enrollment
from ..services.dashboard_figures import _month
from .rates import period_sessions

FUNDERS = "Financeurs (OPCO, CPF…)"


def months_of(start: dt.date, end: dt.date) -> tuple[dt.date, ...]:
    """First days of the months from ``start``'s to ``end``'s, oldest first."""
    months, day = [], dt.date(start.year, start.month, 1)
    while day <= end:
        months.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return tuple(months)


def session_counts(s: Session, start: dt.date, end: dt.date):
    """(sessions, places) per month of the last day, and the trained enrolments with their
    learner and month: the bases of every learner figure of the report."""
    sessions = period_sessions(start, end)
    per_month: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    month = _month(TrainingSession.end_date)
    for key, count, places in s.execute(
        select(month, func.count(), func.sum(TrainingSession.max_places))
        .where(TrainingSession.id.in_(sessions))
        .group_by(month)
    ):
        per_month[int(key)] = [int(count), int(places or 0)]
    enrolments = s.execute(
        select(Enrollment.id, Enrollment.learner_id, _month(TrainingSession.end_date))
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(Enrollment.session_id.in_(sessions), Enrollment.status.in_(CERTIFIED_STATUSES))
    ).all()
    return per_month, [(e, learner, int(key)) for e, learner, key in enrolments]


def attended_minutes(s: Session, start: dt.date, end: dt.date) -> dict[int, int]:
    """Minutes attended per trained enrolment of the period's sessions.

    Counted by ``attended_hours`` (the one rule of hours attended).
    """
    trained = select(Enrollment.id).where(
        Enrollment.session_id.in_(period_sessions(start, end)),
        Enrollment.status.in_(CERTIFIED_STATUSES),
    )
    return attended_by_enrollment(s, trained)


def revenue(s: Session, start: dt.date, end: dt.date):
    """HT invoiced from ``start`` to ``end``: per month, by client type, by funder."""
    amount = func.sum(InvoiceLine.quantity * InvoiceLine.unit_price_cents)
    issued = Invoice.issued_on.between(start, end)
    month = _month(Invoice.issued_on)
    per_month = {
        int(key): int(total or 0)
        for key, total in s.execute(
            select(month, amount)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(issued)
            .group_by(month)
        )
    }
    by_kind: dict[str, int] = defaultdict(int)
    by_funder: dict[str, int] = defaultdict(int)
    rows = s.execute(
        select(Client.kind, Funder.name, amount)
        .select_from(InvoiceLine)
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .outerjoin(Client, Client.id == Invoice.client_id)
        .outerjoin(Funder, Funder.id == Invoice.funder_id)
        .where(issued)
        .group_by(Client.kind, Funder.name)
    )
    for kind, funder, total in rows:
        if funder is not None:
            by_funder[funder] += int(total or 0)
            by_kind[FUNDERS] += int(total or 0)
        else:
            by_kind[CLIENT_KINDS.get(kind or "", kind or "Client non précisé")] += int(total or 0)
    order = [*CLIENT_KINDS.values(), FUNDERS]
    kinds = sorted(
        ((label, cents) for label, cents in by_kind.items() if cents),
        key=lambda item: order.index(item[0]) if item[0] in order else len(order),
    )
    funders = sorted(
        ((name, cents) for name, cents in by_funder.items() if cents),
        key=lambda item: (-item[1], item[0].casefold()),
    )
    return per_month, tuple(kinds), tuple(funders)
