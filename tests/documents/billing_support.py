"""The seeded session held a year ago and invoiced: shared by the invoice batch tests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from formadesk.core.model import (
    Attendance,
    Client,
    Enrollment,
    FundingLine,
    Slot,
    TrainingSession,
)
from formadesk.core.services.billing import BillingService

GARAGE = "Garage Dupont"
ISSUED = dt.date(2025, 12, 10)  # the day after the session, a year ago: due on 9 January


def invoice_a_year_ago(desk, seeded, *, attending: tuple[str, ...] = ("helene",)) -> int:
    """Move the session back 52 weeks; Hélène (the bakery, 900 €) is paid for by OPCO Atlas in
    subrogation, Marc (« Garage Dupont », 690 €) pays himself; the learners named in
    ``attending`` attended every half-day (funders pay recorded hours). Invoiced on ISSUED;
    returns the garage's client id."""
    shift = dt.timedelta(weeks=52)
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.start_date -= shift
        session.end_date -= shift
        for slot in session.slots:
            slot.date -= shift
        garage = Client(name=GARAGE, kind="entreprise", city="Lyon")
        s.add(garage)
        s.flush()
        helene, marc = s.get(Enrollment, seeded["helene"]), s.get(Enrollment, seeded["marc"])
        helene.price_cents = 90000
        marc.price_cents, marc.status, marc.client_id = 69000, "inscrit", garage.id
        s.scalar(select(FundingLine)).subrogation = True
        for slot_id in s.scalars(select(Slot.id).where(Slot.session_id == session.id)):
            for name in attending:
                s.add(Attendance(slot_id=slot_id, enrollment_id=seeded[name], status="present"))
        garage_id = garage.id
    BillingService(desk.database, desk.changes).invoice_session(seeded["session"], issued_on=ISSUED)
    return garage_id
