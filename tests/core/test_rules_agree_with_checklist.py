"""One fact, one answer: a task rule's task is open exactly while the checklist's step that
reads the same fact is not done (certificates, invoicing, conventions)."""

from __future__ import annotations

import datetime as dt

from formadesk.core.services.parties import ClientData

from .attendance_factories import held_session
from .test_checklist import START, TODAY, _invoice, add_document, item, learners_of


def rule_open(office, kind: str, session_id: int, today: dt.date = TODAY) -> bool:
    office.tasks.refresh(today)  # the test writes some rows directly
    return any(r.session_id == session_id for r in office.tasks.listing(today, kind=kind))


def agree(office, kind: str, evidence: str, session_id: int, today: dt.date = TODAY) -> bool:
    """Whether the rule's task is open; asserting first that the step says the opposite."""
    step_done = item(office, session_id, evidence, today).done
    task_open = rule_open(office, kind, session_id, today)
    assert task_open != step_done, (kind, task_open, evidence, step_done)
    return task_open


def test_certificates_including_who_dropped_out(office):
    held = held_session(office, START)
    learners = list(learners_of(office, held).values())
    assert agree(office, "certificates_not_issued", "certificates_issued", held.session_id)
    for learner_id in learners[:2]:
        add_document(office, "certificat_realisation", held.session_id, learner_id=learner_id)
    office.attendance.drop_out(held.enrollments[2], START, "Raisons de santé", today=TODAY)
    assert agree(office, "certificates_not_issued", "certificates_issued", held.session_id)
    add_document(office, "certificat_realisation", held.session_id, learner_id=learners[2])
    assert not agree(office, "certificates_not_issued", "certificates_issued", held.session_id)


def test_invoicing_every_priced_learner(office):
    held = held_session(office, START)
    assert agree(office, "invoice_not_issued", "invoiced", held.session_id)
    _invoice(office, held.session_id, held.enrollments[:2])
    assert agree(office, "invoice_not_issued", "invoiced", held.session_id)
    _invoice(office, held.session_id, held.enrollments[2:])
    assert not agree(office, "invoice_not_issued", "invoiced", held.session_id)


def test_conventions_of_a_session_to_come(office):
    start = dt.date(2027, 3, 1)
    today = dt.date(2027, 1, 25)
    held = held_session(office, start)
    client = office.parties.save_client(ClientData(name="Acme SA", siret="44298176700019"))
    for enrollment_id in held.enrollments[:2]:
        data = office.enrollments.get(enrollment_id)
        data.client_id = client
        office.enrollments.update(data, confirm=True)
    # The third is on an employer's « plan » without the employer: no convention can be made.
    assert agree(office, "convention_not_sent", "convention_sent", held.session_id, today)
    add_document(office, "convention", held.session_id, client_id=client)
    assert agree(office, "convention_not_sent", "convention_sent", held.session_id, today)
    data = office.enrollments.get(held.enrollments[2])
    data.client_id = client
    office.enrollments.update(data, confirm=True)
    assert not agree(office, "convention_not_sent", "convention_sent", held.session_id, today)
