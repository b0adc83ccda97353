"""Rule on the planning ahead: the conflict engine's problems, one task per session."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import TrainingSession
from ..rules.conflict_kinds import BLOCK, Conflict
from ..rules.conflicts import ConflictEngine
from .common import LIVE
from .rules import Anomaly, Rule, RuleContext, register

MARGIN_DAYS = 3  # a problem is to be solved this many days before the slot it spoils
PLANNING = frozenset(
    {
        "session",
        "slot",
        "planning",
        "room",
        "trainer",
        "equipment",
        "jury",
        "enrollment",
        "learner",
        "incident",
    }
)


def _labels(conflicts: list[Conflict]) -> str:
    """« salle réservée deux fois, créneau sans formateur » (each kind once, by date)."""
    labels = dict.fromkeys(c.label for c in conflicts)
    return ", ".join(label[0].lower() + label[1:] for label in labels)


def find_planning_problem(s: Session, ctx: RuleContext):
    """Every problem the conflict engine finds from today to today + N days (kinds the office
    ignores are not reported by the engine), grouped by session."""
    last = ctx.today + dt.timedelta(days=ctx.value)
    by_session: dict[int, list[Conflict]] = defaultdict(list)
    for conflict in ConflictEngine(s).check(ctx.today, last):
        for session_id in conflict.session_ids:
            by_session[session_id].append(conflict)
    if not by_session:
        return
    sessions = s.execute(
        select(TrainingSession.id, TrainingSession.code).where(
            TrainingSession.id.in_(by_session),
            TrainingSession.status.in_(LIVE),
            TrainingSession.closed_on.is_(None),
        )
    ).all()
    for session_id, code in sessions:
        conflicts = by_session[session_id]
        first = min(c.date for c in conflicts)
        messages = list(dict.fromkeys(c.message for c in conflicts))
        blocking = any(c.severity == BLOCK for c in conflicts)
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Problème de planning — {code} : "
                f"{fmt.plural(len(messages), 'problème')} ({_labels(conflicts)}), "
                f"dès le {fmt.date_short(first)}"
            ),
            due_on=first - dt.timedelta(days=MARGIN_DAYS),
            session_id=session_id,
            fix="planning",
            priority=1 if blocking else 2,
            notes="\n".join(messages),
            # An error (double booking, unavailable, room unfit) shows as soon as it is
            # found within the days looked at; a warning (no room yet) when its date nears.
            shown_early=blocking,
        )


register(
    Rule(
        key="planning_problem",
        label="Problème de planning",
        find=find_planning_problem,
        value_label="Jours à venir examinés",
        default=60,
        low=7,
        high=365,
        watches=PLANNING,
        # A clash involves two sessions: a change of one may solve the other's problem.
        scoped=False,
        description=(
            "Un créneau des prochains jours pose problème selon les réglages des conflits "
            "(réservé deux fois, indisponible, salle trop petite ou non accessible, sans salle "
            "ou sans formateur, jour férié) : la tâche part quand le planning est corrigé."
        ),
    )
)
