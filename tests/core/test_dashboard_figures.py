"""The dashboard's figures: the sessions under their minimum, and the twelve months charted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from formadesk.core.model import Enrollment, Evaluation, Invoice, InvoiceLine
from formadesk.core.services.sessions import SessionData, SlotData

from .factories import make_course, make_learner, make_session

TODAY = dt.date(2026, 12, 6)


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def test_a_session_five_months_ahead_at_zero_of_thirteen_is_under_its_minimum(office):
    """The issue: « Sessions sous le minimum (0) » while a session at 0/13 (minimum 4) started
    in five months; a confirmed one, a draft one and one crossing the year are listed too."""
    course = make_course(office)
    today = dt.date.today()
    ids = []
    for days, status in ((150, "planifiee"), (40, "confirmee"), (200, "brouillon")):
        start = _weekday(today + dt.timedelta(days=days))
        ids.append(
            office.sessions.save(
                SessionData(
                    course,
                    start,
                    start,
                    min_places=4,
                    max_places=13,
                    status=status,
                    slots=[SlotData(start, dt.time(9), dt.time(12, 30))],
                ),  # fmt: skip
                confirm=True,
            )
        )
    full = make_session(office, course, start=_weekday(today + dt.timedelta(days=60)), places=1)
    office.enrollments.enroll(session_id=full, learner_id=make_learner(office))

    figures = office.stats.dashboard()
    under = {
        row.id: (row.enrolled, row.max_places, row.min_places) for row in figures.under_minimum
    }
    assert under[ids[0]] == (0, 13, 4)
    assert set(ids) <= set(under)
    assert full not in under
    assert [r.start_date for r in figures.under_minimum] == sorted(
        r.start_date for r in figures.under_minimum
    )


def test_coming_sessions_carry_fill_and_checklist_progress(office):
    course = make_course(office)
    soon = make_session(office, course, start=_weekday(dt.date.today() + dt.timedelta(days=9)))
    make_session(office, course, start=_weekday(dt.date.today() + dt.timedelta(days=80)))
    office.enrollments.enroll(session_id=soon, learner_id=make_learner(office))

    coming = office.stats.coming_sessions(weeks=6)
    assert [c.row.id for c in coming] == [soon]
    assert coming[0].under_minimum is (coming[0].row.min_places > 1)
    assert coming[0].fill_percent == round(100 / 8)
    assert coming[0].progress is not None and coming[0].progress.total >= 1


def _invoice(s, number, issued, *, cents, kind="facture", status="emise", paid=None, due=None):
    invoice = Invoice(
        number=number, year=issued.year, sequence=int(number[-3:]), kind=kind, status=status,
        issued_on=issued, due_on=due or issued + dt.timedelta(days=30), paid_on=paid,
    )  # fmt: skip
    s.add(invoice)
    s.flush()
    s.add(InvoiceLine(invoice_id=invoice.id, label="Formation", unit_price_cents=cents))


def test_money_by_month_nets_credit_notes_and_counts_overdue_like_the_reminders(office):
    with office.database.unit_of_work() as s:
        _invoice(s, "F2026-001", dt.date(2026, 3, 10), cents=120000, status="payee",
                 paid=dt.date(2026, 4, 2))  # fmt: skip
        _invoice(s, "F2026-002", dt.date(2026, 3, 20), cents=50000, status="annulee")
        _invoice(s, "F2026-003", dt.date(2026, 4, 1), cents=-50000, kind="avoir")
        _invoice(s, "F2026-004", dt.date(2026, 10, 5), cents=80000)  # due 4 November: late
        _invoice(s, "F2026-005", dt.date(2026, 11, 30), cents=30000)  # not due yet
        _invoice(s, "F2025-006", dt.date(2025, 11, 30), cents=99000)  # before the 12 months, unpaid

    money = office.stats.charts(TODAY).money
    assert money.months[0] == dt.date(2026, 1, 1) and money.months[-1] == dt.date(2026, 12, 1)
    invoiced = dict(zip(money.months, money.invoiced_cents, strict=True))
    collected = dict(zip(money.months, money.collected_cents, strict=True))
    assert invoiced[dt.date(2026, 3, 1)] == 170000
    assert invoiced[dt.date(2026, 4, 1)] == -50000  # the credit note of the cancelled one
    assert collected[dt.date(2026, 4, 1)] == 120000
    assert sum(collected.values()) == 120000
    # Overdue whatever the month it was issued in (the old one too), as the reminders say.
    assert (money.overdue_cents, money.overdue_count) == (179000, 2)
    overdue = office.stats.overdue(TODAY)
    assert (overdue.cents, overdue.count) == (179000, 2)
    assert overdue.cents == sum(r.total_ttc_cents for r in office.billing.overdue(TODAY))


def test_enrolments_fill_and_satisfaction_by_month(office):
    course = make_course(office)
    session = make_session(office, course, start=dt.date(2026, 10, 5), places=8)
    enrolments = [
        office.enrollments.enroll(session_id=session, learner_id=make_learner(office, name))
        for name in ("Durand", "Petit", "Moreau")
    ]
    office.enrollments.set_status(enrolments[2], "annule")
    with office.database.unit_of_work() as s:
        s.execute(update(Enrollment).values(enrolled_on=dt.date(2026, 9, 14)))
        for score, answered in ((80, True), (90, True), (None, False)):
            s.add(
                Evaluation(
                    session_id=session, kind="satisfaction_chaud", sent_on=dt.date(2026, 10, 6),
                    answered_on=dt.date(2026, 10, 7) if answered else None, score=score,
                )
            )  # fmt: skip

    charts = office.stats.charts(TODAY)
    september, october = dt.date(2026, 9, 1), dt.date(2026, 10, 1)
    enrolled = dict(zip(charts.enrolments.months, charts.enrolments.values, strict=True))
    assert enrolled[september] == 3 and sum(enrolled.values()) == 3
    fill = dict(zip(charts.fill.months, charts.fill.percents, strict=True))
    assert fill[october] == 25  # 2 enrolled (the cancelled one aside) of 8 places
    assert fill[september] is None  # no session started
    satisfaction = dict(zip(charts.satisfaction.months, charts.satisfaction.averages, strict=True))
    assert satisfaction[october] == 85
    assert sum(charts.satisfaction.answers) == 2
