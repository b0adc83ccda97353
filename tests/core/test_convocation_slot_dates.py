"""A convocation gives the days of the slots, the days the learner is actually expected."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from docx import Document
from sqlalchemy import delete

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Slot
from formadesk.core.services.sessions import MORNING, SessionData, SlotData

from .factories import MONDAY, make_course, make_learner


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True, text=True)  # fmt: skip
    return " ".join(out.stdout.split())


def _session(office, days: list[int], *, end_day: int = 4) -> int:
    """A session from Monday 1st to Friday 5 March 2027 (or ``end_day`` days after Monday),
    with morning slots ``days`` after Monday."""
    slots = [SlotData(MONDAY + dt.timedelta(days=d), *MORNING) for d in days]
    session_id = office.sessions.save(
        SessionData(course_id=make_course(office), start_date=MONDAY,
                    end_date=MONDAY + dt.timedelta(days=end_day), place="Lyon", slots=slots),
        confirm=True,
    )  # fmt: skip
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    return session_id


def _convocation_text(office, session_id: int) -> str:
    (path,) = office.documents.make_convocations(session_id)
    return pdf_text(path)


def test_the_dates_are_those_of_the_slots_not_of_the_session(office):
    printed = _convocation_text(office, _session(office, [2, 3]))

    assert "qui se déroulera du mercredi 3 mars 2027 au jeudi 4 mars 2027" in printed
    assert "mercredi 3 mars 2027 9h00 – 12h30" in printed
    assert "lundi 1er mars 2027" not in printed and "vendredi 5 mars 2027" not in printed


def test_the_word_convocation_gives_the_slot_dates_too(office):
    session_id = _session(office, [2, 3])

    (path,) = office.documents.generate("convocation", session_id, file_format="docx")

    printed = " ".join(" ".join(p.text for p in Document(str(path)).paragraphs).split())
    assert "qui se déroulera du mercredi 3 mars 2027 au jeudi 4 mars 2027" in printed
    assert "lundi 1er mars 2027" not in printed


def test_days_apart_are_each_named(office):
    printed = _convocation_text(office, _session(office, [0, 2]))

    assert "qui se déroulera les lundi 1er mars 2027 et mercredi 3 mars 2027" in printed
    assert "mardi 2 mars 2027" not in printed


def test_a_session_without_slots_is_refused_with_what_to_do(office):
    session_id = _session(office, [2])
    with office.database.unit_of_work() as s:  # a session saved before slots were required
        s.execute(delete(Slot).where(Slot.session_id == session_id))

    with pytest.raises(BusinessRuleError, match="aucun créneau : planifiez ses créneaux"):
        office.documents.make_convocations(session_id)


def test_many_days_apart_give_the_span_and_the_count(office):
    session_id = _session(office, [0, 1, 2, 3], end_day=11)
    data = office.sessions.get(session_id)
    data.slots.append(SlotData(MONDAY + dt.timedelta(days=10), *MORNING))
    office.sessions.save(data, confirm=True)

    printed = _convocation_text(office, session_id)

    assert "du lundi 1er mars 2027 au jeudi 11 mars 2027, sur 5 jours" in printed
    assert "jeudi 11 mars 2027 9h00 – 12h30" in printed
