"""Learners: checks with French messages, nothing written on failure, paged search and sort."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.learners import LearnerColumn, LearnerData, LearnerFilter

from .factories import make_learner

VALID_SIRET = "73282932000074"


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("email", "helene.lefevre@", "adresse e-mail"),
        ("phone", "01 23", "numéro"),
        ("employer_siret", "73282932000075", "SIRET"),
        ("birth_date", dt.date(1890, 1, 1), "âge"),
        ("birth_date", dt.date.today() + dt.timedelta(days=3), "futur"),
        ("last_name", "  ", "nom est obligatoire"),
    ],
)
def test_bad_input_is_refused_in_french_and_nothing_is_written(office, field, value, words):
    data = LearnerData(last_name="Lefèvre", first_name="Hélène", employer_name="ACME")
    setattr(data, field, value)
    with pytest.raises(ValidationError) as info:
        office.learners.save(data)
    assert field in info.value.errors
    assert words in info.value.errors[field]
    assert office.learners.count() == 0


def test_valid_values_are_normalised(office):
    learner_id = make_learner(
        office,
        email="Helene.Lefevre@Exemple.FR",
        phone="0612345678",
        employer_name="Atelier",
        employer_siret="732 829 320 00074",
        birth_date=dt.date(1988, 5, 17),
    )
    saved = office.learners.get(learner_id)
    assert saved.phone == "06 12 34 56 78"
    assert saved.employer_siret == VALID_SIRET
    assert saved.email == "Helene.Lefevre@exemple.fr"


def test_search_ignores_accents_and_case(office):
    make_learner(office, "Lefèvre", "Hélène", city="Lyon")
    make_learner(office, "Martin", "Zoé", city="Saint-Étienne")
    assert [r.first_name for r in office.learners.search("helene")] == ["Hélène"]
    assert [r.last_name for r in office.learners.search("ETIENNE")] == ["Martin"]
    assert [r.last_name for r in office.learners.search("zoe mart")] == ["Martin"]
    assert office.learners.search("50%") == []


def test_pages_sort_and_filter_in_sql(office):
    for i in range(45):
        make_learner(office, f"Nom{i:02d}", "Léa", status="salarie" if i % 3 else "apprenti")
    assert office.learners.count() == 45
    assert office.learners.count(LearnerFilter(status="apprenti")) == 15
    first = office.learners.page(sort=LearnerColumn.LAST_NAME, offset=0, limit=20)
    last = office.learners.page(sort=LearnerColumn.LAST_NAME, descending=True, limit=1)
    assert [r.last_name for r in first[:2]] == ["Nom00", "Nom01"]
    assert last[0].last_name == "Nom44"
    assert office.learners.page(offset=40, limit=20)[-1].last_name == "Nom44"


def test_dossier_lists_enrollments(office):
    from .factories import make_course, make_session

    learner_id = make_learner(office)
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=learner_id)
    dossier = office.learners.dossier(learner_id)
    assert dossier.learner.first_name == "Hélène"
    assert [e.session_code for e in dossier.enrollments] == [office.sessions.get(session_id).code]


def test_a_second_learner_with_the_same_email_is_refused_unless_confirmed(office):
    from formadesk.core.errors import DuplicateLearnerError

    make_learner(office, "Lefèvre", "Hélène", email="helene@exemple.fr")
    other = LearnerData(last_name="Durand", first_name="Léa", email="HELENE@exemple.fr")
    with pytest.raises(DuplicateLearnerError) as info:
        office.learners.save(other)
    assert "Un apprenant qui pourrait être le même existe déjà : LEFÈVRE Hélène" in str(info.value)
    assert office.learners.count() == 1
    office.learners.save(other, allow_duplicate=True)
    assert office.learners.count() == 2


def test_same_names_without_accents_and_same_birth_date_is_a_possible_duplicate(office):
    from formadesk.core.errors import DuplicateLearnerError

    born = dt.date(1985, 3, 12)
    make_learner(office, "Lefèvre", "Hélène", birth_date=born)
    with pytest.raises(DuplicateLearnerError, match="né\\(e\\) le 12/03/1985"):
        office.learners.save(LearnerData(last_name="LEFEVRE", first_name="helene", birth_date=born))
    # Another birth date: another person.
    make_learner(office, "Lefevre", "Helene", birth_date=dt.date(1990, 1, 2))
    assert office.learners.count() == 2


def test_editing_a_learner_does_not_find_itself_as_duplicate(office):
    learner_id = make_learner(office, email="paul@exemple.fr", birth_date=dt.date(1980, 1, 1))
    data = office.learners.get(learner_id)
    data.city = "Lyon"
    office.learners.save(data)
    assert office.learners.get(learner_id).city == "Lyon"


def test_a_search_gives_the_same_rows_and_count_whatever_its_breadth(office):
    """A name search reads the first matching ids from the index, then counts the rest: the
    rows and the count are those of the plain query, in both orders."""
    from formadesk.core.services import learners as service

    for index in range(12):
        office.learners.save(LearnerData(last_name=f"Martin{index % 4}", first_name=f"Léa{index}"))
    office.learners.save(LearnerData(last_name="Durand", first_name="Marc"))
    for text, probe in (("mar", 5), ("mar", 20), ("martin1", 2), ("léa", 50), ("zzz", 5)):
        flt = service.LearnerFilter(text=text)
        for descending in (False, True):
            count, rows = office.learners.first_rows(flt, probe=probe, descending=descending)
            plain = office.learners.page(flt, limit=probe, descending=descending)
            assert [r.id for r in rows] == [r.id for r in plain], (text, probe, descending)
            assert count == office.learners.count(flt)
    assert office.learners.first_rows(service.LearnerFilter(text="mar"), probe=20)[0] == 13
