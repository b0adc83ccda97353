"""Result rates of a period: the figures the Qualiopi publication and the activity report
share (completion, drop-outs and causes, satisfaction, return rate, certification)."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.reporting.rates import result_rates
from formadesk.core.services.juries import JuryData

from .factories import make_learner, make_session
from .qualiopi_factories import CQP_START, FIRST_HALF, first_half_2026


def rates(office, start, end, **kw):
    with office.database.reading() as s:
        return result_rates(s, start, end, **kw)


def test_rates_of_the_first_half_count_what_the_office_recorded(office):
    scenario = first_half_2026(office)

    r = rates(office, *FIRST_HALF)

    assert (r.sessions, r.trained, r.completed, r.dropped) == (2, 6, 4, 2)
    assert r.completion_rate == pytest.approx(4 / 6)
    assert r.drop_causes == (("Motif non renseigné", 1), ("Raisons personnelles", 1))
    # Lefèvre 5/5 (100) and Martin 3/5 (50): the surveys results' average, 75
    assert (r.surveys_sent, r.surveys_returned, r.satisfaction_answers) == (3, 2, 2)
    assert r.satisfaction_rate == pytest.approx(0.75)
    assert r.return_rate == pytest.approx(2 / 3)
    results = office.surveys.results(start=FIRST_HALF[0], end=FIRST_HALF[1])
    assert round(100 * r.satisfaction_rate) == results.average
    (learners,) = r.satisfaction_by_audience
    assert (learners.label, learners.sent, learners.returned) == ("Apprenant", 3, 2)
    # CQP: Roux admis, Blanc ajourné, Morel dropped out before the jury
    assert (r.certifying_trained, r.certification_candidates, r.certified) == (3, 2, 1)
    assert (r.awaiting_result, r.failed, r.pass_rate) == (0, 1, 0.5)  # Morel awaits nothing

    excel = rates(office, *FIRST_HALF, course_id=scenario.excel_course)
    assert (excel.trained, excel.dropped, excel.drop_causes) == (
        3, 1, (("Raisons personnelles", 1),),
    )  # fmt: skip
    assert excel.certifying_trained == 0 and excel.pass_rate is None


def test_a_period_without_anything_gives_no_rate_rather_than_zero(office):
    first_half_2026(office)

    r = rates(office, dt.date(2025, 1, 1), dt.date(2025, 12, 31))

    assert (r.sessions, r.trained, r.surveys_sent) == (0, 0, 0)
    assert r.completion_rate is None and r.satisfaction_rate is None
    assert r.return_rate is None and r.pass_rate is None and r.drop_causes == ()


def test_the_reason_typed_when_recording_the_drop_out_is_its_cause(office):
    scenario = first_half_2026(office)
    learner = make_learner(office, "Faure", "Noé")
    enrollment = office.enrollments.enroll(
        session_id=scenario.cqp_session, learner_id=learner, confirm=True
    )
    office.attendance.drop_out(enrollment, CQP_START, "Reprise d'emploi")

    r = rates(office, *FIRST_HALF)

    assert r.dropped == 3
    assert r.drop_causes[0] == ("Motif non renseigné", 1)
    assert set(r.drop_causes[1:]) == {("Raisons personnelles", 1), ("Reprise d'emploi", 1)}
    # Faure and Morel left before the jury: trained, neither candidates nor awaiting
    assert (r.certifying_trained, r.certification_candidates, r.awaiting_result) == (4, 2, 0)


def test_a_retake_after_a_failure_keeps_the_failure_of_the_first_session(office):
    scenario = first_half_2026(office)
    blanc = office.enrollments.get(scenario.enrollments["Blanc"]).learner_id
    (jury,) = [row.id for row in office.juries.list()]
    retake = make_session(office, scenario.cqp_course, start=dt.date(2026, 9, 7))
    enrollment = office.enrollments.enroll(session_id=retake, learner_id=blanc, confirm=True)
    office.enrollments.set_status(enrollment, "termine")
    office.juries.save(
        JuryData(
            dt.date(2026, 10, 1), dt.time(14), dt.time(17), title="Jury CQP d'automne",
            course_id=scenario.cqp_course, room_id=office.juries.get(jury).room_id,
            candidate_ids=[blanc], results={blanc: "admis"},
        ),
        today=dt.date(2026, 10, 1),
    )  # fmt: skip

    first = rates(office, *FIRST_HALF)
    assert (first.certified, first.failed, first.pass_rate) == (1, 1, 0.5)  # still ajourné
    second = rates(office, dt.date(2026, 7, 1), dt.date(2026, 11, 30))
    assert (second.certifying_trained, second.certified, second.pass_rate) == (1, 1, 1.0)
