"""Rule for the yearly BPF (cerfa 10443): what its figures need, listed before it is trusted."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    FUNDING_SCHEMES,
    LEARNER_STATUSES,
    Attendance,
    Course,
    Enrollment,
    Learner,
    Slot,
    TrainingSession,
)
from ..services.attendance.codes import ABSENT
from ..services.billing_facts import BILLABLE_STATUSES
from .common import LIVE, ended
from .rules import Anomaly, Rule, RuleContext, register

# The BPF of a year is due by the end of May of the next: until then, last year's sessions
# still count; from June, only this year's.
PREVIOUS_YEAR_UNTIL = (5, 31)
FOLLOWED = ("inscrit", "termine")  # after the last day, they should have hours attended


def first_year(today: dt.date) -> int:
    """The oldest calendar year whose sessions a BPF still to file covers."""
    month, day = PREVIOUS_YEAR_UNTIL
    return today.year - 1 if today <= dt.date(today.year, month, day) else today.year


def find_bpf_missing(s: Session, ctx: RuleContext):
    """Sessions ended in a year whose BPF is still to file (this year, and last year until the
    end of May), whose enrolments lack what the BPF counts: funding scheme, learner status,
    price (unless an intra-company group price), hours attended (learners registered or
    finished with no half-day attended); or the session itself has no half-day (no hours
    planned)."""
    sessions = {
        row.id: row
        for row in s.execute(
            select(
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.end_date,
                TrainingSession.kind,
                TrainingSession.intra_client_id,
                TrainingSession.price_cents,
                Course.intra_price_cents,
            )
            .join(Course, Course.id == TrainingSession.course_id)
            .where(
                TrainingSession.status.in_(LIVE),
                TrainingSession.closed_on.is_(None),
                TrainingSession.end_date >= dt.date(first_year(ctx.today), 1, 1),
                TrainingSession.end_date < ctx.today,
                TrainingSession.end_date <= ctx.horizon - dt.timedelta(days=ctx.value),
                ctx.restrict(TrainingSession.id),
            )
        )
    }
    if not sessions:
        return
    with_slots = set(
        s.scalars(select(Slot.session_id).where(Slot.session_id.in_(sessions)).distinct())
    )
    attended = (
        select(Attendance.enrollment_id)
        .where(
            Attendance.enrollment_id == Enrollment.id,
            Attendance.status.not_in(ABSENT),
        )
        .exists()
    )
    problems: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for row in s.execute(
        select(
            Enrollment.session_id,
            Enrollment.funding_scheme,
            Enrollment.price_cents,
            Learner.status,
            Enrollment.status.in_(FOLLOWED) & ~attended,
        )
        .join(Learner, Learner.id == Enrollment.learner_id)
        .where(
            Enrollment.session_id.in_(sessions),
            Enrollment.status.in_(BILLABLE_STATUSES),
        )
    ):
        session_id, scheme, price, status, no_hours = row
        found = problems[session_id]
        found["enrolled"] += 1
        if scheme not in FUNDING_SCHEMES:
            found["scheme"] += 1
        if status not in LEARNER_STATUSES:
            found["status"] += 1
        if not price and not _group_price(sessions[session_id]):
            found["price"] += 1
        if no_hours:
            found["hours"] += 1
    for session_id, row in sessions.items():
        found = problems.get(session_id, {})
        parts = []
        if session_id not in with_slots:
            parts.append("aucune demi-journée (heures prévues)")
        for key, words in (
            ("scheme", "sans dispositif de financement"),
            ("status", "sans statut de l'apprenant"),
            ("price", "à 0 €"),
            ("hours", "sans heure réalisée"),
        ):
            if found.get(key):
                n = found[key]
                parts.append(f"{fmt.plural(n, 'inscription', 'inscriptions')} {words}")
        if not parts:
            continue
        yield Anomaly(
            key=str(session_id),
            title=(
                f"Données BPF manquantes — {row.code} : {', '.join(parts)} ({ended(row.end_date)})"
            ),
            due_on=row.end_date + dt.timedelta(days=ctx.value),
            session_id=session_id,
            fix="session" if session_id not in with_slots else "enrollment",
            priority=3,
        )


def _group_price(row) -> bool:
    return bool(
        row.kind == "intra" and row.intra_client_id and (row.price_cents or row.intra_price_cents)
    )


register(
    Rule(
        key="bpf_missing",
        label="Données BPF manquantes",
        find=find_bpf_missing,
        value_label="Jours après la fin",
        default=0,
        low=0,
        high=90,
        watches=frozenset({"enrollment", "learner", "session", "slot", "attendance", "course"}),
        description=(
            "Une session terminée de l'année du prochain BPF a des inscriptions sans "
            "dispositif de financement, statut d'apprenant, prix ou heure réalisée : la "
            "tâche part quand les données sont complétées."
        ),
    )
)
