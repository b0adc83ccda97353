"""Rules after the last day that predate the rules' page: missing evaluation results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import Task, TrainingSession
from ..services.outcomes import REMINDER_WINDOW_DAYS, missing_results, reminder_title
from ..services.settings_checks import RESULTS_REMINDER_DAYS
from .common import LIVE
from .rules import Anomaly, Rule, RuleContext, register


def find_outcomes_missing(s: Session, ctx: RuleContext):
    """Learners still in a session ended within a year lack results N days after its end:
    remind the trainer. An open reminder follows a new delay even to a later date. (Run too
    by OutcomeService when the office opens and when a grid is saved.)"""
    rows = s.execute(
        select(TrainingSession.id, TrainingSession.code, TrainingSession.end_date).where(
            TrainingSession.status.in_(LIVE),
            TrainingSession.closed_on.is_(None),
            TrainingSession.end_date >= ctx.today - dt.timedelta(days=REMINDER_WINDOW_DAYS),
            TrainingSession.end_date < ctx.today,
            ctx.restrict(TrainingSession.id),
        )
    ).all()
    still_open = set(
        s.scalars(
            select(Task.session_id).where(
                Task.kind == "outcomes_missing",
                Task.done_on.is_(None),
                ctx.restrict(Task.session_id),
            )
        )
    )
    missing = missing_results(s, [row.id for row in rows])
    for row in rows:
        n = missing.get(row.id, 0)
        due = row.end_date + dt.timedelta(days=ctx.value)
        if not n or (due > ctx.today and row.id not in still_open):
            continue
        yield Anomaly(
            key=str(row.id),
            title=reminder_title(s, row.id, row.code, n),
            due_on=due,
            session_id=row.id,
            fix="outcomes",
            shown_early=True,
        )


register(
    Rule(
        key="outcomes_missing",
        label="Résultats d'évaluation manquants",
        find=find_outcomes_missing,
        value_label="Jours après la fin",
        default=7,
        low=1,
        high=90,
        watches=frozenset({"outcome", "enrollment", "session", "trainer", "slot"}),
        prefix="outcomes",
        lead_days=0,
        value_setting=RESULTS_REMINDER_DAYS,
        description=(
            "Des apprenants n'ont pas tous leurs résultats N jours après la fin : relancer le "
            "formateur. La tâche part quand la grille est complète."
        ),
    )
)
