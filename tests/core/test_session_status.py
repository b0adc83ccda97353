"""A session's status follows its dates (relative to today); nonsensical changes are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.office import Office
from formadesk.core.services.sessions import SessionData, SlotData

from .factories import make_course, make_learner

TODAY = dt.date.today()


def days(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


def make_session(office: Office, course_id: int, first: int, last: int, **save) -> int:
    """A session with a 9h-17h slot on ``days(first)`` and on ``days(last)``, any weekday."""
    slots = [SlotData(days(n), dt.time(9), dt.time(17)) for n in sorted({first, last})]
    data = SessionData(course_id=course_id, start_date=days(first), end_date=days(last))
    data.slots = slots
    return office.sessions.save(data, confirm=True, **save)  # a holiday only warns


def status_of(office: Office, session_id: int) -> str:
    return office.sessions.row(session_id).status_label


def test_a_session_saved_with_past_dates_shows_terminee(office):
    session_id = make_session(office, make_course(office), -31, -30)
    assert status_of(office, session_id) == "Terminée"
    row = [r for r in office.sessions.list(status="terminee") if r.id == session_id]
    assert row, "the status filter finds it too"


def test_opening_the_office_moves_statuses_forward(office, db_path):
    course = make_course(office)
    long_ago = dt.datetime.now() - dt.timedelta(days=60)  # saved while still to come
    past = make_session(office, course, -14, -13, now=long_ago)
    running = make_session(office, course, -1, 1, now=long_ago)
    cancelled = make_session(office, course, -21, -20, now=long_ago)
    future = make_session(office, course, 20, 21)
    for session_id, status in ((past, "planifiee"), (running, "confirmee"), (cancelled, "annulee")):
        data = office.sessions.get(session_id)
        data.status = status
        office.sessions.save(data, confirm=True, now=long_ago)
    assert status_of(office, past) == "Planifiée"  # what users saw before
    office.close(backup_if_changed=False)

    office = Office.open(db_path)
    try:
        assert status_of(office, past) == "Terminée"
        assert status_of(office, running) == "En cours"
        assert status_of(office, cancelled) == "Annulée"
        assert status_of(office, future) == "Planifiée"
        assert office.sessions.advance_statuses() == []  # nothing left to move
    finally:
        office.close(backup_if_changed=False)


def test_a_past_session_cannot_go_back_to_planifiee(office):
    session_id = make_session(office, make_course(office), -11, -10)
    data = office.sessions.get(session_id)
    data.status = "planifiee"
    with pytest.raises(BusinessRuleError, match="ne peut pas redevenir « Planifiée »"):
        office.sessions.save(data)
    assert status_of(office, session_id) == "Terminée"


def test_terminee_before_the_last_day_is_refused(office):
    session_id = make_session(office, make_course(office), 3, 4)
    data = office.sessions.get(session_id)
    data.status = "terminee"
    with pytest.raises(BusinessRuleError, match="avant la fin de son dernier créneau"):
        office.sessions.save(data)
    assert status_of(office, session_id) == "Planifiée"


def test_a_cancelled_session_with_invoices_cannot_be_restored(office):
    session_id = make_session(office, make_course(office), -11, -10)
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    office.billing.invoice_session(session_id)
    data = office.sessions.get(session_id)
    data.status = "annulee"
    office.sessions.save(data)
    data = office.sessions.get(session_id)
    data.status = "terminee"
    with pytest.raises(BusinessRuleError, match="a des inscriptions déjà facturées \\(1\\)"):
        office.sessions.save(data)
    assert status_of(office, session_id) == "Annulée"
