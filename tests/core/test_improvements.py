"""Improvement actions: required fields, statuses and dates, the due-date task, origins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.complaints import ComplaintData
from formadesk.core.services.improvements import ActionData

from .factories import make_course, make_session

TODAY = dt.date.today()


def test_an_action_needs_a_title_and_its_source(office):
    with pytest.raises(ValidationError) as error:
        office.improvements.create(ActionData(title="  ", origin="reclamation"))
    assert set(error.value.errors) == {"title", "complaint_id"}
    assert office.improvements.list() == []


def test_a_realised_action_needs_its_date_and_closes_its_task(office):
    action_id = office.improvements.create(
        ActionData(
            title="Mettre à jour le livret d'accueil",
            origin="audit",
            owner="Claire Petit",
            opened_on=TODAY - dt.timedelta(days=30),
            due_on=TODAY - dt.timedelta(days=1),
        )
    )
    (task,) = office.improvements.tasks(action_id)
    assert task.title == "Action d'amélioration A-0001 : Mettre à jour le livret d'accueil"
    assert task.is_late() and task.done_on is None
    (row,) = office.improvements.list()
    assert row.is_late() and row.status_label == "Prévue" and row.source_label == "Audit"
    data = office.improvements.get(action_id)
    with pytest.raises(ValidationError) as error:
        office.improvements.update(dataclasses.replace(data, status="realisee"))
    assert "date à laquelle l'action a été réalisée" in error.value.errors["done_on"]
    with pytest.raises(ValidationError) as error:
        office.improvements.update(dataclasses.replace(data, done_on=TODAY))
    assert "Réalisée" in error.value.errors["done_on"]
    office.improvements.update(
        dataclasses.replace(data, status="realisee", done_on=TODAY, effect="Plus de question")
    )
    (task,) = office.improvements.tasks(action_id)
    assert task.done_on == TODAY and not task.is_late()
    assert office.improvements.list(open_only=True) == []
    assert office.improvements.list(status="realisee")[0].effect == "Plus de question"


def test_dates_hold_together(office):
    with pytest.raises(ValidationError) as error:
        office.improvements.create(
            ActionData(
                title="Former les formateurs",
                opened_on=TODAY,
                due_on=TODAY - dt.timedelta(days=3),
            )
        )
    assert "précéder l'ouverture" in error.value.errors["due_on"]


def test_clearing_the_due_date_removes_the_task_and_abandoning_closes_it(office):
    action_id = office.improvements.create(
        ActionData(title="Changer de traiteur", due_on=TODAY + dt.timedelta(days=20))
    )
    data = office.improvements.get(action_id)
    office.improvements.update(dataclasses.replace(data, due_on=None))
    assert office.improvements.tasks(action_id) == []
    office.improvements.update(
        dataclasses.replace(data, due_on=TODAY + dt.timedelta(days=9), status="abandonnee")
    )
    (task,) = office.improvements.tasks(action_id)
    assert task.done_on == TODAY  # abandoned today
    office.improvements.delete(action_id)
    assert office.improvements.list() == []


def test_an_action_from_a_complaint_is_linked_and_inherits_its_session(office):
    session = make_session(office, make_course(office))
    complaint_id = office.complaints.create(
        ComplaintData(
            received_on=TODAY, author="Jean Martin", subject="Support illisible", session_id=session
        )
    )
    proposal = office.improvements.from_complaint(complaint_id)
    assert proposal.origin == "reclamation" and proposal.session_id == session
    assert "Support illisible" in proposal.description
    action_id = office.improvements.create(
        dataclasses.replace(proposal, title="Refaire les supports")
    )
    (row,) = office.improvements.list(complaint_id=complaint_id)
    assert row.id == action_id and row.source_label == "Réclamation R-0001"
    assert row.session_code
    (complaint,) = office.complaints.list()
    assert complaint.actions == 1


def test_an_action_from_an_incident(office):
    incident = office.incidents.declare(
        kind="autre",
        resource_id=None,
        starts_at=dt.datetime.combine(TODAY, dt.time(9)),
        ends_at=dt.datetime.combine(TODAY, dt.time(12)),
        description="Coupure de courant",
    )
    proposal = office.improvements.from_incident(incident)
    action_id = office.improvements.create(
        dataclasses.replace(proposal, title="Onduleur pour la salle 2")
    )
    (row,) = office.improvements.list(incident_id=incident)
    assert row.id == action_id and row.origin_label == "Aléa"
    assert office.improvements.list(origin="reclamation") == []
    assert office.improvements.list(year=TODAY.year - 1) == []


def test_an_audit_action_keeps_no_complaint_and_the_years_register_shows_what_it_did(office):
    complaint = office.complaints.create(
        ComplaintData(
            received_on=TODAY - dt.timedelta(days=400),
            author="Mme Sophie Caron",
            subject="Salle trop froide",
        )
    )
    action_id = office.improvements.create(
        ActionData(
            title="Contrat de maintenance du chauffage",
            origin="audit",
            complaint_id=complaint,  # left by a screen that changed the origin
            opened_on=TODAY - dt.timedelta(days=380),
            status="realisee",
            done_on=TODAY - dt.timedelta(days=10),
        )
    )
    assert office.improvements.get(action_id).complaint_id is None
    office.complaints.delete(complaint)  # no action holds it any more
    # Opened last year, done this year: in this year's register.
    start, end = TODAY - dt.timedelta(days=30), TODAY
    titles = [a.title for a in office.improvements.register(start, end).actions]
    assert titles == ["Contrat de maintenance du chauffage"]
