"""The split of a session's price between funders and clients, without a database."""

from __future__ import annotations

import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.services.billing_rows import vat_amount, vat_breakdown
from formadesk.core.services.billing_split import (
    EnrollmentFacts,
    FundingFacts,
    GroupPrice,
    funder_due,
    split_session,
)

OPCO = FundingFacts(7, "OPCO Atlas", 90000)
TITLE = "Excel intermédiaire"


def test_funder_share_is_prorated_and_rounded_down_to_the_cent():
    assert funder_due(90000, None, 840) == 90000  # no attendance recorded: all of it
    assert funder_due(90000, 630, 840) == 67500
    assert funder_due(100000, 1, 3) == 33333  # the cent left goes to the client
    assert funder_due(90000, 900, 840) == 90000  # never more than planned


def test_every_cent_is_invoiced_once_whatever_the_attendance():
    for attended in (0, 1, 419, 630, 840):
        fact = EnrollmentFacts(1, "Hélène Lefèvre", 3, 120000, attended, (OPCO,))
        bills = split_session(TITLE, 840, [fact])
        assert sum(b.total_cents for b in bills) == 120000
        assert all(b.payer in {("funder", 7), ("client", 3)} for b in bills)


def test_intra_company_group_price_less_the_funders_share():
    facts = [
        EnrollmentFacts(1, "Hélène Lefèvre", None, 0, None, (OPCO,)),
        EnrollmentFacts(2, "Marc N'Diaye", None, 0, 420),
    ]
    group = GroupPrice(3, 350000, "Formation intra-entreprise « Excel », 2 participant(s)")
    funder, client = split_session(TITLE, 840, facts, group)
    assert (funder.payer, funder.total_cents) == (("funder", 7), 90000)
    assert (client.payer, client.total_cents) == (("client", 3), 260000)
    assert client.lines[0].label.startswith("Formation intra-entreprise")


def test_private_person_without_client_pays_and_overfunding_is_refused():
    (bill,) = split_session(TITLE, 840, [EnrollmentFacts(5, "Marc N'Diaye", None, 69000)])
    assert bill.payer == ("person", 5)
    with pytest.raises(BusinessRuleError, match="dépassent le prix de son inscription"):
        split_session(TITLE, 840, [EnrollmentFacts(1, "Hélène Lefèvre", 3, 50000, None, (OPCO,))])


def test_vat_is_rounded_half_away_from_zero_per_rate():
    assert vat_amount(52500, 200) == 10500
    assert vat_amount(10, 55) == 1  # 5,5 % of 0,10 € = 0,55 centime, rounded up
    assert vat_amount(-52500, 200) == -10500
    assert vat_breakdown([(1, 30000, 200), (1, 22500, 200), (2, 1000, 0)]) == {
        0: (2000, 0),
        200: (52500, 10500),
    }
