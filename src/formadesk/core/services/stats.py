"""Figures for the dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ..model import Course, Enrollment, Learner, TrainingSession
from ..validation import LAST_YEAR
from .base import Service
from .sessions import SessionRow, SessionService


@dataclass(frozen=True)
class DashboardFigures:
    learners: int
    courses: int
    sessions_this_year: int
    enrollments_this_year: int
    upcoming: list[SessionRow]
    under_minimum: list[SessionRow]


LAST_DAY = dt.date(LAST_YEAR, 12, 31)
# Enrolments that never took place are not counted in the year's figure.
NOT_COUNTED = ("annule", "liste_attente")


class StatsService(Service):
    """Counts and lists the dashboard shows."""

    def dashboard(
        self, today: dt.date | None = None, *, horizon_days: int = 30
    ) -> DashboardFigures:
        today = today or dt.date.today()
        year_start, year_end = dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
        with self._db.reading() as s:
            learners = s.scalar(
                select(func.count(Learner.id)).where(Learner.anonymised_at.is_(None))
            )
            courses = s.scalar(select(func.count(Course.id)).where(Course.active.is_(True)))
            sessions = s.scalar(
                select(func.count(TrainingSession.id)).where(
                    TrainingSession.start_date.between(year_start, year_end)
                )
            )
            enrollments = s.scalar(
                select(func.count(Enrollment.id))
                .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
                .where(TrainingSession.start_date.between(year_start, year_end))
                .where(Enrollment.status.not_in(NOT_COUNTED))
            )
        horizon = today + dt.timedelta(days=horizon_days)
        # Every session still to come, not only the next 30 days: the dashboard says
        # « toutes les sessions à venir » when none is under its minimum.
        to_come = [
            r
            for r in SessionService(self._db).list(starts_between=(today, LAST_DAY))
            if r.status != "annulee"
        ]
        to_come.sort(key=lambda r: r.start_date)
        upcoming = [r for r in to_come if r.start_date <= horizon]
        under = [r for r in to_come if r.enrolled < r.min_places]
        return DashboardFigures(learners, courses, sessions, enrollments, upcoming, under)
