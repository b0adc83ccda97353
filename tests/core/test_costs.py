"""Costs of the training activity: entered, checked in French, listed, deleted."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import NotFoundError, ValidationError
from formadesk.core.services.costs import CostData

from .factories import make_course, make_session

SPENT = dt.date(2027, 3, 2)


def fee(session_id: int | None = None, **changes) -> CostData:
    values = dict(
        spent_on=SPENT, category="achats_formation", label="Honoraires du formateur",
        amount_cents=45000, session_id=session_id,
    )  # fmt: skip
    return CostData(**{**values, **changes})


def test_a_cost_of_a_session_is_listed_with_its_session_and_can_be_changed(office):
    session_id = make_session(office, make_course(office))
    changes = []
    office.changes.subscribe(changes.append)
    cost_id = office.costs.save(fee(session_id))
    office.costs.save(
        fee(session_id, label="Location de salle", category="autre", amount_cents=12000)
    )

    rows = office.costs.list(session_id=session_id)
    assert [(r.text, r.amount_cents, r.category_label) for r in rows] == [
        ("Honoraires du formateur", 45000, "Achats de prestations de formation et honoraires"),
        ("Location de salle", 12000, "Autres charges de formation"),
    ]
    assert rows[0].session_code == office.sessions.row(session_id).code
    assert changes[0].entity == "cost" and changes[0].touches("session")
    assert office.costs.total(session_id) == 57000

    data = office.costs.get(cost_id)
    data.amount_cents = 50000
    office.costs.save(data)
    assert office.costs.get(cost_id).amount_cents == 50000
    office.costs.delete(cost_id)
    assert [r.text for r in office.costs.list(session_id=session_id)] == ["Location de salle"]


def test_costs_of_a_period_include_those_of_the_office(office):
    office.costs.save(
        fee(label="Abonnement plateforme", category="autre", spent_on=dt.date(2027, 1, 5))
    )
    office.costs.save(fee(spent_on=dt.date(2026, 12, 31)))
    found = office.costs.list(start=dt.date(2027, 1, 1), end=dt.date(2027, 12, 31))
    assert [r.text for r in found] == ["Abonnement plateforme"]
    assert office.costs.total(make_session(office, make_course(office))) is None  # none: None


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"amount_cents": 0}, "amount", "supérieur à 0"),
        ({"amount_cents": -500}, "amount", "supérieur à 0"),
        ({"spent_on": None}, "spent_on", "JJ/MM/AAAA"),
        ({"category": "repas"}, "category", "catégorie"),
    ],
)
def test_a_wrong_cost_is_refused_in_french_and_nothing_is_written(office, changes, field, words):
    with pytest.raises(ValidationError) as refused:
        office.costs.save(fee(**changes))
    assert words in refused.value.errors[field]
    assert office.costs.list() == []


def test_a_cost_for_a_session_that_no_longer_exists_is_refused(office):
    with pytest.raises(NotFoundError, match="La session"):
        office.costs.save(fee(session_id=999))
    assert office.costs.list() == []
