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

from formadesk.core.errors import BusinessRuleError, ConcurrentEditError, FormadeskError
from formadesk.core.model import Invoice
from formadesk.core.office import Office
from formadesk.core.services.resource_records import RoomData

from .factories import make_course, make_learner, make_session, working_start

pytestmark = pytest.mark.server  # skipped without FORMADESK_TEST_PG (tests/conftest.py)

DAY = dt.date(2027, 3, 5)


def race(target, *arguments, answers: int = 0, timeout: float = 120) -> list:
    """Run ``target(*args, start, results)`` in one process per ``arguments`` (a workstation
    each), all let go at the same instant by ``start``; returns ``answers`` items they put in
    ``results``, once every process has ended well."""
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(len(arguments)), context.Queue()
    workers = [context.Process(target=target, args=(*args, start, results)) for args in arguments]
    for worker in workers:
        worker.start()
    got = [results.get(timeout=timeout) for _ in range(answers)]
    for worker in workers:
        worker.join(300)
    assert [w.exitcode for w in workers] == [0] * len(workers)
    return got


ROUNDS = 100  # an invoice and its credit note per round: 200 numbers per workstation


def _issue_many(url: str, session_id: int, rounds: int, start, _results) -> None:
    """One workstation: invoice its session, cancel the invoice by a credit note, again."""
    office = Office.open(url)
    try:
        start.wait(60)
        for _ in range(rounds):
            (invoice_id,) = office.billing.invoice_session(session_id, issued_on=DAY)
            office.billing.cancel_invoice(invoice_id, "Essai de numérotation", issued_on=DAY)
    finally:
        office.close(backup_if_changed=False)


def _self_paying_session(office: Office, code: str) -> int:
    session_id = make_session(office, make_course(office, code), start=dt.date(2026, 12, 28))
    learner = make_learner(office, f"Martin-{code}", "Paul")
    office.enrollments.enroll(session_id=session_id, learner_id=learner, price_cents=50000)
    return session_id


def test_two_workstations_issuing_at_once_get_gap_free_unique_numbers(office, db_path):
    sessions = [_self_paying_session(office, code) for code in ("NUM-A", "NUM-B")]
    race(_issue_many, *[(db_path, session_id, ROUNDS) for session_id in sessions])

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
    outcome = dict(
        race(
            _save_learner,
            *[(db_path, learner_id, city) for city in ("Lyon", "Grenoble")],
            answers=2,
        )
    )

    saved = [city for city, result in outcome.items() if result == "saved"]
    told = [result for result in outcome.values() if result != "saved"]
    assert len(saved) == 1 and len(told) == 1
    assert "modifiée sur un autre poste" in told[0]
    assert office.learners.get(learner_id).city == saved[0]


def _enroll_one(url: str, session_id: int, learner_id: int, start, results) -> None:
    """One workstation: enrols its learner right after ``start``."""
    office = Office.open(url)
    try:
        start.wait(60)
        try:
            office.enrollments.enroll(session_id=session_id, learner_id=learner_id)
            results.put((learner_id, "inscrit"))
        except BusinessRuleError as error:
            results.put((learner_id, str(error)))
    finally:
        office.close(backup_if_changed=False)


def test_the_last_place_is_given_once_when_two_workstations_enrol_at_once(office, db_path):
    session_id = make_session(office, make_course(office))
    data = office.sessions.get(session_id)
    office.sessions.save(dataclasses.replace(data, min_places=1, max_places=1), confirm=True)
    learners = [make_learner(office, "Martin", "Paul"), make_learner(office, "Roux", "Anne")]
    outcome = dict(race(_enroll_one, *[(db_path, session_id, lid) for lid in learners], answers=2))
    assert sorted(outcome.values(), key=len)[0] == "inscrit"
    refused = [text for text in outcome.values() if text != "inscrit"]
    assert len(refused) == 1 and "est complète (1/1 places)" in refused[0]
    assert len(office.enrollments.for_session(session_id)) == 1


def _book_rooms(url: str, slots, room_id: int, start, results) -> None:
    """One workstation: puts each of its half-days in the room, one after the other."""
    office = Office.open(url)
    try:
        start.wait(60)
        for slot in slots:
            try:
                office.planning.move_slot(
                    slot.id, date=slot.date, start=slot.start_time, end=slot.end_time,
                    room_id=room_id, confirm=True,
                )  # fmt: skip
                results.put(((slot.date, slot.start_time), "réservée"))
            except FormadeskError as error:
                results.put(((slot.date, slot.start_time), str(error)))
    finally:
        office.close(backup_if_changed=False)


def test_one_room_is_not_booked_twice_when_two_workstations_book_at_once(office, db_path):
    """Two desks put their session's half-days in one room at the same moment, half-day by
    half-day: each half-day's room goes to one of them, the other is told."""
    room = office.resources.save_room(RoomData(name="Salle Rhône", capacity=12))
    course = make_course(office)
    first = working_start(dt.date.today() + dt.timedelta(days=30))
    desks: list[list] = [[], []]
    for week in range(6):
        day = first + dt.timedelta(weeks=week)
        for desk in desks:
            desk += office.sessions.get(make_session(office, course, start=day)).slots
    outcome: dict[tuple, list[str]] = {}
    booked = sum(len(slots) for slots in desks)
    answers = race(_book_rooms, *[(db_path, slots, room) for slots in desks], answers=booked)
    for when, said in answers:
        outcome.setdefault(when, []).append(said)
    assert len(outcome) == len(desks[0])
    for when, said in outcome.items():
        assert said.count("réservée") == 1, (when, said)  # never both, never none
        (refusal,) = [text for text in said if text != "réservée"]
        assert "Salle Rhône" in refusal
