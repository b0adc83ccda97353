"""A session entrusted to another training office (BPF cadre G) says to whom."""

from __future__ import annotations

import pytest

from formadesk.core.errors import ValidationError

from .factories import make_course, make_session


def test_the_subcontractor_is_saved_tidied_and_can_be_removed(office):
    session_id = make_session(office, make_course(office))
    assert office.sessions.get(session_id).subcontractor == ""  # run by the office
    data = office.sessions.get(session_id)
    data.subcontractor = "  Formations   du Rhône "
    office.sessions.save(data)
    assert office.sessions.get(session_id).subcontractor == "Formations du Rhône"
    data = office.sessions.get(session_id)
    data.subcontractor = ""
    office.sessions.save(data)
    assert office.sessions.get(session_id).subcontractor == ""


def test_a_name_too_long_is_refused_in_french(office):
    session_id = make_session(office, make_course(office))
    data = office.sessions.get(session_id)
    data.subcontractor = "x" * 201
    with pytest.raises(ValidationError) as caught:
        office.sessions.save(data)
    assert "200 caractères" in caught.value.errors["subcontractor"]
    assert office.sessions.get(session_id).subcontractor == ""
