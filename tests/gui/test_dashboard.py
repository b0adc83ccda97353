"""The dashboard shows the year's figures and the sessions that need attention."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.sessions import SessionData, SlotData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.dashboard import DashboardTab


def test_figures_upcoming_and_under_minimum_follow_enrollments(qtbot, office):
    course = office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=840))
    start = dt.date.today() + dt.timedelta(days=10)
    slots = [SlotData(start, dt.time(9), dt.time(12, 30))]
    session = office.sessions.save(
        SessionData(course, start, start, min_places=2, max_places=8, slots=slots)
    )
    learners = [
        office.learners.save(LearnerData(last_name=name, first_name="Léa"))
        for name in ("Durand", "Petit")
    ]
    office.enrollments.enroll(session_id=session, learner_id=learners[0])

    tab = DashboardTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.ui.learnersValue.text() == "2"
    assert tab.ui.coursesValue.text() == "1"
    assert tab.upcoming_model.rowCount() == 1
    assert tab.ui.underList.count() == 1
    assert "1/8 (min. 2)" in tab.ui.underList.item(0).text()

    with qtbot.waitSignal(tab.session_requested) as requested:
        tab.ui.underList.itemDoubleClicked.emit(tab.ui.underList.item(0))
    assert requested.args == [session]

    office.enrollments.enroll(session_id=session, learner_id=learners[1])
    assert "minimum" in tab.ui.underList.item(0).text()  # « Toutes les sessions ... »
    assert tab.ui.underGroup.title().endswith("(0)")


def test_a_session_months_ahead_under_its_minimum_is_listed(qtbot, office):
    """The trial: a session in three months at 0/13 (min. 4) was missing while the panel said
    « Toutes les sessions à venir ont atteint leur minimum »; a cancelled enrolment was counted."""
    course = office.courses.save(CourseData(code="ANG", title="Anglais", duration_minutes=210))
    start = dt.date.today() + dt.timedelta(days=90)
    while start.weekday() >= 5 or start.month == 12 and start.day == 25:
        start += dt.timedelta(days=1)
    slots = [SlotData(start, dt.time(9), dt.time(12, 30))]
    session = office.sessions.save(
        SessionData(course, start, start, min_places=4, max_places=13, slots=slots),
        confirm=True,
    )
    learner = office.learners.save(LearnerData(last_name="Durand", first_name="Léa"))
    enrollment = office.enrollments.enroll(session_id=session, learner_id=learner)
    office.enrollments.set_status(enrollment, "annule")

    tab = DashboardTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.upcoming_model.rowCount() == 0  # not in the next 30 days
    assert tab.ui.underGroup.title().endswith("(1)")
    assert "0/13 (min. 4)" in tab.ui.underList.item(0).text()
    if start.year == dt.date.today().year:
        assert tab.ui.enrollmentsValue.text() == "0"
