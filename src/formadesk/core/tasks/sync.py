"""Anomalies become tasks: created once, updated while they last, closed when they are gone.

A task the user dismissed stays dismissed (the rule does not bring it back); a task the rule
closed comes back when the anomaly does. Everything happens in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import insert, or_, select
from sqlalchemy.orm import Session

from ..model import Setting, Task
from .rules import Anomaly, Rule, RuleContext

LEAD_SETTING = "tasks.lead_days"  # a task shows this many days before its due date
LOOKBACK_SETTING = "tasks.lookback_days"  # sessions ended longer ago are history
DEFAULT_LEAD, DEFAULT_LOOKBACK = 14, 90
LINKS = ("session_id", "learner_id", "client_id", "trainer_id")
CHUNK = 500


@dataclass(frozen=True)
class RuleSetting:
    """A rule as the office set it: on or off, and its number."""

    enabled: bool
    value: int


def on_key(rule: Rule) -> str:
    return f"tasks.{rule.key}.on"


def value_key(rule: Rule) -> str:
    return rule.value_setting or f"tasks.{rule.key}.value"


def read_settings(s: Session) -> dict[str, str]:
    """Every setting a rule reads, in one query (keys as stored; defaults applied by callers)."""
    rows = s.execute(
        select(Setting.key, Setting.value).where(
            or_(Setting.key.startswith("tasks."), Setting.key.startswith("evaluations."))
        )
    )
    return dict(rows.all())


def _whole(text: str | None, default: int, low: int, high: int) -> int:
    """The number stored, or the default when it is missing, unreadable or out of bounds (as
    ``settings.day_count`` reads a delay)."""
    try:
        value = int(str(text).strip())
    except (TypeError, ValueError):
        return default
    return value if low <= value <= high else default


def rule_setting(rule: Rule, stored: dict[str, str]) -> RuleSetting:
    enabled = stored.get(on_key(rule), "1").strip() not in ("0", "non", "false", "")
    value = _whole(stored.get(value_key(rule)), rule.default, rule.low, rule.high)
    return RuleSetting(enabled, value)


def lead_and_lookback(stored: dict[str, str]) -> tuple[int, int]:
    lead = _whole(stored.get(LEAD_SETTING), DEFAULT_LEAD, 0, 90)
    lookback = _whole(stored.get(LOOKBACK_SETTING), DEFAULT_LOOKBACK, 7, 3650)
    return lead, lookback


@dataclass
class SyncResult:
    created: int = 0
    updated: int = 0
    closed: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.closed)

    def add(self, other: SyncResult) -> None:
        self.created += other.created
        self.updated += other.updated
        self.closed += other.closed


def sync_rules(
    s: Session,
    rules: Iterable[Rule],
    today: dt.date,
    *,
    session_ids: frozenset[int] | None = None,
    stored: dict[str, str] | None = None,
) -> SyncResult:
    """Run these rules (over ``session_ids`` only, for the scoped ones) and make their tasks
    agree with what they find."""
    stored = read_settings(s) if stored is None else stored
    lead, lookback = lead_and_lookback(stored)
    total = SyncResult()
    for rule in rules:
        setting = rule_setting(rule, stored)
        scope = session_ids if rule.scoped else None
        shown = lead if rule.lead_days is None else rule.lead_days
        ctx = RuleContext(
            today=today,
            value=setting.value,
            since=today - dt.timedelta(days=lookback),
            horizon=today + dt.timedelta(days=shown),
            session_ids=scope,
        )
        found: list[Anomaly] = []
        if setting.enabled:
            found = [a for a in rule.find(s, ctx) if a.due_on <= ctx.horizon or a.shown_early]
        total.add(
            _apply(s, rule, found, ctx, closed_by="regle" if setting.enabled else "regle_off")
        )
    return total


def _apply(
    s: Session, rule: Rule, found: list[Anomaly], ctx: RuleContext, *, closed_by: str = "regle"
) -> SyncResult:
    result = SyncResult()
    wanted = {rule.task_key(a.key): a for a in found}
    open_query = select(Task).where(Task.kind == rule.key, Task.done_on.is_(None))
    if ctx.session_ids is not None:
        open_query = open_query.where(Task.session_id.in_(ctx.session_ids))
    tasks = {t.rule_key: t for t in s.scalars(open_query)}
    missing = [k for k in wanted if k not in tasks]
    for start in range(0, len(missing), CHUNK):
        chunk = missing[start : start + CHUNK]
        for task in s.scalars(select(Task).where(Task.rule_key.in_(chunk))):
            tasks[task.rule_key] = task
    new_rows = []
    for key, anomaly in wanted.items():
        task = tasks.get(key)
        if task is None:
            new_rows.append(_new_row(rule, key, anomaly))
            continue
        if task.dismissed_on is not None or task.closed_by == "main":
            continue  # the user decided: the rule does not overrule her
        if _differs(task, anomaly):
            task.title, task.due_on = anomaly.title[:300], anomaly.due_on
            task.priority, task.fix = anomaly.priority, anomaly.fix
            for name in LINKS:
                setattr(task, name, getattr(anomaly, name))
            if task.done_on is not None:
                task.done_on, task.closed_by = None, ""
            result.updated += 1
    for key, task in tasks.items():
        if key in wanted or task.done_on is not None:
            continue  # (a dismissed task whose anomaly is gone is closed too)
        task.done_on, task.closed_by = ctx.today, closed_by
        result.closed += 1
    if new_rows:  # one INSERT for all (the first run on a large office makes hundreds)
        s.execute(insert(Task), new_rows)
        result.created += len(new_rows)
    return result


def _new_row(rule: Rule, key: str, anomaly: Anomaly) -> dict:
    return {
        "kind": rule.key,
        "rule_key": key,
        "title": anomaly.title[:300],
        "due_on": anomaly.due_on,
        "done_on": None,
        "priority": anomaly.priority,
        "fix": anomaly.fix,
        "notes": anomaly.notes,
        "postponed_to": None,
        "postpone_reason": "",
        "dismissed_on": None,
        "dismiss_reason": "",
        "closed_by": "",
        "incident_id": None,
        "complaint_id": None,
        "interaction_id": None,
        "action_id": None,
        **{name: getattr(anomaly, name) for name in LINKS},
    }


def _differs(task: Task, anomaly: Anomaly) -> bool:
    return (
        task.done_on is not None
        or task.title != anomaly.title[:300]
        or task.due_on != anomaly.due_on
        or task.priority != anomaly.priority
        or task.fix != anomaly.fix
        or any(getattr(task, name) != getattr(anomaly, name) for name in LINKS)
    )
