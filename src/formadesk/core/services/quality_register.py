"""The register of complaints and improvement actions over a period, as an auditor reads it.

Qualiopi indicators 31 and 32 ask for evidence that each complaint was acknowledged and
answered, how fast, what was done about it, and how each improvement action went. The
register holds, for the period: every complaint received (its steps, dates and delays in days,
from whom and for which client, which session, subject, answer, closure, its actions), and
every action opened in the period or linked to one of those complaints (origin, owner, due
date, status, effect).
Only recorded facts: a step not recorded stays empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError, ValidationError
from ..model import (
    ACTION_ORIGINS,
    ACTION_STATUSES,
    Client,
    Complaint,
    ImprovementAction,
    TrainingSession,
)
from .complaints import COMPLAINT_CHANNELS, complaint_number
from .improvements import action_number


def _names(author: str, client: str) -> bool:
    """Whether ``author`` already says ``client`` (case ignored)."""
    return client.casefold() in author.casefold()


@dataclass(frozen=True)
class RegisterAction:
    """One improvement action as the register prints it."""

    number: str
    opened_on: dt.date
    origin: str  # « Réclamation R-0003 », « Aléa n° 7 », « Audit »
    session: str
    title: str
    owner: str
    due_on: dt.date | None
    status: str
    done_on: dt.date | None
    effect: str
    complaint_id: int | None = None
    late: bool = False  # not realised nor abandoned, due date passed on the extraction day

    @property
    def days_to_done(self) -> int | None:
        return (self.done_on - self.opened_on).days if self.done_on else None


@dataclass(frozen=True)
class RegisterComplaint:
    """One complaint: each step's date and its delay in days after the receipt."""

    number: str
    received_on: dt.date
    channel: str
    author: str
    session: str
    subject: str
    description: str
    acknowledge_by: dt.date | None
    acknowledged_on: dt.date | None
    analysis: str
    answer_by: dt.date | None
    answered_on: dt.date | None
    answer: str
    closed_on: dt.date | None
    actions: tuple[RegisterAction, ...] = ()
    client: str = ""  # the client the complaint is linked to « Mécanique Bourgeois », or ""

    @property
    def from_whom(self) -> str:
        """« Mme Sophie Caron, RH — Mécanique Bourgeois »: the author and, when the complaint
        is linked to a client the author does not already name, that client."""
        author = self.author.strip()
        if not self.client or _names(author, self.client):
            return author or self.client
        return f"{author} — {self.client}" if author else self.client

    def _after(self, day: dt.date | None) -> int | None:
        return (day - self.received_on).days if day else None

    @property
    def ack_days(self) -> int | None:
        return self._after(self.acknowledged_on)

    @property
    def answer_days(self) -> int | None:
        return self._after(self.answered_on)

    @property
    def close_days(self) -> int | None:
        return self._after(self.closed_on)

    @property
    def answered_in_time(self) -> bool | None:
        if self.answered_on is None or self.answer_by is None:
            return None
        return self.answered_on <= self.answer_by

    @property
    def actions_text(self) -> str:
        """« A-0002 Réalisée : Chauffage révisé (effet : plus de plainte) », one per line."""
        lines = []
        for a in self.actions:
            line = f"{a.number} {a.status} : {a.title}"
            if a.effect:
                line += f" (effet : {a.effect})"
            lines.append(line)
        return "\n".join(lines)


@dataclass(frozen=True)
class QualityRegister:
    """Everything the register prints; renderers never see ORM rows."""

    organisation_name: str
    organisation: object  # engine.data.OrganisationInfo (letterhead of the PDF)
    start: dt.date
    end: dt.date
    extracted_on: dt.date
    complaints: tuple[RegisterComplaint, ...]
    actions: tuple[RegisterAction, ...]

    @property
    def answered(self) -> int:
        return sum(1 for c in self.complaints if c.answered_on)

    @property
    def answered_in_time(self) -> int:
        return sum(1 for c in self.complaints if c.answered_in_time)

    @property
    def closed(self) -> int:
        return sum(1 for c in self.complaints if c.closed_on)

    @property
    def mean_answer_days(self) -> float | None:
        days = [c.answer_days for c in self.complaints if c.answer_days is not None]
        return sum(days) / len(days) if days else None

    @property
    def actions_done(self) -> int:
        return sum(1 for a in self.actions if a.status == ACTION_STATUSES["realisee"])


def _action(a: ImprovementAction, session_code: str | None, today: dt.date) -> RegisterAction:
    if a.complaint_id:
        origin = f"Réclamation {complaint_number(a.complaint_id)}"
    elif a.incident_id:
        origin = f"Aléa n° {a.incident_id}"
    else:
        origin = ACTION_ORIGINS.get(a.origin, a.origin)
    return RegisterAction(
        number=action_number(a.id),
        opened_on=a.opened_on,
        origin=origin,
        session=session_code or "",
        title=a.title,
        owner=a.owner,
        due_on=a.due_on,
        status=ACTION_STATUSES.get(a.status, a.status),
        done_on=a.done_on,
        effect=a.effect,
        complaint_id=a.complaint_id,
        late=a.status not in ("realisee", "abandonnee") and bool(a.due_on and a.due_on < today),
    )


def build_register(
    s: Session, start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> QualityRegister:
    """The register of complaints received and actions opened from ``start`` to ``end``."""
    from ..documents.engine.builders import organisation_info

    if start is None or end is None:
        raise ValidationError({"period": "Indiquez le début et la fin de la période."})
    if end < start:
        raise ValidationError({"period": "La fin de la période doit suivre son début."})
    complaints = s.execute(
        select(Complaint, TrainingSession.code, Client.name)
        .outerjoin(TrainingSession, TrainingSession.id == Complaint.session_id)
        .outerjoin(Client, Client.id == Complaint.client_id)
        .where(Complaint.received_on.between(start, end))
        .order_by(Complaint.received_on, Complaint.id)
    ).all()
    complaint_ids = [c.id for c, _, _ in complaints]
    today = today or dt.date.today()
    actions = [
        _action(a, code, today)
        for a, code in s.execute(
            select(ImprovementAction, TrainingSession.code)
            .outerjoin(TrainingSession, TrainingSession.id == ImprovementAction.session_id)
            .where(
                or_(  # opened, done or still open in the period, or from its complaints
                    ImprovementAction.opened_on.between(start, end),
                    ImprovementAction.done_on.between(start, end),
                    and_(
                        ImprovementAction.opened_on < start,
                        or_(ImprovementAction.done_on.is_(None), ImprovementAction.done_on > end),
                    ),
                    ImprovementAction.complaint_id.in_(complaint_ids),
                )
            )
            .order_by(ImprovementAction.opened_on, ImprovementAction.id)
        )
    ]
    by_complaint: dict[int, list[RegisterAction]] = {}
    for action in actions:
        if action.complaint_id:
            by_complaint.setdefault(action.complaint_id, []).append(action)
    org = organisation_info(s)
    return QualityRegister(
        organisation_name=org.name,
        organisation=org,
        start=start,
        end=end,
        extracted_on=today,
        complaints=tuple(
            RegisterComplaint(
                number=complaint_number(c.id),
                received_on=c.received_on,
                channel=COMPLAINT_CHANNELS.get(c.channel, c.channel),
                author=c.author,
                session=code or "",
                subject=c.subject,
                description=c.description,
                acknowledge_by=c.acknowledge_by,
                acknowledged_on=c.acknowledged_on,
                analysis=c.analysis,
                answer_by=c.answer_by,
                answered_on=c.answered_on,
                answer=c.answer,
                closed_on=c.closed_on,
                actions=tuple(by_complaint.get(c.id, ())),
                client=client or "",
            )
            for c, code, client in complaints
        ),
        actions=tuple(actions),
    )


def write_register(register: QualityRegister, out: Path, file_format: str) -> Path:
    """Write the register as Excel (« xlsx ») or PDF (« pdf »)."""
    if not register.organisation_name.strip():
        raise BusinessRuleError(
            "Le registre porte le nom de l'organisme : saisissez-le d'abord dans "
            "Paramètres › Organisme…."
        )
    if file_format == "xlsx":
        from ..documents.quality.register_xlsx import write_register_xlsx

        return write_register_xlsx(register, out)
    if file_format == "pdf":
        from ..documents.quality.register_pdf import write_register_pdf

        return write_register_pdf(register, out)
    raise BusinessRuleError("Le registre s'exporte en Excel (.xlsx) ou en PDF : choisissez l'un.")
