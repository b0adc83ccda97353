"""Learning outcomes of a session: learners × course objectives (Qualiopi indicator 11).

For each learner and objective: the positioning at entry and the result at the end (acquis,
partiellement acquis, non acquis), and one comment of the trainer per learner. The trainer
usually fills an Excel grid (``outcome_workbook``) that comes back through ``read_workbook``;
the attestation de fin de formation prints the results. When results are still missing N days
after the last day (setting ``evaluations.results_reminder_days``), a task reminds the office
to chase the trainer; it is done as soon as the grid is complete.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..errors import BusinessRuleError, ValidationError
from ..model import (
    OBJECTIVE_RESULTS,
    CourseObjective,
    Enrollment,
    Learner,
    ObjectiveResult,
    Task,
    TrainingSession,
)
from .base import Service, get_or_fail
from .session_people import trainer_names
from .settings import day_count
from .settings_checks import RESULTS_REMINDER_DAYS

# Learners whose outcomes are assessed: those who hold a place (a pre-registered learner's
# positioning is often done before the registration is confirmed) and those who left.
ASSESSED_STATUSES = ("preinscrit", "inscrit", "termine", "abandon")
# Learners whose missing results are chased: all but those who left (a past session's
# learners keep « inscrit » unless the office marks them « terminé »).
STILL_IN = ("preinscrit", "inscrit", "termine")
REMINDER_WINDOW_DAYS = 365  # older sessions are not chased any more
FIELDS = {"entry": "entrée", "result": "fin", "comment": "commentaire"}


def level_label(key: str) -> str:
    """« Acquis », « Partiellement acquis », « Non acquis », or "" (not assessed)."""
    return OBJECTIVE_RESULTS.get(key, "")


@dataclass(frozen=True)
class OutcomeObjective:
    id: int
    number: int  # 1, 2 … as printed (O1, O2 …)
    text: str


@dataclass
class OutcomeLine:
    """One learner of the grid: levels keyed by objective id ("" = not assessed)."""

    enrollment_id: int
    learner_name: str
    status: str
    entry: dict[int, str] = field(default_factory=dict)
    result: dict[int, str] = field(default_factory=dict)
    comment: str = ""

    def missing(self, objectives: list[OutcomeObjective]) -> int:
        """How many objectives have no result at the end yet."""
        return sum(1 for o in objectives if not self.result.get(o.id))


@dataclass(frozen=True)
class OutcomeGrid:
    session_id: int
    code: str
    course_title: str
    start: dt.date
    end: dt.date
    status: str
    trainers: str
    objectives: list[OutcomeObjective]
    lines: list[OutcomeLine]
    reminder: str  # « relance du formateur prévue le 01/12/2026 (en retard) », or ""

    @property
    def results_open(self) -> bool:
        """Results at the end may be entered from the first day of the session."""
        return dt.date.today() >= self.start and self.status != "annulee"

    @property
    def learners_missing(self) -> int:
        """Learners still in the session (not left) who lack at least one result."""
        return sum(
            1 for line in self.lines if line.status != "abandon" and line.missing(self.objectives)
        )


@dataclass(frozen=True)
class OutcomeEdit:
    """One cell of the grid: ``field`` is "entry", "result" (with an objective) or "comment"."""

    enrollment_id: int
    field: str
    value: str
    objective_id: int | None = None


@dataclass(frozen=True)
class OutcomeChange:
    """What a save changed, as the report says it."""

    learner_name: str
    what: str  # « O2 — fin », « Commentaire »
    before: str
    after: str


@dataclass(frozen=True)
class OutcomeImport:
    """A filled grid read back: the edits it holds and what they change, or its problems."""

    session_id: int
    file_name: str
    edits: list[OutcomeEdit]
    changes: list[OutcomeChange]
    problems: list[str]


class OutcomeService(Service):
    """Read and save the outcome grid of a session; its Excel round trip; reminders."""

    # -- reading ----------------------------------------------------------------------------
    def grid(self, session_id: int) -> OutcomeGrid:
        with self._db.reading() as s:
            return _grid(s, session_id)

    # -- writing ----------------------------------------------------------------------------
    def save(self, session_id: int, edits: list[OutcomeEdit]) -> list[OutcomeChange]:
        """Apply the edits in one transaction (all or nothing); returns what changed.

        Raises ValidationError (French, one message per wrong cell) or BusinessRuleError.
        """
        today = dt.date.today()
        with self._db.unit_of_work() as s:
            grid = _grid(s, session_id)
            changes = _apply(s, grid, edits, today)
            s.flush()  # the reminder counts what was just written
            if changes:
                refresh_reminders_in(s, today, session_ids=frozenset({session_id}))
        if changes:
            self._emit("outcome", session_id, "updated", "task", "session", "document")
        return changes

    def apply_import(self, read: OutcomeImport) -> list[OutcomeChange]:
        """Save a grid read by ``read_workbook``; refused while it has problems."""
        if read.problems:
            raise BusinessRuleError(
                f"Le fichier « {read.file_name} » n'est pas importé : corrigez d'abord "
                f"{fmt.plural(len(read.problems), 'problème', 'problèmes')} signalé(s)."
            )
        return self.save(read.session_id, read.edits)

    # -- the trainer's workbook -------------------------------------------------------------
    def export_workbook(self, session_id: int, path) -> object:
        """Write the grid for the trainer (XLSX with drop-down lists); returns the path."""
        from .outcome_workbook import write_workbook

        grid = self.grid(session_id)
        if not grid.objectives:
            raise BusinessRuleError(
                f"Le cursus « {grid.course_title} » n'a pas d'objectif pédagogique : ajoutez "
                "ses objectifs (Sessions › Catalogue › Modifier) avant de préparer la grille."
            )
        if not grid.lines:
            raise BusinessRuleError(
                f"La session {grid.code} n'a aucun apprenant à évaluer (pré-inscrit, inscrit, "
                "terminé ou abandon) : inscrivez d'abord les apprenants."
            )
        return write_workbook(grid, path, self._organisation_name())

    def read_workbook(self, session_id: int, path) -> OutcomeImport:
        """Read a filled grid back, without writing anything: edits, changes and problems."""
        from .outcome_workbook import read_workbook

        grid = self.grid(session_id)
        read = read_workbook(grid, path)
        if read.problems or not read.edits:
            return read
        with self._db.reading() as s:
            try:
                changes = _apply(s, grid, read.edits, dt.date.today(), dry_run=True)
            except ValidationError as error:
                problems = [str(m) for m in error.errors.values()] if error.errors else [str(error)]
                return OutcomeImport(session_id, read.file_name, read.edits, [], problems)
            except BusinessRuleError as error:
                return OutcomeImport(session_id, read.file_name, read.edits, [], [str(error)])
        return OutcomeImport(session_id, read.file_name, read.edits, changes, [])

    # -- reminders --------------------------------------------------------------------------
    def refresh_reminders(self, today: dt.date | None = None) -> int:
        """Create, update or close the « results missing » tasks (the rule
        « outcomes_missing » of core.tasks, its only writer); returns how many are open."""
        today = today or dt.date.today()
        with self._db.unit_of_work() as s:  # writes only what changes
            touched, open_count = refresh_reminders_in(s, today)
        if touched:
            self._emit("task", (), "updated")
        return open_count

    def _organisation_name(self) -> str:
        from ..model import Organisation

        with self._db.reading() as s:
            return s.scalar(select(Organisation.name).limit(1)) or ""


# -- helpers --------------------------------------------------------------------------------
def refresh_reminders_in(
    s: Session, today: dt.date, *, session_ids: frozenset[int] | None = None
) -> tuple[bool, int]:
    """Run the rule « outcomes_missing » (over ``session_ids`` only, when given) inside the
    caller's transaction: (something changed, open reminders of the office)."""
    from ..tasks.rules import all_rules
    from ..tasks.sync import sync_rules

    result = sync_rules(s, [all_rules()["outcomes_missing"]], today, session_ids=session_ids)
    s.flush()
    return result.changed, _open_reminders(s)


def _open_reminders(s: Session) -> int:
    count = s.scalar(
        select(func.count())
        .select_from(Task)
        .where(
            Task.kind == "outcomes_missing",
            Task.done_on.is_(None),
            Task.dismissed_on.is_(None),
        )
    )
    return int(count or 0)


def _grid(s: Session, session_id: int) -> OutcomeGrid:
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    objectives = [
        OutcomeObjective(o.id, number, o.text)
        for number, o in enumerate(
            s.scalars(
                select(CourseObjective)
                .where(CourseObjective.course_id == session.course_id)
                .order_by(CourseObjective.position, CourseObjective.id)
            ),
            start=1,
        )
    ]
    rows = s.execute(
        select(Enrollment.id, Learner.last_name, Learner.first_name, Enrollment.status)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(Enrollment.session_id == session_id, Enrollment.status.in_(ASSESSED_STATUSES))
    ).all()
    comments = dict(
        s.execute(
            select(Enrollment.id, Enrollment.outcome_comment).where(
                Enrollment.session_id == session_id
            )
        ).all()
    )
    lines = {
        r.id: OutcomeLine(r.id, f"{r.last_name.upper()} {r.first_name}".strip(), r.status)
        for r in rows
    }
    for line in lines.values():
        line.comment = comments.get(line.enrollment_id) or ""
    for result in s.scalars(
        select(ObjectiveResult).where(ObjectiveResult.enrollment_id.in_(list(lines)))
    ):
        line = lines[result.enrollment_id]
        if result.entry_level:
            line.entry[result.objective_id] = result.entry_level
        if result.result:
            line.result[result.objective_id] = result.result
    from ..validation import normalise_search

    ordered = sorted(lines.values(), key=lambda line: normalise_search(line.learner_name))
    task = s.scalar(select(Task).where(Task.rule_key == _rule_key(session_id)))
    today = dt.date.today()
    due = None
    if task is not None and task.done_on is None:
        due = task.due_on
    elif session.status != "annulee" and any(
        line.status != "abandon" and line.missing(objectives) for line in ordered
    ):
        due = session.end_date + dt.timedelta(days=_reminder_days(s))  # not created yet
    reminder = ""
    if due is not None:
        late = " (en retard)" if due < today else ""
        reminder = f"relance du formateur prévue le {fmt.date_short(due)}{late}"
    return OutcomeGrid(
        session_id=session.id,
        code=session.code,
        course_title=session.course.title,
        start=session.start_date,
        end=session.end_date,
        status=session.status,
        trainers=", ".join(trainer_names(s, session_id)),
        objectives=objectives,
        lines=ordered,
        reminder=reminder,
    )


def _apply(
    s: Session, grid: OutcomeGrid, edits: list[OutcomeEdit], today: dt.date, dry_run=False
) -> list[OutcomeChange]:
    """Check every edit (all messages at once), then write them unless ``dry_run``."""
    if grid.status == "annulee":
        raise BusinessRuleError(
            f"La session {grid.code} est annulée : ses résultats d'évaluation ne se saisissent pas."
        )
    lines = {line.enrollment_id: line for line in grid.lines}
    objectives = {o.id: o for o in grid.objectives}
    errors: dict[str, str] = {}
    checked: list[tuple[OutcomeLine, OutcomeEdit, str]] = []
    for number, edit in enumerate(edits):
        line = lines.get(edit.enrollment_id)
        key = f"{edit.enrollment_id}:{edit.objective_id}:{edit.field}:{number}"
        if line is None:
            errors[key] = (
                f"L'inscription n° {edit.enrollment_id} n'est pas un apprenant évalué de la "
                f"session {grid.code} (pré-inscrit, inscrit, terminé ou abandon) : actualisez la "
                "grille."
            )
            continue
        value = (edit.value or "").strip()
        if edit.field == "comment":
            if len(value) > 2000:
                errors[key] = (
                    f"Le commentaire pour {line.learner_name} dépasse 2 000 caractères : "
                    "raccourcissez-le."
                )
                continue
            checked.append((line, edit, value))
            continue
        if edit.field not in ("entry", "result") or edit.objective_id not in objectives:
            errors[key] = (
                f"L'objectif n° {edit.objective_id} n'est pas un objectif du cursus "
                f"« {grid.course_title} » : actualisez la grille."
            )
            continue
        if value and value not in OBJECTIVE_RESULTS:
            errors[key] = (
                f"« {value} » n'est pas un niveau : choisissez Acquis, Partiellement acquis ou "
                "Non acquis."
            )
            continue
        if edit.field == "result" and value and today < grid.start:
            errors[key] = (
                f"La session {grid.code} commence le {fmt.date_long(grid.start)} : les résultats "
                "de fin se saisissent à partir de ce jour (le positionnement d'entrée, dès "
                "maintenant)."
            )
            continue
        checked.append((line, edit, value))
    if errors:
        raise ValidationError(errors)
    changes: list[OutcomeChange] = []
    rows: dict[tuple[int, int], ObjectiveResult] = {}
    if not dry_run:  # the rows of the edited learners, read once
        edited = {line.enrollment_id for line, _edit, _value in checked}
        rows = {
            (r.enrollment_id, r.objective_id): r
            for r in s.scalars(
                select(ObjectiveResult).where(ObjectiveResult.enrollment_id.in_(edited))
            )
        }
    for line, edit, value in checked:
        if edit.field == "comment":
            if value != line.comment:
                changes.append(OutcomeChange(line.learner_name, "Commentaire", line.comment, value))
                line.comment = value
                if not dry_run:
                    s.get(Enrollment, line.enrollment_id).outcome_comment = value
            continue
        levels = line.entry if edit.field == "entry" else line.result
        before = levels.get(edit.objective_id, "")
        if value == before:
            continue
        number = objectives[edit.objective_id].number
        changes.append(
            OutcomeChange(
                line.learner_name,
                f"O{number} — {FIELDS[edit.field]}",
                level_label(before),
                level_label(value),
            )
        )
        if value:
            levels[edit.objective_id] = value
        else:
            levels.pop(edit.objective_id, None)
        if not dry_run:
            _write_level(s, rows, line.enrollment_id, edit.objective_id, edit.field, value, today)
    return changes


def _write_level(
    s: Session,
    rows: dict[tuple[int, int], ObjectiveResult],
    enrollment_id: int,
    objective_id: int,
    which: str,
    value: str,
    today: dt.date,
) -> None:
    """Set one level in ``rows`` (the learner's result rows, kept up to date); a row left
    with neither level is deleted."""
    row = rows.get((enrollment_id, objective_id))
    if row is None:
        row = ObjectiveResult(
            enrollment_id=enrollment_id, objective_id=objective_id, result="", entry_level=""
        )
        s.add(row)
        rows[(enrollment_id, objective_id)] = row
    if which == "entry":
        row.entry_level = value
    else:
        row.result = value
        row.assessed_on = today if value else None
    if not row.entry_level and not row.result:
        del rows[(enrollment_id, objective_id)]
        if row in s.new:
            s.expunge(row)
        else:
            s.delete(row)


def reminder_title(s: Session, session_id: int, code: str, missing: int) -> str:
    """« Relancer <trainers> : résultats d'évaluation manquants — <code> (n apprenants) »."""
    who = ", ".join(trainer_names(s, session_id)) or "le formateur"
    return (
        f"Relancer {who} : résultats d'évaluation manquants — {code} "
        f"({fmt.plural(missing, 'apprenant', 'apprenants')})"
    )


def missing_results(s: Session, session_ids: list[int]) -> dict[int, int]:
    """{session id: learners still in it who lack a result}, in one query (public helper)."""
    return _missing_counts(s, session_ids)


def _reminder_days(s: Session) -> int:
    return day_count(s, RESULTS_REMINDER_DAYS)


def _rule_key(session_id: int) -> str:
    return f"outcomes:{session_id}"


def _missing_counts(s: Session, session_ids: list[int]) -> dict[int, int]:
    """{session id: learners who finished it and lack at least one result}, in one query."""
    done = (
        select(func.count())
        .select_from(ObjectiveResult)
        .where(ObjectiveResult.enrollment_id == Enrollment.id, ObjectiveResult.result != "")
        .scalar_subquery()
    )
    needed = (
        select(func.count())
        .select_from(CourseObjective)
        .where(CourseObjective.course_id == TrainingSession.course_id)
        .scalar_subquery()
    )
    rows = s.execute(
        select(Enrollment.session_id, func.count())
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .where(
            Enrollment.session_id.in_(session_ids),
            Enrollment.status.in_(STILL_IN),
            done < needed,
        )
        .group_by(Enrollment.session_id)
    )
    return {session_id: count for session_id, count in rows}
