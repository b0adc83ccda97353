"""Domain checks before writing: a session needs half-days, codes and SIRETs are unique."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.services.parties import ClientData
from formadesk.core.services.sessions import SessionData, half_day_slots

from .factories import MONDAY, make_course, make_session

CHRISTMAS = dt.date(2026, 12, 25)
VALID_SIRET = "73282932000074"


def test_a_session_on_christmas_day_is_refused_and_says_why(office):
    course_id = make_course(office)
    data = SessionData(course_id, CHRISTMAS, CHRISTMAS, slots=half_day_slots(CHRISTMAS, CHRISTMAS))
    with pytest.raises(ValidationError) as info:
        office.sessions.save(data)
    assert info.value.errors["slots"] == (
        "Aucune demi-journée n'a pu être créée pour cette session : le 25/12/2026 est un jour "
        "férié (Noël). Choisissez d'autres dates, ou ajoutez les séances à la main."
    )
    assert office.sessions.list() == []


def test_a_weekend_session_names_the_days(office):
    saturday = dt.date(2027, 3, 6)
    data = SessionData(make_course(office), saturday, saturday + dt.timedelta(days=1))
    with pytest.raises(ValidationError, match="le 06/03/2027 est un samedi, le 07/03/2027"):
        office.sessions.save(data)


def test_session_codes_differing_only_in_case_are_refused(office):
    course_id = make_course(office)
    first = office.sessions.get(make_session(office, course_id))
    copy = SessionData(
        course_id,
        MONDAY,
        MONDAY,
        code=first.code.lower(),
        slots=half_day_slots(MONDAY, MONDAY),
    )
    with pytest.raises(BusinessRuleError, match="déjà utilisé par une autre session"):
        office.sessions.save(copy)
    assert len(office.sessions.list()) == 1


def test_a_session_price_cannot_be_negative_nor_places_absurd(office):
    data = SessionData(
        make_course(office),
        MONDAY,
        MONDAY,
        price_cents=-100,
        max_places=5000,
        slots=half_day_slots(MONDAY, MONDAY),
    )
    with pytest.raises(ValidationError) as info:
        office.sessions.save(data)
    assert "ne peut pas être négatif" in info.value.errors["price_cents"]
    assert "entre 0 et 1000" in info.value.errors["max_places"]
    data.max_places = 2**63
    with pytest.raises(ValidationError, match="nombre saisi est beaucoup trop grand"):
        office.sessions.save(data)
    assert office.sessions.list() == []


def test_a_second_client_with_the_same_siret_is_refused(office):
    office.parties.save_client(ClientData(name="Atelier Dupont", siret=VALID_SIRET))
    with pytest.raises(ValidationError) as info:
        office.parties.save_client(ClientData(name="Dupont SARL", siret="732 829 320 00074"))
    assert "déjà celui du client « Atelier Dupont »" in info.value.errors["siret"]
    assert len(office.parties.clients()) == 1
