"""Figures for the dashboard."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from ..model import Course, Enrollment, Learner, TrainingSession
from ..validation import LAST_YEAR
from .base import Service
from .billing_rows import invoice_rows
from .checklist import ChecklistService, Progress
from .dashboard_figures import DashboardCharts, dashboard_charts
from .sessions import SessionRow, SessionService


@dataclass(frozen=True)
class DashboardFigures:
    learners: int
    courses: int
    sessions_this_year: int
    enrollments_this_year: int
    upcoming: list[SessionRow]
    under_minimum: list[SessionRow]


@dataclass(frozen=True)
class ComingSession:
    """A session of the coming weeks with its checklist progress (None when not followed)."""

    row: SessionRow
    progress: Progress | None

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def under_minimum(self) -> bool:
        return self.row.enrolled < self.row.min_places

    @property
    def fill_percent(self) -> int:
        return round(100 * self.row.enrolled / self.row.max_places) if self.row.max_places else 0


@dataclass(frozen=True)
class OverdueTotal:
    cents: int
    count: int


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

    def charts(self, today: dt.date | None = None, *, months: int = 12) -> DashboardCharts:
        """The figures of the dashboard's charts over the last ``months`` months."""
        with self._db.reading() as s:
            return dashboard_charts(s, today or dt.date.today(), months)

    def coming_sessions(
        self, today: dt.date | None = None, *, weeks: int = 6
    ) -> list[ComingSession]:
        """Sessions (not cancelled) starting in the coming ``weeks``, soonest first, with their
        checklist progress."""
        today = today or dt.date.today()
        rows = [
            r
            for r in SessionService(self._db).list(
                starts_between=(today, today + dt.timedelta(weeks=weeks))
            )
            if r.status != "annulee"
        ]
        rows.sort(key=lambda r: (r.start_date, r.code))
        progress = ChecklistService(self._db, self._changes).progress([r.id for r in rows], today)
        return [ComingSession(r, progress.get(r.id)) for r in rows]

    def overdue(self, today: dt.date | None = None) -> OverdueTotal:
        """Invoices past their due date, unpaid, not cancelled (the reminders' rule)."""
        with self._db.reading() as s:
            rows = invoice_rows(s, overdue_on=today or dt.date.today())
        return OverdueTotal(sum(r.total_ttc_cents for r in rows), len(rows))
