"""« À vérifier » before trusting the BPF: every kind of missing datum, its fix, and the list
empty once each is fixed (the scenario of test_bpf_scenario)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import update

from formadesk.core.errors import ValidationError
from formadesk.core.model import Enrollment
from formadesk.core.reporting.bpf_data import MissingItem
from formadesk.core.reporting.bpf_missing import PER_KIND, _capped
from formadesk.core.services.attendance import Mark

from .test_bpf_scenario import PINNED, built, scenario  # noqa: F401 - fixtures


def _code(office, session_id: int) -> str:
    return office.sessions.get(session_id).code


def test_each_kind_is_listed_with_its_fix(scenario):  # noqa: F811
    office, ids = scenario.office, scenario
    s3, s4 = _code(office, ids.sessions["S3"]), _code(office, ids.sessions["S4"])
    items = office.bpf.missing(2025)
    assert [(i.fix, i.target_id, i.session_id) for i in items] == [
        ("enrollment", ids.enrolments["Tom Lenoir"], ids.sessions["S3"]),
        ("learner", ids.learners["Tom Lenoir"], ids.sessions["S3"]),
        ("course", ids.courses["anglais"], None),
        ("course", ids.courses["anglais"], None),
        ("attendance", ids.sessions["S4"], ids.sessions["S4"]),
        ("invoice_line", ids.fondation_line, ids.sessions["S2"]),
        ("enrollment", ids.enrolments["Jules Noël"], ids.sessions["S4"]),
        ("enrollment", ids.enrolments["Marie Colin"], ids.sessions["S4"]),
    ]
    texts = [i.text for i in items]
    assert texts[0] == (
        f"Inscription de Tom Lenoir (session {s3}) : dispositif de financement non renseigné."
    )
    assert texts[1].startswith("Tom Lenoir n'a pas de statut (salarié, apprenti, demandeur")
    assert texts[2] == (
        "Formation ANGLAIS (« Anglais professionnel ») : code NSF non renseigné (cadre F-4, "
        "2 stagiaires de l'exercice)."
    )
    assert "objectif général non renseigné (cadre F-3" in texts[3]
    assert texts[4] == (
        f"Session {s4} : présences incomplètes sur 3 demi-journées de l'exercice (à partir du "
        "15/09/2025) : les heures non saisies ne comptent pas."
    )
    assert "Fondation Avenir" in texts[5] and "345,00" in texts[5]
    assert "choisissez sa ligne du cadre C" in texts[5]
    assert texts[6] == (
        f"Inscription de Jules Noël (session {s4}) : « Terminé(e) » mais aucune heure réalisée "
        "sur l'exercice : corrigez ses présences, ou son statut (abandon, annulation)."
    )
    assert texts[7] == (
        f"Inscription de Marie Colin (session {s4}) : prix à 0 € et rien de facturé : "
        "indiquez son prix."
    )
    assert office.bpf.compute(2025).missing == tuple(items)


def test_the_list_empties_as_each_datum_is_entered(scenario):  # noqa: F811
    office, ids = scenario.office, scenario
    tom = office.enrollments.get(ids.enrolments["Tom Lenoir"])
    office.enrollments.update(dataclasses.replace(tom, funding_scheme="personnel"))
    learner = office.learners.get(ids.learners["Tom Lenoir"])
    office.learners.save(dataclasses.replace(learner, status="particulier"))
    course = office.courses.get(ids.courses["anglais"])
    office.courses.save(dataclasses.replace(course, nsf_code="136", bpf_objective="rs"))
    slots = [s.id for s in office.sessions.get(ids.sessions["S4"]).slots]
    marie = ids.enrolments["Marie Colin"]
    office.attendance.save(
        ids.sessions["S4"], [Mark(marie, slot, "present") for slot in slots[1:]], today=PINNED
    )
    office.bpf.set_line_source(ids.fondation_line, "C-11")
    office.enrollments.set_status(ids.enrolments["Jules Noël"], "abandon")
    data = office.enrollments.get(marie)
    office.enrollments.update(dataclasses.replace(data, price_cents=69000))

    assert office.bpf.missing(2025) == []
    report = office.bpf.compute(2025)
    assert report.line("F1d").values == (2, 840 + 840)  # Tom is now a private person
    assert report.line("F3:rs").values == (6, 2460 + 630 + 1680)  # Marie now 840 min
    assert report.line("F1:") is None and report.line("F4:") is None


def test_a_line_source_is_a_c_line_or_the_derived_one(scenario):  # noqa: F811
    office, line = scenario.office, scenario.fondation_line
    with pytest.raises(ValidationError) as error:
        office.bpf.set_line_source(line, "12")
    assert "n'est pas une ligne du cadre C" in str(error.value)
    office.bpf.set_line_source(line, "2 g")
    assert office.bpf.compute(2025).line("C2g").values == (34500,)
    office.bpf.set_line_source(line, "")
    assert office.bpf.compute(2025).line("C2g").values == (0,)
    assert any(item.fix == "invoice_line" for item in office.bpf.missing(2025))


def test_enrolments_of_one_session_are_grouped(scenario):  # noqa: F811
    office, ids = scenario.office, scenario
    with office.database.unit_of_work() as s:
        s.execute(
            update(Enrollment)
            .where(Enrollment.id == ids.enrolments["Zoé Blanc"])
            .values(funding_scheme="")
        )
    first = office.bpf.missing(2025)[0]
    s3 = _code(office, ids.sessions["S3"])
    assert first == MissingItem(
        f"Session {s3} : 2 inscriptions sans dispositif de financement (Zoé Blanc, Tom Lenoir).",
        "session",
        ids.sessions["S3"],
        ids.sessions["S3"],
    )


def test_a_long_list_of_one_kind_is_cut_and_says_how_many_more():
    items = [MissingItem(f"Point {n}", "session", n, n) for n in range(PER_KIND + 12)]
    cut = _capped(items, "saisissez les présences de ces sessions.")
    assert len(cut) == PER_KIND + 1
    assert cut[-1] == MissingItem(
        "… et 12 autres points de ce genre : saisissez les présences de ces sessions.",
        "session",
        PER_KIND,
        PER_KIND,
    )
    assert _capped(items[: PER_KIND + 1], "") == items[: PER_KIND + 1]


def test_a_session_across_two_years_is_no_zero_hour_case(scenario):  # noqa: F811
    """Zoé attended nothing in 2026 here, but 14 h in 2025: not « aucune heure »."""
    office, ids = scenario.office, scenario
    slots = [s.id for s in office.sessions.get(ids.sessions["S3"]).slots]
    zoe = ids.enrolments["Zoé Blanc"]
    office.attendance.save(
        ids.sessions["S3"], [Mark(zoe, slot, "absent") for slot in slots[4:]], today=PINNED
    )
    office.enrollments.set_status(zoe, "termine")
    assert dt.date(2026, 1, 5) <= office.sessions.get(ids.sessions["S3"]).end_date
    assert not any("Zoé Blanc" in item.text for item in office.bpf.missing(2026))
