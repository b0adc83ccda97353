"""The planning rule: the conflict engine's problems of the coming days, one task per session,
following the office's severities."""

from __future__ import annotations

import datetime as dt

from formadesk.core.model import Slot

from .planning_factories import DAY, T, make_plan
from .task_rule_factories import one, switch_off_and_on, tasks

TODAY = dt.date(2027, 2, 20)  # ten days before DAY (Tuesday 2 March 2027)
EARLY = dt.date(2027, 1, 10)  # seven weeks before


def test_planning_problem(office):
    plan = make_plan(office)
    session_id, slots = plan.session((T(9), T(12, 30)))
    code = office.sessions.row(session_id).code

    row = one(office, "planning_problem", TODAY)
    assert row.title == (
        f"Problème de planning — {code} : 2 problèmes (créneau sans salle, créneau sans "
        "formateur), dès le 02/03/2027"
    )
    assert (row.due_on, row.fix, row.fix_label, row.priority) == (
        DAY - dt.timedelta(days=3),
        "planning",
        "Voir les conflits de la session",
        2,
    )
    switch_off_and_on(office, "planning_problem", TODAY)

    # A kind the office ignores makes no task.
    office.planning.set_severity("slot_without_room", "ignore")
    assert one(office, "planning_problem", TODAY).title.endswith(
        ": 1 problème (créneau sans formateur), dès le 02/03/2027"
    )
    office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    assert tasks(office, "planning_problem", TODAY) == []


def test_a_double_booking_fixed_in_one_session_clears_both(office):
    plan = make_plan(office)
    office.planning.set_severity("trainer_not_qualified", "ignore")  # Marc teaches it anyway
    first, first_slots = plan.session((T(9), T(12, 30)))
    second, second_slots = plan.session((T(10), T(12)))
    office.planning.assign_trainers(first_slots, [plan.anne], confirm=True)
    office.planning.assign_trainers(second_slots, [plan.marc], confirm=True)
    office.planning.book_room(first_slots, plan.big_room, confirm=True)
    with office.database.unit_of_work() as s:  # as an older version let it through
        for slot_id in second_slots:
            s.get(Slot, slot_id).room_id = plan.big_room

    # An error shows as soon as it is within the days looked at (60), however far its date.
    rows = tasks(office, "planning_problem", EARLY)
    assert sorted(r.session_id for r in rows) == sorted([first, second])
    assert all("salle réservée deux fois" in r.title and r.priority == 1 for r in rows)
    assert {r.bucket for r in rows} == {"plus_tard"}

    office.planning.book_room(second_slots, plan.small_room, confirm=True)
    assert [r.title for r in tasks(office, "planning_problem", EARLY)] == []


def test_a_warning_shows_when_its_date_nears_within_the_days_looked_at(office):
    plan = make_plan(office)
    plan.session((T(9), T(12, 30)))  # no room, no trainer: warnings
    assert tasks(office, "planning_problem", EARLY) == []
    office.tasks.save_rules({"planning_problem": (True, 7)})
    assert tasks(office, "planning_problem", TODAY) == []  # ten days ahead: not looked at
    assert len(tasks(office, "planning_problem", DAY - dt.timedelta(days=7))) == 1
