"""Every record edited in a form carries a version (issue 14): a save from a form opened on an
older version is refused and changes nothing; the saved object carries the new version."""

from __future__ import annotations

import dataclasses

import pytest

from formadesk.core.errors import ConcurrentEditError
from formadesk.core.services.parties import ClientData
from formadesk.core.services.resource_records import RoomData

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
