"""Who answers a session's questionnaires, and where their questionnaire goes.

Learners: enrolments that finished or abandoned (and, from the last day on, those still
« inscrit » whose status has not been closed yet). Clients: the companies and public bodies
that sent learners (a private person is the learner already) and the client of an intra
session. Trainers: those of the session and of its slots. Funders: the funding lines not
refused, except the learner or the employer paying themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from ...model import (
    Client,
    Contact,
    Enrollment,
    Evaluation,
    Funder,
    FundingLine,
    Learner,
    SessionTrainer,
    Slot,
    SlotTrainer,
    Trainer,
    TrainingSession,
)

LEARNER_STATUSES = ("termine", "abandon")
SELF_FUNDERS = ("apprenant", "employeur")


@dataclass(frozen=True)
class Target:
    """A respondent of a session for one audience (one of the four ids is set)."""

    name: str
    email: str
    enrollment_id: int | None = None
    client_id: int | None = None
    trainer_id: int | None = None
    funder_id: int | None = None

    @property
    def key(self) -> tuple[int | None, int | None, int | None, int | None]:
        return (self.enrollment_id, self.client_id, self.trainer_id, self.funder_id)


def key_of(evaluation: Evaluation) -> tuple[int | None, int | None, int | None, int | None]:
    return (
        evaluation.enrollment_id,
        evaluation.client_id,
        evaluation.trainer_id,
        evaluation.funder_id,
    )


def _person(first: str, last: str) -> str:
    return f"{first} {last}".strip()


def _contact_emails(s, column, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """The first contact with an e-mail of each client or funder: id -> (name, email)."""
    found: dict[int, tuple[str, str]] = {}
    ids = list(ids)
    if not ids:
        return found
    for owner, first, last, email in s.execute(
        select(column, Contact.first_name, Contact.last_name, Contact.email)
        .where(column.in_(ids), Contact.email != "")
        .order_by(Contact.id)
    ):
        found.setdefault(owner, (_person(first, last), email))
    return found


def targets(s, session: TrainingSession, audience: str, on: dt.date) -> list[Target]:
    """The respondents of ``session`` for ``audience`` on the day ``on``."""
    statuses = LEARNER_STATUSES + (("inscrit",) if session.end_date <= on else ())
    enrolled = select(Enrollment.id).where(
        Enrollment.session_id == session.id, Enrollment.status.in_(statuses)
    )
    if audience == "apprenant":
        rows = s.execute(
            select(Enrollment.id, Learner.first_name, Learner.last_name, Learner.email)
            .join(Learner, Learner.id == Enrollment.learner_id)
            .where(Enrollment.id.in_(enrolled))
            .order_by(Learner.last_name, Learner.first_name)
        )
        return [Target(_person(f, la), e or "", enrollment_id=i) for i, f, la, e in rows]
    if audience == "client":
        ids = set(s.scalars(select(Enrollment.client_id).where(Enrollment.id.in_(enrolled)))) - {
            None
        }
        if session.intra_client_id:
            ids.add(session.intra_client_id)
        clients = s.scalars(
            select(Client).where(Client.id.in_(ids), Client.kind != "particulier")
        ).all()
        contacts = _contact_emails(s, Contact.client_id, [c.id for c in clients])
        return sorted(
            (
                Target(c.name, c.email or contacts.get(c.id, ("", ""))[1], client_id=c.id)
                for c in clients
            ),
            key=lambda t: t.name.casefold(),
        )
    if audience == "formateur":
        ids = set(
            s.scalars(
                select(SessionTrainer.trainer_id).where(SessionTrainer.session_id == session.id)
            )
        ) | set(
            s.scalars(
                select(SlotTrainer.trainer_id)
                .join(Slot, Slot.id == SlotTrainer.slot_id)
                .where(Slot.session_id == session.id)
            )
        )
        trainers = s.scalars(select(Trainer).where(Trainer.id.in_(ids)).order_by(Trainer.last_name))
        return [
            Target(_person(t.first_name, t.last_name), t.email, trainer_id=t.id) for t in trainers
        ]
    if audience == "financeur":
        ids = set(
            s.scalars(
                select(FundingLine.funder_id).where(
                    FundingLine.enrollment_id.in_(enrolled), FundingLine.status != "refusee"
                )
            )
        )
        funders = s.scalars(
            select(Funder).where(Funder.id.in_(ids), Funder.kind.not_in(SELF_FUNDERS))
        ).all()
        contacts = _contact_emails(s, Contact.funder_id, [f.id for f in funders])
        return sorted(
            (
                Target(f.name, f.email or contacts.get(f.id, ("", ""))[1], funder_id=f.id)
                for f in funders
            ),
            key=lambda t: t.name.casefold(),
        )
    return []


def names_of(s, evaluations: list[Evaluation]) -> dict[int, tuple[str, str]]:
    """evaluation id -> (respondent's name, e-mail), in a few queries for a whole list."""
    found: dict[int, tuple[str, str]] = {}
    enrollments = {e.enrollment_id for e in evaluations if e.enrollment_id}
    clients = {e.client_id for e in evaluations if e.client_id}
    trainers = {e.trainer_id for e in evaluations if e.trainer_id}
    funders = {e.funder_id for e in evaluations if e.funder_id}
    learners = {
        i: (_person(f, la), m or "")
        for i, f, la, m in s.execute(
            select(Enrollment.id, Learner.first_name, Learner.last_name, Learner.email)
            .join(Learner, Learner.id == Enrollment.learner_id)
            .where(Enrollment.id.in_(enrollments))
        )
    }
    client_contacts = _contact_emails(s, Contact.client_id, clients)
    client_rows = {
        i: (n, m or client_contacts.get(i, ("", ""))[1])
        for i, n, m in s.execute(
            select(Client.id, Client.name, Client.email).where(Client.id.in_(clients))
        )
    }
    trainer_rows = {
        i: (_person(f, la), m or "")
        for i, f, la, m in s.execute(
            select(Trainer.id, Trainer.first_name, Trainer.last_name, Trainer.email).where(
                Trainer.id.in_(trainers)
            )
        )
    }
    funder_contacts = _contact_emails(s, Contact.funder_id, funders)
    funder_rows = {
        i: (n, m or funder_contacts.get(i, ("", ""))[1])
        for i, n, m in s.execute(
            select(Funder.id, Funder.name, Funder.email).where(Funder.id.in_(funders))
        )
    }
    for e in evaluations:
        if e.enrollment_id in learners:
            found[e.id] = learners[e.enrollment_id]
        elif e.client_id in client_rows:
            found[e.id] = client_rows[e.client_id]
        elif e.trainer_id in trainer_rows:
            found[e.id] = trainer_rows[e.trainer_id]
        elif e.funder_id in funder_rows:
            found[e.id] = funder_rows[e.funder_id]
        else:
            found[e.id] = (_anonymous(e.respondent), "")
    return found


def _anonymous(audience: str) -> str:
    return {
        "apprenant": "Apprenant",
        "client": "Client",
        "formateur": "Formateur",
        "financeur": "Financeur",
    }.get(audience, "Répondant")
