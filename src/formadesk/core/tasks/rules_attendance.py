"""Rules during the session: attendance not entered, repeated absences, abandonment."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import Attendance, Enrollment, FundingLine, Interaction, Learner, Slot, TrainingSession
from ..services.attendance.grid import GRID_ENROLLMENT_STATUSES
from ..services.attended_hours import ROW_COLUMNS, minutes_of, slot_minutes
from .common import LIVE, person, sessions_held
from .rules import Anomaly, Rule, RuleContext, register

ATTENDANCE = frozenset({"attendance", "enrollment", "session", "slot"})
ASSIDUOUS = ("preinscrit", "inscrit", "termine")  # expected at every half-day
RECENT_DAYS = 7  # absences are worth a call while the session runs and a week after


def find_attendance_missing(s: Session, ctx: RuleContext):
    """Past half-days (before today) of sessions not closed where an enrolment the grid
    expects (GRID_ENROLLMENT_STATUSES, as ``missing_evidence`` counts them) has no row."""
    held = sessions_held(ctx, TrainingSession.id).subquery()
    slots = s.execute(
        select(Slot.id, Slot.session_id, Slot.date).where(
            Slot.session_id.in_(select(held.c.id)),
            Slot.date < ctx.today,
            Slot.date >= ctx.since,
        )
    ).all()
    if not slots:
        return
    expected = dict(
        s.execute(
            select(Enrollment.session_id, func.count())
            .where(
                Enrollment.session_id.in_(select(held.c.id)),
                Enrollment.status.in_(GRID_ENROLLMENT_STATUSES),
            )
            .group_by(Enrollment.session_id)
        ).all()
    )
    entered = dict(
        s.execute(
            select(Attendance.slot_id, func.count())
            .join(Enrollment, Enrollment.id == Attendance.enrollment_id)
            .join(Slot, Slot.id == Attendance.slot_id)
            .where(
                Slot.session_id.in_(select(held.c.id)),
                Slot.date < ctx.today,
                Slot.date >= ctx.since,
                Enrollment.status.in_(GRID_ENROLLMENT_STATUSES),
            )
            .group_by(Attendance.slot_id)
        ).all()
    )
    incomplete: dict[int, list[dt.date]] = defaultdict(list)
    for slot_id, session_id, day in slots:
        if entered.get(slot_id, 0) < expected.get(session_id, 0):
            incomplete[session_id].append(day)
    if not incomplete:
        return
    codes = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.code).where(
                TrainingSession.id.in_(incomplete)
            )
        ).all()
    )
    for session_id, days in incomplete.items():
        first = min(days)
        count = fmt.plural(len(days), "demi-journée incomplète", "demi-journées incomplètes")
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Saisir les présences — {codes[session_id]} : {count} "
                f"(depuis le {fmt.date_short(first)})"
            ),
            due_on=first + dt.timedelta(days=ctx.value),
            session_id=session_id,
            fix="attendance",
            priority=1,
        )


def find_absence_rate(s: Session, ctx: RuleContext):
    """Learners whose absent time (half-days entered, counted by ``attended_hours``) exceeds
    the threshold of the time planned so far: every half-day before today, and today's once
    entered (as the grid counts the rate). Sessions running, or ended within a week."""
    recent = ctx.today - dt.timedelta(days=RECENT_DAYS)
    held = (
        sessions_held(ctx, TrainingSession.id).where(TrainingSession.end_date >= recent).subquery()
    )
    enrolled = (
        select(Enrollment.id)
        .where(Enrollment.session_id.in_(select(held.c.id)), Enrollment.status.in_(ASSIDUOUS))
        .subquery()
    )
    rows = s.execute(
        select(*ROW_COLUMNS)
        .join(Slot, Slot.id == Attendance.slot_id)
        .where(Attendance.enrollment_id.in_(select(enrolled.c.id)), Slot.date <= ctx.today)
        .order_by(Attendance.enrollment_id, Slot.date, Slot.start_time)
    ).all()
    planned: dict[int, int] = defaultdict(int)  # of the half-days entered
    today: dict[int, int] = defaultdict(int)  # of today's half-days entered
    absent: dict[int, int] = defaultdict(int)
    crossed: dict[int, dt.date] = {}
    for row in rows:
        minutes = slot_minutes(row)
        planned[row.enrollment_id] += minutes
        if row.date == ctx.today:
            today[row.enrollment_id] += minutes
        absent[row.enrollment_id] += minutes - minutes_of(row.status, row.minutes_attended, minutes)
        e = row.enrollment_id
        if absent[e] * 100 > ctx.value * planned[e]:
            crossed.setdefault(e, row.date)
        else:
            crossed.pop(e, None)
    over = [e for e in crossed if absent[e]]
    if not over:
        return
    people = s.execute(
        select(
            Enrollment.id,
            Enrollment.session_id,
            Enrollment.learner_id,
            Enrollment.client_id,
            TrainingSession.code,
            Learner.first_name,
            Learner.last_name,
        )
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(Enrollment.id.in_(over))
    ).all()
    held_minutes = _held_minutes(s, ctx, {p.session_id for p in people})
    for p in people:
        # Half-days held but not entered count as planned (nothing stands in for them).
        so_far = held_minutes.get(p.session_id, 0) + today[p.id]
        if absent[p.id] * 100 <= ctx.value * so_far:
            continue
        rate = round(absent[p.id] * 100 / so_far)
        yield Anomaly(
            key=str(p.id),
            title=(
                f"Absences répétées — {person(p.first_name, p.last_name)} ({p.code}) : "
                f"{rate} % du temps prévu manqué ({fmt.hours(absent[p.id])} sur "
                f"{fmt.hours(so_far)}) — l'appeler"
                + (", prévenir le client" if p.client_id is not None else "")
            ),
            due_on=crossed[p.id] + dt.timedelta(days=1),
            session_id=p.session_id,
            learner_id=p.learner_id,
            fix="learner",
            priority=1,
        )


def _held_minutes(s: Session, ctx: RuleContext, session_ids: set[int]) -> dict[int, int]:
    """Planned minutes of the half-days before today, per session."""
    totals: dict[int, int] = defaultdict(int)
    for slot in s.execute(
        select(Slot.session_id, Slot.date, Slot.start_time, Slot.end_time).where(
            Slot.session_id.in_(session_ids), Slot.date < ctx.today
        )
    ):
        totals[slot.session_id] += slot_minutes(slot)
    return totals


def find_abandonment(s: Session, ctx: RuleContext):
    """Enrolments dropped out since the lookback with no exchange logged in the journal with
    the learner, their client or a funder of the enrolment on or after the day they left."""
    rows = s.execute(
        select(
            Enrollment.id,
            Enrollment.session_id,
            Enrollment.learner_id,
            Enrollment.client_id,
            Enrollment.dropped_on,
            TrainingSession.code,
            Learner.first_name,
            Learner.last_name,
        )
        .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(
            Enrollment.status == "abandon",
            Enrollment.dropped_on.is_not(None),
            Enrollment.dropped_on >= ctx.since,
            Enrollment.dropped_on <= ctx.horizon - dt.timedelta(days=ctx.value),
            TrainingSession.status.in_(LIVE),
            TrainingSession.closed_on.is_(None),
            ctx.restrict(TrainingSession.id),
        )
    ).all()
    if not rows:
        return
    funders: dict[int, set[int]] = defaultdict(set)
    for enrollment_id, funder_id in s.execute(
        select(FundingLine.enrollment_id, FundingLine.funder_id).where(
            FundingLine.enrollment_id.in_([r.id for r in rows]),
            FundingLine.status != "refusee",
        )
    ):
        funders[enrollment_id].add(funder_id)
    people = {
        "learner": {r.learner_id for r in rows},
        "client": {r.client_id for r in rows if r.client_id is not None},
        "funder": set().union(*funders.values()),
    }
    since = dt.datetime.combine(min(r.dropped_on for r in rows), dt.time.min)
    logged: dict[tuple[str, int], dt.date] = {}  # the last exchange with each one
    for learner_id, client_id, funder_id, at in s.execute(
        select(
            Interaction.learner_id,
            Interaction.client_id,
            Interaction.funder_id,
            Interaction.happened_at,
        ).where(
            Interaction.happened_at >= since,
            or_(
                Interaction.learner_id.in_(people["learner"]),
                Interaction.client_id.in_(people["client"]),
                Interaction.funder_id.in_(people["funder"]),
            ),
        )
    ):
        for key in (("learner", learner_id), ("client", client_id), ("funder", funder_id)):
            if key[1] is not None:
                logged[key] = max(logged.get(key, at.date()), at.date())
    for r in rows:
        told = [logged.get(("learner", r.learner_id)), logged.get(("client", r.client_id))]
        told += [logged.get(("funder", f)) for f in funders.get(r.id, ())]
        if any(day is not None and day >= r.dropped_on for day in told):
            continue
        whom = [
            w for w, yes in (("le client", r.client_id), ("le financeur", r.id in funders)) if yes
        ]
        tell = f"prévenir {' et '.join(whom)}" if whom else "noter l'échange avec l'apprenant"
        yield Anomaly(
            key=str(r.id),
            title=(
                f"Abandon à signaler — {person(r.first_name, r.last_name)} ({r.code}), "
                f"abandon le {fmt.date_short(r.dropped_on)} — {tell}"
            ),
            due_on=r.dropped_on + dt.timedelta(days=ctx.value),
            session_id=r.session_id,
            learner_id=r.learner_id,
            client_id=r.client_id,
            fix="exchange",
            priority=1,
        )


register(
    Rule(
        key="attendance_missing",
        label="Présences non saisies",
        find=find_attendance_missing,
        value_label="Jours après la demi-journée",
        default=1,
        low=0,
        high=30,
        watches=ATTENDANCE,
        description=(
            "Une demi-journée passée n'a pas la présence de chaque inscrit : la tâche part "
            "quand toutes les présences sont saisies."
        ),
    )
)
register(
    Rule(
        key="absence_rate",
        label="Absences répétées",
        find=find_absence_rate,
        value_label="Seuil d'absence (%)",
        default=20,
        low=1,
        high=100,
        watches=ATTENDANCE | {"learner"},
        description=(
            "Un apprenant a manqué plus que ce pourcentage du temps prévu jusqu'ici : la tâche "
            "part quand son taux repasse sous le seuil (présence corrigée), une semaine après "
            "la fin de la session ou quand elle est close."
        ),
    )
)
register(
    Rule(
        key="abandonment",
        label="Abandon à signaler",
        find=find_abandonment,
        value_label="Jours après l'abandon",
        default=2,
        low=0,
        high=30,
        watches=frozenset({"attendance", "enrollment", "interaction", "learner", "session"}),
        description=(
            "Un apprenant a abandonné et aucun échange n'est noté au journal depuis avec lui, "
            "son client ou son financeur : la tâche part quand l'échange est noté."
        ),
    )
)
