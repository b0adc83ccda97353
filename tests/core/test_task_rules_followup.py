"""The follow-up rules: a survey « à froid » due, an incident left open, documents generated
and never sent."""

from __future__ import annotations

import datetime as dt

from formadesk.core.services.attendance import Mark

from .attendance_factories import held_session
from .task_rule_factories import TODAY, monday_before, one, switch_off_and_on, tasks


def _held(office, weeks_ago: int):
    held = held_session(office, start=monday_before(7 * weeks_ago))
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks, today=TODAY)
    row = office.sessions.row(held.session_id)
    return held, row.code, row.end_date


def test_survey_cold_due(office):
    held, code, end = _held(office, 10)  # ended some 65 days ago: the learners' model is due
    [model] = [
        q
        for q in office.surveys.questionnaires(active_only=True)
        if q.title == "Satisfaction des apprenants à froid"
    ]

    row = one(office, "survey_cold_due")
    assert row.title == (
        "Envoyer le questionnaire à froid « Satisfaction des apprenants à froid » — "
        f"{code} (terminée le {end:%d/%m/%Y})"
    )
    assert (row.due_on, row.fix, row.fix_label) == (
        end + dt.timedelta(days=60),
        "survey_send",
        "Envoyer les questionnaires",
    )
    # No number to set: the delay is the questionnaire's.
    rule = next(r for r in office.tasks.rules() if r.key == "survey_cold_due")
    assert (rule.value, rule.value_label) == (None, "")
    switch_off_and_on(office, "survey_cold_due")

    office.surveys.create_evaluations(held.session_id, model.id, on=TODAY)
    assert tasks(office, "survey_cold_due") == []


def test_a_survey_not_due_yet_makes_no_task(office):
    _held(office, 5)  # ended some 30 days ago: the learners' model waits 60 days
    assert tasks(office, "survey_cold_due") == []


def test_incident_overdue(office):
    start = dt.datetime.combine(TODAY - dt.timedelta(days=5), dt.time(8))
    incident = office.incidents.declare(
        kind="autre",
        resource_id=None,
        starts_at=start,
        ends_at=start + dt.timedelta(hours=4),
        description="Coupure d'électricité au 2e étage",
    )

    row = one(office, "incident_overdue")
    assert row.title == (
        f"Aléa non résolu du {start:%d/%m/%Y} : Coupure d'électricité au 2e étage — noter sa "
        "résolution"
    )
    assert (row.due_on, row.fix, row.fix_label, row.bucket) == (
        start.date() + dt.timedelta(days=2),
        "incident",
        "Voir les aléas",
        "retard",
    )
    switch_off_and_on(office, "incident_overdue")

    office.incidents.resolve(incident, resolution="Disjoncteur remplacé par l'électricien")
    assert tasks(office, "incident_overdue") == []


def test_an_incident_with_its_own_tasks_open_is_not_listed_twice(office):
    held = held_session(office, start=monday_before(-14))  # in two weeks
    start = dt.datetime.combine(TODAY - dt.timedelta(days=5), dt.time(8))
    office.incidents.declare(
        kind="formateur",
        resource_id=held.trainer_id,
        starts_at=start,
        ends_at=dt.datetime.combine(TODAY + dt.timedelta(days=30), dt.time(18)),
        description="Arrêt maladie",
    )
    assert [r.title[:9] for r in tasks(office, "incident")] == ["Remplacer", "Prévenir "]
    assert tasks(office, "incident_overdue") == []


def test_document_not_sent(office):
    held, code, _end = _held(office, 3)
    office.documents.generate("certificat_realisation", held.session_id)
    office.documents.make_convocations(held.session_id)  # followed by its own rule
    week = TODAY + dt.timedelta(days=7)
    assert tasks(office, "document_not_sent", week - dt.timedelta(days=1)) == []

    row = one(office, "document_not_sent", week)
    assert row.title == (
        f"Envoyer 3 certificats de réalisation — {code} (en attente depuis le {TODAY:%d/%m/%Y})"
    )
    assert (row.due_on, row.fix, row.fix_label, row.priority) == (
        week,
        "documents_list",
        "Voir les documents de la session",
        3,
    )
    switch_off_and_on(office, "document_not_sent", week)
    # Another kind of the same session joins the same task (they leave together).
    office.documents.generate("attestation_assiduite", held.session_id)
    assert one(office, "document_not_sent", week).title == (
        f"Envoyer 3 certificats de réalisation et 3 attestations d'assiduité — {code} "
        f"(en attente depuis le {TODAY:%d/%m/%Y})"
    )
    for document in office.documents.list_documents(held.session_id):
        if document.kind == "attestation_assiduite":
            office.documents.set_status(document.id, "envoye")

    documents = {
        d.learner_id: d.id
        for d in office.documents.list_documents(held.session_id)
        if d.kind == "certificat_realisation"
    }
    learners = [office.enrollments.get(e).learner_id for e in held.enrollments]
    office.documents.set_status(documents[learners[0]], "envoye")
    office.documents.set_status(documents[learners[1]], "signe")
    assert one(office, "document_not_sent", week).title.startswith(
        "Envoyer 1 certificat de réalisation — "
    )
    # A new version replaces the one never sent: once it is sent, nothing waits.
    office.documents.generate(
        "certificat_realisation", held.session_id, enrollment_ids=[held.enrollments[2]]
    )
    newest = max(
        d.id
        for d in office.documents.list_documents(held.session_id)
        if d.kind == "certificat_realisation"
    )
    assert newest != documents[learners[2]]
    office.documents.set_status(newest, "envoye")
    assert tasks(office, "document_not_sent", week) == []
