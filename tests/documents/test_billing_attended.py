"""The funder's invoice and the certificat count the same hours attended (one function)."""

from __future__ import annotations

import datetime as dt
import subprocess

from sqlalchemy import select

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.model import Attendance, Enrollment, FundingLine, Slot, TrainingSession
from formadesk.core.services.billing import BillingService


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def test_present_without_minutes_counts_in_full_on_both(desk, seeded):
    """Hélène ticked « present » on three half-days (no minutes typed), absent on the last."""
    shift = dt.timedelta(weeks=52)
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.start_date, session.end_date = session.start_date - shift, session.end_date - shift
        slots = s.scalars(select(Slot).order_by(Slot.date, Slot.start_time)).all()
        for slot, status in zip(slots, ("present", "present", "present", "absent"), strict=True):
            slot.date -= shift
            s.add(Attendance(slot_id=slot.id, enrollment_id=seeded["helene"], status=status))
        s.get(Enrollment, seeded["helene"]).price_cents = 90000
        line = s.scalar(select(FundingLine))
        line.subrogation, line.agreement_number = True, "PEC-42"
    (certificat,) = desk.documents.generate(
        "certificat_realisation", seeded["session"], enrollment_ids=[seeded["helene"]]
    )
    billing = BillingService(desk.database, desk.changes)
    ids = billing.invoice_session(seeded["session"], issued_on=dt.date(2025, 12, 10))
    funder = pdf_text(billing.render_invoice(ids[0]))
    client = pdf_text(billing.render_invoice(ids[1]))

    assert "pour une durée de 10 h 30." in pdf_text(certificat)
    assert "Hélène Lefèvre — 10 h 30 réalisées sur 14 h — prise en charge n° PEC-42" in funder
    assert "675,00 €" in funder  # 900 € × 10,5 / 14
    assert "Heures d'absence non prises en charge par OPCO Atlas" in client
    assert "225,00 €" in client
