"""Rules of the follow-up: surveys « à froid », incidents left open, documents never sent."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    Client,
    Enrollment,
    Evaluation,
    Funder,
    FundingLine,
    GeneratedDocument,
    Incident,
    Questionnaire,
    SessionTrainer,
    Task,
    TrainingSession,
)
from ..services.incidents import INCIDENT_KINDS
from ..services.surveys.people import LEARNER_STATUSES, SELF_FUNDERS
from .common import LIVE, ended
from .rules import Anomaly, Rule, RuleContext, register

# Kinds meant to reach someone and not followed by another rule (convention, contrat and
# convocation are): kind -> (singular, plural), French.
SENDABLE = {
    "certificat_realisation": ("certificat de réalisation", "certificats de réalisation"),
    "attestation_fin": ("attestation de fin de formation", "attestations de fin de formation"),
    "attestation_assiduite": ("attestation d'assiduité", "attestations d'assiduité"),
    "facture": ("facture", "factures"),
    "relance": ("relance de paiement", "relances de paiement"),
    "relance_convention": ("relance de convention", "relances de convention"),
    "ordre_mission": ("ordre de mission", "ordres de mission"),
    "devis": ("devis", "devis"),
    "releve_presence": ("relevé de présence", "relevés de présence"),
    "releve_presence_financeurs": ("relevé de présence", "relevés de présence"),
    "courrier": ("courrier", "courriers"),
}


# -- surveys « à froid » ---------------------------------------------------------------------
def _respondents(s: Session, audience: str, session_ids: list[int]) -> set[int]:
    """Sessions that have someone to ask (as ``surveys.people.targets`` finds them once the
    session is over)."""
    statuses = (*LEARNER_STATUSES, "inscrit")
    enrolled = Enrollment.session_id.in_(session_ids), Enrollment.status.in_(statuses)
    if audience == "apprenant":
        return set(s.scalars(select(Enrollment.session_id).where(*enrolled)))
    if audience == "client":
        found = set(
            s.scalars(
                select(Enrollment.session_id)
                .join(Client, Client.id == Enrollment.client_id)
                .where(*enrolled, Client.kind != "particulier")
            )
        )
        return found | set(
            s.scalars(
                select(TrainingSession.id)
                .join(Client, Client.id == TrainingSession.intra_client_id)
                .where(TrainingSession.id.in_(session_ids), Client.kind != "particulier")
            )
        )
    if audience == "formateur":
        return set(
            s.scalars(
                select(SessionTrainer.session_id).where(SessionTrainer.session_id.in_(session_ids))
            )
        )
    if audience == "financeur":
        return set(
            s.scalars(
                select(Enrollment.session_id)
                .join(FundingLine, FundingLine.enrollment_id == Enrollment.id)
                .join(Funder, Funder.id == FundingLine.funder_id)
                .where(
                    *enrolled,
                    FundingLine.status != "refusee",
                    Funder.kind.not_in(SELF_FUNDERS),
                )
            )
        )
    return set()


def find_survey_cold_due(s: Session, ctx: RuleContext):
    """Active « à froid » models whose delay after a session's last day is reached, with no
    evaluation of that questionnaire created (sent) for the session."""
    models = s.execute(
        select(
            Questionnaire.id, Questionnaire.title, Questionnaire.audience, Questionnaire.delay_days
        )
        .where(Questionnaire.active.is_(True), Questionnaire.moment == "froid")
        .order_by(Questionnaire.delay_days, Questionnaire.id)
    ).all()
    if not models:
        return
    shortest = min(m.delay_days for m in models)
    sessions = {
        row.id: row
        for row in s.execute(
            select(TrainingSession.id, TrainingSession.code, TrainingSession.end_date).where(
                TrainingSession.status.in_(LIVE),
                TrainingSession.closed_on.is_(None),
                TrainingSession.end_date >= ctx.since,
                TrainingSession.end_date < ctx.today,
                TrainingSession.end_date <= ctx.horizon - dt.timedelta(days=shortest),
                ctx.restrict(TrainingSession.id),
            )
        )
    }
    if not sessions:
        return
    # (by session only: SQLite would otherwise walk the questionnaire's index, every session
    # of ten years)
    sent = set(
        s.execute(
            select(Evaluation.session_id, Evaluation.questionnaire_id)
            .where(Evaluation.session_id.in_(sessions))
            .distinct()
        ).all()
    )
    for model in models:
        due_ids = [
            i
            for i, row in sessions.items()
            if row.end_date + dt.timedelta(days=model.delay_days) <= ctx.horizon
            and (i, model.id) not in sent
        ]
        if not due_ids:
            continue
        for session_id in sorted(_respondents(s, model.audience, due_ids)):
            row = sessions[session_id]
            yield Anomaly(
                key=f"{session_id}:{model.id}",
                title=(
                    f"Envoyer le questionnaire à froid « {model.title} » — {row.code} "
                    f"({ended(row.end_date)})"
                ),
                due_on=row.end_date + dt.timedelta(days=model.delay_days),
                session_id=session_id,
                fix="survey_send",
            )


# -- incidents -------------------------------------------------------------------------------
def find_incident_overdue(s: Session, ctx: RuleContext):
    """Incidents not resolved N days after their due date, unless a task of the incident
    (replace the resource, warn the learners) is still open: that one is already listed."""
    rows = s.execute(
        select(
            Incident.id,
            Incident.kind,
            Incident.description,
            Incident.starts_at,
            Incident.due_on,
            Incident.session_id,
            Incident.trainer_id,
            TrainingSession.code,
        )
        .outerjoin(TrainingSession, TrainingSession.id == Incident.session_id)
        .where(Incident.status != "resolu")
    ).all()
    if not rows:
        return
    followed = set(
        s.scalars(
            select(Task.incident_id).where(
                Task.incident_id.in_([r.id for r in rows]),
                Task.kind == "incident",
                Task.done_on.is_(None),
                Task.dismissed_on.is_(None),
            )
        )
    )
    for r in rows:
        due = (r.due_on or r.starts_at.date()) + dt.timedelta(days=ctx.value)
        if r.id in followed:
            continue
        text = r.description.strip()
        about = text.splitlines()[0] if text else INCIDENT_KINDS.get(r.kind, r.kind)
        if len(about) > 80:
            about = about[:79] + "…"
        where = f" ({r.code})" if r.code else ""
        yield Anomaly(
            key=str(r.id),
            title=(
                f"Aléa non résolu du {fmt.date_short(r.starts_at.date())}{where} : {about} — "
                "noter sa résolution"
            ),
            due_on=due,
            session_id=r.session_id,
            trainer_id=r.trainer_id,
            fix="incident",
            priority=1,
        )


# -- documents never sent --------------------------------------------------------------------
NAMED_BY_FILE = ("facture", "ordre_mission")  # their versions are told apart by file name
_VERSION = re.compile(r" \(v\d+\)$")  # as documents.engine.targets.unversioned_stem


def _stem(path: str) -> str:
    """A file's name without extension nor « (v2) »: the same for every version (the
    documents package is not imported here: it loads the PDF and Word libraries)."""
    return _VERSION.sub("", PurePath(path).stem)


def find_document_not_sent(s: Session, ctx: RuleContext):
    """Documents of the kinds meant to be sent, generated N days ago or more and still
    « généré », unless a newer version for the same person replaced them; one task per
    session for all its kinds."""
    latest_day = ctx.horizon - dt.timedelta(days=ctx.value)
    sessions = (
        select(TrainingSession.id)
        .where(
            TrainingSession.status.in_(LIVE),
            TrainingSession.closed_on.is_(None),
            TrainingSession.end_date >= ctx.since,
            ctx.restrict(TrainingSession.id),
        )
        .scalar_subquery()
    )
    late = s.execute(
        select(GeneratedDocument.session_id, GeneratedDocument.kind).where(
            GeneratedDocument.session_id.in_(sessions),
            GeneratedDocument.kind.in_(SENDABLE),
            GeneratedDocument.status == "genere",
            GeneratedDocument.generated_at < dt.datetime.combine(latest_day, dt.time.max),
        )
    ).all()
    if not late:
        return
    pairs = set(late)
    docs = s.execute(
        select(
            GeneratedDocument.id,
            GeneratedDocument.session_id,
            GeneratedDocument.kind,
            GeneratedDocument.learner_id,
            GeneratedDocument.client_id,
            GeneratedDocument.path,
            GeneratedDocument.status,
            GeneratedDocument.generated_at,
        ).where(
            GeneratedDocument.session_id.in_({sid for sid, _kind in pairs}),
            GeneratedDocument.kind.in_({kind for _sid, kind in pairs}),
        )
    ).all()
    newest = {}
    for doc in docs:
        if (doc.session_id, doc.kind) not in pairs:
            continue
        # The same recipient: learner or client, or (trainers; invoices, where a client may
        # have an invoice and a credit note) the file's name.
        if doc.kind in NAMED_BY_FILE or (doc.learner_id is None and doc.client_id is None):
            who = (doc.learner_id, doc.client_id, _stem(doc.path))
        else:
            who = (doc.learner_id, doc.client_id, "")
        key = (doc.session_id, doc.kind, who)
        if key not in newest or doc.id > newest[key].id:
            newest[key] = doc
    waiting: dict[tuple[int, str], list[dt.date]] = defaultdict(list)
    for (session_id, kind, _who), doc in newest.items():
        day = doc.generated_at.date()
        if doc.status == "genere" and day <= latest_day:
            waiting[session_id, kind].append(day)
    if not waiting:
        return
    codes = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.code).where(
                TrainingSession.id.in_({sid for sid, _kind in waiting})
            )
        ).all()
    )
    by_session: dict[int, dict[str, list[dt.date]]] = defaultdict(dict)
    for (session_id, kind), days in waiting.items():
        by_session[session_id][kind] = days
    for session_id, kinds in sorted(by_session.items()):
        # One task per session: the certificates and attestations usually leave together.
        parts = [
            fmt.plural(len(days), *SENDABLE[kind])
            for kind, days in sorted(kinds.items(), key=lambda item: list(SENDABLE).index(item[0]))
        ]
        what = ", ".join(parts[:-1]) + (" et " if len(parts) > 1 else "") + parts[-1]
        first = min(day for days in kinds.values() for day in days)
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Envoyer {what} — {codes[session_id]} "
                f"(en attente depuis le {fmt.date_short(first)})"
            ),
            due_on=first + dt.timedelta(days=ctx.value),
            session_id=session_id,
            fix="documents_list",
            priority=3,
        )


register(
    Rule(
        key="survey_cold_due",
        label="Questionnaire à froid à envoyer",
        find=find_survey_cold_due,
        watches=frozenset({"evaluation", "questionnaire", "session", "enrollment"}),
        lead_days=0,
        description=(
            "Le délai d'un questionnaire « à froid » après la fin de la session est atteint "
            "et il n'est pas envoyé : la tâche part quand il est envoyé."
        ),
    )
)
register(
    Rule(
        key="incident_overdue",
        label="Aléa non résolu",
        find=find_incident_overdue,
        value_label="Jours de grâce après l'échéance",
        default=2,
        low=0,
        high=60,
        watches=frozenset({"incident", "task"}),  # its own tasks done by hand
        scoped=False,
        lead_days=0,  # an incident is late once past its date, not before
        description=(
            "Un aléa est toujours ouvert après son échéance, sans tâche de remplacement "
            "ouverte : la tâche part quand l'aléa est noté résolu."
        ),
    )
)
register(
    Rule(
        key="document_not_sent",
        label="Document jamais envoyé",
        find=find_document_not_sent,
        value_label="Jours après la génération",
        default=7,
        low=1,
        high=90,
        watches=frozenset({"document", "session"}),
        lead_days=0,
        description=(
            "Un document à envoyer (certificat, attestation, facture, relance, ordre de "
            "mission) est généré depuis N jours sans être marqué envoyé : la tâche part quand il "
            "l'est, ou quand une nouvelle version envoyée le remplace."
        ),
    )
)
