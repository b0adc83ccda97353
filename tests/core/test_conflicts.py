"""The conflict engine, kind by kind, on both sides of each boundary."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.services.planning import ConfirmationNeeded, PlanningBlocked
from formadesk.core.services.resource_records import Period

from .factories import make_learner
from .planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    return make_plan(office)


def _staffed(plan, slots, room=None, trainer=None):
    """Book room and trainer, accepting warnings, so only the conflict under test remains."""
    plan.office.planning.book_room(slots, room or plan.big_room, confirm=True)
    plan.office.planning.assign_trainers(slots, [trainer or plan.anne], confirm=True)


def test_a_staffed_slot_has_no_conflict_and_a_bare_one_says_what_is_missing(plan):
    _, bare = plan.session((T(9), T(12, 30)))
    assert plan.kinds() == ["slot_without_room", "slot_without_trainer"]
    _staffed(plan, bare)
    assert plan.kinds() == []


def test_room_booked_twice_is_refused_but_touching_slots_are_fine(plan):
    _, first = plan.session((T(9), T(12, 30)))
    _staffed(plan, first)
    _, touching = plan.session((T(12, 30), T(17)))
    _staffed(plan, touching, trainer=plan.anne)
    _, overlapping = plan.session((T(12), T(13)))
    with pytest.raises(PlanningBlocked) as info:
        plan.office.planning.book_room(overlapping, plan.big_room)
    assert info.value.conflicts[0].kind == "room_double_booked"
    assert "Salle Rhône" in str(info.value)
    assert plan.office.planning.slot_state(overlapping[0]).room_id is None  # rolled back


def test_trainer_in_two_places_and_during_an_unavailability(plan):
    _, first = plan.session((T(9), T(12, 30)))
    _staffed(plan, first)
    _, second = plan.session((T(11), T(12)))
    plan.office.planning.book_room(second, plan.small_room, confirm=True)
    with pytest.raises(PlanningBlocked, match="deux endroits"):
        plan.office.planning.assign_trainers(second, [plan.anne])
    trainer = plan.office.resources.get_trainer(plan.marc)
    trainer.unavailable = [Period(dt.datetime(2027, 3, 2, 8), dt.datetime(2027, 3, 2, 11), "RDV")]
    plan.office.resources.save_trainer(trainer)
    with pytest.raises(ConfirmationNeeded) as info:  # ends when the slot starts: only a warning
        plan.office.planning.assign_trainers(second, [plan.marc])
    assert [c.kind for c in info.value.conflicts] == ["trainer_not_qualified"]
    trainer.unavailable[0].ends_at = dt.datetime(2027, 3, 2, 11, 30)
    plan.office.resources.save_trainer(trainer)
    with pytest.raises(PlanningBlocked, match="indisponible \\(RDV\\)"):
        plan.office.planning.assign_trainers(second, [plan.marc])


def test_unqualified_trainer_is_a_warning_to_confirm(plan):
    _, slots = plan.session((T(9), T(12, 30)))
    plan.office.planning.book_room(slots, plan.big_room, confirm=True)
    with pytest.raises(ConfirmationNeeded) as info:
        plan.office.planning.assign_trainers(slots, [plan.marc])
    assert {c.kind for c in info.value.conflicts} == {"trainer_not_qualified"}
    warnings = plan.office.planning.assign_trainers(slots, [plan.marc], confirm=True)
    assert [c.kind for c in warnings] == ["trainer_not_qualified"]


def test_learner_expected_in_two_overlapping_slots(plan):
    first, a = plan.session((T(9), T(12, 30)))
    second, b = plan.session((T(12, 30), T(17)))
    learner = make_learner(plan.office)
    plan.office.enrollments.enroll(session_id=first, learner_id=learner)
    plan.office.enrollments.enroll(session_id=second, learner_id=learner)
    assert "learner_double_booked" not in plan.kinds()  # touching
    plan.office.planning.move_slot(b[0], date=DAY, start=T(12), end=T(17), confirm=True)
    assert "learner_double_booked" in plan.kinds()


def test_room_too_small_and_not_accessible(plan):
    session, slots = plan.session((T(9), T(12, 30)))
    for i in range(2):
        plan.office.enrollments.enroll(
            session_id=session, learner_id=make_learner(plan.office, f"Nom{i}", "Léa")
        )
    plan.office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    plan.office.planning.book_room(slots, plan.small_room)  # 2 learners, 2 places: fine
    needs = make_learner(plan.office, "Gaëtan", "Maël", needs_accessible_room=True)
    with pytest.raises(PlanningBlocked) as info:  # the enrolment itself is refused
        plan.office.enrollments.enroll(session_id=session, learner_id=needs)
    assert {c.kind for c in info.value.conflicts} == {"room_capacity", "room_not_accessible"}
    assert len(plan.office.enrollments.for_session(session)) == 2  # nothing written
    for kind in ("room_capacity", "room_not_accessible"):
        plan.office.planning.set_severity(kind, "warn")
    plan.office.enrollments.enroll(session_id=session, learner_id=needs, confirm=True)
    assert plan.kinds() == ["room_capacity", "room_not_accessible"]


def test_public_holiday_and_alsace_moselle(plan):
    _, slots = plan.session((T(9), T(12)), day=dt.date(2027, 12, 26))  # Saint-Étienne, Sunday
    _staffed(plan, slots)
    assert plan.kinds(dt.date(2027, 12, 26)) == []
    plan.office.planning.set_holiday_region("57")
    conflicts = plan.office.planning.check(dt.date(2027, 12, 26), dt.date(2027, 12, 26))
    assert [c.kind for c in conflicts] == ["public_holiday"]
    assert "Saint-Étienne" in conflicts[0].message


def test_opening_hours_boundaries(plan):
    _, inside = plan.session((T(8), T(18)))
    _staffed(plan, inside)
    assert plan.kinds() == []
    plan.office.planning.move_slot(inside[0], date=DAY, start=T(7, 59), end=T(18), confirm=True)
    assert plan.kinds() == ["outside_opening_hours"]


def test_room_unavailable_for_works(plan):
    room = plan.office.resources.get_room(plan.big_room)
    room.unavailable = [Period(dt.datetime(2027, 3, 2, 12, 30), dt.datetime(2027, 3, 3), "Travaux")]
    plan.office.resources.save_room(room)
    _, morning = plan.session((T(9), T(12, 30)))
    _staffed(plan, morning)  # ends when the works start: fine
    _, afternoon = plan.session((T(13, 30), T(17)))
    with pytest.raises(PlanningBlocked, match="Travaux"):
        plan.office.planning.book_room(afternoon, plan.big_room)


def test_equipment_over_quantity_and_severity_setting(plan):
    _, a = plan.session((T(9), T(12, 30)))
    _, b = plan.session((T(12, 30), T(17)))
    plan.office.planning.book_equipment(a, plan.projector, confirm=True)
    plan.office.planning.book_equipment(b, plan.projector, confirm=True)  # touching: fine
    _, c = plan.session((T(10), T(11)))
    with pytest.raises(PlanningBlocked, match="Vidéoprojecteur"):
        plan.office.planning.book_equipment(c, plan.projector)
    plan.office.planning.set_severity("equipment_over_quantity", "warn")
    with pytest.raises(ConfirmationNeeded):
        plan.office.planning.book_equipment(c, plan.projector)


def test_moving_a_slot_can_be_undone(plan):
    _, slots = plan.session((T(9), T(12, 30)))
    _staffed(plan, slots)
    before = plan.office.planning.move_slot(slots[0], date=DAY, start=T(14), end=T(17, 30))
    assert plan.office.planning.slot_state(slots[0]).start_time == T(14)
    plan.office.planning.restore_slot(before)
    assert plan.office.planning.slot_state(slots[0]) == before


def test_bookings_are_listed_and_conflicts_name_their_sessions(plan):
    session, slots = plan.session((T(9), T(12, 30)))
    plan.office.planning.book_equipment(slots, plan.projector, 1, confirm=True)
    rows = plan.office.planning.bookings(slots)
    assert [(r.name, r.quantity) for r in rows] == [("Vidéoprojecteur", 1)]
    assert {c.session_ids for c in plan.office.planning.check(DAY, DAY)} == {(session,)}
    qualified = plan.office.resources.trainers(course_id=plan.course)
    assert [t.name for t in qualified] == ["DUPRÉ Anne"]
