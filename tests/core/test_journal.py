"""The contact journal: logging, editing, the history of each file, follow-ups as tasks,
dropped e-mails and attached files."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import func, select

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.model import Attachment, Interaction, Task
from formadesk.core.services.journal import InteractionData, JournalFilter
from formadesk.core.services.parties import ClientData, ContactData, FunderData

from .factories import make_course, make_learner, make_session
from .journal_msg import write_msg

MORNING = dt.datetime(2026, 11, 3, 9, 30)


def call(**fields) -> InteractionData:
    values = {"happened_at": MORNING, "subject": "Question sur la convocation"}
    values.update(fields)
    return InteractionData(**values)


def make_client(office) -> tuple[int, int]:
    """A client with one contact: (client id, contact id)."""
    client_id = office.parties.save_client(
        ClientData(
            name="Boulangeries Émile",
            siret="73282932000074",
            contacts=[ContactData(last_name="Petit", first_name="Marc", email="m.petit@emile.fr")],
        )
    )
    return client_id, office.parties.get_client(client_id).contacts[0].id


def write_eml(path: Path, *, sender: str, subject: str, body: str, date: str) -> Path:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "accueil@formadesk.test"
    message["Subject"] = subject
    message["Date"] = date
    message.set_content(body)
    path.write_bytes(bytes(message))
    return path


def tasks(office) -> list:
    """(rule key, title, due on, done on, learner id) of every task."""
    columns = (Task.rule_key, Task.title, Task.due_on, Task.done_on, Task.learner_id)
    with office.database.reading() as s:
        return [tuple(r) for r in s.execute(select(*columns).order_by(Task.id))]


def test_log_edit_delete_an_exchange_with_a_learner(office):
    learner = make_learner(office)
    exchange = office.journal.log(call(learner_id=learner, notes="Demande l'adresse exacte."))

    (row,) = office.journal.list()
    assert (row.id, row.who, row.who_detail) == (exchange, "Hélène Lefèvre", "Apprenant")
    assert row.channel_label == "Téléphone" and row.direction_label == "Reçu"

    data = office.journal.get(exchange)
    data.subject, data.channel, data.direction = "Adresse envoyée", "email", "sortant"
    office.journal.update(data)
    row = office.journal.row(exchange)
    assert (row.subject, row.channel_label, row.direction_label) == (
        "Adresse envoyée",
        "E-mail",
        "Émis",
    )

    office.journal.delete(exchange)
    assert office.journal.list() == []


def test_bad_input_is_refused_in_french_and_nothing_is_stored(office):
    with pytest.raises(ValidationError) as refused:
        office.journal.log(
            InteractionData(happened_at=MORNING, channel="pigeon", direction="", subject="  ")
        )
    errors = refused.value.errors
    assert "avec qui" in errors["person"]
    assert "objet" in errors["subject"]
    assert "canal" in errors["channel"]
    assert "sens" in errors["direction"]

    tomorrow = dt.datetime.combine(dt.date.today() + dt.timedelta(days=1), dt.time(9))
    with pytest.raises(ValidationError) as refused:
        office.journal.log(call(person="Mme Durand", happened_at=tomorrow))
    assert "pas encore arrivé" in refused.value.errors["happened_at"]

    with pytest.raises(ValidationError) as refused:
        office.journal.log(call(person="Mme Durand", follow_up_on=dt.date(2026, 11, 1)))
    assert "précède l'échange" in refused.value.errors["follow_up_on"]

    with pytest.raises(ValidationError) as refused:
        office.journal.log(call(person="Mme Durand", subject="x" * 301))
    assert "trop" in refused.value.errors["subject"]

    with office.database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Interaction)) == 0


def test_a_contact_brings_its_client_and_the_client_history_shows_it(office):
    client, contact = make_client(office)
    learner = make_learner(office)
    office.journal.log(call(contact_id=contact, subject="Devis pour trois salariés"))
    office.journal.log(
        call(
            client_id=client,
            person="Standard",
            subject="Facture",
            happened_at=MORNING.replace(hour=8),
        )
    )
    office.journal.log(call(learner_id=learner, subject="Attestation"))

    history = office.journal.history(client_id=client)
    assert [r.subject for r in history] == ["Devis pour trois salariés", "Facture"]  # newest first
    assert history[0].who == "Marc Petit" and history[0].who_detail == "chez Boulangeries Émile"
    assert history[1].who == "Standard"
    assert [r.subject for r in office.journal.history(contact_id=contact)] == [
        "Devis pour trois salariés"
    ]
    assert [r.subject for r in office.journal.history(learner_id=learner)] == ["Attestation"]


def test_a_contact_of_another_client_is_refused(office):
    _client, contact = make_client(office)
    other = office.parties.save_client(ClientData(name="Garage Martin", kind="particulier"))
    with pytest.raises(ValidationError, match="autre client"):
        office.journal.log(call(contact_id=contact, client_id=other))


def test_history_of_a_session_trainer_and_funder(office):
    session = make_session(office, make_course(office))
    funder = office.parties.save_funder(FunderData(name="OPCO Atlas", kind="opco"))
    office.journal.log(call(person="M. Girard", session_id=session, subject="Salle trop petite"))
    office.journal.log(call(funder_id=funder, subject="Accord de prise en charge"))
    assert [r.subject for r in office.journal.history(session_id=session)] == ["Salle trop petite"]
    assert office.journal.history(session_id=session)[0].session_code
    assert [r.subject for r in office.journal.history(funder_id=funder)] == [
        "Accord de prise en charge"
    ]
    assert office.journal.history() == []


def test_filters_text_without_accents_channel_period_and_follow_ups(office):
    learner = make_learner(office)
    office.journal.log(call(learner_id=learner, subject="Convocation"))
    office.journal.log(
        call(
            person="Élodie Roux",
            channel="courrier",
            subject="Réclamation reçue",
            happened_at=MORNING - dt.timedelta(days=40),
            follow_up_on=MORNING.date(),
        )
    )
    journal = office.journal
    assert [r.subject for r in journal.list(JournalFilter(text="helene"))] == ["Convocation"]
    assert [r.subject for r in journal.list(JournalFilter(text="elodie reclamation"))] == [
        "Réclamation reçue"
    ]
    assert [r.subject for r in journal.list(JournalFilter(channel="courrier"))] == [
        "Réclamation reçue"
    ]
    since = MORNING.date() - dt.timedelta(days=7)
    assert [r.subject for r in journal.list(JournalFilter(since=since))] == ["Convocation"]
    assert [r.subject for r in journal.list(JournalFilter(pending=True))] == ["Réclamation reçue"]


def test_follow_up_becomes_a_task_moved_done_and_removed(office):
    learner = make_learner(office)
    exchange = office.journal.log(call(learner_id=learner, follow_up_on=dt.date(2026, 11, 10)))
    assert tasks(office) == [
        (
            f"interaction:{exchange}:follow_up",
            "Relancer Hélène Lefèvre : Question sur la convocation",
            dt.date(2026, 11, 10),
            None,
            learner,
        )
    ]

    office.journal.mark_follow_up_done(exchange, on=dt.date(2026, 11, 9))
    assert tasks(office)[0][3] == dt.date(2026, 11, 9)
    row = office.journal.row(exchange)
    assert not row.pending and row.follow_up_text == "faite le 09/11/2026"

    data = office.journal.get(exchange)
    data.follow_up_on = dt.date(2026, 11, 20)  # a new date: a new follow-up to make
    office.journal.update(data)
    ((_key, _title, due_on, done_on, _learner),) = tasks(office)
    assert (due_on, done_on) == (dt.date(2026, 11, 20), None)

    data.follow_up_on = None
    office.journal.update(data)
    assert tasks(office) == []
    with pytest.raises(BusinessRuleError, match="pas de date de relance"):
        office.journal.mark_follow_up_done(exchange)

    data.follow_up_on = dt.date(2026, 11, 25)
    office.journal.update(data)
    office.journal.delete(exchange)
    assert tasks(office) == []


def test_a_dropped_eml_is_read_and_its_sender_matched(office, tmp_path):
    learner = make_learner(office, email="helene.lefevre@example.org")
    path = write_eml(
        tmp_path / "attestation.eml",
        sender="Hélène Lefèvre <Helene.Lefevre@Example.org>",
        subject="Mon attestation de fin de formation",
        body="Bonjour,\n\nPouvez-vous me renvoyer mon attestation ?\n\nHélène",
        date="Tue, 03 Nov 2026 09:12:00 +0000",
    )
    info = office.journal.read_message(path)
    assert info.sender_name == "Hélène Lefèvre"
    assert info.sender_email == "helene.lefevre@example.org"
    assert info.subject == "Mon attestation de fin de formation"
    assert "renvoyer mon attestation" in info.body
    assert info.sent_at is not None and info.sent_at.date() == dt.date(2026, 11, 3)
    assert [(w.kind, w.id) for w in info.matches] == [("learner", learner)]


def test_an_html_only_eml_gives_its_readable_text(office, tmp_path):
    message = EmailMessage()
    message["From"] = "=?utf-8?q?Fran=C3=A7oise_Blanc?= <f.blanc@opco.fr>"
    message["Subject"] = "=?utf-8?q?Accord_de_prise_en_charge_n=C2=B0_42?="
    message["Date"] = "Tue, 03 Nov 2026 09:12:00 +0000"
    message.set_content(
        "<html><head><style>p {color: red}</style></head><body><p>Bonjour,</p>"
        "<p>L'accord est <b>validé</b>.</p></body></html>",
        subtype="html",
    )
    path = tmp_path / "accord.eml"
    path.write_bytes(bytes(message))
    info = office.journal.read_message(path)
    assert (info.sender, info.subject) == ("Françoise Blanc", "Accord de prise en charge n° 42")
    assert info.body == "Bonjour,\n\nL'accord est validé."
    assert info.matches == []


def test_a_contact_trainer_or_funder_sender_is_matched(office, tmp_path):
    _client, contact = make_client(office)
    path = write_eml(
        tmp_path / "devis.eml",
        sender="M.PETIT@emile.fr",
        subject="Devis",
        body="Merci pour le devis.",
        date="Tue, 03 Nov 2026 09:12:00 +0000",
    )
    (match,) = office.journal.read_message(path).matches
    assert (match.kind, match.id, match.label) == (
        "contact",
        contact,
        "Marc Petit — Contact chez Boulangeries Émile",
    )


def test_an_outlook_msg_is_read_matched_and_kept(office, tmp_path):
    _client, contact = make_client(office)
    path = write_msg(
        tmp_path / "Devis signé.msg",
        sender="Marc Petit",
        address="M.Petit@emile.fr",
        subject="Devis signé",
        body="Bonjour,\r\nvoici le devis signé.\r\n\r\n\r\n\r\nMarc",
        sent=dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC),
    )
    info = office.journal.read_message(path)
    assert (info.sender_name, info.sender_email, info.subject) == (
        "Marc Petit",
        "m.petit@emile.fr",
        "Devis signé",
    )
    assert info.body == "Bonjour,\nvoici le devis signé.\n\nMarc"
    sent = dt.datetime(2026, 11, 2, 14, 5, tzinfo=dt.UTC)
    assert info.sent_at == sent.astimezone().replace(tzinfo=None)  # the workstation's time
    assert [(w.kind, w.id) for w in info.matches] == [("contact", contact)]

    exchange = office.journal.log(
        InteractionData(happened_at=info.sent_at, contact_id=contact, subject=info.subject),
        attach=[path],
    )
    (kept,) = office.journal.attachments(exchange)
    assert (kept.filename, kept.media_type, kept.is_message) == (
        "Devis signé.msg",
        "application/vnd.ms-outlook",
        True,
    )


def test_malformed_messages_are_refused_in_french(office, tmp_path):
    not_mail = tmp_path / "notes.eml"
    not_mail.write_text("juste du texte, sans en-têtes\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="n'est pas un e-mail lisible"):
        office.journal.read_message(not_mail)

    fake_msg = tmp_path / "relance.msg"
    fake_msg.write_bytes(b"ceci n'est pas un fichier Outlook")
    with pytest.raises(ValidationError, match="n'est pas un vrai fichier .msg"):
        office.journal.read_message(fake_msg)

    broken_msg = tmp_path / "casse.msg"
    broken_msg.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    with pytest.raises(ValidationError, match="n'est pas un e-mail lisible"):
        office.journal.read_message(broken_msg)

    with pytest.raises(ValidationError, match="n'est pas un vrai fichier .msg"):
        office.journal.log(call(person="X", subject="Relance"), attach=[fake_msg])
    with office.database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Interaction)) == 0
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_an_older_outlook_msg_in_windows_encoding_with_only_html_is_read(office, tmp_path):
    path = write_msg(
        tmp_path / "reçu.msg",
        sender="Hélène Lefèvre",
        address=None,  # no address saved: the sender is known by name only
        subject="Reçu — attestation d'été",
        body=None,
        sent=None,
        html=b"<html><head><style>p {color: red}</style></head>"
        b"<body><p>Bonjour,</p><p>Bien re\xe7u, <b>merci</b>.</p></body></html>",
        eight_bit=True,
    )
    info = office.journal.read_message(path)
    assert (info.sender, info.sender_email, info.subject) == (
        "Hélène Lefèvre",
        "",
        "Reçu — attestation d'été",
    )
    assert info.sent_at is None
    assert info.body == "Bonjour,\n\nBien reçu, merci."


def test_an_office_file_renamed_msg_is_refused_in_french(office, tmp_path):
    not_mail = write_msg(
        tmp_path / "tableau.msg",
        sender=None,
        address=None,
        subject=None,
        body=None,
        sent=None,
        message_class=None,
    )
    with pytest.raises(ValidationError, match="n'est pas un e-mail lisible"):
        office.journal.read_message(not_mail)


def test_attachments_round_trip(office, tmp_path):
    mail = write_eml(
        tmp_path / "demande.eml",
        sender="contact@acme.fr",
        subject="Demande",
        body="Bonjour",
        date="Tue, 03 Nov 2026 09:12:00 +0000",
    )
    scan = tmp_path / "courrier.pdf"
    scan.write_bytes(b"%PDF-1.4\n% courrier scanne\n")
    exchange = office.journal.log(call(person="Acme", subject="Demande"), attach=[mail])
    scan_id = office.journal.attach(exchange, scan)

    files = office.journal.attachments(exchange)
    assert [(f.filename, f.media_type) for f in files] == [
        ("demande.eml", "message/rfc822"),
        ("courrier.pdf", "application/pdf"),
    ]
    assert office.journal.row(exchange).attachments == 2
    name, media_type, data = office.journal.attachment_data(scan_id)
    assert (name, media_type, data) == ("courrier.pdf", "application/pdf", scan.read_bytes())

    office.journal.detach(exchange, scan_id)
    assert [f.filename for f in office.journal.attachments(exchange)] == ["demande.eml"]
    office.journal.delete(exchange)
    with office.database.reading() as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0


def test_an_unknown_kind_of_file_is_refused(office, tmp_path):
    program = tmp_path / "facture.exe"
    program.write_bytes(b"MZ\x90\x00")
    exchange = office.journal.log(call(person="Acme"))
    with pytest.raises(ValidationError, match="type accepté"):
        office.journal.attach(exchange, program)
    empty = tmp_path / "vide.pdf"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="est vide"):
        office.journal.attach(exchange, empty)


def test_find_people_across_files_without_accents(office):
    make_learner(office)
    _client, _contact = make_client(office)
    found = office.journal.find_people("emile")
    assert [(w.kind, w.name) for w in found] == [("client", "Boulangeries Émile")]
    assert [w.kind for w in office.journal.find_people("petit marc")] == ["contact"]
    assert [w.name for w in office.journal.find_people("hele")] == ["Hélène Lefèvre"]


def test_session_choices_put_the_persons_sessions_first(office):
    from formadesk.core.services.enrollments import EnrollmentData  # noqa: F401 - shape check

    course = make_course(office)
    today = dt.date.today()
    near = make_session(office, course, start=today + dt.timedelta(days=3))
    learner = make_learner(office)
    who = office.journal.who("learner", learner)
    choices = office.journal.session_choices(who)
    assert [c.id for c in choices] == [near] and not choices[0].own
