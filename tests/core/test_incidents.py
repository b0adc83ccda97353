"""Aléas: what a declared incident hits, what could replace it, the tasks it leaves."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import ValidationError

from .factories import make_learner
from .planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    return make_plan(office)


def test_room_incident_lists_slots_proposes_rooms_and_creates_tasks(plan):
    office = plan.office
    session, slots = plan.session((T(9), T(12, 30)), (T(13, 30), T(17)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    for i in range(3):
        office.enrollments.enroll(
            session_id=session, learner_id=make_learner(office, f"N{i}", "Léa")
        )
    start, end = dt.datetime(2027, 3, 2, 12, 0), dt.datetime(2027, 3, 2, 18, 0)
    hit = office.incidents.affected("salle", plan.big_room, start, end)
    assert [(h.start, h.learners) for h in hit] == [(T(9), 3), (T(13, 30), 3)]
    proposals = office.incidents.replacements("salle", hit[1])
    assert proposals == []  # Saône has 2 places for 3 learners
    incident = office.incidents.declare(
        kind="salle",
        resource_id=plan.big_room,
        starts_at=start,
        ends_at=end,
        description="Dégât des eaux",
    )
    tasks = office.incidents.tasks(incident)
    assert len(tasks) == 2 and all("2027-EXCEL-INT-001" in t for t in tasks)
    conflicts = office.planning.check(DAY, DAY)
    assert {c.kind for c in conflicts} >= {"room_unavailable"}
    todo = office.tasks.listing(kind="incident")
    assert [r.title for r in todo] == tasks and {r.fix for r in todo} == {"incident"}
    office.incidents.resolve(incident, resolution="Cours déplacés en salle Loire")
    assert office.incidents.list(open_only=True) == []
    assert office.tasks.listing(kind="incident") == []  # the follow-up went with the incident


def test_trainer_incident_proposes_qualified_free_trainers(plan):
    office = plan.office
    from formadesk.core.services.resource_records import TrainerData

    _, slots = plan.session((T(9), T(12, 30)))
    office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    office.resources.save_trainer(
        TrainerData(last_name="Béranger", first_name="Chloé", course_ids=[plan.course])
    )
    start, end = dt.datetime(2027, 3, 2, 0, 0), dt.datetime(2027, 3, 3, 0, 0)
    hit = office.incidents.affected("formateur", plan.anne, start, end)
    names = [r.name for r in office.incidents.replacements("formateur", hit[0])]
    assert names == ["Chloé Béranger"]  # Marc is free but not qualified; Anne is the absent one


def test_incident_needs_a_description_and_a_resource(plan):
    with pytest.raises(ValidationError) as info:
        plan.office.incidents.declare(
            kind="materiel",
            resource_id=None,
            starts_at=dt.datetime(2027, 3, 2, 9),
            ends_at=dt.datetime(2027, 3, 2, 8),
            description=" ",
        )
    assert set(info.value.errors) == {"resource", "ends_at", "description"}
