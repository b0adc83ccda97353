"""Finding a way out: free rooms and the next half-day free for a trainer and a room."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.services.resource_records import EquipmentData, RoomData

from .planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    return make_plan(office)


def test_free_rooms_respect_bookings_capacity_access_equipment_and_hours(plan):
    office = plan.office
    _, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    names = lambda **kw: [r.name for r in office.availability.free_rooms(DAY, **kw)]  # noqa: E731
    assert names(start=T(9), end=T(12)) == ["Salle Saône"]
    assert names(start=T(12, 30), end=T(17)) == ["Salle Rhône", "Salle Saône"]  # touching
    assert names(start=T(12, 30), end=T(17), places=3) == ["Salle Rhône"]
    assert names(start=T(12, 30), end=T(17), accessible=True) == ["Salle Rhône"]
    assert names(start=T(12, 30), end=T(19)) == ["Salle Saône"]  # Rhône closes at 18:00
    screens = office.resources.save_equipment(EquipmentData(name="Écran tactile"))
    office.resources.save_room(RoomData(name="Salle Loire", capacity=20, equipment={screens: 1}))
    assert names(start=T(14), end=T(15), equipment_ids=(screens,)) == ["Salle Loire"]
    # the slot being moved does not block its own room
    assert "Salle Rhône" in names(start=T(9), end=T(12), ignore_slot_ids=tuple(slots))


def test_next_free_half_day_for_trainer_and_room_together(plan):
    office = plan.office
    monday = dt.date(2027, 3, 1)
    _, busy_room = plan.session((T(9), T(12, 30)), day=monday + dt.timedelta(days=1))
    office.planning.book_room(busy_room, plan.big_room, confirm=True)
    _, busy_trainer = plan.session((T(13, 30), T(17)), day=monday + dt.timedelta(days=1))
    office.planning.assign_trainers(busy_trainer, [plan.anne], confirm=True)
    free = office.availability.next_free_slot(
        trainer_id=plan.anne, room_id=plan.big_room, after=monday
    )
    assert (free.date, free.start) == (monday + dt.timedelta(days=2), T(9))
