"""Clients and funders with their contacts, site address and checked SIRET."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.model import Contact, Learner
from formadesk.core.services.parties import ClientData, ContactData, FunderData

from .factories import make_course, make_learner, make_session


def _contacts(office) -> int:
    with office.database.reading() as s:
        return s.scalar(select(func.count()).select_from(Contact))


def test_client_saved_with_site_address_and_contacts(office):
    client_id = office.parties.save_client(
        ClientData(
            name="Fonderie Ménard", siret="732 829 320 00074", site_address="2 rue du Four",
            site_postal_code="69007", site_city="Lyon",
            contacts=[
                ContactData(civility="Mme", last_name="Roux", first_name="Anne", role="RH",
                            email="anne.roux@menard.fr", phone="04 78 00 00 01"),
                ContactData(last_name="Petit", role="Comptabilité"),
            ],
        )
    )  # fmt: skip
    data = office.parties.get_client(client_id)
    assert data.site_city == "Lyon"
    assert [c.last_name for c in data.contacts] == ["Roux", "Petit"]
    assert data.contacts[0].phone.startswith("+33") or "04" in data.contacts[0].phone

    data.contacts[1].role = "Direction"
    data.contacts.pop(0)
    data.contacts.append(ContactData(last_name="Nguyen"))
    office.parties.save_client(data)
    again = office.parties.get_client(client_id)
    assert [(c.last_name, c.role) for c in again.contacts] == [
        ("Petit", "Direction"),
        ("Nguyen", ""),
    ]
    assert _contacts(office) == 2  # the removed contact is gone, not orphaned


def test_a_bad_contact_refuses_the_whole_save(office):
    client_id = office.parties.save_client(ClientData(name="Atelier", siret="73282932000074"))
    data = office.parties.get_client(client_id)
    data.name = "Atelier Dupont"
    data.contacts = [ContactData(last_name="", email="pas-un-mail")]
    with pytest.raises(ValidationError) as caught:
        office.parties.save_client(data)
    message = caught.value.errors["contacts"]
    assert "Contact n° 1" in message and "nom" in message
    assert office.parties.get_client(client_id).name == "Atelier"
    assert _contacts(office) == 0


def test_bad_siret_is_refused_in_french(office):
    with pytest.raises(ValidationError) as caught:
        office.parties.save_client(ClientData(name="Atelier", siret="73282932000075"))
    assert "n'est pas valide" in caught.value.errors["siret"]
    assert office.parties.client_list() == []


def test_funder_with_contacts_requirements_and_inactive(office):
    funder_id = office.parties.save_funder(
        FunderData(
            name="Région Auvergne-Rhône-Alpes", kind="region", requirements="Devis signé",
            notes="Appeler avant", active=False,
            contacts=[ContactData(last_name="Blanc", role="Chargée de mission")],
        )
    )  # fmt: skip
    data = office.parties.get_funder(funder_id)
    assert (data.requirements, data.notes, data.active) == ("Devis signé", "Appeler avant", False)
    assert [c.last_name for c in data.contacts] == ["Blanc"]
    rows = {r.name: r for r in office.parties.funder_list()}
    assert rows["Akto"].active and not rows["Région Auvergne-Rhône-Alpes"].active


def test_a_client_with_enrolments_cannot_be_deleted(office):
    client = office.parties.save_client(ClientData(name="Atelier", siret="73282932000074"))
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office), client_id=client
    )
    with pytest.raises(BusinessRuleError, match=r"1 inscription\(s\).*fusionnez"):
        office.parties.delete_client(client)
    lone = office.parties.save_client(ClientData(kind="particulier", name="Émilie Durand"))
    office.parties.delete_client(lone)
    assert [r.name for r in office.parties.client_list()] == ["Atelier"]


def test_a_name_too_long_is_said_with_the_other_mistakes(office):
    data = ClientData(kind="entreprise", name="B" * 301, siret="123", email="pas-un-mail")
    with pytest.raises(ValidationError) as refused:
        office.parties.save_client(data)
    assert set(refused.value.errors) >= {"name", "siret", "email"}
    assert "301 caractères, c'est trop (200 au plus)" in refused.value.errors["name"]
    assert office.parties.client_list() == []


def test_clients_are_listed_in_french_alphabetical_order(office):
    for name in ("Zèbre Conseil", "Étoile du Berger", "atelier Roux", "Durand SA"):
        office.parties.save_client(ClientData(kind="particulier", name=name))
    assert [r.name for r in office.parties.client_list()] == [
        "atelier Roux",
        "Durand SA",
        "Étoile du Berger",
        "Zèbre Conseil",
    ]


def test_a_client_that_employs_a_learner_is_not_deleted(office):
    client = office.parties.save_client(ClientData(name="Atelier", siret="73282932000074"))
    learner = make_learner(office)
    with office.database.unit_of_work() as s:
        s.get(Learner, learner).employer_client_id = client
    with pytest.raises(BusinessRuleError, match=r"1 apprenant\(s\) salarié\(s\)"):
        office.parties.delete_client(client)
    assert [r.name for r in office.parties.client_list()] == ["Atelier"]
