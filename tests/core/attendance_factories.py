"""A session held last week with three learners and a trainer, for attendance tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.resource_records import TrainerData

from .factories import make_course, make_learner, make_session

START = dt.date(2027, 3, 1)  # a Monday: 2 days, 4 half-days of 3 h 30
TODAY = dt.date(2027, 3, 2)  # the second day: all four half-days have begun
NOW = dt.datetime(2027, 3, 2, 14, 5)


@dataclass
class Held:
    office: Office
    session_id: int
    enrollments: list[int]  # Durand, Martin, Petit
    slots: list[int]  # Monday am, Monday pm, Tuesday am, Tuesday pm
    trainer_id: int


def held_session(office: Office, start: dt.date = START) -> Held:
    course = make_course(office)
    session_id = make_session(office, course, start=start)
    enrollments = [
        office.enrollments.enroll(
            session_id=session_id, learner_id=make_learner(office, last, first)
        )
        for last, first in (("Durand", "Léa"), ("Martin", "Hugo"), ("Petit", "Inès"))
    ]
    slots = [slot.slot_id for slot in office.attendance.grid(session_id, today=TODAY).half_days]
    trainer_id = office.resources.save_trainer(TrainerData(last_name="Bernard", first_name="Anne"))
    office.planning.assign_trainers(slots, [trainer_id], confirm=True)
    return Held(office, session_id, enrollments, slots, trainer_id)


def on_their_cpf(office: Office, held: Held) -> Held:
    """The learners of ``held`` follow it on their CPF, without a client: no convention or
    contract is signed with the office (an employer's « plan » without the employer would
    lack one)."""
    for enrollment_id in held.enrollments:
        data = office.enrollments.get(enrollment_id)
        data.funding_scheme = "cpf"
        office.enrollments.update(data, confirm=True)
    return held
