"""The rules before the first day (places, convention, convocations) and the results after the
last: the data that triggers each, its task, the fix done through the office, the task gone
without asking for a refresh, and the rule switched off."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.services.checklist import TasksStillOpen
from formadesk.core.services.outcomes import OutcomeEdit
from formadesk.core.services.parties import ClientData

from .attendance_factories import held_session
from .factories import MONDAY, make_course, make_learner, make_session
from .task_rule_factories import monday_before, one, switch_off_and_on, tasks

START = MONDAY  # Monday 1 March 2027, a two-day session


def _session(office, places: int = 8) -> tuple[int, str]:
    session_id = make_session(office, make_course(office), start=START, places=places)
    return session_id, office.sessions.row(session_id).code


def _client(office) -> int:
    return office.parties.save_client(
        ClientData(
            name="Acme SA",
            siret="73282932000074",
            address="1 rue de la République",
            postal_code="69001",
            city="Lyon",
        )
    )


def _documents(office, session_id: int, kind: str) -> list[int]:
    return [d.id for d in office.documents.list_documents(session_id) if d.kind == kind]


def test_under_minimum(office):
    session_id, code = _session(office)
    today = dt.date(2027, 2, 1)

    row = one(office, "under_minimum", today)
    assert row.title == (
        f"{code} sous le minimum : 0/1 inscrit (début le 01/03/2027) — relancer les clients, "
        "reporter ou annuler"
    )
    assert (row.due_on, row.fix, row.session_id, row.bucket) == (
        dt.date(2027, 1, 30),
        "session",
        session_id,
        "retard",
    )
    switch_off_and_on(office, "under_minimum", today)

    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office), confirm=True)
    assert tasks(office, "under_minimum", today) == []


def test_waiting_list(office):
    session_id, code = _session(office, places=1)
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    waiting = office.enrollments.enroll(
        session_id=session_id,
        learner_id=make_learner(office, "Durand", "Léa"),
        status="liste_attente",
    )
    today = dt.date(2027, 2, 15)

    row = one(office, "waiting_list", today)
    assert row.title == (
        f"{code} complète : 1 personne en liste d'attente — proposer une autre session "
        "(début le 01/03/2027)"
    )
    assert (row.due_on, row.fix) == (dt.date(2027, 2, 8), "session")
    switch_off_and_on(office, "waiting_list", today)

    office.enrollments.set_status(waiting, "annule", reason="Inscrite sur la session d'avril")
    assert tasks(office, "waiting_list", today) == []


def test_convention_not_sent(office):
    session_id, code = _session(office)
    client = _client(office)
    office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office), client_id=client
    )
    today = dt.date(2027, 1, 25)

    row = one(office, "convention_not_sent", today)
    assert row.title == f"Envoyer 1 convention — {code} (début le 01/03/2027)"
    assert (row.due_on, row.fix, row.client_id, row.who) == (
        dt.date(2027, 1, 30),
        "documents:convention",
        client,
        "Acme SA",
    )
    switch_off_and_on(office, "convention_not_sent", today)

    office.documents.generate("convention", session_id)
    assert len(tasks(office, "convention_not_sent", today)) == 1  # generated is not sent
    [document] = _documents(office, session_id, "convention")
    office.documents.set_status(document, "envoye")
    assert tasks(office, "convention_not_sent", today) == []


def test_a_private_person_gets_a_contract_and_an_employer_scheme_without_client_is_flagged(
    office,
):
    session_id, code = _session(office)
    private = make_learner(office, "Martin", "Paul", status="particulier")
    office.enrollments.enroll(session_id=session_id, learner_id=private, funding_scheme="personnel")
    employee = make_learner(office, "Roux", "Inès", status="salarie")
    enrolment = office.enrollments.enroll(session_id=session_id, learner_id=employee)
    job_seeker = make_learner(office, "Petit", "Noé", status="demandeur_emploi")
    office.enrollments.enroll(
        session_id=session_id, learner_id=job_seeker, funding_scheme="demandeur_emploi"
    )
    today = dt.date(2027, 1, 25)

    rows = {r.fix: r for r in tasks(office, "convention_not_sent", today)}
    assert set(rows) == {"documents:contrat", "enrollment"}  # nothing for the job seeker
    assert rows["documents:contrat"].title == f"Envoyer 1 contrat — {code} (début le 01/03/2027)"
    assert rows["enrollment"].title == (
        f"Indiquer l'employeur (client) de 1 inscrit — {code} : sans lui, pas de convention "
        "(début le 01/03/2027)"
    )
    assert rows["enrollment"].who == "Inès Roux"

    office.documents.generate("contrat", session_id)  # the documents make it: a contract
    [document] = _documents(office, session_id, "contrat")
    office.documents.set_status(document, "envoye")
    office.enrollments.set_status(enrolment, "annule", reason="Inscrite par erreur")
    assert tasks(office, "convention_not_sent", today) == []


def test_convention_not_signed(office):
    session_id, code = _session(office)
    client = _client(office)
    office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office), client_id=client
    )
    office.documents.generate("convention", session_id)
    [document] = _documents(office, session_id, "convention")
    office.documents.set_status(document, "envoye")
    today = dt.date(2027, 2, 10)

    row = one(office, "convention_not_signed", today)
    assert row.title == (
        f"Relancer la signature : 1 convention envoyée non signée — {code} (début le 01/03/2027)"
    )
    assert (row.due_on, row.fix) == (dt.date(2027, 2, 19), "documents_list")
    switch_off_and_on(office, "convention_not_signed", today)

    office.documents.set_status(document, "signe")
    assert tasks(office, "convention_not_signed", today) == []


def test_convocations_not_sent(office):
    session_id, code = _session(office)
    learner = make_learner(office)
    office.enrollments.enroll(session_id=session_id, learner_id=learner)
    today = dt.date(2027, 2, 20)

    row = one(office, "convocations_not_sent", today)
    assert row.title == (
        f"Envoyer les convocations — {code} : 1 apprenant sans convocation envoyée "
        "(début le 01/03/2027)"
    )
    assert (row.due_on, row.fix, row.learner_id, row.who) == (
        dt.date(2027, 2, 22),
        "documents:convocation",
        learner,
        "Hélène Lefèvre",
    )
    switch_off_and_on(office, "convocations_not_sent", today)

    office.documents.make_convocations(session_id)
    assert len(tasks(office, "convocations_not_sent", today)) == 1  # generated, not sent
    [document] = _documents(office, session_id, "convocation")
    office.documents.set_status(document, "envoye")
    assert tasks(office, "convocations_not_sent", today) == []


def test_outcomes_missing(office):
    held = held_session(office, start=monday_before(21))
    code = office.sessions.row(held.session_id).code
    end = office.sessions.row(held.session_id).end_date

    row = one(office, "outcomes_missing")
    assert row.title == (
        f"Relancer Anne Bernard : résultats d'évaluation manquants — {code} (3 apprenants)"
    )
    assert (row.due_on, row.fix, row.bucket) == (end + dt.timedelta(days=7), "outcomes", "retard")
    switch_off_and_on(office, "outcomes_missing")

    objectives = [o.id for o in office.outcomes.grid(held.session_id).objectives]
    office.outcomes.save(
        held.session_id,
        [OutcomeEdit(e, "result", "acquis", o) for e in held.enrollments for o in objectives],
    )
    assert tasks(office, "outcomes_missing") == []


def test_the_results_reminders_have_one_writer_that_obeys_the_settings_and_the_user(office):
    """Opening the office runs the reminders too: a rule switched off stays off, a reminder
    done by hand is not reopened, a closed session is not chased."""
    held = held_session(office, start=monday_before(21))
    office.tasks.save_rules({"outcomes_missing": (False, None)})
    assert office.outcomes.refresh_reminders() == 0  # what Office.open runs
    assert tasks(office, "outcomes_missing") == []

    office.tasks.save_rules({"outcomes_missing": (True, None)})
    task = one(office, "outcomes_missing")
    office.tasks.mark_done(task.id)
    office.outcomes.refresh_reminders()
    assert tasks(office, "outcomes_missing") == []

    office.tasks.reopen(task.id)
    assert one(office, "outcomes_missing").id == task.id
    for step in office.checklist.of_session(held.session_id).items:
        if not step.done and step.evidence != "closed":
            office.checklist.tick(held.session_id, step.step_id, True, note="Fait par courrier")
    with pytest.raises(TasksStillOpen) as still_open:
        office.checklist.close_session(held.session_id)
    assert any("résultats d'évaluation manquants" in title for title in still_open.value.titles)
    office.checklist.close_session(held.session_id, confirm=True)
    assert tasks(office, "outcomes_missing") == []
    [closed] = office.tasks.listing(kind="outcomes_missing", closed=True)
    assert (closed.id, closed.closed_by) == (task.id, "cloture")  # closed with it, not done
    office.checklist.reopen_session(held.session_id)
    assert one(office, "outcomes_missing").id == task.id
