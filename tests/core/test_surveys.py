"""Satisfaction questionnaires: the bank and models the office edits, sending to every kind of
respondent once, paper answers, reminders, return rates and results."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.services.surveys import ItemData, QuestionData, QuestionnaireData

from .survey_factories import END, finished_session

HOT, COLD, CLIENT, TRAINER, FUNDER = 1, 2, 3, 4, 5  # the seeded models


def test_every_base_starts_with_a_bank_and_one_active_model_per_audience(office):
    models = {(m.audience, m.moment): m for m in office.surveys.questionnaires()}
    assert set(models) == {
        ("apprenant", "chaud"), ("apprenant", "froid"), ("client", "froid"),
        ("formateur", "chaud"), ("financeur", "froid"),
    }  # fmt: skip
    assert models["apprenant", "froid"].delay_days == 60
    scales = {q.scale for q in office.surveys.questions()}
    assert scales == {"note5", "note10", "oui_non", "choix", "texte"}


def test_a_choice_question_needs_two_choices_and_an_answered_one_keeps_its_scale(office):
    with pytest.raises(ValidationError) as error:
        office.surveys.save_question(QuestionData("Format préféré", "choix", ["Présentiel"]))
    assert "au moins deux choix" in str(error.value)
    question = office.surveys.save_question(
        QuestionData("Format préféré", "choix", ["Présentiel", "À distance"], "Organisation")
    )
    surveyed = finished_session(office)
    model = office.surveys.questionnaire(HOT)
    model.items.append(ItemData(question))
    office.surveys.save_questionnaire(model)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    hugo = next(r for r in office.surveys.respondents(surveyed.session_id) if "Hugo" in r.name)
    office.surveys.enter_answers(hugo.evaluation_id, {question: "à distance"}, END)

    with pytest.raises(BusinessRuleError, match="désactivez-la"):
        office.surveys.delete_question(question)
    data = office.surveys.question(question)
    data.scale = "note5"
    with pytest.raises(BusinessRuleError, match="type de réponse ne peut plus changer"):
        office.surveys.save_question(data)
    office.surveys.set_question_active(question, False)
    assert not next(q for q in office.surveys.questions() if q.id == question).active
    with pytest.raises(BusinessRuleError, match="envoyé"):
        office.surveys.delete_questionnaire(HOT)


def test_a_question_in_a_model_is_removed_from_it_before_deletion(office):
    with pytest.raises(BusinessRuleError, match="Satisfaction des apprenants à chaud"):
        office.surveys.delete_question(1)
    unused = office.surveys.save_question(QuestionData("Question d'essai", "texte"))
    office.surveys.delete_question(unused)
    assert unused not in [q.id for q in office.surveys.questions()]


def test_whether_a_question_can_be_deleted_is_known_before_asking(office):
    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    hugo = next(r for r in office.surveys.respondents(surveyed.session_id) if "Hugo" in r.name)
    office.surveys.enter_answers(hugo.evaluation_id, {1: 4}, END)
    unused = office.surveys.save_question(QuestionData("Question d'essai", "texte"))

    answered = office.surveys.question_deletion_refusal(1)
    assert "1 réponse(s)" in answered and "désactivez-la" in answered
    in_model = office.surveys.question_deletion_refusal(19)  # held by the trainer's model
    assert "« Bilan du formateur »" in in_model and "retirez-la" in in_model
    assert office.surveys.question_deletion_refusal(unused) is None
    with pytest.raises(BusinessRuleError) as error:
        office.surveys.delete_question(1)
    assert str(error.value) == answered  # the same sentence, before and on refusal
    assert 1 in [q.id for q in office.surveys.questions()]


def test_the_learners_hot_questionnaire_is_sent_first_then_cold_client_trainer_funder(office):
    surveyed = finished_session(office)
    order = []
    while (first := office.surveys.next_to_send(surveyed.session_id)) is not None:
        order.append(first)
        office.surveys.create_evaluations(surveyed.session_id, first, on=END, early=True)
    assert order == [HOT, COLD, CLIENT, TRAINER, FUNDER]


def test_activating_a_model_deactivates_the_other_of_its_audience_and_moment(office):
    new = office.surveys.save_questionnaire(
        QuestionnaireData(
            "Apprenants à chaud (court)", "apprenant", "chaud", items=[ItemData(1, True)]
        )
    )
    assert office.surveys.active_questionnaire("apprenant", "chaud") == new
    assert not next(m for m in office.surveys.questionnaires() if m.id == HOT).active
    with pytest.raises(ValidationError) as error:
        office.surveys.save_questionnaire(QuestionnaireData("À froid", "apprenant", "froid"))
    assert set(error.value.errors) == {"delay_days", "items"}


def test_sending_creates_one_evaluation_per_respondent_once(office, tmp_path):
    surveyed = finished_session(office)
    first = office.surveys.send(surveyed.session_id, HOT, tmp_path, on=END)
    again = office.surveys.send(surveyed.session_id, HOT, tmp_path, on=END)

    assert sorted(first.created) == ["Hugo Martin", "Hélène Lefèvre", "Inès Petit"]
    assert again.created == [] and len(again.existing) == 3
    assert first.without_email == ["Inès Petit"]  # her PDF is there, no draft
    respondents = office.surveys.respondents(surveyed.session_id)
    assert len(respondents) == 3
    assert len({r.token for r in respondents}) == 3 and all(len(r.token) == 32 for r in respondents)
    drafts = sorted(tmp_path.glob("*.eml"))
    assert len(drafts) == 2 and len(list(tmp_path.glob("*.pdf"))) == 3
    message = email.message_from_bytes(drafts[0].read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and message["To"].endswith("@example.fr>")
    (attachment,) = [p for p in message.walk() if p.get_content_type() == "application/pdf"]
    assert attachment.get_payload(decode=True).startswith(b"%PDF")
    assert "Bonjour" in message.get_body(("plain",)).get_content()


def test_clients_trainers_and_funders_each_get_theirs(office):
    surveyed = finished_session(office)
    assert office.surveys.create_evaluations(surveyed.session_id, TRAINER).created == [
        "Anne Bernard"
    ]
    assert office.surveys.create_evaluations(surveyed.session_id, CLIENT).created == [
        "Boulangerie Émile & Fils"
    ]
    assert office.surveys.create_evaluations(surveyed.session_id, FUNDER).created == ["OPCO Atlas"]


def test_a_cold_questionnaire_waits_for_its_delay_unless_sent_early(office):
    surveyed = finished_session(office)
    due = END + dt.timedelta(days=60)
    assert office.surveys.due_on(surveyed.session_id, COLD) == due
    with pytest.raises(BusinessRuleError, match="60 jours après la fin"):
        office.surveys.create_evaluations(surveyed.session_id, COLD, on=END)
    to_send = office.surveys.to_send(surveyed.session_id)
    assert (COLD, "Satisfaction des apprenants à froid", due) in to_send
    early = office.surveys.create_evaluations(surveyed.session_id, COLD, on=END, early=True)
    assert len(early.created) == 3 and early.due_on == due
    assert COLD not in [q for q, _, _ in office.surveys.to_send(surveyed.session_id)]


def test_paper_answers_give_the_score_and_a_wrong_one_saves_nothing(office):
    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    helene = next(r for r in office.surveys.respondents(surveyed.session_id) if "Hélène" in r.name)

    with pytest.raises(ValidationError) as error:
        office.surveys.enter_answers(helene.evaluation_id, {1: 4, 2: 6}, END)
    assert "« 6 » n'est pas une note de 1 à 5" in str(error.value)
    assert office.surveys.answers(helene.evaluation_id) == {}

    score = office.surveys.enter_answers(
        helene.evaluation_id, {1: 4, 12: "non", 15: "Plus de pauses"}, END
    )
    assert score == round((75 + 0) / 2)
    row = next(r for r in office.surveys.respondents(surveyed.session_id) if r.name == helene.name)
    assert (row.channel, row.answered_on, row.score) == ("papier", END, 38)


def test_reminders_note_the_date_and_write_drafts_for_those_who_did_not_answer(office, tmp_path):
    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    rows = office.surveys.respondents(surveyed.session_id)
    office.surveys.enter_answers(rows[0].evaluation_id, {1: 5}, END)
    waiting = office.surveys.not_answered(surveyed.session_id)
    assert len(waiting) == 2

    report = office.surveys.remind(
        [r.evaluation_id for r in rows], folder=tmp_path, on=dt.date(2026, 3, 20)
    )

    assert report.skipped == [rows[0].name] and len(report.reminded) == 2
    assert {r.reminded_on for r in office.surveys.not_answered(surveyed.session_id)} == {
        dt.date(2026, 3, 20)
    }
    subjects = [
        email.message_from_bytes(Path(p).read_bytes())["Subject"]
        for p in report.files
        if p.endswith(".eml")
    ]
    assert subjects and all(s.startswith("Relance") for s in subjects)


def test_results_per_session_course_and_trainer(office):
    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    rows = office.surveys.respondents(surveyed.session_id)
    office.surveys.enter_answers(rows[0].evaluation_id, {1: 5, 5: 2, 14: "Très clair"}, END)
    office.surveys.enter_answers(rows[1].evaluation_id, {1: 3, 5: 3}, END)

    results = office.surveys.results(session_id=surveyed.session_id)

    assert (results.sent, results.answered, results.rate) == (3, 2, 67)
    first = next(q for q in results.questions if q.question_id == 1)
    assert first.count == 2 and first.average == 4.0
    assert dict(first.distribution) == {"1": 0, "2": 0, "3": 1, "4": 0, "5": 1}
    rhythm = next(q for q in results.questions if q.question_id == 5)
    assert dict(rhythm.distribution) == {"Trop lent": 0, "Adapté": 1, "Trop rapide": 1}
    assert [c.text for c in results.comments] == ["Très clair"]
    assert results.comments[0].respondent == "Apprenant"  # never the name
    by_trainer = office.surveys.results(trainer_id=surveyed.trainer_id)
    assert by_trainer.answered == 2
    nobody = office.surveys.results(start=dt.date(2026, 6, 1), end=dt.date(2026, 12, 31))
    assert nobody.sent == 0 and nobody.rate is None
    (rate,) = office.surveys.return_rates()
    assert (rate.sent, rate.answered, rate.rate, rate.average) == (3, 2, 67, results.average)


def test_a_refused_sending_notes_nothing_and_namesakes_get_a_file_each(office, tmp_path):
    import pytest
    from sqlalchemy import select

    from formadesk.core.errors import BusinessRuleError
    from formadesk.core.model import Organisation

    from .factories import make_learner
    from .survey_factories import END, finished_session

    surveyed = finished_session(office)
    session_id = surveyed.session_id
    hot = office.surveys.next_to_send(session_id)
    with office.database.unit_of_work() as s:  # an office whose name was never entered
        s.scalar(select(Organisation)).name = ""
    with pytest.raises(BusinessRuleError, match="Paramètres › Organisme…"):
        office.surveys.send(session_id, hot, tmp_path / "envoi", on=END)
    assert office.surveys.respondents(session_id) == []  # nothing noted as sent
    with office.database.unit_of_work() as s:
        s.scalar(select(Organisation)).name = "Formations du Lac"

    namesake = make_learner(office, "Martin", "Hugo", email="hugo.martin2@example.fr")
    enrollment = office.enrollments.enroll(session_id=session_id, learner_id=namesake, confirm=True)
    office.enrollments.set_status(enrollment, "termine")
    report = office.surveys.send(session_id, hot, tmp_path / "envoi", on=END)
    hugos = [p for p in report.files if p.endswith(".pdf") and "Hugo Martin" in p]
    assert len(hugos) == 2 and len(set(hugos)) == 2
    assert len(list((tmp_path / "envoi").glob("*Hugo Martin*.pdf"))) == 2
