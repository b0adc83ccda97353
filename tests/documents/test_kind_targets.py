"""Conventions go to companies, contracts to private persons: a mixed session makes both."""

from __future__ import annotations

import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Client, Enrollment, Learner


def _add_private_person(desk, session_id: int) -> None:
    with desk.database.unit_of_work() as s:
        person = Learner(last_name="Noël", first_name="Bénédicte", status="particulier")
        private = Client(kind="particulier", name="Bénédicte Noël")
        s.add_all([person, private])
        s.flush()
        s.add(Enrollment(session_id=session_id, learner_id=person.id, client_id=private.id))


def test_mixed_session_gets_a_convention_per_company_and_a_contract_per_person(desk, seeded):
    _add_private_person(desk, seeded["session"])
    conventions = desk.documents.generate("convention", seeded["session"])
    contracts = desk.documents.generate("contrat", seeded["session"])
    assert [p.name for p in conventions] == [
        "Convention de formation - 2026-EXCEL-INT-003 - Boulangerie Émile & Fils.pdf"
    ]
    assert [p.name for p in contracts] == [
        "Contrat de formation - 2026-EXCEL-INT-003 - NOËL Bénédicte.pdf"
    ]


def test_no_private_person_means_a_clear_message(desk, seeded):
    with pytest.raises(BusinessRuleError, match="particuliers"):
        desk.documents.generate("contrat", seeded["session"])
