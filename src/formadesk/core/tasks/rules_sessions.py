"""Rules before the first day: places (minimum, waiting list), convention, convocations."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import Client, Enrollment, GeneratedDocument, Learner, TrainingSession
from ..rules.payers import EMPLOYER_SCHEMES, private_person
from .common import SENT, STILL_IN, sessions_starting, starts
from .rules import Anomaly, Rule, RuleContext, register

PLACES = frozenset({"session", "enrollment"})
PAPERS = frozenset({"session", "enrollment", "document", "client", "learner"})


def _enrolled(s: Session, session_ids: list[int], statuses=STILL_IN) -> dict[int, int]:
    if not session_ids:
        return {}
    rows = s.execute(
        select(Enrollment.session_id, func.count())
        .where(Enrollment.session_id.in_(session_ids), Enrollment.status.in_(statuses))
        .group_by(Enrollment.session_id)
    )
    return dict(rows.all())


def _to_start(s: Session, ctx: RuleContext, *columns):
    """Sessions not begun whose deadline ``ctx.value`` days before the first day is shown:
    id, code, first day and ``columns``."""
    return s.execute(
        sessions_starting(
            ctx,
            ctx.value,
            TrainingSession.id,
            TrainingSession.code,
            TrainingSession.start_date,
            *columns,
        ).where(TrainingSession.start_date >= ctx.today)
    ).all()


def find_under_minimum(s: Session, ctx: RuleContext):
    sessions = _to_start(s, ctx, TrainingSession.min_places)
    enrolled = _enrolled(s, [row.id for row in sessions])
    for row in sessions:
        n = enrolled.get(row.id, 0)
        if n >= row.min_places:
            continue
        yield Anomaly(
            key=str(row.id),
            title=(
                f"{row.code} sous le minimum : {n}/{row.min_places} "
                f"{'inscrit' if n < 2 else 'inscrits'} ({starts(row.start_date)}) — relancer "
                "les clients, reporter ou annuler"
            ),
            due_on=row.start_date - dt.timedelta(days=ctx.value),
            session_id=row.id,
            fix="session",
            priority=1,
        )


def find_waiting_list(s: Session, ctx: RuleContext):
    sessions = _to_start(s, ctx, TrainingSession.max_places)
    ids = [row.id for row in sessions]
    waiting = _enrolled(s, ids, ("liste_attente",))
    enrolled = _enrolled(s, [i for i in ids if i in waiting])
    for row in sessions:
        w = waiting.get(row.id, 0)
        if not w:
            continue
        free = row.max_places - enrolled.get(row.id, 0)
        people = fmt.plural(w, "personne", "personnes")
        if free > 0:
            title = (
                f"{row.code} : {fmt.plural(free, 'place libre', 'places libres')} et {people} "
                f"en liste d'attente — proposer la place ({starts(row.start_date)})"
            )
            priority = 1
        else:
            title = (
                f"{row.code} complète : {people} en liste d'attente — proposer une autre "
                f"session ({starts(row.start_date)})"
            )
            priority = 2
        yield Anomaly(
            key=str(row.id),
            title=title,
            due_on=row.start_date - dt.timedelta(days=ctx.value),
            session_id=row.id,
            fix="session",
            priority=priority,
        )


def _paperwork(s: Session, ctx: RuleContext, days: int):
    """Candidate sessions, and for each: {client id} and {learner id paying alone} enrolled."""
    sessions = {
        row.id: row
        for row in s.execute(
            sessions_starting(
                ctx,
                days,
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.start_date,
                TrainingSession.kind,
                TrainingSession.intra_client_id,
            )
        )
    }
    clients: dict[int, set[int]] = defaultdict(set)
    alone: dict[int, set[tuple[int, int | None]]] = defaultdict(set)  # (learner, client)
    nobody: dict[int, set[int]] = defaultdict(set)  # an employer's scheme without the employer
    if sessions:
        for session_id, client_id, learner_id, status, kind, scheme in s.execute(
            select(
                Enrollment.session_id,
                Enrollment.client_id,
                Enrollment.learner_id,
                Learner.status,
                Client.kind,
                Enrollment.funding_scheme,
            )
            .join(Learner, Learner.id == Enrollment.learner_id)
            .outerjoin(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.session_id.in_(sessions), Enrollment.status.in_(STILL_IN))
        ):
            if private_person(status, kind):
                alone[session_id].add((learner_id, client_id))  # a contract
            elif client_id is not None:
                clients[session_id].add(client_id)
            elif scheme in EMPLOYER_SCHEMES:
                nobody[session_id].add(learner_id)
            # else: CPF, a job seeker or public funding: the funder's own agreement, not ours
    return sessions, clients, alone, nobody


Papers = dict[tuple[int, str, int], set[str]]  # (session, "client"|"learner", id) -> statuses


def _papers(s: Session, session_ids) -> Papers:
    """Who has a convention or contract sent (or signed back), with the statuses seen."""
    papers: Papers = defaultdict(set)
    if not session_ids:
        return papers
    for session_id, client_id, learner_id, status in s.execute(
        select(
            GeneratedDocument.session_id,
            GeneratedDocument.client_id,
            GeneratedDocument.learner_id,
            GeneratedDocument.status,
        ).where(
            GeneratedDocument.session_id.in_(session_ids),
            GeneratedDocument.kind.in_(("convention", "contrat")),
            GeneratedDocument.status.in_(SENT),
        )
    ):
        # Whoever the paper names is covered (as the checklist's proof reads it).
        if client_id is not None:
            papers[session_id, "client", client_id].add(status)
        if learner_id is not None:
            papers[session_id, "learner", learner_id].add(status)
    return papers


def _missing_agreements(s: Session, ctx: RuleContext, statuses: tuple[str, ...]):
    """Per session: clients, private learners and payer-less enrolments whose paper has none
    of ``statuses``; and every paper seen (one query for both rules' needs)."""
    sessions, clients, alone, nobody = _paperwork(s, ctx, ctx.value)
    papers = _papers(s, list(sessions))
    have = {key for key, seen in papers.items() if seen & set(statuses)}
    for session_id, row in sessions.items():
        # An intra session's convention with its client covers everyone enrolled in it.
        if row.kind == "intra" and (session_id, "client", row.intra_client_id) in have:
            continue
        c = [i for i in clients[session_id] if (session_id, "client", i) not in have]
        a = [
            (learner, client)
            for learner, client in alone[session_id]
            if (session_id, "learner", learner) not in have
            and (client is None or (session_id, "client", client) not in have)
        ]
        n = sorted(nobody[session_id])
        if c or a or n:
            yield row, c, a, n, papers


def _agreements_text(clients: list[int], alone: list) -> str:
    parts = []
    if clients:
        parts.append(fmt.plural(len(clients), "convention", "conventions"))
    if alone:
        parts.append(fmt.plural(len(alone), "contrat", "contrats"))
    return " et ".join(parts)


def _agreed(clients: list[int], alone: list, word: str) -> str:
    """« envoyée », « envoyés »…: agrees with conventions (feminine) unless only contracts."""
    feminine = "e" if clients and not alone else ""  # a mixed pair takes the masculine
    return word + feminine + ("s" if len(clients) + len(alone) > 1 else "")


def find_convention_not_sent(s: Session, ctx: RuleContext):
    for row, clients, alone, nobody, _papers_seen in _missing_agreements(s, ctx, SENT):
        due = row.start_date - dt.timedelta(days=ctx.value)
        if nobody:  # neither document can be made: the enrolment must say who pays
            yield Anomaly(
                key=f"{row.id}:payer",
                title=(
                    f"Indiquer l'employeur (client) de "
                    f"{fmt.plural(len(nobody), 'inscrit', 'inscrits')} — {row.code} : sans "
                    f"lui, pas de convention ({starts(row.start_date)})"
                ),
                due_on=due,
                session_id=row.id,
                learner_id=nobody[0] if len(nobody) == 1 else None,
                fix="enrollment",
                priority=1,
            )
        if not (clients or alone):
            continue
        yield Anomaly(
            key=str(row.id),
            title=(
                f"Envoyer {_agreements_text(clients, alone)} — {row.code} "
                f"({starts(row.start_date)})"
            ),
            due_on=due,
            session_id=row.id,
            client_id=clients[0] if len(clients) == 1 and not alone else None,
            fix="documents:convention" if clients else "documents:contrat",
            priority=1,
        )


def find_convention_not_signed(s: Session, ctx: RuleContext):
    sent: set | None = None  # the papers sent and not back, read once
    for row, clients, alone, _nobody, papers in _missing_agreements(s, ctx, ("signe",)):
        if sent is None:
            sent = {key for key, seen in papers.items() if "envoye" in seen}
        # Only the ones sent and not back: the unsent ones are the rule above's.
        clients = [i for i in clients if (row.id, "client", i) in sent]
        alone = [
            (learner, client)
            for learner, client in alone
            if (row.id, "learner", learner) in sent or (row.id, "client", client) in sent
        ]
        if not (clients or alone):
            continue
        yield Anomaly(
            key=str(row.id),
            title=(
                f"Relancer la signature : {_agreements_text(clients, alone)} "
                f"{_agreed(clients, alone, 'envoyé')} non {_agreed(clients, alone, 'signé')} "
                f"— {row.code} ({starts(row.start_date)})"
            ),
            due_on=row.start_date - dt.timedelta(days=ctx.value),
            session_id=row.id,
            client_id=clients[0] if len(clients) == 1 and not alone else None,
            fix="documents_list",
            priority=1,
        )


def find_convocations_not_sent(s: Session, ctx: RuleContext):
    sessions = {
        row.id: row
        for row in s.execute(
            sessions_starting(
                ctx, ctx.value, TrainingSession.id, TrainingSession.code, TrainingSession.start_date
            ).where(TrainingSession.start_date >= ctx.today)
        )
    }
    if not sessions:
        return
    learners: dict[int, set[int]] = defaultdict(set)
    for session_id, learner_id in s.execute(
        select(Enrollment.session_id, Enrollment.learner_id).where(
            Enrollment.session_id.in_(sessions), Enrollment.status.in_(("inscrit", "preinscrit"))
        )
    ):
        learners[session_id].add(learner_id)
    sent = set(
        s.execute(
            select(GeneratedDocument.session_id, GeneratedDocument.learner_id).where(
                GeneratedDocument.session_id.in_(sessions),
                GeneratedDocument.kind == "convocation",
                GeneratedDocument.status.in_(SENT),
            )
        ).all()
    )
    for session_id, row in sessions.items():
        missing = [i for i in learners[session_id] if (session_id, i) not in sent]
        if not missing:
            continue
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Envoyer les convocations — {row.code} : "
                f"{fmt.plural(len(missing), 'apprenant', 'apprenants')} sans convocation envoyée "
                f"({starts(row.start_date)})"
            ),
            due_on=row.start_date - dt.timedelta(days=ctx.value),
            session_id=session_id,
            learner_id=missing[0] if len(missing) == 1 else None,
            fix="documents:convocation",
            priority=1,
        )


register(
    Rule(
        key="under_minimum",
        label="Session sous le minimum d'inscrits",
        find=find_under_minimum,
        value_label="Jours avant le début",
        default=30,
        low=1,
        high=180,
        watches=PLACES,
        description="Une session à venir compte moins d'inscrits que son minimum.",
    )
)
register(
    Rule(
        key="waiting_list",
        label="Liste d'attente à traiter",
        find=find_waiting_list,
        value_label="Jours avant le début",
        default=21,
        low=0,
        high=180,
        watches=PLACES,
        description=(
            "Des personnes attendent une place : une place s'est libérée, ou la session est "
            "complète et il faut leur proposer une autre date."
        ),
    )
)
register(
    Rule(
        key="convention_not_sent",
        label="Convention ou contrat non envoyé",
        find=find_convention_not_sent,
        value_label="Jours avant le début",
        default=30,
        low=1,
        high=180,
        watches=PAPERS,
        description=(
            "Un client inscrit n'a pas reçu sa convention (ou un particulier son contrat) : "
            "la tâche part quand le document est marqué envoyé."
        ),
    )
)
register(
    Rule(
        key="convention_not_signed",
        label="Convention ou contrat non signé",
        find=find_convention_not_signed,
        value_label="Jours avant le début",
        default=10,
        low=0,
        high=180,
        watches=PAPERS,
        description=(
            "Une convention envoyée n'est pas revenue signée : la tâche part quand elle est "
            "marquée signée."
        ),
    )
)
register(
    Rule(
        key="convocations_not_sent",
        label="Convocations non envoyées",
        find=find_convocations_not_sent,
        value_label="Jours avant le début",
        default=7,
        low=1,
        high=90,
        watches=PAPERS | {"learner"},
        description="Un inscrit n'a pas de convocation marquée envoyée.",
    )
)
