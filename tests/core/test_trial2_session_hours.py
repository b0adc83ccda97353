"""Saving a session whose half-days differ from the course's duration asks first (trial 2)."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.rules.guard import ConfirmationNeeded
from formadesk.core.services.sessions import SessionData, half_day_slots

from .factories import MONDAY, make_course

FRIDAY_NEXT_WEEK = MONDAY + dt.timedelta(days=11)  # ten working days: 70 h planned


def _data(course_id: int, end: dt.date) -> SessionData:
    return SessionData(
        course_id=course_id,
        start_date=MONDAY,
        end_date=end,
        place="Lyon",
        slots=half_day_slots(MONDAY, end),
    )


def test_seventy_hours_for_a_fourteen_hour_course_asks_before_saving(office):
    course = make_course(office, hours=14)
    data = _data(course, FRIDAY_NEXT_WEEK)
    assert data.planned_minutes == 70 * 60

    with pytest.raises(ConfirmationNeeded) as asked:
        office.sessions.save(data)

    assert (
        "Les demi-journées planifiées font 70 h, la formation en prévoit 14 h : vérifiez les "
        "dates, ou confirmez si la session est bien plus longue." in str(asked.value)
    )
    assert office.sessions.list() == []  # nothing was written
    session_id = office.sessions.save(data, confirm=True)
    assert session_id


def test_the_hours_of_the_course_save_without_a_question(office):
    course = make_course(office, hours=14)

    assert office.sessions.save(_data(course, MONDAY + dt.timedelta(days=1)))


def test_an_edit_of_a_session_accepted_longer_does_not_ask_again(office):
    course = make_course(office, hours=14)
    data = _data(course, FRIDAY_NEXT_WEEK)
    data.id = office.sessions.save(data, confirm=True)
    data.place = "Villeurbanne"

    assert office.sessions.save(data) == data.id


def test_a_session_shorter_than_the_course_is_not_asked(office):
    course = make_course(office, hours=14)
    data = _data(course, MONDAY)  # one day of two: half-days are added later

    assert office.sessions.save(data)
