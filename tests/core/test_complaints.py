"""Complaints: each step dated and in order, due dates as tasks, letters, deletion."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from docx import Document
from pypdf import PdfReader

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.services.complaints import ComplaintData
from formadesk.core.services.learners import LearnerData

from .factories import make_course, make_learner, make_session

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def received(office, **fields) -> int:
    values = {"received_on": days_ago(10), "author": "Jean Martin", "subject": "Salle trop froide"}
    return office.complaints.create(ComplaintData(**(values | fields)))


def set_up_organisation(office) -> None:
    org = office.organisation.get()
    org.name, org.address, org.postal_code, org.city = (
        "Forma Lyon",
        "3 rue Garibaldi",
        "69003",
        "Lyon",
    )
    office.organisation.update(org)


def test_a_new_complaint_gets_its_due_dates_and_two_open_tasks(office):
    complaint_id = received(office)
    complaint = office.complaints.get(complaint_id)
    assert complaint.acknowledge_by == days_ago(8)  # 2 days after receipt
    assert complaint.answer_by == days_ago(10) + dt.timedelta(days=15)
    tasks = office.complaints.tasks(complaint_id)
    assert [t.title for t in tasks] == [
        f"Accuser réception de la réclamation R-{complaint_id:04d} (Jean Martin)",
        f"Répondre à la réclamation R-{complaint_id:04d} (Jean Martin)",
    ]
    assert [t.done_on for t in tasks] == [None, None]
    assert tasks[0].is_late()  # acknowledgement was due two days after a receipt 10 days ago
    (row,) = office.complaints.list(state="open")
    assert row.ack_late() and row.status_label == "Reçue"


def test_the_office_sets_its_own_delays(office):
    office.settings.set("quality.complaint_ack_days", "5")
    office.settings.set("quality.complaint_answer_days", "30")
    complaint = office.complaints.get(received(office))
    assert complaint.acknowledge_by == days_ago(5)
    assert complaint.answer_by == days_ago(10) + dt.timedelta(days=30)


def test_steps_are_done_in_order_and_close_their_tasks(office):
    complaint_id = received(office)
    with pytest.raises(ValidationError) as error:
        office.complaints.close(complaint_id, TODAY)
    assert "après sa réponse" in str(error.value)
    with pytest.raises(ValidationError) as error:
        office.complaints.acknowledge(complaint_id, days_ago(11))
    assert "ne peut pas précéder la réception" in str(error.value)
    with pytest.raises(ValidationError) as error:
        office.complaints.acknowledge(complaint_id, TODAY + dt.timedelta(days=1))
    assert "dans le futur" in str(error.value)
    office.complaints.acknowledge(complaint_id, days_ago(9))
    with pytest.raises(ValidationError) as error:
        office.complaints.answer(complaint_id, days_ago(2), "   ")
    assert "Saisissez la réponse" in str(error.value)
    office.complaints.set_analysis(complaint_id, "Chaudière en panne le 2e jour.")
    office.complaints.answer(complaint_id, days_ago(2), "Chaudière réparée, excuses présentées.")
    office.complaints.close(complaint_id, TODAY)
    tasks = office.complaints.tasks(complaint_id)
    assert [t.done_on for t in tasks] == [days_ago(9), days_ago(2)]
    assert office.complaints.list(state="open") == []
    (row,) = office.complaints.list(state="closed")
    assert row.status_label == "Clôturée" and not row.is_late()
    office.complaints.reopen(complaint_id)
    assert office.complaints.list(state="closed") == []


def test_a_failed_save_changes_nothing(office):
    complaint_id = received(office)
    before = office.complaints.get(complaint_id)
    bad = dataclasses.replace(before, subject="", closed_on=TODAY, channel="pigeon")
    with pytest.raises(ValidationError) as error:
        office.complaints.update(bad)
    assert set(error.value.errors) == {"subject", "closed_on", "channel"}
    assert office.complaints.get(complaint_id) == before


def test_an_author_is_required_unless_a_learner_is_linked(office):
    with pytest.raises(ValidationError) as error:
        received(office, author="")
    assert "qui a fait la réclamation" in error.value.errors["author"]
    learner = office.learners.save(LearnerData(last_name="Morel", first_name="Julie"))
    complaint_id = received(office, author="", learner_id=learner)
    assert office.complaints.get(complaint_id).author == "Julie Morel"


def test_moving_the_receipt_moves_the_due_dates_and_their_tasks(office):
    complaint_id = received(office)
    data = office.complaints.get(complaint_id)
    office.complaints.update(dataclasses.replace(data, received_on=days_ago(4)))
    moved = office.complaints.get(complaint_id)
    assert moved.acknowledge_by == days_ago(2)
    assert [t.due_on for t in office.complaints.tasks(complaint_id)] == [
        days_ago(2),
        days_ago(4) + dt.timedelta(days=15),
    ]


def test_filters_by_year_and_session(office):
    session = make_session(office, make_course(office))
    received(office, session_id=session)
    received(office, received_on=dt.date(TODAY.year - 1, 6, 1), subject="Facture erronée")
    assert [r.subject for r in office.complaints.list(year=TODAY.year - 1)] == ["Facture erronée"]
    (row,) = office.complaints.list(session_id=session)
    assert row.session_code and row.subject == "Salle trop froide"
    assert office.complaints.years()[-1] == TODAY.year - 1


def test_deletion_is_refused_while_an_action_is_linked(office):
    from formadesk.core.services.improvements import ActionData

    complaint_id = received(office)
    action = office.improvements.create(
        ActionData(title="Vérifier le chauffage", origin="reclamation", complaint_id=complaint_id)
    )
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.delete(complaint_id)
    assert "supprimez ces actions" in str(error.value)
    office.improvements.delete(action)
    office.complaints.delete(complaint_id)
    assert office.complaints.list() == []
    assert office.complaints.tasks(complaint_id) == []


def test_the_acknowledgement_letter_states_the_recorded_facts(office, tmp_path):
    learner = office.learners.save(
        LearnerData(last_name="Martin", first_name="Jean", civility="M.")
    )
    complaint_id = received(office, learner_id=learner, channel="courrier")
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    assert "Paramètres › Organisme" in str(error.value)
    set_up_organisation(office)
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    assert "adresse postale de M. Jean Martin" in str(error.value)
    data = office.learners.get(learner)
    data.address, data.postal_code, data.city = "12 rue des Lilas", "69007", "Lyon"
    office.learners.save(data)
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    assert "date de l'accusé de réception" in str(error.value)
    office.complaints.acknowledge(complaint_id, days_ago(9))
    pdf = office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Accusé de réception de votre réclamation" in text
    assert "12 rue des Lilas" in text and "Forma Lyon" in text
    assert "reçue par courrier" in text and "Salle trop froide" in text
    answer_by = office.complaints.get(complaint_id).answer_by
    assert f"{answer_by.day}" in text and "au plus tard" in text
    word = office.complaints.make_letter(complaint_id, file_format="docx", out_dir=tmp_path)
    paragraphs = " ".join(p.text for p in Document(word).paragraphs)
    assert "M. Jean Martin" in paragraphs and "R-0001" in paragraphs
    documents = office.documents.list_documents()
    assert {d.kind for d in documents} == {"reclamation_accuse"}
    assert {d.learner_id for d in documents} == {learner}


def test_the_answer_letter_needs_the_answer_and_lists_the_actions(office, tmp_path):
    from formadesk.core.services.improvements import ActionData

    set_up_organisation(office)
    client = office.parties.search("", limit=1)
    assert client == []  # no client yet: a complaint without any link cannot be addressed
    complaint_id = received(office)
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, kind="reponse", out_dir=tmp_path)
    assert "n'est liée à aucun apprenant" in str(error.value)
    learner = office.learners.save(
        LearnerData(
            last_name="Martin",
            first_name="Jean",
            address="1 place Bellecour",
            postal_code="69002",
            city="Lyon",
        )
    )
    office.complaints.update(
        dataclasses.replace(office.complaints.get(complaint_id), learner_id=learner)
    )
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, kind="reponse", out_dir=tmp_path)
    assert "réponse à la réclamation R-0001 n'est pas enregistrée" in str(error.value)
    office.complaints.answer(complaint_id, days_ago(1), "La chaudière a été remplacée.")
    office.improvements.create(
        ActionData(
            title="Contrat d'entretien du chauffage",
            origin="reclamation",
            complaint_id=complaint_id,
        )
    )
    pdf = office.complaints.make_letter(complaint_id, kind="reponse", out_dir=tmp_path)
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "La chaudière a été remplacée." in text
    assert "Contrat d'entretien du chauffage" in text


def letter_text(office, complaint_id, tmp_path) -> str:
    pdf = office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


def trial_complaint(office):
    """The trial's case: Sophie Caron (HR of the client) complains about the session of her
    employee Laura Barbier, who is enrolled in it."""
    from formadesk.core.services.parties import ClientData
    from formadesk.core.services.parties_contacts import ContactData

    set_up_organisation(office)
    client = office.parties.save_client(
        ClientData(
            name="Bâtir SA",
            siret="44298176700019",
            address="8 avenue Jean Jaurès",
            postal_code="69007",
            city="Lyon",
            contacts=[ContactData(civility="Mme", last_name="Caron", first_name="Sophie")],
        )
    )
    learner = make_learner(
        office,
        "Barbier",
        "Laura",
        civility="Mme",
        address="5 rue Paul Bert",
        postal_code="69003",
        city="Lyon",
    )
    session = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session, learner_id=learner, client_id=client)
    complaint_id = received(
        office,
        author="Mme Sophie Caron, RH",
        client_id=client,
        learner_id=learner,
        session_id=session,
    )
    office.complaints.acknowledge(complaint_id, days_ago(9))
    return complaint_id, client, learner


def test_the_letter_goes_to_the_complainant_not_to_the_learner(office, tmp_path):
    complaint_id, client, _learner = trial_complaint(office)
    text = letter_text(office, complaint_id, tmp_path)
    assert "Bâtir SA" in text and "8 avenue Jean Jaurès" in text
    assert "À l'attention de Mme Sophie Caron, RH" in text
    assert "Madame, Nous accusons réception" in text  # her civility, not « Madame, Monsieur, »
    assert "Nous vous prions d'agréer, Madame, l'expression" in text
    assert "Laura Barbier" not in text and "5 rue Paul Bert" not in text
    assert "De la part de" not in text  # the addressee's attention line already names her

    # The contact chosen: the letter goes to her, at her company, « Madame, ».
    contact = office.parties.get_client(client).contacts[0].id
    data = office.complaints.get(complaint_id)
    office.complaints.update(dataclasses.replace(data, contact_id=contact))
    text = letter_text(office, complaint_id, tmp_path)
    assert "À l'attention de Mme Sophie Caron" in text and "8 avenue Jean Jaurès" in text
    assert "Madame, Nous accusons réception" in text and "De la part de" not in text

    # Someone else complained through that contact: the letter says from whom.
    office.complaints.update(dataclasses.replace(data, contact_id=contact, author="Paul Durand"))
    text = letter_text(office, complaint_id, tmp_path)
    assert "De la part de : Paul Durand" in text
    word = office.complaints.make_letter(complaint_id, file_format="docx", out_dir=tmp_path)
    assert "De la part de : Paul Durand" in " ".join(p.text for p in Document(word).paragraphs)


def test_the_learner_gets_the_letter_only_when_the_complaint_is_hers(office, tmp_path):
    complaint_id, _client, _learner = trial_complaint(office)
    data = office.complaints.get(complaint_id)
    office.complaints.update(dataclasses.replace(data, client_id=None))
    with pytest.raises(BusinessRuleError) as error:
        office.complaints.make_letter(complaint_id, out_dir=tmp_path)
    message = str(error.value)
    assert "Mme Sophie Caron, RH" in message and "choisissez dans la réclamation le client" in (
        message.lower()
    )
    assert "indiquez l'apprenant comme auteur" in message
    office.complaints.update(dataclasses.replace(data, client_id=None, author="BARBIER laura"))
    text = letter_text(office, complaint_id, tmp_path)
    assert "Mme Laura Barbier" in text and "5 rue Paul Bert" in text
    assert "Madame, Nous accusons réception" in text and "Bâtir SA" not in text


def test_a_learner_not_enrolled_in_the_session_is_refused(office):
    learner = make_learner(office, "Barbier", "Laura")
    session = make_session(office, make_course(office))
    with pytest.raises(ValidationError) as error:
        received(office, learner_id=learner, session_id=session)
    code = office.sessions.get(session).code
    assert error.value.errors["learner_id"] == (
        f"Laura Barbier n'est pas inscrit(e) à la session {code} : choisissez la session "
        "qu'il ou elle a suivie, ou videz le champ Apprenant ou Session."
    )
    assert office.complaints.list() == []
    office.enrollments.enroll(session_id=session, learner_id=learner)
    assert received(office, learner_id=learner, session_id=session)


@pytest.mark.parametrize(
    ("author", "salutation"),
    [
        ("M. Paul Durand, directeur", "Monsieur,"),
        ("Monsieur Durand", "Monsieur,"),
        ("Mlle Roux", "Madame,"),
        ("Service des ressources humaines", "Madame, Monsieur,"),
        ("Marc Durand", "Madame, Monsieur,"),  # « Marc » is no civility
    ],
)
def test_a_letter_to_a_client_greets_the_author_by_her_civility(
    office, tmp_path, author, salutation
):
    complaint_id, _client, _learner = trial_complaint(office)
    data = office.complaints.get(complaint_id)
    office.complaints.update(dataclasses.replace(data, author=author))
    text = letter_text(office, complaint_id, tmp_path)
    assert f"À l'attention de {author}" in text
    assert f"{salutation} Nous accusons réception" in text
    assert f"Nous vous prions d'agréer, {salutation[:-1]}, l'expression" in text
    word = office.complaints.make_letter(complaint_id, file_format="docx", out_dir=tmp_path)
    paragraphs = [p.text for p in Document(word).paragraphs]
    assert salutation in paragraphs  # the Word letter opens the same way
    assert f"Nous vous prions d'agréer, {salutation[:-1]}, l'expression" in " ".join(paragraphs)


def test_the_word_letter_to_the_client_opens_madame_like_the_pdf(office, tmp_path):
    complaint_id, _client, _learner = trial_complaint(office)
    word = office.complaints.make_letter(complaint_id, file_format="docx", out_dir=tmp_path)
    paragraphs = [p.text for p in Document(word).paragraphs]
    assert "À l'attention de Mme Sophie Caron, RH" in paragraphs
    assert "Madame," in paragraphs and "Madame, Monsieur," not in paragraphs


def test_the_search_ignores_accents_and_case_and_takes_every_word(office):
    office.complaints.create(
        ComplaintData(
            received_on=dt.date.today(), author="Mme Hélène Lefèvre", subject="Salle trop froide"
        )
    )
    office.complaints.create(
        ComplaintData(received_on=dt.date.today(), author="M. Marc Dupont", subject="100% en ligne")
    )
    subjects = lambda text: [r.subject for r in office.complaints.list(state="all", text=text)]  # noqa: E731
    assert subjects("helene") == ["Salle trop froide"]
    assert subjects("LEFEVRE froide") == ["Salle trop froide"]
    assert subjects("lefevre ligne") == []
    assert subjects("100%") == ["100% en ligne"]
    assert subjects("%") == ["100% en ligne"]  # a percent sign is a character, not « anything »
