"""Réclamations (Qualiopi indicator 31): received, acknowledged, analysed, answered, closed.

Each step is dated; the steps follow each other (no answer before the receipt, no closure
before the answer) and none is dated in the future. The acknowledgement and the answer are
due a number of days after the receipt (settings ``quality.complaint_ack_days`` and
``quality.complaint_answer_days``); each due date is a task, done when the step is done.

A complaint with improvement actions cannot be deleted: the actions are the evidence of what
was done about it (indicator 32); delete or detach them first.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import extract, func, or_, select
from sqlalchemy.orm import Session

from .. import paths
from ..changes import Change
from ..errors import BusinessRuleError, ValidationError
from ..guards import column_problems
from ..model import (
    Client,
    Complaint,
    Contact,
    Enrollment,
    GeneratedDocument,
    ImprovementAction,
    Learner,
    Organisation,
    Trainer,
    TrainingSession,
)
from ..outputs import checked_output_folder
from ..validation import normalise_search
from .base import Service, get_or_fail, row_to
from .complaint_tasks import TaskLine, remove_tasks, sync_task, task_lines
from .parties import _like_pattern
from .settings import day_count
from .settings_checks import COMPLAINT_ACK_DAYS, COMPLAINT_ANSWER_DAYS

COMPLAINT_CHANNELS = {
    "email": "E-mail",
    "courrier": "Courrier",
    "telephone": "Téléphone",
    "visite": "Visite",
    "formulaire": "Formulaire",
}
COMPLAINT_FILTERS = ("open", "closed", "all")


@dataclass
class ComplaintData:
    """A complaint as the dialog edits it (every step included); ``id`` None = new."""

    received_on: dt.date | None = None
    channel: str = "email"
    author: str = ""
    subject: str = ""
    description: str = ""
    learner_id: int | None = None
    client_id: int | None = None
    contact_id: int | None = None
    trainer_id: int | None = None
    session_id: int | None = None
    acknowledge_by: dt.date | None = None  # None: received_on + the office's delay
    answer_by: dt.date | None = None
    acknowledged_on: dt.date | None = None
    analysis: str = ""
    answered_on: dt.date | None = None
    answer: str = ""
    closed_on: dt.date | None = None
    id: int | None = None


@dataclass(frozen=True)
class ComplaintRow:
    """One line of the complaints list."""

    id: int
    received_on: dt.date
    channel: str
    author: str
    subject: str
    session_id: int | None
    session_code: str
    acknowledge_by: dt.date | None
    acknowledged_on: dt.date | None
    answer_by: dt.date | None
    answered_on: dt.date | None
    closed_on: dt.date | None
    actions: int = 0

    @property
    def channel_label(self) -> str:
        return COMPLAINT_CHANNELS.get(self.channel, self.channel)

    @property
    def number(self) -> str:
        return complaint_number(self.id)

    @property
    def status_label(self) -> str:
        if self.closed_on:
            return "Clôturée"
        if self.answered_on:
            return "Répondue"
        if self.acknowledged_on:
            return "Accusé de réception envoyé"
        return "Reçue"

    def ack_late(self, today: dt.date | None = None) -> bool:
        """The acknowledgement is past due and neither it nor the answer is recorded."""
        today = today or dt.date.today()
        done = self.acknowledged_on or self.answered_on
        return not done and self.acknowledge_by is not None and self.acknowledge_by < today

    def answer_late(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return not self.answered_on and self.answer_by is not None and self.answer_by < today

    def is_late(self, today: dt.date | None = None) -> bool:
        return self.ack_late(today) or self.answer_late(today)


@dataclass(frozen=True)
class ComplaintCounts:
    open: int
    late: int
    closed: int


def complaint_number(complaint_id: int) -> str:
    """« R-0012 »: how the register and the letters name a complaint."""
    return f"R-{complaint_id:04d}"


def _default_due(s: Session, received_on: dt.date) -> tuple[dt.date, dt.date]:
    ack = day_count(s, COMPLAINT_ACK_DAYS)
    answer = day_count(s, COMPLAINT_ANSWER_DAYS)
    return received_on + dt.timedelta(days=ack), received_on + dt.timedelta(days=answer)


def check_steps(data: ComplaintData, today: dt.date) -> dict[str, str]:
    """French messages for the dates and steps of ``data`` that do not hold together."""
    errors: dict[str, str] = {}
    received = data.received_on
    if received is None:
        errors["received_on"] = "Indiquez la date de réception de la réclamation."
    elif received > today:
        errors["received_on"] = "La date de réception ne peut pas être dans le futur."
    steps = (
        ("acknowledged_on", data.acknowledged_on, "L'accusé de réception", "daté"),
        ("answered_on", data.answered_on, "La réponse", "datée"),
        ("closed_on", data.closed_on, "La clôture", "datée"),
    )
    for name, value, label, dated in steps:
        if value is None:
            continue
        if value > today:
            errors[name] = f"{label} ne peut pas être {dated} dans le futur."
        elif received is not None and value < received:
            errors[name] = (
                f"{label} ({value:%d/%m/%Y}) ne peut pas précéder la réception de la "
                f"réclamation ({received:%d/%m/%Y})."
            )
    ack, answered, closed = data.acknowledged_on, data.answered_on, data.closed_on
    if answered and ack and answered < ack and "answered_on" not in errors:
        errors["answered_on"] = "La réponse ne peut pas précéder l'accusé de réception."
    if answered and not data.answer.strip():
        errors["answer"] = "Saisissez la réponse apportée (ou videz sa date)."
    if closed and not answered:
        errors["closed_on"] = (
            "Une réclamation ne peut être clôturée qu'après sa réponse : datez d'abord la réponse."
        )
    elif closed and answered and closed < answered and "closed_on" not in errors:
        errors["closed_on"] = "La clôture ne peut pas précéder la réponse."
    for name, value, label in (
        ("acknowledge_by", data.acknowledge_by, "L'échéance de l'accusé de réception"),
        ("answer_by", data.answer_by, "L'échéance de la réponse"),
    ):
        if value is not None and received is not None and value < received:
            errors[name] = f"{label} ne peut pas précéder la réception."
    return errors


class ComplaintService(Service):
    """Record complaints and each step of their handling; their tasks follow."""

    # -- reading --------------------------------------------------------------------------
    def list(
        self,
        *,
        state: str = "all",
        year: int | None = None,
        session_id: int | None = None,
        text: str = "",
    ) -> list[ComplaintRow]:
        """Complaints, newest first; ``state`` « open », « closed » or « all »."""
        if state not in COMPLAINT_FILTERS:
            raise ValueError(f"unknown complaint filter {state!r}")
        actions = (
            select(ImprovementAction.complaint_id, func.count().label("n"))
            .where(ImprovementAction.complaint_id.is_not(None))
            .group_by(ImprovementAction.complaint_id)
            .subquery()
        )
        query = (
            select(Complaint, TrainingSession.code, func.coalesce(actions.c.n, 0))
            .outerjoin(TrainingSession, TrainingSession.id == Complaint.session_id)
            .outerjoin(actions, actions.c.complaint_id == Complaint.id)
            .order_by(Complaint.received_on.desc(), Complaint.id.desc())
        )
        if state == "open":
            query = query.where(Complaint.closed_on.is_(None))
        elif state == "closed":
            query = query.where(Complaint.closed_on.is_not(None))
        if year:
            query = query.where(extract("year", Complaint.received_on) == int(year))
        if session_id:
            query = query.where(Complaint.session_id == session_id)
        for word in normalise_search(text).split():  # accents and case ignored, every word
            pattern = _like_pattern(word)
            query = query.where(
                or_(
                    (Complaint.author + " " + Complaint.subject).ilike(pattern, escape="/"),
                    Complaint.learner_id.in_(
                        select(Learner.id).where(
                            Learner.search_text.contains(word, autoescape=True)
                        )
                    ),
                )
            )
        with self._db.reading() as s:
            return [
                ComplaintRow(
                    c.id,
                    c.received_on,
                    c.channel,
                    c.author,
                    c.subject,
                    c.session_id,
                    code or "",
                    c.acknowledge_by,
                    c.acknowledged_on,
                    c.answer_by,
                    c.answered_on,
                    c.closed_on,
                    n,
                )
                for c, code, n in s.execute(query)
            ]

    def counts(self, today: dt.date | None = None) -> ComplaintCounts:
        """How many complaints are open, late (a step past due) and closed."""
        rows = self.list()
        today = today or dt.date.today()
        return ComplaintCounts(
            open=sum(1 for r in rows if not r.closed_on),
            late=sum(1 for r in rows if not r.closed_on and r.is_late(today)),
            closed=sum(1 for r in rows if r.closed_on),
        )

    def years(self) -> list[int]:
        """Years in which complaints were received, newest first (this year at least)."""
        with self._db.reading() as s:
            first, last = s.execute(
                select(func.min(Complaint.received_on), func.max(Complaint.received_on))
            ).one()
        this = dt.date.today().year
        if first is None:
            return [this]
        return list(range(max(this, last.year), first.year - 1, -1))

    def get(self, complaint_id: int) -> ComplaintData:
        with self._db.reading() as s:
            return row_to(ComplaintData, get_or_fail(s, Complaint, complaint_id, "La réclamation"))

    def tasks(self, complaint_id: int) -> list[TaskLine]:
        """The acknowledgement and answer tasks of a complaint."""
        with self._db.reading() as s:
            return task_lines(s, *_rule_keys(complaint_id))

    def default_due_dates(self, received_on: dt.date) -> tuple[dt.date, dt.date]:
        """When the acknowledgement and the answer are due for a complaint received that day."""
        with self._db.reading() as s:
            return _default_due(s, received_on)

    # -- writing --------------------------------------------------------------------------
    def create(self, data: ComplaintData) -> int:
        """Record a new complaint and its two tasks; returns its id."""
        data = dataclasses.replace(data, id=None)
        return self.save(data)

    def update(self, data: ComplaintData) -> int:
        if data.id is None:
            raise ValueError("update() needs the complaint's id")
        return self.save(data)

    def save(self, data: ComplaintData) -> int:
        """Create (``data.id`` None) or update a complaint with all its steps; returns its id.

        Raises ValidationError naming each wrong field; nothing is written then.
        """
        data = dataclasses.replace(
            data,
            author=data.author.strip(),
            subject=data.subject.strip(),
            description=data.description.strip(),
            analysis=data.analysis.strip(),
            answer=data.answer.strip(),
        )
        today = dt.date.today()
        errors = column_problems(data, Complaint)
        if data.channel not in COMPLAINT_CHANNELS:
            errors["channel"] = "Choisissez comment la réclamation est arrivée."
        if not data.subject:
            errors["subject"] = "Indiquez l'objet de la réclamation en quelques mots."
        with self._db.unit_of_work() as s:
            row = None
            if data.id is not None:
                row = get_or_fail(s, Complaint, data.id, "La réclamation")
                _follow_receipt(row, data)
            errors = check_steps(data, today) | errors
            if not data.author:
                data.author = _author_from_links(s, data)
            if not data.author:
                errors.setdefault(
                    "author",
                    "Indiquez qui a fait la réclamation (nom), ou choisissez l'apprenant ou le "
                    "client concerné.",
                )
            if errors:
                raise ValidationError(errors)
            _check_links(s, data)
            if data.acknowledge_by is None or data.answer_by is None:
                default_ack, default_answer = _default_due(s, data.received_on)
                data.acknowledge_by = data.acknowledge_by or default_ack
                data.answer_by = data.answer_by or default_answer
            action = "created" if row is None else "updated"
            if row is None:
                row = Complaint(received_on=data.received_on)
                s.add(row)
            for f in dataclasses.fields(data):
                if f.name != "id":
                    setattr(row, f.name, getattr(data, f.name))
            s.flush()
            _sync(s, row)
            complaint_id = row.id
        self._emit("complaint", complaint_id, action, "task")
        return complaint_id

    def acknowledge(self, complaint_id: int, on: dt.date) -> None:
        """Record the acknowledgement sent on ``on``."""
        self._step(complaint_id, acknowledged_on=on)

    def set_analysis(self, complaint_id: int, text: str) -> None:
        """Record the analysis of the causes (what happened, why)."""
        self._step(complaint_id, analysis=text)

    def answer(self, complaint_id: int, on: dt.date, text: str) -> None:
        """Record the answer sent on ``on``."""
        self._step(complaint_id, answered_on=on, answer=text)

    def close(self, complaint_id: int, on: dt.date) -> None:
        """Close the complaint (after its answer)."""
        self._step(complaint_id, closed_on=on)

    def reopen(self, complaint_id: int) -> None:
        self._step(complaint_id, closed_on=None)

    def _step(self, complaint_id: int, **changes) -> None:
        data = dataclasses.replace(self.get(complaint_id), **changes)
        self.save(data)

    def make_letter(
        self,
        complaint_id: int,
        *,
        kind: str = "accuse",
        file_format: str = "pdf",
        out_dir: Path | None = None,
    ) -> Path:
        """Write the acknowledgement (« accuse ») or answer (« reponse ») letter; returns it.

        Filed in ``<documents>/<year>/Réclamations/`` (or ``out_dir``) and recorded in the
        documents history with the complaint's session, learner and client. Refused with a
        French message saying what to enter when a fact the letter states is missing.
        """
        from ..documents.engine.files import safe_file_name
        from ..documents.quality.letters import (
            DOCUMENT_KINDS,
            LETTER_KINDS,
            RENDERERS,
            build_complaint_letter,
        )

        if file_format not in RENDERERS:
            raise BusinessRuleError("Le courrier se produit en PDF ou en Word : choisissez l'un.")
        with self._db.reading() as s:
            data = build_complaint_letter(s, complaint_id, kind)
            row = get_or_fail(s, Complaint, complaint_id, "La réclamation")
            links = (row.session_id, row.learner_id, row.client_id)
            folder = out_dir or documents_base(s) / str(row.received_on.year) / "Réclamations"
        folder = checked_output_folder(folder)
        stem = safe_file_name(
            f"{LETTER_KINDS[kind]} - {data.number} - {data.recipient.name}", fallback=data.number
        )
        path, version = folder / f"{stem}.{file_format}", 1
        while path.exists():
            version += 1
            path = folder / f"{stem} (v{version}).{file_format}"
        RENDERERS[file_format](data, path)
        try:
            document_id = self._record_letter(
                DOCUMENT_KINDS[kind], links, path, file_format, version
            )
        except BaseException:
            path.unlink(missing_ok=True)  # no file the history does not know
            raise
        self._changes.emit(Change("document", (document_id,), "created"))
        return path

    def _record_letter(
        self, document_kind: str, links, path: Path, file_format: str, version: int
    ) -> int:
        with self._db.unit_of_work() as s:
            document = GeneratedDocument(
                kind=document_kind,
                session_id=links[0],
                learner_id=links[1],
                client_id=links[2],
                path=str(path.resolve()),
                file_format=file_format,
                version=version,
                status="genere",
                generated_at=dt.datetime.now(),
            )
            s.add(document)
            s.flush()
            return document.id

    def delete(self, complaint_id: int) -> None:
        """Delete a complaint and its tasks; refused while improvement actions are linked."""
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Complaint, complaint_id, "La réclamation")
            linked = s.scalar(
                select(func.count())
                .select_from(ImprovementAction)
                .where(ImprovementAction.complaint_id == complaint_id)
            )
            if linked:
                raise BusinessRuleError(
                    f"La réclamation {complaint_number(complaint_id)} a "
                    f"{'une action' if linked == 1 else f'{linked} actions'} d'amélioration "
                    "liée(s), preuve de son traitement : supprimez ces actions ou rattachez-les "
                    "à une autre origine avant de supprimer la réclamation."
                )
            remove_tasks(s, *_rule_keys(complaint_id))
            s.delete(row)
        self._emit("complaint", complaint_id, "deleted", "task")


def documents_base(s: Session) -> Path:
    """Where generated documents go (as the documents service files them)."""
    configured = s.scalar(select(Organisation.documents_dir).order_by(Organisation.id))
    return paths.documents_base(configured)


def _rule_keys(complaint_id: int) -> tuple[str, str]:
    return f"complaint:{complaint_id}:ack", f"complaint:{complaint_id}:answer"


def _author_from_links(s: Session, data: ComplaintData) -> str:
    """The name of the linked contact, learner or client, for a complaint typed without one."""
    if data.contact_id and (contact := s.get(Contact, data.contact_id)):
        return f"{contact.first_name} {contact.last_name}".strip()
    if data.learner_id and (learner := s.get(Learner, data.learner_id)):
        return f"{learner.first_name} {learner.last_name}".strip()
    if data.client_id and (client := s.get(Client, data.client_id)):
        return client.name
    return ""


def _follow_receipt(row: Complaint, data: ComplaintData) -> None:
    """A corrected receipt date moves the due dates left as they were by the same delay."""
    if row.received_on is None or data.received_on in (None, row.received_on):
        return
    shift = data.received_on - row.received_on
    if data.acknowledge_by == row.acknowledge_by and row.acknowledge_by is not None:
        data.acknowledge_by = row.acknowledge_by + shift
    if data.answer_by == row.answer_by and row.answer_by is not None:
        data.answer_by = row.answer_by + shift


def _check_links(s: Session, data: ComplaintData) -> None:
    """Every linked record exists; a contact brings its client; the learner is in the session."""
    for value, model, label in (
        (data.learner_id, Learner, "L'apprenant"),
        (data.client_id, Client, "Le client"),
        (data.trainer_id, Trainer, "Le formateur"),
        (data.session_id, TrainingSession, "La session"),
    ):
        if value is not None:
            get_or_fail(s, model, value, label)
    if data.contact_id is not None:
        contact = get_or_fail(s, Contact, data.contact_id, "Le contact")
        if data.client_id is None:
            data.client_id = contact.client_id
        elif contact.client_id is not None and contact.client_id != data.client_id:
            raise ValidationError(
                {
                    "contact_id": "Ce contact n'appartient pas au client choisi : choisissez un "
                    "contact de ce client, ou « (aucun) »."
                }
            )
    if data.learner_id is not None and data.session_id is not None:
        enrolled = s.scalar(
            select(func.count())
            .select_from(Enrollment)
            .where(
                Enrollment.session_id == data.session_id,
                Enrollment.learner_id == data.learner_id,
            )
        )
        if not enrolled:
            learner = s.get(Learner, data.learner_id)
            code = s.get(TrainingSession, data.session_id).code
            raise ValidationError(
                {
                    "learner_id": (
                        f"{learner.first_name} {learner.last_name} n'est pas inscrit(e) à la "
                        f"session {code} : choisissez la session qu'il ou elle a suivie, ou "
                        "videz le champ Apprenant ou Session."
                    ).strip()
                }
            )


def _sync(s: Session, row: Complaint) -> None:
    """The acknowledgement and answer tasks, as the complaint now stands."""
    ack_key, answer_key = _rule_keys(row.id)
    who = f" ({row.author})" if row.author else ""
    number = complaint_number(row.id)
    links = {"complaint_id": row.id, "session_id": row.session_id}
    sync_task(
        s,
        ack_key,
        title=f"Accuser réception de la réclamation {number}{who}",
        due_on=row.acknowledge_by,
        done_on=row.acknowledged_on or row.answered_on,  # an answer acknowledges too
        **links,
    )
    sync_task(
        s,
        answer_key,
        title=f"Répondre à la réclamation {number}{who}",
        due_on=row.answer_by,
        done_on=row.answered_on,
        **links,
    )
