"""The figures of a session's bilan, read in one open session of the database.

Each figure comes from the place that owns it: hours from the attendance grid (itself on
``services.attended_hours``), results per objective from the outcomes grid, satisfaction
answers and comments from the surveys results, invoices from the billing rows, costs from
``services.costs``. Only the session's learners who followed it (« inscrit », « terminé »,
« abandon ») are counted, as in the result rates (``reporting.rates``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..errors import BusinessRuleError
from ..model import (
    Complaint,
    Cost,
    Enrollment,
    Evaluation,
    Incident,
    Task,
    TrainingSession,
)
from ..model.followup import RESPONDENTS, SURVEY_MOMENTS
from ..model.sessions import CERTIFIED_STATUSES, SESSION_STATUSES
from ..services.attendance.codes import STATUSES as MARKS
from ..services.attendance.grid import Grid, read_grid
from ..services.attended_hours import half_day_label
from ..services.base import get_or_fail
from ..services.billing_rows import PAYABLE_KINDS, invoice_rows
from ..services.complaints import ComplaintService
from ..services.costs import CostRow, cost_rows
from ..services.incidents import INCIDENT_KINDS
from ..services.outcomes import OutcomeService
from ..services.session_people import trainer_names
from ..services.surveys import SurveyService
from ..services.surveys.results import SATISFACTION
from ..services.surveys.rows import QuestionResult
from .bilan_data import (
    NO_ANSWER,
    AbsenceLine,
    CommentLine,
    CostLine,
    DropOutLine,
    EventLine,
    ObjectiveLine,
    QuestionLine,
    SatisfactionGroup,
    SessionBilan,
)
from .rates import drop_cause

MISSED = ("absent", "absent_excuse", "retard", "depart_anticipe")


class OpenSession:
    """A stand-in for ``Database`` whose ``reading()`` is a session already open.

    The bilan is built inside the documents service's own read (its builder gets an ORM
    session): the services' reading methods (surveys results, outcomes grid, complaints) run
    in that same session instead of being written a second time here. No writing is offered.
    """

    def __init__(self, s: Session):
        self._s = s

    @contextmanager
    def reading(self) -> Iterator[Session]:
        yield self._s


def refuse_unfinished(session: TrainingSession, today: dt.date) -> None:
    """A bilan is for a session held to its end (« terminée », or its last day past)."""
    if session.status == "annulee":
        raise BusinessRuleError(
            f"La session {session.code} est annulée : elle n'a pas de bilan. Choisissez une "
            "session terminée."
        )
    if session.status != "terminee" and session.end_date >= today:
        raise BusinessRuleError(
            f"La session {session.code} n'est pas terminée (dernier jour le "
            f"{fmt.date_short(session.end_date)}) : produisez son bilan une fois la session "
            "finie."
        )


def _attendance(s: Session, session_id: int, grid: Grid, followed: set[int]):
    learners = [p for p in grid.learners if p.enrollment_id in followed]
    held = grid.held()  # a finished session: all its half-days
    planned = len(learners) * sum(h.planned_minutes for h in held)
    attended = sum(grid.attended_minutes(p.enrollment_id) for p in learners)
    not_entered = entered = 0
    absences: list[AbsenceLine] = []
    for p in learners:
        for h in held:
            cell = grid.cell(p.enrollment_id, h.slot_id)
            if cell is None:
                not_entered += 1
                continue
            entered += h.planned_minutes
            if cell.status not in MISSED:
                continue
            justified = cell.status == "absent_excuse" or cell.justification_id is not None
            if cell.status.startswith("absent"):
                status = "Absence justifiée" if justified else "Absence non justifiée"
            else:
                status = MARKS[cell.status]
            absences.append(
                AbsenceLine(
                    p.name,
                    half_day_label(h),
                    status,
                    justified,
                    fmt.hours(cell.attended),
                    cell.note,
                )  # fmt: skip
            )
    reasons = dict(
        s.execute(
            select(Enrollment.id, Enrollment.cancel_reason).where(
                Enrollment.session_id == session_id, Enrollment.status == "abandon"
            )
        ).all()
    )
    drop_outs = tuple(
        DropOutLine(
            p.name,
            fmt.date_short(p.dropped_on),
            drop_cause(p.drop_reason, reasons.get(p.enrollment_id, "")),
            fmt.hours(grid.attended_minutes(p.enrollment_id)),
        )
        for p in learners
        if p.status == "abandon"
    )
    hours = (planned, entered, attended, not_entered)
    return len(learners), hours, tuple(absences), drop_outs


def _objectives(reader: OpenSession, session_id: int) -> tuple[ObjectiveLine, ...]:
    grid = OutcomeService(reader).grid(session_id)  # type: ignore[arg-type]
    lines = [line for line in grid.lines if line.status in CERTIFIED_STATUSES]
    found = []
    for objective in grid.objectives:
        results = [line.result.get(objective.id, "") for line in lines]
        found.append(
            ObjectiveLine(
                objective.number,
                objective.text,
                results.count("acquis"),
                results.count("partiel"),
                results.count("non_acquis"),
                sum(1 for r in results if not r),
            )
        )
    return tuple(found)


def _question_result(q: QuestionResult) -> str:
    if not q.count:
        return NO_ANSWER
    if q.average is not None and q.scale in ("note5", "note10"):
        top = 5 if q.scale == "note5" else 10
        return f"{q.average:.1f}".replace(".", ",") + f" / {top}"
    if q.average is not None and q.scale == "oui_non":
        return f"{round(100 * q.average)}\u00a0% de oui"
    given = [(label, n) for label, n in q.distribution if n]
    return ", ".join(f"{label} ({n})" for label, n in given) or NO_ANSWER


def _satisfaction(s: Session, reader: OpenSession, session_id: int):
    answered = Evaluation.answered_on.is_not(None)
    rows = s.execute(
        select(
            Evaluation.respondent,
            Evaluation.kind,
            Evaluation.questionnaire_id,
            func.count(),
            func.sum(case((answered, 1), else_=0)),
            func.count(case((answered, Evaluation.score))),
            func.sum(case((answered, Evaluation.score))),
        )
        .where(
            Evaluation.session_id == session_id,
            Evaluation.kind.in_(SATISFACTION),
            Evaluation.sent_on.is_not(None),
        )
        .group_by(Evaluation.respondent, Evaluation.kind, Evaluation.questionnaire_id)
    ).all()
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    models: dict[tuple[str, str], list[int]] = defaultdict(list)
    for who, kind, questionnaire, sent, done, scored, total in rows:
        key = (who, kind)
        for i, value in enumerate((sent, done or 0, scored or 0, total or 0)):
            totals[key][i] += int(value)
        if questionnaire is not None:
            models[key].append(questionnaire)
    audiences = list(RESPONDENTS)
    order = sorted(
        totals,
        key=lambda k: (audiences.index(k[0]) if k[0] in audiences else 9, SATISFACTION.index(k[1])),
    )
    surveys = SurveyService(reader)  # type: ignore[arg-type]
    groups, questions, comments = [], [], []
    for key in order:
        who, kind = key
        sent, done, scored, total = totals[key]
        group = SatisfactionGroup(
            RESPONDENTS.get(who, who),
            SURVEY_MOMENTS.get(kind.removeprefix("satisfaction_"), kind),
            sent,
            done,
            round(total / scored) if scored else None,
        )
        groups.append(group)
        for questionnaire in sorted(models[key]):
            results = surveys.results(session_id=session_id, questionnaire_id=questionnaire)
            questions += [
                QuestionLine(group.label, q.text, q.count, _question_result(q))
                for q in results.questions
            ]
            comments += [CommentLine(group.label, c.question, c.text) for c in results.comments]
    return tuple(groups), tuple(questions), tuple(comments)


def _incidents(s: Session, session_id: int) -> tuple[EventLine, ...]:
    tasked = select(Task.incident_id).where(
        Task.session_id == session_id, Task.incident_id.is_not(None)
    )
    query = (
        select(Incident)
        .where(or_(Incident.session_id == session_id, Incident.id.in_(tasked)))
        .order_by(Incident.starts_at, Incident.id)
    )
    return tuple(
        EventLine(
            f"Aléa – {INCIDENT_KINDS.get(i.kind, i.kind)}",
            fmt.date_short(i.starts_at.date()),
            i.description,
            "Résolu" if i.status == "resolu" else "En cours",
            i.resolution,
        )
        for i in s.scalars(query)
    )


def _complaints(reader: OpenSession, s: Session, session_id: int) -> tuple[EventLine, ...]:
    rows = ComplaintService(reader).list(session_id=session_id)  # type: ignore[arg-type]
    answers = dict(
        s.execute(
            select(Complaint.id, Complaint.answer).where(Complaint.session_id == session_id)
        ).all()
    )
    return tuple(
        EventLine(
            f"Réclamation {c.number}",
            fmt.date_short(c.received_on),
            c.subject,
            c.status_label,
            (answers.get(c.id) or "").strip(),
        )
        for c in sorted(rows, key=lambda c: (c.received_on, c.id))
    )


def _cost_line(cost: CostRow) -> CostLine:
    return CostLine(
        fmt.date_short(cost.spent_on), cost.category_label, cost.text, fmt.money(cost.amount_cents)
    )


def session_bilan(s: Session, session_id: int, today: dt.date | None = None) -> SessionBilan:
    """The bilan of a finished session (BusinessRuleError for a session not finished)."""
    today = today or dt.date.today()
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    refuse_unfinished(session, today)
    reader = OpenSession(s)
    followed = set(
        s.scalars(
            select(Enrollment.id).where(
                Enrollment.session_id == session_id, Enrollment.status.in_(CERTIFIED_STATUSES)
            )
        )
    )
    grid = read_grid(s, session_id, today)
    learners, hours, absences, drop_outs = _attendance(s, session_id, grid, followed)
    planned, entered, attended, not_entered = hours
    groups, questions, comments = _satisfaction(s, reader, session_id)
    invoices = invoice_rows(s, session_id=session_id)
    costs = cost_rows(s, Cost.session_id == session_id)
    return SessionBilan(
        session_id=session.id,
        code=session.code,
        course_title=session.course.title,
        course_code=session.course.code,
        start=session.start_date,
        end=session.end_date,
        place=session.place,
        trainers=trainer_names(s, session_id),
        status=SESSION_STATUSES.get(session.status, session.status),
        issued_on=today,
        learners=learners,
        completed=learners - len(drop_outs),
        planned_minutes=planned,
        entered_minutes=entered,
        attended_minutes=attended,
        not_entered=not_entered,
        absences=absences,
        drop_outs=drop_outs,
        objectives=_objectives(reader, session_id),
        satisfaction=groups,
        questions=questions,
        comments=comments,
        incidents=_incidents(s, session_id),
        complaints=_complaints(reader, s, session_id),
        trainer_remarks=session.trainer_remarks or "",
        invoices=len(invoices),
        invoiced_ht_cents=sum(r.total_ht_cents for r in invoices),
        collected_cents=sum(r.total_ttc_cents for r in invoices if r.status == "payee"),
        outstanding_cents=sum(
            r.total_ttc_cents for r in invoices if r.status == "emise" and r.kind in PAYABLE_KINDS
        ),
        costs=tuple(
            CostLine(
                fmt.date_short(c.spent_on), c.category_label, c.text, fmt.money(c.amount_cents)
            )
            for c in costs
        ),
        costs_cents=sum(c.amount_cents for c in costs),
    )
