"""At start-up the day's run of every task rule goes to a worker process (the window's thread
stays free): the tasks it writes are the ones the office lists, and the change is announced."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core import workers
from formadesk.core.changes import Change

from .factories import make_course, make_session
from .test_tasks_service import TODAY, monday_in

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def test_the_rules_run_in_a_worker_process_and_their_tasks_are_listed(office, monkeypatch):
    course = make_course(office)
    sessions = [
        make_session(office, course, start=monday_in(20) + dt.timedelta(days=d)) for d in (0, 2)
    ]  # fmt: skip  (nobody enrolled: both under their minimum)
    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    workers.warm_up()
    seen: list[Change] = []
    office.changes.subscribe(seen.append)

    day = office.tasks.claim_day(TODAY)  # what the window does before asking the worker
    assert office.tasks.listing(kind="under_minimum") == []  # nothing stored yet
    assert office.tasks.run_claimed_in_worker(day) is True

    assert [r.session_id for r in office.tasks.listing(kind="under_minimum")] == sessions
    assert [c.entity for c in seen] == ["task"]
    assert office.tasks.run_claimed_in_worker(day) is False  # nothing new the second time
    assert len(seen) == 1


def test_with_one_process_the_rules_run_here(office, monkeypatch):
    make_session(office, make_course(office), start=monday_in(20))
    submitted: list[object] = []
    monkeypatch.setattr(workers, "submit", lambda *args: submitted.append(args))

    day = office.tasks.claim_day(TODAY)
    assert office.tasks.run_claimed_in_worker(day) is True  # FORMADESK_PROCESSES=1 (conftest)

    assert submitted == [] and len(office.tasks.listing(kind="under_minimum")) == 1


def rules_that_fail(path: str, day: dt.date) -> bool:
    """Stands for a rule that raises in the worker (module level: the worker imports it)."""
    raise RuntimeError(f"règle en échec pour {day:%d/%m/%Y}")


def test_a_rule_failing_in_the_worker_is_logged_here_and_tried_again(office, monkeypatch, caplog):
    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    monkeypatch.setattr("formadesk.core.tasks.service.run_day_in_file", rules_that_fail)
    day = office.tasks.claim_day(TODAY)

    assert office.tasks.run_claimed_in_worker(day) is False

    logged = "\n".join(r.getMessage() + str(r.exc_info and r.exc_info[1]) for r in caplog.records)
    assert "Task rules could not be run (in a worker)" in logged
    assert "règle en échec" in logged
    make_session(office, make_course(office), start=monday_in(20))
    assert len(office.tasks.listing(kind="under_minimum")) == 1  # the next read ran them here


def test_closing_the_office_waits_for_the_rules_running_in_a_worker(office, monkeypatch):
    import threading

    make_session(office, make_course(office), start=monday_in(20))
    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    workers.warm_up()
    day = office.tasks.claim_day(TODAY)
    running = threading.Thread(target=office.tasks.run_claimed_in_worker, args=(day,))
    running.start()
    while office.tasks._worker_run is None:  # submitted
        pass

    office.close(backup_if_changed=False)

    assert office.tasks._worker_run.done()  # nothing writes into the file once it is let go
    running.join()
