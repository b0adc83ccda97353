"""The course's BPF objective (cadre F-3): a known code or nothing, kept as chosen."""

from __future__ import annotations

import pytest

from formadesk.core.errors import ValidationError
from formadesk.core.services.catalogue import CourseData

from .factories import make_course


def test_a_known_objective_is_saved_and_read_back(office):
    course_id = make_course(office)
    data = office.courses.get(course_id)
    assert data.bpf_objective == ""  # not said yet: the BPF lists it as missing
    data.bpf_objective = "rs"
    office.courses.save(data)
    assert office.courses.get(course_id).bpf_objective == "rs"


def test_an_unknown_objective_is_refused_and_nothing_changes(office):
    course_id = make_course(office)
    data = office.courses.get(course_id)
    data.bpf_objective = "licence"
    data.title = "Titre changé"
    with pytest.raises(ValidationError) as caught:
        office.courses.save(data)
    assert "objectif BPF" in caught.value.errors["bpf_objective"]
    saved = office.courses.get(course_id)
    assert (saved.bpf_objective, saved.title) != ("licence", "Titre changé")


def test_the_objective_can_be_put_back_to_unknown(office):
    course_id = office.courses.save(
        CourseData(
            code="VAE", title="Accompagnement VAE", duration_minutes=24 * 60, bpf_objective="vae"
        )
    )
    data = office.courses.get(course_id)
    data.bpf_objective = ""
    office.courses.save(data)
    assert office.courses.get(course_id).bpf_objective == ""
