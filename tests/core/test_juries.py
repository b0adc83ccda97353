"""Jury sittings are checked like slots: room and members cannot be in two places; the
candidates' results survive a new save and feed the Qualiopi pass rate."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.juries import JuryData
from formadesk.core.services.planning import PlanningBlocked
from formadesk.core.services.resource_records import TrainerData

from .factories import make_learner
from .planning_factories import DAY, T, make_plan
from .qualiopi_factories import FIRST_HALF, first_half_2026


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


def cqp_jury(office) -> tuple[JuryData, dict[str, int]]:
    """The CQP jury of 20/03/2026 (Roux admis, Blanc ajourné) and its candidates by name."""
    first_half_2026(office)
    (row,) = office.juries.list()
    jury = office.juries.get(row.id)
    names = {office.learners.get(i).last_name: i for i in jury.candidate_ids}
    return jury, names


def pass_figures(office) -> tuple[int, int, int, float | None]:
    (cqp,) = office.qualiopi.figures(*FIRST_HALF).certifying
    r = cqp.rates
    return r.certification_candidates, r.certified, r.awaiting_result, r.pass_rate


def test_results_survive_a_new_date_and_new_members(office):
    jury, names = cqp_jury(office)
    assert jury.results == {names["Roux"]: "admis", names["Blanc"]: "ajourne"}
    assert pass_figures(office) == (2, 1, 0, 0.5)
    trainer = office.resources.save_trainer(TrainerData(last_name="Noël", first_name="Marc"))

    jury.date, jury.member_trainer_ids = dt.date(2026, 3, 27), [trainer]
    jury.results = {}  # a caller that does not speak of results keeps them
    office.juries.save(jury)

    again = office.juries.get(jury.id)
    assert (again.date, again.member_trainer_ids) == (dt.date(2026, 3, 27), [trainer])
    assert again.results == {names["Roux"]: "admis", names["Blanc"]: "ajourne"}
    assert pass_figures(office) == (2, 1, 0, 0.5)

    again.results[names["Blanc"]] = "admis"
    office.juries.save(again)
    assert pass_figures(office) == (2, 2, 0, 1.0)


def test_candidates_are_kept_added_and_removed_by_learner(office):
    jury, names = cqp_jury(office)
    newcomer = make_learner(office, "Nouveau", "Jean")

    jury.candidate_ids = [names["Roux"], newcomer]  # Blanc withdrawn, a newcomer added
    jury.results = {names["Roux"]: "admis"}
    office.juries.save(jury)

    saved = office.juries.get(jury.id)
    assert saved.candidate_ids == [names["Roux"], newcomer]
    assert saved.results == {names["Roux"]: "admis", newcomer: ""}
    assert pass_figures(office) == (1, 1, 1, 1.0)  # Blanc now awaits a result (Morel left: none)

    saved.candidate_ids.append(names["Blanc"])
    office.juries.save(saved)
    assert office.juries.get(jury.id).results[names["Blanc"]] == ""  # back, result unknown


def test_a_result_is_one_of_the_known_values(office):
    jury, names = cqp_jury(office)

    jury.results = {names["Roux"]: "reçu", names["Blanc"]: "admis"}
    with pytest.raises(ValidationError, match="« reçu » n'est pas un résultat de jury") as error:
        office.juries.save(jury)
    assert "Admis, Ajourné ou Absent" in str(error.value)
    assert office.juries.get(jury.id).results[names["Blanc"]] == "ajourne"  # nothing changed

    jury.results = {names["Roux"]: "Absent", names["Blanc"]: "Ajourné"}  # labels are understood
    office.juries.save(jury)
    assert office.juries.get(jury.id).results == {
        names["Roux"]: "absent",
        names["Blanc"]: "ajourne",
    }
    assert pass_figures(office) == (1, 0, 0, 0.0)

    stranger = make_learner(office, "Inconnu", "Paul")
    jury.results = {stranger: "admis"}
    with pytest.raises(ValidationError, match="pas candidat de ce jury"):
        office.juries.save(jury)


def test_results_wait_until_the_jury_has_sat(office):
    jury, names = cqp_jury(office)

    jury.date = dt.date(2026, 4, 2)  # moved after « today »: its results cannot stand
    with pytest.raises(ValidationError, match="n'a pas encore eu lieu") as error:
        office.juries.save(jury, today=dt.date(2026, 3, 25))
    assert "une fois le jury passé" in str(error.value)
    assert office.juries.get(jury.id).date == dt.date(2026, 3, 20)

    jury.results = dict.fromkeys(jury.candidate_ids, "")  # « — » everywhere: the move is saved
    office.juries.save(jury, today=dt.date(2026, 3, 25))
    assert office.juries.get(jury.id).date == dt.date(2026, 4, 2)
    assert pass_figures(office) == (0, 0, 2, None)

    jury.results[names["Roux"]] = "admis"
    office.juries.save(jury, today=dt.date(2026, 4, 2))  # sat today: results can be entered
    assert pass_figures(office) == (1, 1, 1, 1.0)
