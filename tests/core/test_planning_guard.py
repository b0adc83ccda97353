"""Every planning write runs the conflict rules before commit: sessions, slots, enrolments."""

from __future__ import annotations

import pytest

from formadesk.core.services.planning import ConfirmationNeeded, PlanningBlocked
from formadesk.core.services.sessions import SessionData, SlotData

from .factories import make_learner
from .planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    return make_plan(office)


def _in_room(plan, start, end, room=None):
    session_id, slots = plan.session((start, end))
    plan.office.planning.book_room(slots, room or plan.big_room, confirm=True)
    return session_id


def test_a_slot_moved_into_a_booked_room_by_the_session_dialog_is_refused(plan):
    _in_room(plan, T(9), T(12, 30))
    afternoon = _in_room(plan, T(13, 30), T(17))
    before = plan.office.sessions.get(afternoon)
    data = plan.office.sessions.get(afternoon)
    data.slots[0].start_time = T(10)
    data.notes = "Décalé au matin"
    with pytest.raises(PlanningBlocked) as info:
        plan.office.sessions.save(data)
    assert "La salle « Salle Rhône » est réservée deux fois" in str(info.value)
    assert plan.office.sessions.get(afternoon) == before  # nothing written, notes included


def test_a_new_session_in_a_booked_room_is_not_created(plan):
    _in_room(plan, T(9), T(12, 30))
    count = len(plan.office.sessions.list())
    data = SessionData(
        course_id=plan.course,
        start_date=DAY,
        end_date=DAY,
        slots=[SlotData(DAY, T(11), T(12), room_id=plan.big_room)],
    )
    with pytest.raises(PlanningBlocked, match="réservée deux fois"):
        plan.office.sessions.save(data)
    assert len(plan.office.sessions.list()) == count
    plan.office.planning.set_severity("room_double_booked", "warn")
    with pytest.raises(ConfirmationNeeded):
        plan.office.sessions.save(data)
    assert plan.office.sessions.save(data, confirm=True)


def test_a_bare_session_saves_and_old_conflicts_do_not_stop_other_edits(plan):
    session_id, _slots = plan.session((T(9), T(12, 30)))  # no room, no trainer: no question
    other = _in_room(plan, T(14), T(17))
    plan.office.planning.set_severity("room_double_booked", "warn")
    _in_room(plan, T(15), T(16))  # accepted as a warning, then made blocking again
    plan.office.planning.set_severity("room_double_booked", "block")
    data = plan.office.sessions.get(other)
    data.notes = "Apporter les supports"
    plan.office.sessions.save(data)  # the existing clash is not caused by this edit
    assert plan.office.sessions.get(other).notes == "Apporter les supports"
    assert plan.office.sessions.get(session_id).slots


def test_too_small_room_on_enrolment_follows_the_office_setting(plan):
    session_id = _in_room(plan, T(9), T(12, 30), plan.small_room)  # 2 places
    for name in ("Martin", "Petit"):
        plan.office.enrollments.enroll(
            session_id=session_id, learner_id=make_learner(plan.office, name)
        )
    third = make_learner(plan.office, "Durand")
    with pytest.raises(PlanningBlocked, match="2 places pour 3 inscrits"):
        plan.office.enrollments.enroll(session_id=session_id, learner_id=third)
    plan.office.planning.set_severity("room_capacity", "warn")
    with pytest.raises(ConfirmationNeeded, match="2 places pour 3 inscrits"):
        plan.office.enrollments.enroll(session_id=session_id, learner_id=third)
    assert len(plan.office.enrollments.for_session(session_id)) == 2
    plan.office.planning.set_severity("room_capacity", "ignore")
    plan.office.enrollments.enroll(session_id=session_id, learner_id=third)
    assert len(plan.office.enrollments.for_session(session_id)) == 3


def test_a_waiting_learner_given_a_place_in_a_full_room_is_refused(plan):
    session_id = _in_room(plan, T(9), T(12, 30), plan.small_room)
    for name in ("Martin", "Petit"):
        plan.office.enrollments.enroll(
            session_id=session_id, learner_id=make_learner(plan.office, name)
        )
    waiting = plan.office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(plan.office), status="liste_attente"
    )
    with pytest.raises(PlanningBlocked, match="trop petite|2 places"):
        plan.office.enrollments.set_status(waiting, "inscrit")
    statuses = {e.id: e.status for e in plan.office.enrollments.for_session(session_id)}
    assert statuses[waiting] == "liste_attente"


def test_a_learner_enrolled_in_two_overlapping_sessions_is_a_warning(plan):
    morning, _a = plan.session((T(9), T(12, 30)))
    overlapping, _b = plan.session((T(11), T(13)))
    learner = make_learner(plan.office)
    plan.office.enrollments.enroll(session_id=morning, learner_id=learner)
    with pytest.raises(ConfirmationNeeded, match="deux créneaux simultanés"):
        plan.office.enrollments.enroll(session_id=overlapping, learner_id=learner)
    assert plan.office.enrollments.for_session(overlapping) == []
    plan.office.enrollments.enroll(session_id=overlapping, learner_id=learner, confirm=True)
    assert [e.learner_id for e in plan.office.enrollments.for_session(overlapping)] == [learner]
