"""A finished session with one learner, the Akto and a Région funder with addresses, and
every half-day attended: what the enrolment-editing and funding billing tests start from."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from formadesk.core.model import Attendance, Client, Funder, Slot
from formadesk.core.services.enrollments import EnrollmentData, FundingLineData

from .factories import make_course, make_learner, make_session

START = dt.date(2026, 3, 2)
DAY = dt.date(2026, 3, 10)  # invoicing day, after the session


def funded_session(office, *, address: bool = True) -> dict[str, int]:
    """Hélène Lefèvre enrolled at 2 000 € by the Boulangerie, present throughout."""
    session_id = make_session(office, make_course(office), start=START)
    with office.database.unit_of_work() as s:
        client = Client(name="Boulangerie Martin", kind="entreprise", city="Lyon")
        region = Funder(name="Région Auvergne-Rhône-Alpes", kind="region")
        s.add_all([client, region])
        akto = s.scalar(select(Funder).where(Funder.name == "Akto"))
        if address:
            for funder in (akto, region):
                funder.address, funder.postal_code, funder.city = (
                    "1 rue de la Paix",
                    "69001",
                    "Lyon",
                )
        s.flush()
        ids = {"client": client.id, "akto": akto.id, "region": region.id}
    enrollment = office.enrollments.enroll(
        session_id=session_id,
        learner_id=make_learner(office),
        client_id=ids["client"],
        price_cents=200000,
    )
    with office.database.unit_of_work() as s:
        for slot_id in s.scalars(select(Slot.id).where(Slot.session_id == session_id)):
            s.add(Attendance(slot_id=slot_id, enrollment_id=enrollment, status="present"))
    return {**ids, "session": session_id, "enrollment": enrollment}


def two_funders(ids: dict[str, int], data: EnrollmentData) -> EnrollmentData:
    """200 € off; Akto 60 % and the Région 500 €, both granted, in subrogation."""
    data.discount_cents = 20000
    data.funding = [
        FundingLineData(
            funder_id=ids["akto"],
            share_permille=600,
            subrogation=True,
            status="accordee",
            agreement_number="PEC-2026-0042",
        ),
        FundingLineData(
            funder_id=ids["region"], amount_cents=50000, subrogation=True, status="accordee"
        ),
    ]
    return data


def totals(office, session_id: int) -> list[tuple[str, str, str, int]]:
    """(kind, status, payer, total TTC) of the session's invoices, in number order."""
    return [
        (r.kind, r.status, r.payer_name, r.total_ttc_cents)
        for r in office.billing.invoices(session_id)
    ]
