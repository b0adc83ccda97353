"""A client's record: sessions, learners, quotes, invoices, documents and open amount."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from formadesk.core.model import Attendance, GeneratedDocument, Quote, QuoteLine, Slot
from formadesk.core.services.parties import ClientData, FunderData

from .factories import make_course, make_learner, make_session

START = dt.date(2026, 11, 2)


def billed_client(office):
    """Two learners of « Atelier Dupont » (690 € each), the OPCO paying 400 € of Hélène's in
    subrogation; the session invoiced on 10 November 2026."""
    session_id = make_session(office, make_course(office), start=START)
    client = office.parties.save_client(ClientData(name="Atelier Dupont", siret="73282932000074"))
    opco = office.parties.save_funder(
        FunderData(
            name="OPCO Test", kind="opco", address="1 rue A", postal_code="75001", city="Paris"
        )  # fmt: skip
    )
    helene = office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office), client_id=client,
        funder_id=opco, funder_amount_cents=40000, subrogation=True, agreement_number="PEC-1",
    )  # fmt: skip
    office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office, "Béranger", "Jérôme"),
        client_id=client,
    )  # fmt: skip
    with office.database.unit_of_work() as s:
        for slot_id in s.scalars(select(Slot.id).where(Slot.session_id == session_id)):
            s.add(Attendance(slot_id=slot_id, enrollment_id=helene, status="present"))
    office.billing.invoice_session(session_id, issued_on=dt.date(2026, 11, 10))
    return session_id, client, opco, helene


def test_client_overview_lists_everything_and_the_open_amount(office):
    session_id, client, _opco, helene = billed_client(office)
    with office.database.unit_of_work() as s:
        quote = Quote(number="D2026-0001", client_id=client, issued_on=dt.date(2026, 10, 1))
        s.add(quote)
        s.flush()
        s.add(QuoteLine(quote_id=quote.id, label="Excel", quantity=2, unit_price_cents=69000))
        at = dt.datetime(2026, 10, 2)
        for client_id, path in ((client, "/tmp/c.pdf"), (None, "/tmp/other.pdf")):
            s.add(
                GeneratedDocument(
                    kind="convention", session_id=session_id, client_id=client_id, path=path,
                    generated_at=at,
                )
            )  # fmt: skip
    view = office.parties.client_overview(client)
    assert [line.id for line in view.sessions] == [session_id]
    assert sorted(line.learner_name for line in view.learners) == [
        "BÉRANGER Jérôme",
        "LEFÈVRE Hélène",
    ]
    assert [(q.number, q.total_ht_cents) for q in view.quotes] == [("D2026-0001", 138000)]
    assert [d.path for d in view.documents] == ["/tmp/c.pdf"]
    # The client pays 1 380 € less the OPCO's 400 €; VAT per the organisation (none by default).
    (invoice,) = view.invoices
    assert view.open_cents == invoice.total_ttc_cents == 138000 - 40000 + invoice.total_vat_cents
    listed = {r.name: r.open_cents for r in office.parties.client_list()}
    assert listed["Atelier Dupont"] == view.open_cents

    office.billing.mark_paid(invoice.id, dt.date(2026, 11, 20))
    assert office.parties.client_overview(client).open_cents == 0
    assert office.parties.client_list("dupont")[0].open_cents == 0


def test_funder_overview_lists_funded_enrolments_and_invoices(office):
    _session_id, _client, opco, helene = billed_client(office)
    view = office.parties.funder_overview(opco)
    (line,) = view.funded
    assert (line.enrollment_id, line.amount_cents, line.agreement_number) == (
        helene,
        40000,
        "PEC-1",
    )
    assert line.subrogation
    (invoice,) = view.invoices
    assert view.open_cents == invoice.total_ttc_cents > 0
