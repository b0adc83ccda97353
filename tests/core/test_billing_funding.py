"""Invoicing reads the funding lines: granted subrogation, discount, requested agreements."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import InvoiceLine

from .funding_support import DAY, funded_session, totals, two_funders


def _lines(office, invoice_id):
    with office.database.reading() as s:
        query = select(InvoiceLine.label, InvoiceLine.unit_price_cents)
        return s.execute(query.where(InvoiceLine.invoice_id == invoice_id)).all()


def test_two_subrogated_funders_and_a_discount_make_three_invoices(office):
    ids = funded_session(office)
    office.enrollments.update(two_funders(ids, office.enrollments.get(ids["enrollment"])))

    invoice_ids = office.billing.invoice_session(ids["session"], issued_on=DAY)

    assert totals(office, ids["session"]) == [
        ("facture", "emise", "Akto", 108000),  # 60 % of 1 800 €
        ("facture", "emise", "Région Auvergne-Rhône-Alpes", 50000),
        ("facture", "emise", "Boulangerie Martin", 22000),  # 1 800 - 1 080 - 500
    ]
    client_lines = _lines(office, invoice_ids[2])
    assert [amount for _, amount in client_lines] == [42000, -20000]
    assert client_lines[1][0].startswith("Remise accordée")
    assert "PEC-2026-0042" in _lines(office, invoice_ids[0])[0][0]


def test_a_requested_agreement_blocks_invoicing_with_what_to_do(office):
    ids = funded_session(office)
    data = two_funders(ids, office.enrollments.get(ids["enrollment"]))
    data.funding[0].status = "demandee"
    office.enrollments.update(data)

    with pytest.raises(BusinessRuleError) as error:
        office.billing.invoice_session(ids["session"], issued_on=DAY)

    assert "Hélène Lefèvre (Akto)" in str(error.value)
    assert "« Refusée »" in str(error.value) and "décochez la subrogation" in str(error.value)
    assert totals(office, ids["session"]) == []


def test_a_refused_line_leaves_the_client_to_pay(office):
    ids = funded_session(office)
    data = two_funders(ids, office.enrollments.get(ids["enrollment"]))
    data.funding[0].status = "refusee"
    office.enrollments.update(data)

    office.billing.invoice_session(ids["session"], issued_on=DAY)

    assert [t[2:] for t in totals(office, ids["session"])] == [
        ("Région Auvergne-Rhône-Alpes", 50000),
        ("Boulangerie Martin", 130000),
    ]


def test_without_subrogation_the_client_pays_all_and_reads_the_agreement(office):
    ids = funded_session(office)
    data = two_funders(ids, office.enrollments.get(ids["enrollment"]))
    data.funding = data.funding[:1]
    data.funding[0].subrogation = False
    office.enrollments.update(data)

    (invoice_id,) = office.billing.invoice_session(ids["session"], issued_on=DAY)

    assert [t[2:] for t in totals(office, ids["session"])] == [("Boulangerie Martin", 180000)]
    assert "prise en charge Akto n° PEC-2026-0042" in _lines(office, invoice_id)[0][0]


def test_a_funder_without_address_is_not_invoiced(office):
    ids = funded_session(office, address=False)
    office.enrollments.update(two_funders(ids, office.enrollments.get(ids["enrollment"])))

    with pytest.raises(BusinessRuleError, match="fiche du financeur") as error:
        office.billing.invoice_session(ids["session"], issued_on=DAY)

    assert "« Akto »" in str(error.value)
    assert totals(office, ids["session"]) == []
