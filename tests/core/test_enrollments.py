"""Enrollments: capacity and duplicates are refused with a message; nothing is written."""

from __future__ import annotations

import pytest

from formadesk.core.errors import BusinessRuleError

from .factories import make_course, make_learner, make_session


@pytest.fixture
def full_session(office):
    session_id = make_session(office, make_course(office), places=1)
    first = make_learner(office, "Lefèvre", "Hélène")
    office.enrollments.enroll(session_id=session_id, learner_id=first)
    return session_id, first


def test_capacity_is_enforced_but_waiting_list_is_allowed(office, full_session):
    session_id, _ = full_session
    other = make_learner(office, "Béranger", "Jérôme")
    with pytest.raises(BusinessRuleError, match="complète"):
        office.enrollments.enroll(session_id=session_id, learner_id=other)
    assert len(office.enrollments.for_session(session_id)) == 1
    waiting = office.enrollments.enroll(
        session_id=session_id, learner_id=other, status="liste_attente"
    )
    with pytest.raises(BusinessRuleError, match="complète"):
        office.enrollments.set_status(waiting, "inscrit")


def test_duplicate_enrollment_is_refused(office, full_session):
    session_id, first = full_session
    with pytest.raises(BusinessRuleError, match="déjà inscrit"):
        office.enrollments.enroll(session_id=session_id, learner_id=first, status="liste_attente")


def test_cancelling_frees_the_place(office, full_session):
    session_id, _ = full_session
    row = office.enrollments.for_session(session_id)[0]
    office.enrollments.set_status(row.id, "annule", reason="Maladie")
    other = make_learner(office, "Béranger", "Jérôme")
    office.enrollments.enroll(session_id=session_id, learner_id=other)
    assert office.sessions.row(session_id).enrolled == 1


def test_price_comes_from_the_course_and_funder_line_is_kept(office):
    session_id = make_session(office, make_course(office))
    from formadesk.core.services.parties import FunderData

    funder = office.parties.save_funder(FunderData(name="OPCO Atlas", kind="opco"))
    learner = make_learner(office)
    office.enrollments.enroll(session_id=session_id, learner_id=learner, funder_id=funder)
    row = office.enrollments.for_session(session_id)[0]
    assert (row.price_cents, row.funder_name) == (69000, "OPCO Atlas")
