"""The history of generated documents: list them, follow their status, prepare an email.

A mixin of ``DocumentService`` (which provides ``database`` and ``changes``), kept apart so
that generation and follow-up each stay readable.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...changes import Change, ChangeBus
from ...db import Database, normalised
from ...errors import BusinessRuleError, NotFoundError
from ...model import (
    DOCUMENT_STATUSES,
    Client,
    GeneratedDocument,
    Learner,
    Trainer,
    TrainingSession,
)
from ...validation import normalise_search
from .builders import organisation_info
from .delivery import EmailDraft, draft_body, drafts_dir, write_email_draft
from .registry import KINDS, kind_label, named_in_file
from .targets import filing_name, recipient_from_path, trainer_targets

SALUTATIONS = {"Mme": "Madame,", "M.": "Monsieur,"}


@dataclass(frozen=True)
class DocumentRow:
    """One generated document, as listed in the documents tab."""

    id: int
    kind: str
    kind_label: str
    session_code: str
    learner_name: str  # the learner, else the client, else the trainer named in the file
    path: str
    file_format: str
    version: int
    status: str
    status_label: str
    generated_at: dt.datetime
    sent_at: dt.datetime | None = None
    signed_at: dt.datetime | None = None
    session_id: int | None = None
    learner_id: int | None = None
    client_id: int | None = None
    number: str = ""  # « D-2026-0007 » for a quote; "" for kinds without a number


class DocumentHistory:
    """List, status and email drafts of generated documents."""

    database: Database
    changes: ChangeBus

    def list_documents(
        self, session_id: int | None = None, limit: int = 500, *, text: str = ""
    ) -> list[DocumentRow]:
        """Generated documents, newest first (of one session, or of all); with ``text``, those
        whose file name (kind, session, recipient) or number holds every word of it."""
        doc = GeneratedDocument
        query = (
            select(
                doc.id, doc.kind, doc.path, doc.file_format, doc.version, doc.status,
                doc.generated_at, doc.sent_at, doc.signed_at, doc.session_id, doc.learner_id,
                doc.client_id, doc.number,
                TrainingSession.code, Learner.last_name, Learner.first_name, Client.name,
            )  # plain columns: the list shows up to thousands of rows
            .outerjoin(TrainingSession, TrainingSession.id == doc.session_id)
            .outerjoin(Learner, Learner.id == doc.learner_id)
            .outerjoin(Client, Client.id == doc.client_id)
            .order_by(doc.generated_at.desc(), doc.id.desc())
            .limit(limit)
        )  # fmt: skip
        if session_id is not None:
            query = query.where(doc.session_id == session_id)
        searched = normalised(doc.path + " " + func.coalesce(doc.number, ""))
        for word in normalise_search(text).split():
            query = query.where(searched.contains(word, autoescape=True))
        with self.database.reading() as s:
            rows = s.connection().execute(query).all()  # plain rows: no ORM bookkeeping
        return [
            DocumentRow(
                id, kind, kind_label(kind), code or "",
                _recipient_name(kind, path, last, first, client), path, file_format, version,
                status, DOCUMENT_STATUSES.get(status, status), generated_at, sent_at, signed_at,
                session_id, learner_id, client_id, number or "",
            )
            for (id, kind, path, file_format, version, status, generated_at, sent_at, signed_at,
                 session_id, learner_id, client_id, number, code, last, first, client) in rows
        ]  # fmt: skip

    def set_status(self, document_id: int, status: str) -> None:
        """Mark a document « généré », « envoyé » or « signé reçu » (dates kept for each)."""
        if status not in DOCUMENT_STATUSES:
            choices = ", ".join(f"« {label} »" for label in DOCUMENT_STATUSES.values())
            raise BusinessRuleError(f"Statut de document inconnu : choisissez {choices}.")
        now = dt.datetime.now()
        with self.database.unit_of_work() as s:
            doc = _document(s, document_id)
            doc.status = status
            if status == "genere":
                doc.sent_at = doc.signed_at = None
            elif status == "envoye":
                doc.sent_at, doc.signed_at = doc.sent_at or now, None
            else:  # signed and back: it was sent, too
                doc.sent_at, doc.signed_at = doc.sent_at or now, doc.signed_at or now
        self.changes.emit(Change("document", (document_id,), "updated"))

    def email_draft(self, document_id: int, out_dir: Path | None = None) -> Path:
        """Write a .eml draft with the document attached, addressed to its recipient.

        Outlook opens it as a new message (``X-Unsent: 1``); Thunderbird opens it too.
        Raises BusinessRuleError when the file is gone or the recipient has no email address.
        """
        with self.database.reading() as s:
            doc = _document(s, document_id)
            attachment = Path(doc.path)
            if not attachment.is_file():
                raise BusinessRuleError(
                    f"Le fichier « {attachment.name} » n'existe plus : produisez à nouveau le "
                    "document avant de préparer le courriel."
                )
            session = s.get(TrainingSession, doc.session_id) if doc.session_id else None
            name, address, salutation = _recipient(s, doc)
            org = organisation_info(s)
            label = kind_label(doc.kind)
            title = session.course.title if session else ""
            code = session.code if session else ""
            dates = fmt.date_range_long(session.start_date, session.end_date) if session else ""
        contact = " · ".join(p for p in (org.phone, org.email) if p)
        draft = EmailDraft(
            to_address=address,
            to_name=name,
            subject=f"{label} — {title} ({code})" if code else label,
            body=draft_body(
                salutation=salutation,
                label=label,
                course_title=title,
                session_code=code,
                dates=dates,
                signature=(org.signatory_name, org.signatory_title, org.name, contact),
            ),
            attachment=attachment,
            sender_address=org.email,
            sender_name=org.name,
        )
        return write_email_draft(draft, (out_dir or drafts_dir()) / f"{attachment.stem}.eml")


def _document(s: Session, document_id: int) -> GeneratedDocument:
    doc = s.get(GeneratedDocument, document_id)
    if doc is None:
        raise NotFoundError("Ce document n'existe plus : actualisez la liste des documents.")
    return doc


def _recipient_name(kind: str, path: str, last: str | None, first: str | None, client) -> str:
    if last is not None:
        return filing_name(last, first or "")
    if client:
        return client
    return recipient_from_path(path) if named_in_file(kind) else ""


def _recipient(s: Session, doc: GeneratedDocument) -> tuple[str, str, str]:
    """(name, email address, salutation) of the person or body the document is for."""
    if doc.learner_id:
        learner = s.get(Learner, doc.learner_id)
        return _person(learner, "sa fiche")
    if doc.client_id:
        client = s.get(Client, doc.client_id)
        if not client.email.strip():
            contact = next((c for c in client.contacts if c.email.strip()), None)
            if contact is not None:
                return _person(contact, "la fiche du client")
        _require_email(client.name, client.email, "la fiche du client")
        return client.name, client.email.strip(), "Madame, Monsieur,"
    kind = KINDS.get(doc.kind)
    if kind and kind.scope == "trainer" and doc.session_id:
        wanted = recipient_from_path(doc.path)
        for target in trainer_targets(s, doc.session_id):
            if target.name == wanted:
                return _person(s.get(Trainer, target.trainer_id), "sa fiche")
    raise BusinessRuleError(
        "Ce document ne s'adresse à personne en particulier : joignez-le vous-même à un "
        "courriel depuis le dossier de la session."
    )


def _person(person, where: str) -> tuple[str, str, str]:
    """(name, address, salutation) of a learner, trainer or client contact."""
    name = f"{person.first_name} {person.last_name}".strip()
    _require_email(name, person.email, where)
    return name, person.email.strip(), SALUTATIONS.get(person.civility, "Madame, Monsieur,")


def _require_email(name: str, address: str, where: str) -> None:
    if "@" not in (address or ""):
        raise BusinessRuleError(
            f"{name} n'a pas d'adresse électronique : ajoutez-la dans {where}, puis préparez "
            "à nouveau le courriel."
        )
