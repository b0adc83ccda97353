"""Courses and sessions: readable codes, half-day slots, checks."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.sessions import SessionData, half_day_slots

from .factories import MONDAY, make_course, make_session


def test_course_objectives_and_duplicate_code(office):
    course_id = make_course(office)
    course = office.courses.get(course_id)
    assert course.objectives == ["Construire un tableau croisé", "Automatiser un calcul"]
    with pytest.raises(ValidationError) as info:
        office.courses.save(CourseData(code="excel-int", title="Autre", duration_minutes=60))
    assert "déjà utilisé" in info.value.errors["code"]


def test_session_codes_follow_the_office_pattern(office):
    course_id = make_course(office)
    first = office.sessions.get(make_session(office, course_id))
    second = office.sessions.get(make_session(office, course_id))
    assert (first.code, second.code) == ("2027-EXCEL-INT-001", "2027-EXCEL-INT-002")
    org = office.organisation.get()
    org.name, org.session_code_pattern = "Atelier", "S{year}{month:02d}-{course}-{n}"
    office.organisation.update(org)
    assert office.sessions.next_code(course_id, MONDAY) == "S202703-EXCEL-INT-1"


def test_half_days_skip_weekends_and_public_holidays():
    slots = half_day_slots(dt.date(2027, 5, 6), dt.date(2027, 5, 10))  # Ascension 6 May 2027
    days = sorted({s.date for s in slots})
    assert days == [dt.date(2027, 5, 7), dt.date(2027, 5, 10)]
    assert sum(s.minutes for s in slots) == 14 * 60


def test_session_checks(office):
    course_id = make_course(office)
    bad = SessionData(course_id, MONDAY, MONDAY - dt.timedelta(days=1), min_places=9, max_places=8)
    with pytest.raises(ValidationError) as info:
        office.sessions.save(bad)
    assert set(info.value.errors) == {"end_date", "min_places"}
    assert office.sessions.list() == []


def test_editing_slots_keeps_the_others(office):
    session_id = make_session(office, make_course(office))
    data = office.sessions.get(session_id)
    assert data.planned_minutes == 14 * 60
    data.slots = data.slots[:3]
    office.sessions.save(data)
    assert len(office.sessions.get(session_id).slots) == 3
