"""Monthly figures of the dashboard's charts, counted in SQL over the last twelve months.

Each chart gets one dataclass of plain numbers (no French text): the GUI draws and labels them.
Months are given by their first day, oldest first, the current month last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import extract, func, literal_column, select
from sqlalchemy.orm import Session

from ..model import Enrollment, Evaluation, Invoice, InvoiceLine, TrainingSession
from ..model.sessions import ACTIVE_ENROLLMENT_STATUSES
from .billing_rows import invoice_rows
from .surveys.results import SATISFACTION


@dataclass(frozen=True)
class MonthCounts:
    """One count per month (enrolments taken that month)."""

    months: tuple[dt.date, ...]
    values: tuple[int, ...]


@dataclass(frozen=True)
class FillByMonth:
    """Enrolled learners and places offered by the sessions that started each month."""

    months: tuple[dt.date, ...]
    enrolled: tuple[int, ...]
    places: tuple[int, ...]

    @property
    def percents(self) -> tuple[int | None, ...]:
        """Fill rate in whole percent; None for a month without session."""
        return tuple(
            round(100 * e / p) if p else None
            for e, p in zip(self.enrolled, self.places, strict=True)
        )


@dataclass(frozen=True)
class MoneyByMonth:
    """Net amounts invoiced (TTC, credit notes deducted) and collected (paid) per month."""

    months: tuple[dt.date, ...]
    invoiced_cents: tuple[int, ...]
    collected_cents: tuple[int, ...]
    overdue_cents: int  # today: due date passed, not paid, not cancelled
    overdue_count: int


@dataclass(frozen=True)
class SatisfactionByMonth:
    """Average satisfaction score (0..100) of the answers, by month the session ended."""

    months: tuple[dt.date, ...]
    averages: tuple[int | None, ...]
    answers: tuple[int, ...]


@dataclass(frozen=True)
class DashboardCharts:
    enrolments: MonthCounts
    fill: FillByMonth
    money: MoneyByMonth
    satisfaction: SatisfactionByMonth


def last_months(today: dt.date, count: int = 12) -> tuple[dt.date, ...]:
    """First days of the ``count`` months ending with today's, oldest first."""
    year, month = today.year, today.month
    months = []
    for _ in range(count):
        months.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return tuple(reversed(months))


def _month(column):
    """202611 from a date column: year × 100 + month, in SQL any database speaks."""
    # 100 written in the SQL, not bound: PostgreSQL then sees the same expression in SELECT and
    # GROUP BY (two bound parameters would be two different expressions to it).
    return extract("year", column) * literal_column("100") + extract("month", column)


def _key(month: dt.date) -> int:
    return month.year * 100 + month.month


def _span(months: tuple[dt.date, ...]) -> tuple[dt.date, dt.date]:
    last = months[-1]
    following = dt.date(last.year + (last.month == 12), last.month % 12 + 1, 1)
    return months[0], following - dt.timedelta(days=1)


def enrolments_by_month(s: Session, months: tuple[dt.date, ...]) -> MonthCounts:
    """Enrolments taken each month (by enrolment date; cancelled ones too: they were taken)."""
    first, last = _span(months)
    rows = dict(
        s.execute(
            select(_month(Enrollment.enrolled_on), func.count())
            .where(Enrollment.enrolled_on.between(first, last))
            .where(Enrollment.status != "liste_attente")
            .group_by(_month(Enrollment.enrolled_on))
        ).all()
    )
    return MonthCounts(months, tuple(int(rows.get(_key(m), 0)) for m in months))


def fill_by_month(s: Session, months: tuple[dt.date, ...]) -> FillByMonth:
    """Enrolled / places of the sessions (not cancelled) that started each month."""
    first, last = _span(months)
    enrolled = (
        select(Enrollment.session_id, func.count().label("n"))
        .where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
        .group_by(Enrollment.session_id)
        .subquery()
    )
    month = _month(TrainingSession.start_date)
    rows = {
        key: (int(n or 0), int(places or 0))
        for key, n, places in s.execute(
            select(
                month,
                func.sum(func.coalesce(enrolled.c.n, 0)),
                func.sum(TrainingSession.max_places),
            )
            .outerjoin(enrolled, enrolled.c.session_id == TrainingSession.id)
            .where(TrainingSession.start_date.between(first, last))
            .where(TrainingSession.status != "annulee")
            .group_by(month)
        )
    }
    pairs = [rows.get(_key(m), (0, 0)) for m in months]
    return FillByMonth(months, tuple(p[0] for p in pairs), tuple(p[1] for p in pairs))


def _ttc(quantity, unit, rate):
    """An invoice line's amount with VAT, in cents (VAT rounded per line: close enough for a
    monthly total; the invoices tab gives exact per-invoice totals)."""
    base = quantity * unit
    return base + func.round(base * rate / 1000.0)


def money_by_month(s: Session, months: tuple[dt.date, ...], today: dt.date) -> MoneyByMonth:
    """Invoiced (every invoice by issue date: a cancelled one and its credit note cancel out)
    and collected (paid invoices by payment date); overdue as the reminders count it."""
    first, last = _span(months)
    amount = _ttc(InvoiceLine.quantity, InvoiceLine.unit_price_cents, InvoiceLine.vat_rate_permille)

    def per_month(column, *where) -> dict[int, int]:
        month = _month(column)
        query = (
            select(month, func.sum(amount))
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .where(column.between(first, last), *where)
            .group_by(month)
        )
        return {key: int(total or 0) for key, total in s.execute(query)}

    invoiced = per_month(Invoice.issued_on)
    collected = per_month(Invoice.paid_on, Invoice.status == "payee")
    overdue = invoice_rows(s, overdue_on=today)
    return MoneyByMonth(
        months,
        tuple(invoiced.get(_key(m), 0) for m in months),
        tuple(collected.get(_key(m), 0) for m in months),
        sum(r.total_ttc_cents for r in overdue),
        len(overdue),
    )


def satisfaction_by_month(s: Session, months: tuple[dt.date, ...]) -> SatisfactionByMonth:
    """Average score of the satisfaction answers, by month the session ended (as the surveys
    results filter sessions by their last day)."""
    first, last = _span(months)
    month = _month(TrainingSession.end_date)
    rows = {
        key: (avg, n)
        for key, avg, n in s.execute(
            select(month, func.avg(Evaluation.score), func.count(Evaluation.score))
            .join(TrainingSession, TrainingSession.id == Evaluation.session_id)
            .where(
                Evaluation.kind.in_(SATISFACTION),
                Evaluation.sent_on.is_not(None),
                Evaluation.answered_on.is_not(None),
                TrainingSession.end_date.between(first, last),
            )
            .group_by(month)
        )
    }
    averages = tuple(
        None if rows.get(_key(m), (None, 0))[0] is None else round(rows[_key(m)][0]) for m in months
    )
    answers = tuple(int(rows.get(_key(m), (None, 0))[1]) for m in months)
    return SatisfactionByMonth(months, averages, answers)


def dashboard_charts(s: Session, today: dt.date, count: int = 12) -> DashboardCharts:
    months = last_months(today, count)
    return DashboardCharts(
        enrolments_by_month(s, months),
        fill_by_month(s, months),
        money_by_month(s, months, today),
        satisfaction_by_month(s, months),
    )
