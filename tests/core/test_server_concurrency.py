"""Several workstations on one PostgreSQL base (issue 14), each a process of its own: invoice
numbers stay gap-free and unique when two issue at once, and the second of two people saving
the same learner is told instead of overwriting the first.

These tests run in the PostgreSQL pass of the suite (FORMADESK_TEST_PG, see .ci/run); on a
SQLite file one Formadesk at a time holds the base (its lock), so there is nothing to race."""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import select

from formadesk.core.errors import ConcurrentEditError
from formadesk.core.model import Invoice
from formadesk.core.office import Office

from .factories import make_course, make_learner, make_session

pytestmark = pytest.mark.server  # skipped without FORMADESK_TEST_PG (tests/conftest.py)

DAY = dt.date(2027, 3, 5)
ROUNDS = 100  # an invoice and its credit note per round: 200 numbers per workstation


def _issue_many(url: str, session_id: int, start, rounds: int) -> list[str]:
    """One workstation: invoice its session, cancel the invoice by a credit note, again."""
    office = Office.open(url)
    try:
        start.wait(60)
        for _ in range(rounds):
            (invoice_id,) = office.billing.invoice_session(session_id, issued_on=DAY)
            office.billing.cancel_invoice(invoice_id, "Essai de numérotation", issued_on=DAY)
    finally:
        office.close(backup_if_changed=False)
    return []


def _self_paying_session(office: Office, code: str) -> int:
    session_id = make_session(office, make_course(office, code), start=dt.date(2026, 12, 28))
    learner = make_learner(office, f"Martin-{code}", "Paul")
    office.enrollments.enroll(session_id=session_id, learner_id=learner, price_cents=50000)
    return session_id


def test_two_workstations_issuing_at_once_get_gap_free_unique_numbers(office, db_path):
    sessions = [_self_paying_session(office, code) for code in ("NUM-A", "NUM-B")]
    context = multiprocessing.get_context("spawn")
    start = context.Barrier(2)
    workers = [
        context.Process(target=_issue_many, args=(db_path, session_id, start, ROUNDS))
        for session_id in sessions
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(300)
    assert [w.exitcode for w in workers] == [0, 0]

    with office.database.reading() as s:
        rows = s.execute(select(Invoice.sequence, Invoice.number, Invoice.session_id)).all()
    assert len(rows) == 2 * 2 * ROUNDS
    assert sorted(r.sequence for r in rows) == list(range(1, 2 * 2 * ROUNDS + 1))  # no gap
    assert len({r.number for r in rows}) == len(rows)  # no number twice
    # Both workstations really issued at the same time: their numbers interleave.
    owners = [r.session_id for r in sorted(rows)]
    switches = sum(1 for a, b in zip(owners, owners[1:], strict=False) if a != b)
    assert switches > 2


def _save_learner(url: str, learner_id: int, city: str, start, results) -> None:
    """One workstation: the learner read before ``start``, saved right after it."""
    office = Office.open(url)
    try:
        data = office.learners.get(learner_id)
        start.wait(60)
        try:
            office.learners.save(dataclasses.replace(data, city=city))
            results.put((city, "saved"))
        except ConcurrentEditError as error:
            results.put((city, str(error)))
    finally:
        office.close(backup_if_changed=False)


def test_the_second_of_two_workstations_saving_one_learner_is_told(office, db_path):
    learner_id = make_learner(office)
    form = office.learners.get(learner_id)  # this workstation opens the learner's form …

    other = Office.open(db_path)  # … another one saves a change meanwhile
    try:
        other.learners.save(dataclasses.replace(other.learners.get(learner_id), city="Lyon"))
    finally:
        other.close(backup_if_changed=False)

    with pytest.raises(ConcurrentEditError, match="modifiée sur un autre poste"):
        office.learners.save(dataclasses.replace(form, city="Vienne"))
    assert office.learners.get(learner_id).city == "Lyon"  # the first change is kept

    # Reloaded, the form carries the new version: the change goes through.
    office.learners.save(dataclasses.replace(office.learners.get(learner_id), city="Vienne"))
    assert office.learners.get(learner_id).city == "Vienne"


def test_two_workstations_saving_one_learner_at_the_same_moment(office, db_path):
    learner_id = make_learner(office)
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    workers = [
        context.Process(target=_save_learner, args=(db_path, learner_id, city, start, results))
        for city in ("Lyon", "Grenoble")
    ]
    for worker in workers:
        worker.start()
    outcome = dict(results.get(timeout=120) for _ in workers)
    for worker in workers:
        worker.join(60)

    saved = [city for city, result in outcome.items() if result == "saved"]
    told = [result for result in outcome.values() if result != "saved"]
    assert len(saved) == 1 and len(told) == 1
    assert "modifiée sur un autre poste" in told[0]
    assert office.learners.get(learner_id).city == saved[0]
