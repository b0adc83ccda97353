"""Re-invoicing after an enrollment edit touches only the payers the edit changes."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Attendance, Client, Slot, TrainingSession
from formadesk.core.services.enrollments import InvoicedChange

from .factories import make_learner
from .funding_support import DAY, funded_session, totals


def _second_learner(office, ids, client_id: int, last: str = "Dubois", first: str = "Paul") -> int:
    enrollment = office.enrollments.enroll(
        session_id=ids["session"],
        learner_id=make_learner(office, last=last, first=first),
        client_id=client_id,
        price_cents=150000,
    )
    with office.database.unit_of_work() as s:
        for slot_id in s.scalars(select(Slot.id).where(Slot.session_id == ids["session"])):
            s.add(Attendance(slot_id=slot_id, enrollment_id=enrollment, status="present"))
    return enrollment


def _client(office, name: str) -> int:
    with office.database.unit_of_work() as s:
        client = Client(name=name, kind="entreprise", city="Lyon")
        s.add(client)
        s.flush()
        return client.id


def test_another_clients_paid_invoice_is_left_alone(office):
    ids = funded_session(office)
    _second_learner(office, ids, _client(office, "Garage Perrin"))
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    garage = next(r for r in office.billing.invoices(ids["session"]) if "Perrin" in r.payer_name)
    office.billing.mark_paid(garage.id, DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.discount_cents = 10000

    with pytest.raises(InvoicedChange) as asked:
        office.enrollments.update(data)
    assert garage.number not in str(asked.value)
    office.enrollments.update(data, reinvoice=True)

    assert totals(office, ids["session"]) == [
        ("facture", "payee", "Garage Perrin", 150000),
        ("facture", "annulee", "Boulangerie Martin", 200000),
        ("avoir", "emise", "Boulangerie Martin", -200000),
        ("facture", "emise", "Boulangerie Martin", 190000),
    ]


def test_a_paid_invoice_shared_with_a_colleague_is_named_as_paid(office):
    ids = funded_session(office)
    _second_learner(office, ids, ids["client"], last="Étienne", first="Amélie")
    [invoice] = office.billing.invoice_session(ids["session"], issued_on=DAY)
    office.billing.mark_paid(invoice, DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.price_cents = 180000

    with pytest.raises(InvoicedChange) as asked:
        office.enrollments.update(data)
    message = str(asked.value).replace("\u202f", " ")
    assert "F2026-0001 (Boulangerie Martin, 3 500,00 € TTC, payée le 10/03/2026)" in message
    assert "Attention : F2026-0001 est déjà payée" in message
    done = office.enrollments.update(data, reinvoice=True)

    rows = office.billing.invoices(ids["session"])
    assert [(r.kind, r.status, r.total_ttc_cents) for r in rows] == [
        ("facture", "annulee", 350000),
        ("avoir", "emise", -350000),
        ("facture", "payee", 330000),  # both learners again, Hélène at 1 800 €: paid already
    ]
    assert done.overpaid_cents == 20000  # to give back to the Boulangerie
    assert office.parties.client_overview(ids["client"]).open_cents == 0


def test_a_paid_invoice_that_would_grow_is_not_reissued(office):
    ids = funded_session(office)
    [invoice] = office.billing.invoice_session(ids["session"], issued_on=DAY)
    office.billing.mark_paid(invoice, DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.price_cents = 250000

    with pytest.raises(BusinessRuleError, match="n'enregistre pas de paiement partiel"):
        office.enrollments.update(data, reinvoice=True)
    assert office.enrollments.get(ids["enrollment"]).price_cents == 200000
    assert totals(office, ids["session"]) == [("facture", "payee", "Boulangerie Martin", 200000)]


def test_an_intra_group_price_ignores_a_learners_discount(office):
    ids = funded_session(office)
    with office.database.unit_of_work() as s:
        session = s.get(TrainingSession, ids["session"])
        session.kind, session.intra_client_id, session.price_cents = "intra", ids["client"], 500000
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.discount_cents = 30000

    done = office.enrollments.update(data)

    assert done.credit_note_ids == () and done.invoice_ids == ()
    assert totals(office, ids["session"]) == [("facture", "emise", "Boulangerie Martin", 500000)]


def test_a_cancelled_enrolment_with_a_dedit_invoices_nobody_else(office):
    ids = funded_session(office)
    _second_learner(office, ids, _client(office, "Garage Perrin"))
    office.enrollments.set_status(ids["enrollment"], "annule", reason="Maladie")
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    office.billing.invoice_cancellation_fee(ids["enrollment"], 30000, issued_on=DAY)
    before = totals(office, ids["session"])
    data = office.enrollments.get(ids["enrollment"])
    data.price_cents = 100000

    done = office.enrollments.update(data)

    assert done.invoice_ids == () and totals(office, ids["session"]) == before
    data.client_id = _client(office, "Imprimerie Roux")
    with pytest.raises(BusinessRuleError, match="Le dédit F2026-0002 d'Hélène Lefèvre"):
        office.enrollments.update(data)
    assert office.enrollments.get(ids["enrollment"]).client_id == ids["client"]


def test_the_enrolled_list_is_in_french_alphabetical_order(office):
    ids = funded_session(office)  # Lefèvre
    for last in ("Boyer", "Bénard", "Besnard"):
        _second_learner(office, ids, ids["client"], last=last)
    names = [r.learner_name for r in office.enrollments.for_session(ids["session"])]
    assert names == ["BÉNARD Paul", "BESNARD Paul", "BOYER Paul", "LEFÈVRE Hélène"]


def test_a_learner_added_to_an_invoiced_payer_goes_through_the_credit_note(office):
    ids = funded_session(office)
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    late = make_learner(office, last="Dubois", first="Paul")
    enrol = dict(session_id=ids["session"], learner_id=late, client_id=ids["client"])
    with pytest.raises(BusinessRuleError, match=r"déjà facturée à ce payeur \(F2026-0001\)"):
        office.enrollments.enroll(**enrol)
    waiting = office.enrollments.enroll(**enrol, status="liste_attente", price_cents=150000)
    with pytest.raises(BusinessRuleError, match="n'apparaîtrait sur aucune facture"):
        office.enrollments.set_status(waiting, "inscrit")

    data = office.enrollments.get(waiting)
    data.status = "inscrit"
    with pytest.raises(InvoicedChange):
        office.enrollments.update(data)
    office.enrollments.update(data, reinvoice=True)
    assert totals(office, ids["session"]) == [
        ("facture", "annulee", "Boulangerie Martin", 200000),
        ("avoir", "emise", "Boulangerie Martin", -200000),
        ("facture", "emise", "Boulangerie Martin", 350000),  # Paul is on it
    ]


def test_a_learner_with_a_payer_not_invoiced_yet_is_invoiced_later(office):
    ids = funded_session(office)
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    _second_learner(office, ids, _client(office, "Garage Perrin"))
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    assert [t[2:] for t in totals(office, ids["session"])] == [
        ("Boulangerie Martin", 200000),
        ("Garage Perrin", 150000),
    ]
