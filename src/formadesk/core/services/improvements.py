"""Actions d'amélioration (Qualiopi indicator 32), and the register of complaints and actions.

An action comes from a complaint, an incident, an evaluation result, an audit or else; it has
an owner, a due date (a task, done when the action is realised or abandoned), a status and,
once realised, the date and the effect observed. The register an auditor reads (complaints and
actions over a period, Excel or PDF) is built by ``quality_register`` and written by
``documents.quality``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..guards import column_problems
from ..model import (
    ACTION_ORIGINS,
    ACTION_STATUSES,
    Complaint,
    ImprovementAction,
    Incident,
    TrainingSession,
)
from .base import Service, get_or_fail, row_to
from .complaint_tasks import TaskLine, remove_tasks, sync_task, task_lines
from .complaints import complaint_number

FINISHED = ("realisee", "abandonnee")


@dataclass
class ActionData:
    """An improvement action as its dialog edits it; ``id`` None = new."""

    title: str = ""
    origin: str = "autre"
    description: str = ""
    complaint_id: int | None = None
    incident_id: int | None = None
    session_id: int | None = None
    owner: str = ""
    opened_on: dt.date | None = None  # None: today
    due_on: dt.date | None = None
    status: str = "prevue"
    done_on: dt.date | None = None
    effect: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    """One line of the actions list."""

    id: int
    title: str
    origin: str
    status: str
    owner: str
    opened_on: dt.date
    due_on: dt.date | None
    done_on: dt.date | None
    effect: str
    complaint_id: int | None
    incident_id: int | None
    session_code: str

    @property
    def number(self) -> str:
        return action_number(self.id)

    @property
    def origin_label(self) -> str:
        return ACTION_ORIGINS.get(self.origin, self.origin)

    @property
    def status_label(self) -> str:
        return ACTION_STATUSES.get(self.status, self.status)

    @property
    def source_label(self) -> str:
        """« Réclamation R-0003 », « Aléa n° 7 », or the origin alone."""
        if self.complaint_id:
            return f"Réclamation {complaint_number(self.complaint_id)}"
        if self.incident_id:
            return f"Aléa n° {self.incident_id}"
        return self.origin_label

    def is_late(self, today: dt.date | None = None) -> bool:
        today = today or dt.date.today()
        return self.status not in FINISHED and self.due_on is not None and self.due_on < today


def action_number(action_id: int) -> str:
    """« A-0004 »: how the register names an action."""
    return f"A-{action_id:04d}"


def check_action(data: ActionData, today: dt.date) -> dict[str, str]:
    """French messages for the fields of ``data`` that cannot be saved."""
    errors: dict[str, str] = {}
    if not data.title.strip():
        errors["title"] = "Indiquez l'intitulé de l'action (ce qui sera fait)."
    if data.origin not in ACTION_ORIGINS:
        errors["origin"] = "Choisissez l'origine de l'action."
    elif data.origin == "reclamation" and data.complaint_id is None:
        errors["complaint_id"] = "Choisissez la réclamation à l'origine de l'action."
    elif data.origin == "incident" and data.incident_id is None:
        errors["incident_id"] = "Choisissez l'aléa à l'origine de l'action."
    if data.status not in ACTION_STATUSES:
        errors["status"] = "Choisissez le statut de l'action."
    opened = data.opened_on
    if opened is not None and opened > today:
        errors["opened_on"] = "La date d'ouverture ne peut pas être dans le futur."
    if data.due_on is not None and opened is not None and data.due_on < opened:
        errors["due_on"] = "L'échéance ne peut pas précéder l'ouverture de l'action."
    if data.status == "realisee" and data.done_on is None:
        errors["done_on"] = "Indiquez la date à laquelle l'action a été réalisée."
    if data.done_on is not None:
        if data.status not in FINISHED:
            errors["done_on"] = (
                "Une action prévue ou en cours n'a pas de date de réalisation : passez-la à "
                "« Réalisée » ou « Abandonnée », ou videz la date."
            )
        elif data.done_on > today:
            errors["done_on"] = "La date de réalisation ne peut pas être dans le futur."
        elif opened is not None and data.done_on < opened:
            errors["done_on"] = "La date de réalisation ne peut pas précéder l'ouverture."
    return errors


class ImprovementService(Service):
    """Record and follow improvement actions; export the register of complaints and actions."""

    # -- reading --------------------------------------------------------------------------
    def list(
        self,
        *,
        status: str | None = None,
        origin: str | None = None,
        year: int | None = None,
        complaint_id: int | None = None,
        incident_id: int | None = None,
        open_only: bool = False,
    ) -> list[ActionRow]:
        """Actions, newest first; filters by status, origin, year opened, source."""
        query = (
            select(ImprovementAction, TrainingSession.code)
            .outerjoin(TrainingSession, TrainingSession.id == ImprovementAction.session_id)
            .order_by(ImprovementAction.opened_on.desc(), ImprovementAction.id.desc())
        )
        if status:
            query = query.where(ImprovementAction.status == status)
        if open_only:
            query = query.where(ImprovementAction.status.not_in(FINISHED))
        if origin:
            query = query.where(ImprovementAction.origin == origin)
        if year:
            query = query.where(extract("year", ImprovementAction.opened_on) == int(year))
        if complaint_id:
            query = query.where(ImprovementAction.complaint_id == complaint_id)
        if incident_id:
            query = query.where(ImprovementAction.incident_id == incident_id)
        with self._db.reading() as s:
            return [
                ActionRow(
                    a.id,
                    a.title,
                    a.origin,
                    a.status,
                    a.owner,
                    a.opened_on,
                    a.due_on,
                    a.done_on,
                    a.effect,
                    a.complaint_id,
                    a.incident_id,
                    code or "",
                )
                for a, code in s.execute(query)
            ]

    def get(self, action_id: int) -> ActionData:
        with self._db.reading() as s:
            return row_to(
                ActionData, get_or_fail(s, ImprovementAction, action_id, "L'action d'amélioration")
            )

    def tasks(self, action_id: int) -> list[TaskLine]:
        with self._db.reading() as s:
            return task_lines(s, _rule_key(action_id))

    def from_complaint(self, complaint_id: int) -> ActionData:
        """A new action prefilled from a complaint: origin, link, session, title."""
        with self._db.reading() as s:
            complaint = get_or_fail(s, Complaint, complaint_id, "La réclamation")
            return ActionData(
                title="",
                origin="reclamation",
                complaint_id=complaint.id,
                session_id=complaint.session_id,
                description=f"Suite à la réclamation {complaint_number(complaint.id)} : "
                f"{complaint.subject}",
                opened_on=dt.date.today(),
            )

    def from_incident(self, incident_id: int) -> ActionData:
        """A new action prefilled from an incident (aléa)."""
        with self._db.reading() as s:
            incident = get_or_fail(s, Incident, incident_id, "L'aléa")
            return ActionData(
                origin="incident",
                incident_id=incident.id,
                session_id=incident.session_id,
                description=f"Suite à l'aléa n° {incident.id} : {incident.description}",
                opened_on=dt.date.today(),
            )

    def from_evaluation(self, finding: str, session_id: int | None = None) -> ActionData:
        """A new action prefilled from an evaluation result (« finding » says which: a low
        satisfaction average, objectives not acquired …), linked to the session if one."""
        where = ""
        if session_id is not None:
            with self._db.reading() as s:
                session = get_or_fail(s, TrainingSession, session_id, "La session")
                where = f" de la session {session.code}"
        return ActionData(
            origin="evaluation",
            session_id=session_id,
            description=f"Suite aux résultats d'évaluation{where} : {finding.strip()}",
            opened_on=dt.date.today(),
        )

    # -- writing --------------------------------------------------------------------------
    def create(self, data: ActionData) -> int:
        return self.save(dataclasses.replace(data, id=None))

    def update(self, data: ActionData) -> int:
        if data.id is None:
            raise ValueError("update() needs the action's id")
        return self.save(data)

    def save(self, data: ActionData) -> int:
        """Create or update an action and its task; returns its id (ValidationError if not)."""
        today = dt.date.today()
        data = dataclasses.replace(
            data,
            title=data.title.strip(),
            description=data.description.strip(),
            owner=data.owner.strip(),
            effect=data.effect.strip(),
            opened_on=data.opened_on or today,
            # Only the link its origin names is kept (an « audit » action is no complaint's).
            complaint_id=data.complaint_id if data.origin == "reclamation" else None,
            incident_id=data.incident_id if data.origin == "incident" else None,
        )
        if data.status == "abandonnee" and data.done_on is None:
            data.done_on = today  # abandoned today: its task is closed
        errors = column_problems(data, ImprovementAction)
        errors = check_action(data, today) | errors
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            _check_links(s, data)
            if data.id is None:
                row = ImprovementAction(title=data.title, opened_on=data.opened_on)
                s.add(row)
                action = "created"
            else:
                row = get_or_fail(s, ImprovementAction, data.id, "L'action d'amélioration")
                action = "updated"
            for f in dataclasses.fields(data):
                if f.name != "id":
                    setattr(row, f.name, getattr(data, f.name))
            s.flush()
            _sync(s, row)
            action_id = row.id
        related = ("task", "complaint") if data.complaint_id else ("task",)
        self._emit("improvement_action", action_id, action, *related)
        return action_id

    def delete(self, action_id: int) -> None:
        """Delete an action and its task."""
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, ImprovementAction, action_id, "L'action d'amélioration")
            remove_tasks(s, _rule_key(action_id))
            s.delete(row)
        self._emit("improvement_action", action_id, "deleted", "task", "complaint")

    # -- the register ---------------------------------------------------------------------
    def register(self, start: dt.date, end: dt.date):
        """Complaints received from ``start`` to ``end``, and the actions opened, done or still
        open then (the register)."""
        from .quality_register import build_register

        with self._db.reading() as s:
            return build_register(s, start, end)

    def export_register(
        self, out: Path, *, start: dt.date, end: dt.date, file_format: str = "xlsx"
    ) -> Path:
        """Write the register as « xlsx » or « pdf » at ``out``; returns ``out``."""
        from .quality_register import write_register

        return write_register(self.register(start, end), Path(out), file_format)


def _rule_key(action_id: int) -> str:
    return f"action:{action_id}"


def _check_links(s: Session, data: ActionData) -> None:
    if data.complaint_id is not None:
        complaint = get_or_fail(s, Complaint, data.complaint_id, "La réclamation")
        if data.session_id is None:
            data.session_id = complaint.session_id
    if data.incident_id is not None:
        get_or_fail(s, Incident, data.incident_id, "L'aléa")
    if data.session_id is not None:
        get_or_fail(s, TrainingSession, data.session_id, "La session")


def _sync(s: Session, row: ImprovementAction) -> None:
    sync_task(
        s,
        _rule_key(row.id),
        title=f"Action d'amélioration {action_number(row.id)} : {row.title}",
        due_on=row.due_on,
        done_on=row.done_on if row.status in FINISHED else None,
        priority=2,
        action_id=row.id,
        complaint_id=row.complaint_id,
        session_id=row.session_id,
    )
