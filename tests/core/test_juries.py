"""Jury sittings are checked like slots: room and members cannot be in two places."""

from __future__ import annotations

import pytest

from formadesk.core.services.juries import JuryData
from formadesk.core.services.planning import PlanningBlocked

from .factories import make_learner
from .planning_factories import DAY, T, make_plan


def test_jury_clashes_with_a_slot_in_the_same_room_and_saves_elsewhere(office):
    plan = make_plan(office)
    _, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    candidate = make_learner(office)
    jury = JuryData(
        DAY,
        T(10),
        T(12),
        title="Jury CQP",
        room_id=plan.big_room,
        member_trainer_ids=[plan.marc],
        candidate_ids=[candidate],
        external_members=["Mme Roux — professionnelle"],
    )
    with pytest.raises(PlanningBlocked, match="Salle Rhône"):
        office.juries.save(jury)
    assert office.juries.list() == []
    jury.room_id = plan.small_room
    jury_id = office.juries.save(jury)
    saved = office.juries.get(jury_id)
    assert saved.candidate_ids == [candidate]
    assert saved.external_members == ["Mme Roux — professionnelle"]
    jury.id, jury.member_trainer_ids = jury_id, [plan.anne]
    with pytest.raises(PlanningBlocked, match="deux endroits"):
        office.juries.save(jury)
