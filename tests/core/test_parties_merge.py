"""Merging two client records of one company keeps every link."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import (
    Complaint,
    GeneratedDocument,
    Interaction,
    Quote,
    Task,
    TrainingSession,
)
from formadesk.core.services.parties import ClientData, ContactData
from formadesk.core.services.parties_merge import client_links

from .factories import make_course, make_learner, make_session


def _links(office, client_id: int) -> dict[str, int]:
    counts = {}
    with office.database.reading() as s:
        for column in client_links():
            key = f"{column.table.name}.{column.name}"
            counts[key] = s.scalar(
                select(func.count()).select_from(column.table).where(column == client_id)
            )
    return counts


def test_merge_moves_every_link_fills_blanks_and_deletes_the_other(office):
    parties = office.parties
    keep = parties.save_client(
        ClientData(
            name="Boulangerie Martin",
            siret="73282932000074",
            notes="Client fidèle",
            contacts=[ContactData(last_name="Martin")],
        )  # fmt: skip
    )
    other = parties.save_client(
        ClientData(
            kind="public",
            name="BOULANGERIE MARTIN SARL",
            city="Lyon",
            phone="0478000000",
            notes="Payer à 30 jours",
            contacts=[ContactData(last_name="Roux")],
        )  # fmt: skip
    )
    assert [(p.first_id, p.second_id) for p in parties.duplicate_clients()] == [(keep, other)]
    session_id = make_session(office, make_course(office))
    learner = make_learner(office, employer_siret="", employer_name="Martin")
    office.enrollments.enroll(session_id=session_id, learner_id=learner, client_id=other)
    with office.database.unit_of_work() as s:
        s.get(TrainingSession, session_id).intra_client_id = other
        s.add(Quote(number="D1", client_id=other, issued_on=dt.date(2027, 1, 1)))
        s.add(GeneratedDocument(kind="convention", client_id=other, path="/x",
                                generated_at=dt.datetime(2027, 1, 1)))  # fmt: skip
        s.add(Interaction(happened_at=dt.datetime(2027, 1, 1), client_id=other))
        s.add(Complaint(received_on=dt.date(2027, 1, 1), client_id=other))
        s.add(Task(title="Relancer", client_id=other))
    before_keep, before_other = _links(office, keep), _links(office, other)
    assert sum(before_other.values()) >= 7

    moved = parties.merge_clients(keep, other)

    after = _links(office, keep)
    assert after == {k: before_keep[k] + before_other[k] for k in after}
    assert moved["enrollments"] == 1 and moved["contacts"] == 1
    merged = parties.get_client(keep)
    assert (merged.kind, merged.city, merged.siret) == ("entreprise", "Lyon", "73282932000074")
    assert merged.phone and "Client fidèle" in merged.notes and "Payer à 30 jours" in merged.notes
    assert sorted(c.last_name for c in merged.contacts) == ["Martin", "Roux"]
    assert [r.id for r in parties.client_list()] == [keep]
    assert parties.duplicate_clients() == []


def test_merge_refuses_itself_and_two_different_sirets(office):
    a = office.parties.save_client(ClientData(name="Atelier", siret="73282932000074"))
    b = office.parties.save_client(ClientData(name="Atelier", siret="44298176700019"))
    with pytest.raises(BusinessRuleError, match="elle-même"):
        office.parties.merge_clients(a, a)
    with pytest.raises(BusinessRuleError, match="deux établissements différents"):
        office.parties.merge_clients(a, b)
    assert len(office.parties.client_list()) == 2
    assert office.parties.duplicate_clients() == []
