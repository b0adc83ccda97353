"""Every record edited in a form carries a version (issue 14): a save from a form opened on an
older version is refused and changes nothing; the saved object carries the new version."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from formadesk.core.errors import ConcurrentEditError
from formadesk.core.services.parties import ClientData
from formadesk.core.services.resource_records import Period, RoomData, TrainerData

from .factories import behind_the_back, make_course, make_learner, make_session


def test_a_form_opened_before_another_save_is_refused_and_nothing_changes(office):
    learner = make_learner(office)
    form = office.learners.get(learner)
    assert form.version == 1
    behind_the_back(office, "UPDATE learners SET city = 'Lyon', version = version + 1")
    with pytest.raises(ConcurrentEditError, match="modifiée sur un autre poste"):
        office.learners.save(dataclasses.replace(form, city="Vienne", phone="06 12 34 56 78"))
    saved = office.learners.get(learner)
    assert (saved.city, saved.phone, saved.version) == ("Lyon", "", 2)


def test_a_saved_object_carries_its_new_version_and_saves_again(office):
    course = office.courses.get(make_course(office))
    course.title = "Excel avancé"
    office.courses.save(course)
    assert course.version == 2 == office.courses.get(course.id).version
    course.title = "Excel expert"
    office.courses.save(course)  # not told it is stale: it is not
    assert office.courses.get(course.id).title == "Excel expert"


@pytest.mark.parametrize("what", ["session", "client", "room", "organisation"])
def test_each_kind_of_record_refuses_a_stale_save(office, what):
    if what == "session":
        record_id = make_session(office, make_course(office))
        get, save, table = office.sessions.get, office.sessions.save, "sessions"
    elif what == "client":
        record_id = office.parties.save_client(
            ClientData(name="Boulangerie Émile", siret="44298176700019")
        )
        get, save, table = office.parties.get_client, office.parties.save_client, "clients"
    elif what == "room":
        record_id = office.resources.save_room(RoomData(name="Salle Rhône", capacity=12))
        get, save, table = office.resources.get_room, office.resources.save_room, "rooms"
    else:
        record_id = None
        get, save, table = office.organisation.get, office.organisation.update, "organisation"
    form = get(record_id) if record_id else dataclasses.replace(get(), name="Atelier Formation")
    behind_the_back(office, f"UPDATE {table} SET version = version + 1")
    with pytest.raises(ConcurrentEditError):
        save(dataclasses.replace(form, notes="Changé ici") if hasattr(form, "notes") else form)


def test_a_change_to_a_sub_list_raises_the_record_version(office):
    """A trainer's leave added on one workstation: a form opened before (another phone number)
    is refused instead of deleting the leave on saving."""
    trainer = office.resources.save_trainer(TrainerData(last_name="Roux", first_name="Anne"))
    form = office.resources.get_trainer(trainer)
    other = office.resources.get_trainer(trainer)
    start = dt.datetime(2027, 3, 1, 8)
    other.unavailable = [Period(start, start + dt.timedelta(days=5), "Congés")]
    office.resources.save_trainer(other)
    with pytest.raises(ConcurrentEditError):
        office.resources.save_trainer(dataclasses.replace(form, phone="06 12 34 56 78"))
    assert [p.reason for p in office.resources.get_trainer(trainer).unavailable] == ["Congés"]


def test_a_half_day_moved_on_the_planning_raises_its_session_version(office):
    session = make_session(office, make_course(office))
    form = office.sessions.get(session)
    slot = form.slots[0]
    office.planning.move_slot(
        slot.id, date=slot.date, start=dt.time(8, 30), end=slot.end_time, confirm=True
    )
    with pytest.raises(ConcurrentEditError):
        office.sessions.save(dataclasses.replace(form, notes="Salle confirmée"), confirm=True)
    assert office.sessions.get(session).slots[0].start_time == dt.time(8, 30)  # the move is kept
