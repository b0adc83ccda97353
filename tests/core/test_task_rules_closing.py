"""The rules after the last day: certificates of attendance not issued, invoices not issued."""

from __future__ import annotations

import dataclasses
import datetime as dt

from formadesk.core.services.attendance import Mark

from .attendance_factories import held_session
from .task_rule_factories import TODAY, monday_before, one, switch_off_and_on, tasks


def _ended(office):
    """A two-day session held about three weeks ago, its attendance entered."""
    held = held_session(office, start=monday_before(21))
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks, today=TODAY)
    row = office.sessions.row(held.session_id)
    return held, row.code, row.end_date


def test_certificates_not_issued(office):
    held, code, end = _ended(office)

    row = one(office, "certificates_not_issued")
    assert row.title == (
        f"Délivrer les certificats de réalisation — {code} : 3 apprenants sans certificat "
        f"(terminée le {end:%d/%m/%Y})"
    )
    assert (row.due_on, row.fix, row.fix_label) == (
        end + dt.timedelta(days=8),
        "documents:certificat_realisation",
        "Générer les certificats de réalisation",
    )
    switch_off_and_on(office, "certificates_not_issued")

    office.documents.generate("certificat_realisation", held.session_id)
    assert tasks(office, "certificates_not_issued") == []


def test_invoice_not_issued(office):
    held, code, end = _ended(office)

    row = one(office, "invoice_not_issued")
    assert (
        row.title == f"Facturer {code} : 3 inscriptions non facturées (terminée le {end:%d/%m/%Y})"
    )
    assert (row.due_on, row.fix, row.fix_label) == (
        end + dt.timedelta(days=15),
        "invoice",
        "Facturer la session",
    )
    switch_off_and_on(office, "invoice_not_issued")

    office.billing.invoice_session(held.session_id, issued_on=TODAY)
    assert tasks(office, "invoice_not_issued") == []


def test_free_enrolments_need_no_invoice(office):
    held, code, _end = _ended(office)
    for enrollment_id in held.enrollments[1:]:
        data = office.enrollments.get(enrollment_id)
        office.enrollments.update(dataclasses.replace(data, price_cents=0))
    assert one(office, "invoice_not_issued").title.startswith(
        f"Facturer {code} : 1 inscription non facturée"
    )
    data = office.enrollments.get(held.enrollments[0])
    office.enrollments.update(dataclasses.replace(data, discount_cents=data.price_cents))
    assert tasks(office, "invoice_not_issued") == []
