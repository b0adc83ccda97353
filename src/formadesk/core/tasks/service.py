"""``office.tasks``: the « À faire » list, manual tasks, and the rules kept up to date.

Rules run lazily: a change reported on the office's ChangeBus marks the rules that watch what
it touched (only its sessions when it names sessions), and the next read of the list runs
just those. The first read of the day runs them all.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import workers
from ..changes import Change
from ..errors import BusinessRuleError, ValidationError
from ..model import Client, Learner, Task, Trainer, TrainingSession
from ..services.base import Service, get_or_fail
from ..services.settings import write_settings
from .elsewhere import run_day_in_file
from .rows import (
    BUCKETS,
    RuleRow,
    TaskRow,
    TaskSummary,
    bucket_of,
    task_names,
    task_row,
)
from .rules import Rule, all_rules
from .sync import (
    DEFAULT_LEAD,
    DEFAULT_LOOKBACK,
    LEAD_SETTING,
    LOOKBACK_SETTING,
    SyncResult,
    lead_and_lookback,
    on_key,
    read_settings,
    rule_setting,
    sync_rules,
    value_key,
)

log = logging.getLogger(__name__)

MAX_TITLE = 300
MAX_REASON = 300


@dataclass(frozen=True)
class ManualTask:
    """A task typed by the assistant."""

    title: str
    due_on: dt.date | None
    session_id: int | None = None
    learner_id: int | None = None
    client_id: int | None = None
    trainer_id: int | None = None
    notes: str = ""
    priority: int = 2


class TaskService(Service):
    """Tasks made by rules and by hand; the rules kept up to date after each change."""

    def __init__(self, database, changes=None):
        super().__init__(database, changes)
        self._lock = threading.Lock()
        self._pending: dict[str, frozenset[int] | None] = {}  # rule -> sessions (None: all)
        self._computed_on: dt.date | None = None
        self._worker_run: Future | None = None  # the day's run in a worker process
        self._changes.subscribe(self._on_change)

    # -- keeping the rules' tasks up to date ---------------------------------------------
    def _on_change(self, change: Change) -> None:
        touched = {change.entity, *change.related}
        everything = bool(touched & {"all", "settings", "organisation"})
        # Attendance changes name their session, as session changes do.
        by_session = change.entity in ("session", "attendance")
        sessions = frozenset(change.ids) if by_session and change.ids else None
        with self._lock:
            for rule in all_rules().values():
                if not (everything or touched & rule.watches):
                    continue
                scope = None if (everything or not rule.scoped) else sessions
                if rule.key in self._pending:
                    before = self._pending[rule.key]
                    scope = None if before is None or scope is None else before | scope
                self._pending[rule.key] = scope

    def refresh(self, today: dt.date | None = None) -> SyncResult:
        """Run every rule over the whole office now (the first read of a day does it too)."""
        return self.run_claimed(self.claim_day(today))

    def claim_day(self, today: dt.date | None = None) -> dt.date:
        """Say that the day's full run has started (``run_claimed`` does it, e.g. in a
        worker thread): reads meanwhile show the tasks already stored instead of running
        every rule a second time."""
        today = today or dt.date.today()
        with self._lock:
            self._pending.clear()
            self._computed_on = today
        return today

    def run_claimed(self, today: dt.date) -> SyncResult:
        """Every rule over the whole office, for the day ``claim_day`` claimed."""
        result = self._run(list(all_rules().values()), today, None)
        if result is None:  # failed (the base busy …): the next read tries again
            with self._lock:
                self._computed_on = None
            return SyncResult()
        return result

    def run_claimed_in_worker(self, today: dt.date) -> bool:
        """``run_claimed`` in a worker process when there is one (``core.workers``: another
        core, the window keeps its own), else here; True when the tasks changed, which is then
        announced here as usual."""
        in_file = self._db.path is not None and self._db.path.is_file()  # not on a server
        if not workers.available() or self._db.read_only_reason or not in_file:
            return self.run_claimed(today).changed
        try:
            self._worker_run = workers.submit(run_day_in_file, str(self._db.path), today)
            changed = self._worker_run.result()
        except BrokenProcessPool:  # no worker (killed, cannot start): the same run, here
            log.warning("Task rules could not run in a worker; running them here", exc_info=True)
            return self.run_claimed(today).changed
        except Exception:  # noqa: BLE001 - a rule that fails must not stop the day's work
            log.exception("Task rules could not be run (in a worker)")  # with its traceback
            with self._lock:
                self._computed_on = None  # the next read tries again
            return False
        if changed:
            self._emit("task", (), "updated")
        return changed

    def wait_for_worker(self, timeout: float = 30.0) -> None:
        """Wait for a run of the rules in a worker (the office calls it before it closes:
        nobody writes into the file once its lock is released)."""
        run = self._worker_run
        if run is not None and not run.done():
            wait([run], timeout=timeout)

    def refresh_pending(self, today: dt.date | None = None) -> SyncResult:
        """Run the rules a change touched since the last read (all of them on a new day)."""
        today = today or dt.date.today()
        if self._computed_on != today:
            return self.refresh(today)
        with self._lock:
            pending, self._pending = self._pending, {}
        if not pending:
            return SyncResult()
        rules = all_rules()
        total = SyncResult()
        by_scope: dict[frozenset[int] | None, list[Rule]] = {}
        for key, scope in pending.items():
            by_scope.setdefault(scope, []).append(rules[key])
        for scope, group in by_scope.items():
            result = self._run(group, today, scope, emit=False)
            if result is None:  # failed: these rules stay pending for the next read
                with self._lock:
                    for rule in group:
                        before = self._pending.get(rule.key, scope)
                        merged = None if before is None or scope is None else before | scope
                        self._pending[rule.key] = merged
                continue
            total.add(result)
        if total.changed:
            self._emit("task", (), "updated")
        return total

    def _run(
        self,
        rules: list[Rule],
        today: dt.date,
        scope: frozenset[int] | None,
        *,
        emit: bool = True,
    ) -> SyncResult | None:
        """The rules run and their tasks written; None when that failed (logged)."""
        if self._db.read_only_reason:
            return SyncResult()
        try:
            with self._db.unit_of_work() as s:
                result = sync_rules(s, rules, today, session_ids=scope)
        except Exception:  # noqa: BLE001 - a rule that fails must not stop the day's work
            log.exception("Task rules could not be run")
            return None
        if emit and result.changed:
            self._emit("task", (), "updated")
        return result

    # -- reading -----------------------------------------------------------------------------
    def listing(
        self,
        today: dt.date | None = None,
        *,
        session_id: int | None = None,
        kind: str = "",
        until: dt.date | None = None,
        closed: bool = False,
    ) -> list[TaskRow]:
        """Open tasks (or, with ``closed``, those done or dismissed in the last 90 days), by
        date, filtered by session, kind and due date."""
        today = today or dt.date.today()
        self.refresh_pending(today)
        due = func.coalesce(Task.postponed_to, Task.due_on)
        query = select(Task, TrainingSession.code).outerjoin(
            TrainingSession, TrainingSession.id == Task.session_id
        )
        if closed:
            since = today - dt.timedelta(days=90)
            query = query.where((Task.done_on >= since) | (Task.dismissed_on >= since)).order_by(
                func.coalesce(Task.done_on, Task.dismissed_on).desc(), Task.id.desc()
            )
        else:
            query = query.where(Task.done_on.is_(None), Task.dismissed_on.is_(None)).order_by(
                due.is_(None), due, Task.priority, Task.id
            )
        if session_id is not None:
            query = query.where(Task.session_id == session_id)
        if kind:
            query = query.where(Task.kind == kind)
        if until is not None:
            query = query.where(due <= until)
        with self._db.reading() as s:
            rows = s.execute(query).all()
            names = task_names(s, [task for task, _code in rows])
            return [task_row(task, code, names, today) for task, code in rows]

    def summary(self, today: dt.date | None = None) -> TaskSummary:
        """How many open tasks are overdue, due today, this week, later; and per kind."""
        today = today or dt.date.today()
        self.refresh_pending(today)
        due = func.coalesce(Task.postponed_to, Task.due_on)
        with self._db.reading() as s:
            rows = s.execute(
                select(Task.kind, due, func.count())
                .where(Task.done_on.is_(None), Task.dismissed_on.is_(None))
                .group_by(Task.kind, due)
            ).all()
        counts = dict.fromkeys(BUCKETS, 0)
        by_kind: dict[str, int] = {}
        for kind, when, n in rows:
            counts[bucket_of(when, today)] += n
            by_kind[kind] = by_kind.get(kind, 0) + n
        return TaskSummary(
            counts["retard"], counts["aujourdhui"], counts["semaine"], counts["plus_tard"], by_kind
        )

    def get(self, task_id: int) -> TaskRow:
        today = dt.date.today()
        with self._db.reading() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            code = s.scalar(
                select(TrainingSession.code).where(TrainingSession.id == task.session_id)
            )
            return task_row(task, code, task_names(s, [task]), today)

    # -- writing -------------------------------------------------------------------------------
    def add(self, data: ManualTask) -> int:
        """Record a task typed by hand; ValidationError (French) when a field is wrong."""
        errors = _check_manual(data)
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            _check_links(s, data)
            task = Task(
                kind="manual",
                title=data.title.strip(),
                due_on=data.due_on,
                priority=data.priority,
                session_id=data.session_id,
                learner_id=data.learner_id,
                client_id=data.client_id,
                trainer_id=data.trainer_id,
                notes=data.notes.strip(),
            )
            s.add(task)
            s.flush()
            task_id = task.id
        self._emit("task", task_id, "created")
        return task_id

    def update(self, task_id: int, data: ManualTask) -> None:
        """Change a task typed by hand (those made by a rule follow their data)."""
        errors = _check_manual(data)
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            if task.kind != "manual":
                raise BusinessRuleError(
                    "Cette tâche est créée par une règle : elle suit les données. Corrigez la "
                    "cause, reportez-la ou écartez-la."
                )
            _check_links(s, data)
            task.title, task.due_on, task.priority = data.title.strip(), data.due_on, data.priority
            task.session_id, task.learner_id = data.session_id, data.learner_id
            task.client_id, task.trainer_id = data.client_id, data.trainer_id
            task.notes = data.notes.strip()
        self._emit("task", task_id, "updated")

    def mark_done(self, task_id: int, today: dt.date | None = None) -> None:
        """Done by hand. A task made by a rule goes away by itself once fixed: it can be
        marked done by hand only when the rule cannot see the fix (a call, a letter)."""
        today = today or dt.date.today()
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            if task.done_on is None:
                task.done_on, task.closed_by = today, "main"
        self._emit("task", task_id, "updated")

    def reopen(self, task_id: int) -> None:
        """Undo « fait » or « écartée »: the task is open again."""
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            task.done_on, task.closed_by = None, ""
            task.dismissed_on, task.dismiss_reason = None, ""
        with self._lock:
            if task.kind in all_rules():
                self._pending[task.kind] = None  # the rule says again whether it still holds
        self._emit("task", task_id, "updated")

    def postpone(
        self, task_id: int, to: dt.date | None, reason: str, today: dt.date | None = None
    ) -> None:
        """Show the task again on ``to``, saying why it waits."""
        today = today or dt.date.today()
        reason = reason.strip()
        errors = {}
        if to is None:
            errors["to"] = "Choisissez la date à laquelle la tâche doit revenir."
        elif to <= today:
            errors["to"] = "Choisissez une date après aujourd'hui pour reporter la tâche."
        elif to > today + dt.timedelta(days=366):
            errors["to"] = "Une tâche se reporte d'un an au plus : choisissez une date plus proche."
        if not reason:
            errors["reason"] = "Dites en quelques mots pourquoi la tâche attend."
        elif len(reason) > MAX_REASON:
            errors["reason"] = f"La raison tient en {MAX_REASON} caractères au plus."
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            _require_open(task)
            task.postponed_to, task.postpone_reason = to, reason
        self._emit("task", task_id, "updated")

    def dismiss(self, task_id: int, reason: str, today: dt.date | None = None) -> None:
        """Set the task aside for good, saying why (its rule will not bring it back)."""
        today = today or dt.date.today()
        reason = reason.strip()
        if not reason:
            raise ValidationError(
                {"reason": "Dites en quelques mots pourquoi la tâche est écartée."}
            )
        if len(reason) > MAX_REASON:
            raise ValidationError(
                {"reason": f"La raison tient en {MAX_REASON} caractères au plus."}
            )
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            _require_open(task)
            task.dismissed_on, task.dismiss_reason = today, reason
        self._emit("task", task_id, "updated")

    def delete(self, task_id: int) -> None:
        """Delete a task typed by hand (a rule's task is dismissed, not deleted)."""
        with self._db.unit_of_work() as s:
            task = get_or_fail(s, Task, task_id, "La tâche")
            if task.kind != "manual":
                raise BusinessRuleError(
                    "Seules les tâches saisies à la main se suppriment. Écartez celle-ci en "
                    "disant pourquoi."
                )
            s.delete(task)
        self._emit("task", task_id, "deleted")

    # -- the rules' settings ---------------------------------------------------------------------
    def rules(self) -> list[RuleRow]:
        with self._db.reading() as s:
            stored = read_settings(s)
        rows = []
        for rule in all_rules().values():
            setting = rule_setting(rule, stored)
            rows.append(
                RuleRow(
                    rule.key,
                    rule.label,
                    rule.description,
                    setting.enabled,
                    setting.value if rule.value_label else None,
                    rule.value_label,
                    rule.low,
                    rule.high,
                )
            )
        return rows

    def timing(self) -> tuple[int, int]:
        """(days a task shows before its due date, days after a session's end it is still
        looked at)."""
        with self._db.reading() as s:
            return lead_and_lookback(read_settings(s))

    def save_rules(
        self,
        changes: dict[str, tuple[bool, int | None]],
        *,
        lead_days: int | None = None,
        lookback_days: int | None = None,
    ) -> None:
        """Switch rules on or off and set their numbers, checked, in one transaction."""
        rules = all_rules()
        errors: dict[str, str] = {}
        values: dict[str, str] = {}
        for key, (enabled, value) in changes.items():
            rule = rules.get(key)
            if rule is None:
                errors[key] = f"La règle « {key} » n'existe pas."
                continue
            values[on_key(rule)] = "1" if enabled else "0"
            if rule.value_label and value is not None:
                if not rule.low <= value <= rule.high:
                    errors[key] = (
                        f"« {rule.label} » : {rule.value_label.lower()} entre {rule.low} et "
                        f"{rule.high}."
                    )
                values[value_key(rule)] = str(value)
        for setting, value, low, high, label in (
            (LEAD_SETTING, lead_days, 0, 90, "Les tâches apparaissent entre 0 et 90 jours avant"),
            (
                LOOKBACK_SETTING,
                lookback_days,
                7,
                3650,
                "Les sessions terminées sont suivies entre 7 et 3 650 jours",
            ),
        ):
            if value is None:
                continue
            if not low <= value <= high:
                errors[setting] = f"{label} leur échéance : choisissez un nombre dans ces bornes."
            values[setting] = str(value)
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            write_settings(s, values)
        self._emit("settings", (), "updated")


def _require_open(task: Task) -> None:
    if task.done_on is not None or task.dismissed_on is not None:
        raise BusinessRuleError(
            "Cette tâche est déjà faite ou écartée. Rouvrez-la d'abord si elle doit revenir."
        )


def _check_manual(data: ManualTask) -> dict[str, str]:
    errors = {}
    title = data.title.strip()
    if not title:
        errors["title"] = "Écrivez ce qu'il y a à faire."
    elif len(title) > MAX_TITLE:
        errors["title"] = (
            f"Le libellé tient en {MAX_TITLE} caractères au plus : mettez le reste en note."
        )
    if data.due_on is None:
        errors["due_on"] = "Choisissez l'échéance de la tâche."
    elif not dt.date(2000, 1, 1) <= data.due_on <= dt.date(2099, 12, 31):
        errors["due_on"] = "Choisissez une échéance entre 2000 et 2099."
    if data.priority not in (1, 2, 3):
        errors["priority"] = "Choisissez la priorité : haute, normale ou basse."
    return errors


def _check_links(s: Session, data: ManualTask) -> None:
    for model, value, label in (
        (TrainingSession, data.session_id, "La session"),
        (Learner, data.learner_id, "L'apprenant"),
        (Client, data.client_id, "Le client"),
        (Trainer, data.trainer_id, "Le formateur"),
    ):
        if value is not None:
            get_or_fail(s, model, value, label)


__all__ = [
    "BUCKETS",
    "DEFAULT_LEAD",
    "DEFAULT_LOOKBACK",
    "ManualTask",
    "RuleRow",
    "TaskRow",
    "TaskService",
    "TaskSummary",
    "bucket_of",
]
