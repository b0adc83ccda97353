"""Editing an enrollment: checks in French, shares computed, a change after invoicing."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.enrollments import FundingLineData, InvoicedChange

from .funding_support import DAY, funded_session, totals, two_funders


def test_a_share_takes_its_amount_from_the_price_less_the_discount(office):
    ids = funded_session(office)
    office.enrollments.update(two_funders(ids, office.enrollments.get(ids["enrollment"])))

    saved = office.enrollments.get(ids["enrollment"])

    assert saved.discount_cents == 20000
    assert [(f.funder_name, f.share_permille, f.amount_cents) for f in saved.funding] == [
        ("Akto", 600, None),
        ("Région Auvergne-Rhône-Alpes", None, 50000),
    ]
    assert office.enrollments.for_session(ids["session"])[0].funder_name == "Akto"


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: setattr(d.funding[0], "share_permille", 15000), "funding.0.share_permille",
         "entre 0,1 % et 100 %"),
        (lambda d: setattr(d.funding[1], "amount_cents", 100000), "funding", "de 280,00"),
        (lambda d: setattr(d, "discount_cents", 300000), "discount_cents", "dépasse le prix"),
        (lambda d: setattr(d.funding[1], "funder_id", d.funding[0].funder_id),
         "funding.1.funder_id", "déjà sur une autre ligne"),
        (lambda d: setattr(d.funding[0], "agreement_number", "X" * 61),
         "funding.0.agreement_number", "60 caractères"),
        (lambda d: (setattr(d.funding[0], "requested_on", dt.date(2026, 12, 10)),
                    setattr(d.funding[0], "decided_on", dt.date(2026, 12, 1))),
         "funding.0.decided_on", "ne peut pas précéder la demande"),
        (lambda d: setattr(d.funding[1], "amount_cents", None), "funding.1.amount_cents",
         "indiquez le montant pris en charge"),
    ],
)  # fmt: skip
def test_bad_input_is_refused_in_french_and_nothing_changes(office, change, field, words):
    ids = funded_session(office)
    data = two_funders(ids, office.enrollments.get(ids["enrollment"]))
    change(data)

    with pytest.raises(ValidationError) as error:
        office.enrollments.update(data)

    assert words.replace(" ", "\u202f") in error.value.errors[field].replace(" ", "\u202f")
    assert office.enrollments.get(ids["enrollment"]).funding == []


def test_a_refused_line_counts_for_nothing_in_the_sum(office):
    ids = funded_session(office)
    data = two_funders(ids, office.enrollments.get(ids["enrollment"]))
    data.funding.append(
        FundingLineData(funder_id=_other(office), amount_cents=180000, status="refusee")
    )
    office.enrollments.update(data)
    assert len(office.enrollments.get(ids["enrollment"]).funding) == 3


def _other(office) -> int:
    return next(p.id for p in office.parties.search("Atlas", funders=True))


def test_a_change_after_invoicing_proposes_a_credit_note_and_new_invoices(office):
    ids = funded_session(office)
    office.enrollments.update(two_funders(ids, office.enrollments.get(ids["enrollment"])))
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.discount_cents = 0  # Akto's 60 % becomes 1 200 €

    with pytest.raises(InvoicedChange) as asked:
        office.enrollments.update(data)
    message = str(asked.value).replace("\u202f", " ")
    assert "L'inscription d'Hélène Lefèvre figure sur des factures déjà émises" in message
    assert "F2026-0001 (Akto, 1 080,00 € TTC)" in message
    assert "F2026-0003 (Boulangerie Martin, 220,00 € TTC)" in message
    assert "F2026-0002" not in message  # the Région's 500 € do not change
    assert office.enrollments.get(ids["enrollment"]).discount_cents == 20000

    done = office.enrollments.update(data, reinvoice=True)

    assert len(done.credit_note_ids) == 2 and len(done.invoice_ids) == 2
    assert dt.date.today() >= DAY
    assert totals(office, ids["session"]) == [
        ("facture", "annulee", "Akto", 108000),
        ("facture", "emise", "Région Auvergne-Rhône-Alpes", 50000),
        ("facture", "annulee", "Boulangerie Martin", 22000),
        ("avoir", "emise", "Akto", -108000),
        ("avoir", "emise", "Boulangerie Martin", -22000),
        ("facture", "emise", "Akto", 120000),
        ("facture", "emise", "Boulangerie Martin", 30000),
    ]


def test_notes_alone_change_nothing_invoiced(office):
    ids = funded_session(office)
    office.enrollments.update(two_funders(ids, office.enrollments.get(ids["enrollment"])))
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    data = office.enrollments.get(ids["enrollment"])
    data.notes, data.prescriber = "Rappeler l'OPCO", "Pôle emploi Lyon 3"

    assert office.enrollments.update(data).invoice_ids == ()
    assert office.enrollments.get(ids["enrollment"]).prescriber == "Pôle emploi Lyon 3"
