"""Two sessions on either side of a new year, for the activity report tests.

- 17-18 November 2025 (« WORD-BASE », 8 places): Lefèvre (the same person as in March) and
  Durand, both present on the four half-days (2 × 14 h), private persons invoiced 690 € each
  on 25 November 2025.
- 2-3 March 2026: the session of ``bilan_factories`` (3 learners, 23 h 30 attended, Petit
  dropped out « Déménagement », 2 070 € invoiced: the bakery 1 605,72 €, OPCO Atlas 464,28 €;
  satisfaction answers 100, 50 (learners) and 75 (trainer), the client's not answered).
- Outside the period 1 October 2025 – 30 June 2026: a session ended in September 2025 and one
  in July 2026.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.attendance import Mark

from .bilan_factories import Reported, reported_session
from .factories import make_course, make_learner, make_session

PERIOD = (dt.date(2025, 10, 1), dt.date(2026, 6, 30))
NOVEMBER = dt.date(2025, 11, 17)


@dataclass
class TwoYears:
    reported: Reported
    november: int


def _held(office: Office, course: int, start: dt.date, learners: list[int]) -> int:
    session_id = make_session(office, course, start=start)
    enrolments = [
        office.enrollments.enroll(session_id=session_id, learner_id=learner, confirm=True)
        for learner in learners
    ]
    slots = [slot.id for slot in office.sessions.get(session_id).slots]
    marks = [Mark(e, slot, "present") for e in enrolments for slot in slots]
    office.attendance.save(session_id, marks, today=start + dt.timedelta(days=1))
    for enrolment in enrolments:
        office.enrollments.set_status(enrolment, "termine")
    return session_id


def two_years(office: Office) -> TwoYears:
    reported = reported_session(office)
    lefevre = office.enrollments.get(reported.surveyed.enrollments["Lefèvre"]).learner_id
    word = make_course(office, "WORD-BASE")
    durand = make_learner(office, "Durand", "Léa")
    november = _held(office, word, NOVEMBER, [lefevre, durand])
    office.billing.invoice_session(november, issued_on=dt.date(2025, 11, 25))
    _held(office, word, dt.date(2025, 9, 15), [make_learner(office, "Avant", "Paul")])
    _held(office, word, dt.date(2026, 7, 6), [make_learner(office, "Après", "Zoé")])
    return TwoYears(reported, november)
