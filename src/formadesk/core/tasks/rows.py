"""The « À faire » list's rows: a task as shown, the counts by date and kind, a rule's row,
and the group (« En retard », « Aujourd'hui »…) a due date falls in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..model import Client, Learner, Task, Trainer
from .kinds import fix_label, kind_label

BUCKETS = {
    "retard": "En retard",
    "aujourdhui": "Aujourd'hui",
    "semaine": "Dans les 7 jours",
    "plus_tard": "Plus tard",
}


@dataclass(frozen=True)
class TaskRow:
    """One task as the « À faire » list shows it."""

    id: int
    kind: str
    kind_label: str
    title: str
    due_on: dt.date | None  # the date it is expected now (postponed date when postponed)
    first_due_on: dt.date | None  # the date its rule or author set
    bucket: str  # BUCKETS key ("" for a closed task)
    priority: int
    session_id: int | None
    session_code: str
    learner_id: int | None
    client_id: int | None
    trainer_id: int | None
    who: str  # learner, client or trainer named by the task
    fix: str
    fix_label: str
    notes: str
    manual: bool
    postponed_to: dt.date | None
    postpone_reason: str
    dismissed_on: dt.date | None
    dismiss_reason: str
    done_on: dt.date | None
    closed_by: str

    @property
    def is_open(self) -> bool:
        return self.done_on is None and self.dismissed_on is None


@dataclass(frozen=True)
class TaskSummary:
    """Open tasks (not dismissed) by when they are due, and by kind."""

    overdue: int
    today: int
    week: int
    later: int
    by_kind: dict[str, int]

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.week + self.later


@dataclass(frozen=True)
class RuleRow:
    """A rule as the settings page lists it."""

    key: str
    label: str
    description: str
    enabled: bool
    value: int | None  # None: the rule has no number
    value_label: str
    low: int
    high: int


def bucket_of(due: dt.date | None, today: dt.date) -> str:
    if due is None:
        return "plus_tard"
    if due < today:
        return "retard"
    if due == today:
        return "aujourdhui"
    # « Cette semaine »: the next seven days (a calendar week is empty on a Sunday).
    return "semaine" if due <= today + dt.timedelta(days=7) else "plus_tard"


def task_names(s: Session, tasks: list[Task]) -> dict[tuple[str, int], str]:
    wanted: dict[str, set[int]] = {"learner": set(), "client": set(), "trainer": set()}
    for task in tasks:
        for kind in wanted:
            value = getattr(task, f"{kind}_id")
            if value is not None:
                wanted[kind].add(value)
    names: dict[tuple[str, int], str] = {}
    if wanted["learner"]:
        for row in s.execute(
            select(Learner.id, Learner.first_name, Learner.last_name).where(
                Learner.id.in_(wanted["learner"])
            )
        ):
            names["learner", row.id] = f"{row.first_name} {row.last_name}".strip()
    if wanted["client"]:
        for row in s.execute(select(Client.id, Client.name).where(Client.id.in_(wanted["client"]))):
            names["client", row.id] = row.name
    if wanted["trainer"]:
        for row in s.execute(
            select(Trainer.id, Trainer.first_name, Trainer.last_name).where(
                Trainer.id.in_(wanted["trainer"])
            )
        ):
            names["trainer", row.id] = f"{row.first_name} {row.last_name}".strip()
    return names


def task_row(task: Task, code: str | None, names: dict[tuple[str, int], str], today) -> TaskRow:
    due = task.postponed_to or task.due_on
    who = next(
        (
            names[kind, getattr(task, f"{kind}_id")]
            for kind in ("learner", "trainer", "client")
            if (kind, getattr(task, f"{kind}_id")) in names
        ),
        "",
    )
    is_open = task.done_on is None and task.dismissed_on is None
    return TaskRow(
        id=task.id,
        kind=task.kind,
        kind_label=kind_label(task.kind),
        title=task.title,
        due_on=due,
        first_due_on=task.due_on,
        bucket=bucket_of(due, today) if is_open else "",
        priority=task.priority,
        session_id=task.session_id,
        session_code=code or "",
        learner_id=task.learner_id,
        client_id=task.client_id,
        trainer_id=task.trainer_id,
        who=who,
        fix=task.fix,
        fix_label=fix_label(task.fix),
        notes=task.notes,
        manual=task.kind == "manual",
        postponed_to=task.postponed_to,
        postpone_reason=task.postpone_reason,
        dismissed_on=task.dismissed_on,
        dismiss_reason=task.dismiss_reason,
        done_on=task.done_on,
        closed_by=task.closed_by,
    )
