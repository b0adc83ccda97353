"""After generation: status follow-up and email drafts that Outlook or Thunderbird open."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from sqlalchemy import select

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import GeneratedDocument

CODE = "2026-EXCEL-INT-003"
TITLE = "Excel intermédiaire : tableaux croisés dynamiques"


def _convocation(desk, seeded, who: str) -> int:
    files = desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded[who]])
    return files.document_ids[0]


def test_email_draft_is_addressed_with_the_file_attached_and_opens_as_a_draft(
    desk, seeded, tmp_path
):
    document_id = _convocation(desk, seeded, "helene")

    eml = desk.documents.email_draft(document_id, out_dir=tmp_path)

    assert eml == tmp_path / f"Convocation - {CODE} - LEFÈVRE Hélène.eml"
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "helene.lefevre@example.fr"
    assert message["To"].addresses[0].display_name == "Hélène Lefèvre"
    assert message["Subject"] == f"Convocation — {TITLE} ({CODE})"
    assert message["From"].addresses[0].addr_spec == "contact@afc-formation.fr"
    body = message.get_body(("plain",)).get_content().replace("\r\n", "\n")
    assert body.startswith("Madame,\n")
    assert f"« Convocation » relatif à la formation « {TITLE} » (session {CODE})" in body
    assert "Sophie Garnier\nDirectrice\nAtelier Formation Conseil" in body
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == f"Convocation - {CODE} - LEFÈVRE Hélène.pdf"
    assert attachment.get_content_type() == "application/pdf"
    row = desk.documents.list_documents()[0]
    assert attachment.get_content() == Path(row.path).read_bytes()
    assert b"\r\n" in eml.read_bytes()  # CRLF line ends, as mail programs expect


def test_no_email_address_gives_a_french_hint(desk, seeded, tmp_path):
    document_id = _convocation(desk, seeded, "marc")
    with pytest.raises(BusinessRuleError, match="Marc N'Diaye n'a pas d'adresse électronique"):
        desk.documents.email_draft(document_id, out_dir=tmp_path)
    assert list(tmp_path.glob("*.eml")) == []


def test_a_deleted_file_cannot_be_attached(desk, seeded, tmp_path):
    document_id = _convocation(desk, seeded, "helene")
    path = desk.documents.list_documents()[0].path
    __import__("os").remove(path)
    with pytest.raises(BusinessRuleError, match="n'existe plus : produisez à nouveau"):
        desk.documents.email_draft(document_id, out_dir=tmp_path)


def test_status_goes_from_generated_to_sent_to_signed_with_dates(desk, seeded):
    document_id = _convocation(desk, seeded, "helene")

    desk.documents.set_status(document_id, "envoye")
    (row,) = desk.documents.list_documents()
    assert (row.status, row.status_label) == ("envoye", "Envoyé")
    assert row.sent_at is not None and row.signed_at is None
    sent_at = row.sent_at

    desk.documents.set_status(document_id, "signe")
    (row,) = desk.documents.list_documents()
    assert row.status_label == "Signé reçu" and row.signed_at is not None
    assert row.sent_at == sent_at  # the sending date is kept

    desk.documents.set_status(document_id, "genere")
    with desk.database.reading() as s:
        doc = s.scalar(select(GeneratedDocument))
        assert (doc.status, doc.sent_at, doc.signed_at) == ("genere", None, None)
    updates = [c for c in desk.emitted if c.entity == "document" and c.action == "updated"]
    assert [c.ids for c in updates] == [(document_id,)] * 3

    with pytest.raises(BusinessRuleError, match="Statut de document inconnu"):
        desk.documents.set_status(document_id, "archive")
