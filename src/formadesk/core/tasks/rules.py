"""What a rule is, what it finds, and the registry every rule module adds itself to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Anomaly:
    """Something to do, found in the data: it becomes (or keeps) one task.

    ``key`` is unique within its rule (« 12 », « 12:3 » …): the task is found again by it, so it
    is created once, updated while the anomaly lasts and closed when it is gone.
    """

    key: str
    title: str
    due_on: dt.date
    session_id: int | None = None
    learner_id: int | None = None
    client_id: int | None = None
    trainer_id: int | None = None
    fix: str = ""  # TASK_FIXES code: what the « Corriger » button does
    priority: int = 2  # 1 high, 2 normal, 3 low
    notes: str = ""
    shown_early: bool = False  # listed even when due after the horizon (an open reminder)


@dataclass(frozen=True)
class RuleContext:
    """What a rule's function gets besides the database session.

    ``value`` is the office's setting (days or threshold); ``since`` is the oldest last day a
    session may have to be looked at (older sessions are history, not work); ``horizon`` the
    latest deadline worth a task today (today + the days tasks show in advance);
    ``session_ids`` restricts the work to the sessions a change touched (None: all).
    """

    today: dt.date
    value: int
    since: dt.date
    horizon: dt.date
    session_ids: frozenset[int] | None = None

    def restrict(self, column):
        """A WHERE condition limiting ``column`` (a session id) to ``session_ids``, or True."""
        from sqlalchemy import true

        return true() if self.session_ids is None else column.in_(self.session_ids)


Finder = Callable[[Session, RuleContext], Iterable[Anomaly]]


@dataclass(frozen=True)
class Rule:
    """One rule of DOMAIN.md « Rules that generate tasks and alerts »."""

    key: str  # also the task's ``kind``
    label: str  # French, singular: « Convocations non envoyées »
    find: Finder
    value_label: str = ""  # « Jours avant le début » ; "" when the rule has no number
    default: int = 0
    low: int = 0
    high: int = 365
    # Entities (Change.entity or Change.related) whose change may alter what the rule finds.
    watches: frozenset[str] = field(default_factory=frozenset)
    scoped: bool = True  # works per session: a change of one session recomputes only it
    prefix: str = ""  # rule_key prefix when it is not ``key`` (tasks made before issue 11)
    lead_days: int | None = None  # shown this many days before the due date (None: setting)
    value_setting: str = ""  # setting key of the number when it predates the rules' page
    description: str = ""  # French, one sentence: when a task appears and when it goes

    def task_key(self, anomaly_key: str) -> str:
        return f"{self.prefix or self.key}:{anomaly_key}"


RULES: dict[str, Rule] = {}


def register(rule: Rule) -> Rule:
    RULES[rule.key] = rule
    return rule


def all_rules() -> dict[str, Rule]:
    """Every rule, their modules imported (in the order the settings page lists them)."""
    from . import rule_modules  # noqa: F401 - registers the rules

    return RULES
