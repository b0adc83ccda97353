"""A first half of 2026 with known results, for the rates and Qualiopi tests.

- « EXCEL-INT », session 2-3 March 2026 (survey_factories.finished_session): Lefèvre and
  Martin finished, Petit dropped out (« Raisons personnelles »); learners' satisfaction
  questionnaires sent to the three, Lefèvre answered 5/5 (score 100), Martin 3/5 (score 50).
- « CQP-VEN » (certifying: RNCP35185), session 9-10 March 2026: Roux and Blanc finished,
  Morel dropped out without a reason; jury on 20 March: Roux « admis », Blanc « ajourné ».
- A cancelled session of CQP-VEN in April and a session of EXCEL-INT ended in July 2026,
  both outside the figures of [1 January, 30 June 2026].
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.juries import JuryData
from formadesk.core.services.resource_records import RoomData

from .factories import make_learner, make_session
from .survey_factories import END, finished_session

FIRST_HALF = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))
CQP_START = dt.date(2026, 3, 9)
HOT = 1  # the seeded « à chaud » learners' questionnaire


@dataclass
class Scenario:
    office: Office
    excel_session: int
    cqp_session: int
    excel_course: int
    cqp_course: int
    enrollments: dict[str, int]  # last name -> enrolment id


def first_half_2026(office: Office) -> Scenario:
    surveyed = finished_session(office)
    excel_course = office.sessions.get(surveyed.session_id).course_id
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    answers = {"Lefèvre": 5, "Martin": 3}
    for row in office.surveys.respondents(surveyed.session_id):
        mark = next((m for last, m in answers.items() if last in row.name), None)
        if mark is not None:
            office.surveys.enter_answers(row.evaluation_id, {1: mark}, END)
    cqp = office.courses.save(
        CourseData(
            code="CQP-VEN",
            title="CQP Vendeur conseil",
            objectives=["Accueillir le client", "Conclure une vente"],
            duration_minutes=14 * 60,
            price_cents=120000,
            certification_code="RNCP35185",
        )
    )
    cqp_session = make_session(office, cqp, start=CQP_START)
    enrollments = dict(surveyed.enrollments)
    learners = {}
    for last, status in (("Roux", "termine"), ("Blanc", "termine"), ("Morel", "abandon")):
        learners[last] = make_learner(office, last, "Camille")
        enrollment = office.enrollments.enroll(
            session_id=cqp_session, learner_id=learners[last], confirm=True
        )
        office.enrollments.set_status(enrollment, status)
        enrollments[last] = enrollment
    room = office.resources.save_room(RoomData(name="Salle Jura", capacity=10))
    office.juries.save(
        JuryData(
            dt.date(2026, 3, 20),
            dt.time(14),
            dt.time(17),
            title="Jury CQP Vendeur",
            course_id=cqp,
            room_id=room,
            candidate_ids=[learners["Roux"], learners["Blanc"]],
            results={learners["Roux"]: "admis", learners["Blanc"]: "ajourne"},
        ),
        today=dt.date(2026, 3, 20),
    )
    cancelled = make_session(office, cqp, start=dt.date(2026, 4, 6))
    office.enrollments.enroll(
        session_id=cancelled, learner_id=make_learner(office, "Annulé", "Léo"), confirm=True
    )
    data = office.sessions.get(cancelled)
    data.status = "annulee"
    office.sessions.save(data, confirm=True)
    later = make_session(office, excel_course, start=dt.date(2026, 7, 6))
    office.enrollments.enroll(
        session_id=later, learner_id=make_learner(office, "Juillet", "Zoé"), confirm=True
    )
    return Scenario(office, surveyed.session_id, cqp_session, excel_course, cqp, enrollments)
