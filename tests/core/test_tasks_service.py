"""The « À faire » list's core: manual tasks, postpone, dismiss, the rules kept up to date
after each change (only what it touches), the rules' settings."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.tasks.service import ManualTask, bucket_of

from .factories import behind_the_back, make_course, make_learner, make_session

TODAY = dt.date.today()


def monday_in(days: int) -> dt.date:
    """The first Monday at least ``days`` from today (sessions need working days)."""
    day = TODAY + dt.timedelta(days=days)
    return day + dt.timedelta(days=-day.weekday() % 7)


@pytest.fixture
def two_sessions(office):
    """Two sessions starting in about three weeks, nobody enrolled (minimum 1): both under it."""
    course = make_course(office)
    first = make_session(office, course, start=monday_in(20))
    second = make_session(office, course, start=monday_in(20) + dt.timedelta(days=2))
    return first, second


def open_tasks(office, kind=""):
    return office.tasks.listing(kind=kind)


def test_a_manual_task_is_listed_in_its_group_and_refused_without_title_or_date(office):
    with pytest.raises(ValidationError) as refused:
        office.tasks.add(ManualTask(title="  ", due_on=None))
    assert refused.value.errors == {
        "title": "Écrivez ce qu'il y a à faire.",
        "due_on": "Choisissez l'échéance de la tâche.",
    }
    assert open_tasks(office) == []

    learner = make_learner(office)
    task_id = office.tasks.add(
        ManualTask(title="Appeler Mme Lefèvre", due_on=TODAY, learner_id=learner, notes="RQTH")
    )
    [row] = open_tasks(office)
    assert (row.id, row.title, row.bucket, row.who, row.manual) == (
        task_id,
        "Appeler Mme Lefèvre",
        "aujourdhui",
        "Hélène Lefèvre",
        True,
    )
    assert row.kind_label == "Tâche saisie"


def test_a_task_linked_to_a_record_that_no_longer_exists_is_refused(office):
    with pytest.raises(Exception, match="n'existe plus"):
        office.tasks.add(ManualTask(title="Rappeler", due_on=TODAY, client_id=999))
    assert open_tasks(office) == []


def test_buckets_are_overdue_today_the_next_seven_days_and_later():
    sunday = dt.date(2026, 12, 6)
    assert bucket_of(sunday - dt.timedelta(days=1), sunday) == "retard"
    assert bucket_of(sunday, sunday) == "aujourdhui"
    assert bucket_of(sunday + dt.timedelta(days=1), sunday) == "semaine"  # not empty on Sunday
    assert bucket_of(sunday + dt.timedelta(days=7), sunday) == "semaine"
    assert bucket_of(sunday + dt.timedelta(days=8), sunday) == "plus_tard"


def test_postponed_task_comes_back_on_its_new_date_and_says_why(office):
    task_id = office.tasks.add(ManualTask(title="Commander les supports", due_on=TODAY))
    later = TODAY + dt.timedelta(days=10)
    with pytest.raises(ValidationError) as refused:
        office.tasks.postpone(task_id, TODAY, "")
    assert set(refused.value.errors) == {"to", "reason"}
    assert open_tasks(office)[0].postponed_to is None

    office.tasks.postpone(task_id, later, "Le devis de l'imprimeur arrive lundi")
    [row] = open_tasks(office)
    assert (row.due_on, row.first_due_on, row.bucket) == (later, TODAY, "plus_tard")
    assert row.postpone_reason == "Le devis de l'imprimeur arrive lundi"
    assert office.tasks.listing(until=TODAY) == []


def test_a_rule_task_appears_then_goes_when_the_change_fixes_it(office, two_sessions):
    first, second = two_sessions
    rows = open_tasks(office, "under_minimum")
    assert [r.session_id for r in rows] == [first, second]
    assert rows[0].title.startswith(office.sessions.get(first).code + " sous le minimum : 0/1")
    assert rows[0].fix == "session" and rows[0].fix_label == "Ouvrir la session"
    assert rows[0].due_on == monday_in(20) - dt.timedelta(days=30)
    assert rows[0].bucket == "retard"

    office.enrollments.enroll(session_id=first, learner_id=make_learner(office), confirm=True)
    # No refresh asked: the change reported by the enrolment reached the rule.
    assert [r.session_id for r in open_tasks(office, "under_minimum")] == [second]
    closed = office.tasks.listing(kind="under_minimum", closed=True)
    assert [(r.session_id, r.closed_by, r.done_on) for r in closed] == [(first, "regle", TODAY)]


def test_a_change_of_one_session_recomputes_only_that_session(office, two_sessions):
    first, second = two_sessions
    assert len(open_tasks(office, "under_minimum")) == 2
    # Both sessions lose their minimum behind the program's back: no change is reported.
    behind_the_back(office, "UPDATE sessions SET min_places = 0")
    data = office.sessions.get(first)
    office.sessions.save(dataclasses.replace(data, notes="Salle confirmée"), confirm=True)
    # Only the saved session was looked at again.
    assert [r.session_id for r in open_tasks(office, "under_minimum")] == [second]
    office.tasks.refresh()
    assert open_tasks(office, "under_minimum") == []


def test_a_dismissed_task_stays_dismissed_while_the_anomaly_lasts(office, two_sessions):
    first, _second = two_sessions
    task = next(r for r in open_tasks(office, "under_minimum") if r.session_id == first)
    with pytest.raises(ValidationError, match="pourquoi"):
        office.tasks.dismiss(task.id, "   ")
    office.tasks.dismiss(task.id, "Session maintenue : le client confirme 6 inscrits")
    office.tasks.refresh()
    assert first not in [r.session_id for r in open_tasks(office, "under_minimum")]
    [gone] = office.tasks.listing(kind="under_minimum", closed=True)
    assert gone.dismiss_reason == "Session maintenue : le client confirme 6 inscrits"
    with pytest.raises(BusinessRuleError, match="Rouvrez-la"):
        office.tasks.postpone(task.id, TODAY + dt.timedelta(days=3), "plus tard")

    office.tasks.reopen(task.id)
    assert first in [r.session_id for r in open_tasks(office, "under_minimum")]


def test_a_rule_switched_off_takes_its_tasks_away_and_bad_numbers_are_refused(office, two_sessions):
    assert len(open_tasks(office, "under_minimum")) == 2
    with pytest.raises(ValidationError) as refused:
        office.tasks.save_rules({"under_minimum": (True, 0)}, lead_days=200)
    assert "entre 1 et 180" in refused.value.errors["under_minimum"]
    assert "tasks.lead_days" in refused.value.errors
    assert len(open_tasks(office, "under_minimum")) == 2

    office.tasks.save_rules({"under_minimum": (False, 30)})
    assert open_tasks(office, "under_minimum") == []
    row = next(r for r in office.tasks.rules() if r.key == "under_minimum")
    assert (row.enabled, row.value, row.value_label) == (False, 30, "Jours avant le début")


def test_the_number_of_days_moves_the_task_and_when_it_shows(office):
    course = make_course(office)
    start = monday_in(50)  # due 0 to 6 days from now with 50 days: within the 14 shown
    session = make_session(office, course, start=start)
    assert open_tasks(office, "under_minimum") == []  # due in 30 days or more: not shown yet
    office.tasks.save_rules({"under_minimum": (True, 50)})
    [row] = open_tasks(office, "under_minimum")
    assert (row.session_id, row.due_on) == (session, start - dt.timedelta(days=50))


def test_a_rule_task_done_by_hand_is_not_reopened_and_cannot_be_edited(office, two_sessions):
    task = open_tasks(office, "under_minimum")[0]
    with pytest.raises(BusinessRuleError, match="règle"):
        office.tasks.update(task.id, ManualTask(title="Autre chose", due_on=TODAY))
    with pytest.raises(BusinessRuleError, match="Écartez"):
        office.tasks.delete(task.id)
    office.tasks.mark_done(task.id)
    office.tasks.refresh()
    assert task.id not in [r.id for r in open_tasks(office)]


def test_summary_counts_by_date_and_by_kind(office, two_sessions):
    office.tasks.add(ManualTask(title="Aujourd'hui", due_on=TODAY))
    office.tasks.add(ManualTask(title="Dans un mois", due_on=TODAY + dt.timedelta(days=31)))
    summary = office.tasks.summary()
    assert (summary.overdue, summary.today, summary.week + summary.later) == (2, 1, 1)
    assert summary.by_kind == {"under_minimum": 2, "manual": 2}
    assert summary.total == 4


def test_a_cancelled_session_makes_no_task(office, two_sessions):
    first, second = two_sessions
    data = office.sessions.get(first)
    office.sessions.save(dataclasses.replace(data, status="annulee"), confirm=True)
    assert [r.session_id for r in open_tasks(office, "under_minimum")] == [second]


def test_a_read_only_office_lists_its_tasks_without_writing(office, db_path):
    office.tasks.add(ManualTask(title="Relire la convention", due_on=TODAY))
    office.database.read_only_reason = "Le fichier est protégé en écriture."
    assert [r.title for r in office.tasks.listing()] == ["Relire la convention"]
    assert not office.tasks.refresh().changed
