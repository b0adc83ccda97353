"""What the rules share: the sessions still worth looking at, and French phrasing."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Select, select

from .. import formatting as fmt
from ..model import ACTIVE_ENROLLMENT_STATUSES, SENT_STATUSES, TrainingSession
from .rules import RuleContext

LIVE = ("planifiee", "confirmee", "en_cours", "terminee")  # not a draft, not cancelled
SENT = SENT_STATUSES
STILL_IN = ACTIVE_ENROLLMENT_STATUSES  # enrolments that hold a place


def sessions_starting(ctx: RuleContext, days_before: int, *columns) -> Select:
    """Sessions not over, not closed, whose deadline ``days_before`` the first day falls by
    the horizon (so their task is due to show)."""
    latest_start = ctx.horizon + dt.timedelta(days=days_before)
    return select(*(columns or (TrainingSession,))).where(
        TrainingSession.status.in_(LIVE),
        TrainingSession.closed_on.is_(None),
        TrainingSession.end_date >= ctx.today,
        TrainingSession.start_date <= latest_start,
        ctx.restrict(TrainingSession.id),
    )


# What is owed to others (an invoice, a certificate) is chased longer than the usual
# follow-up: until the session is closed, within the three years documents are kept.
OWED_LOOKBACK = dt.timedelta(days=3 * 365)


def sessions_ended(ctx: RuleContext, days_after: int, *columns, owed: bool = False) -> Select:
    """Sessions ended since ``ctx.since`` (three years for what is ``owed``), not closed, whose
    deadline ``days_after`` the last day falls by the horizon."""
    latest_end = ctx.horizon - dt.timedelta(days=days_after)
    since = min(ctx.since, ctx.today - OWED_LOOKBACK) if owed else ctx.since
    return select(*(columns or (TrainingSession,))).where(
        TrainingSession.status.in_(LIVE),
        TrainingSession.closed_on.is_(None),
        TrainingSession.end_date >= since,
        TrainingSession.end_date <= latest_end,
        TrainingSession.end_date < ctx.today,
        ctx.restrict(TrainingSession.id),
    )


def sessions_held(ctx: RuleContext, *columns) -> Select:
    """Sessions begun before today and not closed, running or ended since ``ctx.since``:
    those whose half-days so far need attendance."""
    return select(*(columns or (TrainingSession,))).where(
        TrainingSession.status.in_(LIVE),
        TrainingSession.closed_on.is_(None),
        TrainingSession.start_date < ctx.today,
        TrainingSession.end_date >= ctx.since,
        ctx.restrict(TrainingSession.id),
    )


def person(first: str | None, last: str | None) -> str:
    """« Léa DURAND », as task titles name a learner."""
    return f"{first or ''} {(last or '').upper()}".strip()


def starts(day: dt.date) -> str:
    return f"début le {fmt.date_short(day)}"


def ended(day: dt.date) -> str:
    return f"terminée le {fmt.date_short(day)}"
