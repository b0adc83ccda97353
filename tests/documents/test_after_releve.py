"""Relevé de présence per client (PDF) and per funder (PDF, Excel): only what is recorded."""

from __future__ import annotations

import datetime as dt

import pytest
from attendance_docs import AFTER, START, pdf_rows, squashed
from openpyxl import load_workbook

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Client, Enrollment, Funder, FundingLine, Learner
from formadesk.core.services.attendance import Mark
from tests.core.attendance_factories import held_session

HOSTILE = "=1+1 Hugo"  # Martin's family name typed as a formula


def recorded(office, *, complete: bool = True):
    """Durand present throughout; Martin late Monday morning (2 h 30 kept), excused Monday
    afternoon; Petit absent on Monday, then dropped out. All three work for one client; the
    OPCO funds Durand (PEC-42) and Martin, whose family name was typed as a formula."""
    held = held_session(office, START)
    durand, martin, petit = held.enrollments
    monday_am, monday_pm, *tuesday = held.slots
    marks = [Mark(durand, slot, "present") for slot in held.slots]
    marks += [Mark(martin, monday_am, "retard", 150), Mark(martin, monday_pm, "absent_excuse")]
    marks += [Mark(martin, slot, "present") for slot in tuesday[: 2 if complete else 1]]
    marks += [Mark(petit, monday_am, "absent"), Mark(petit, monday_pm, "absent")]
    office.attendance.save(held.session_id, marks, today=AFTER)
    office.attendance.drop_out(petit, START, "Reprise d'emploi", today=AFTER)
    with office.database.unit_of_work() as s:
        client = Client(name="Boulangerie Émile & Fils")
        opco = Funder(name="OPCO Atlas")
        s.add_all([client, opco])
        s.flush()
        for enrollment_id in held.enrollments:
            s.get(Enrollment, enrollment_id).client_id = client.id
        s.add(FundingLine(enrollment_id=durand, funder_id=opco.id, agreement_number="PEC-42"))
        s.add(FundingLine(enrollment_id=martin, funder_id=opco.id))
        learner = s.get(Learner, s.get(Enrollment, martin).learner_id)
        learner.last_name = "=1+1"
    return held


def test_the_client_s_relevé_states_hours_attended_and_absences_as_recorded(office, tmp_path):
    held = recorded(office)
    (path,) = office.documents.generate("releve_presence", held.session_id, out_dir=tmp_path)

    rows = pdf_rows(path)
    assert squashed("Relevé de présence — Boulangerie Émile & Fils") in rows
    assert squashed("DURAND Léa 14 h 14 h 100 %") in rows
    assert squashed(f"{HOSTILE} 9 h 30 14 h 68 % 3 h 30 1 h") in rows  # 2 h 30 + 7 h; 1 h late
    assert squashed("PETIT Inès 0 h 14 h 0 % 7 h 7 h") in rows  # absent Monday, then dropped out
    assert squashed("abandon le 02/11/2026 : Reprise d'emploi") in rows
    assert squashed("Total 23 h 30 42 h 56 % 3 h 30 8 h 7 h") in rows
    assert squashed(f"{HOSTILE} R 2 h 30 E P P") in rows
    assert squashed("PETIT Inès A A X X") in rows


def test_a_half_day_with_nothing_entered_refuses_the_relevé_naming_it(office):
    held = recorded(office, complete=False)
    with pytest.raises(BusinessRuleError) as refused:
        office.documents.generate("releve_presence", held.session_id)
    message = str(refused.value)
    assert "la présence n'est pas saisie pour mardi 3 novembre 2026 après-midi" in message
    assert f"({HOSTILE})" in message
    assert "Saisissez ces présences dans la grille de présence" in message


def test_the_funder_s_grid_in_excel_keeps_names_as_text_and_hours_as_numbers(office, tmp_path):
    held = recorded(office)
    (path,) = office.documents.generate(
        "releve_presence_financeurs", held.session_id, file_format="xlsx", out_dir=tmp_path
    )

    sheet = load_workbook(path)["OPCO Atlas"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(r for r in rows if r[0] == "Apprenant(e)")
    assert header[1] == "lun. 02/11\nmatin\n9h00 – 12h30"
    martin = next(r for r in sheet.iter_rows() if r[0].value == HOSTILE)
    assert martin[0].data_type == "s" and martin[0].quotePrefix  # shown as typed, never run
    assert [c.value for c in martin[1:5]] == ["R 2 h 30", "E", "P", "P"]
    assert [c.value for c in martin[5:10]] == [9.5, 14, 3.5, 1, 0]
    names = [r[0] for r in rows]
    assert "DURAND Léa" in names and "PETIT Inès" not in names  # Petit is not funded
    total = next(r for r in rows if r[0] == "Total")
    assert total[5:7] == [23.5, 28]


def test_the_funders_relevé_is_refused_when_no_learner_is_funded(office):
    held = held_session(office, START)
    office.attendance.save(
        held.session_id,
        [Mark(e, s, "present") for e in held.enrollments for s in held.slots],
        today=AFTER,
    )
    with pytest.raises(BusinessRuleError, match="n'a de financeur"):
        office.documents.generate("releve_presence_financeurs", held.session_id)
    assert dt.date.today() > START  # the relevé covers half-days already held


def test_this_afternoon_not_entered_yet_does_not_stop_the_relevé_of_the_morning(office):
    """At lunchtime the assistant sends the morning's relevé: the afternoon is « à venir »."""
    from formadesk.core.services.sessions import SessionData, SlotData
    from tests.core.factories import make_course, make_learner

    today = dt.date.today()
    session_id = office.sessions.save(
        SessionData(
            course_id=make_course(office, hours=7),
            start_date=today,
            end_date=today,
            place="Lyon",
            # a morning begun at any hour the test runs, an afternoon not entered yet
            slots=[
                SlotData(today, dt.time(0, 0), dt.time(3, 30)),
                SlotData(today, dt.time(23, 0), dt.time(23, 59)),
            ],
        ),
        confirm=True,
    )
    learner = make_learner(office, "Durand", "Léa")
    enrollment = office.enrollments.enroll(session_id=session_id, learner_id=learner)
    morning = office.attendance.grid(session_id).half_days[0].slot_id
    office.attendance.save(session_id, [Mark(enrollment, morning, "present")])
    with office.database.unit_of_work() as s:
        client = Client(name="Boulangerie Émile & Fils")
        s.add(client)
        s.flush()
        s.get(Enrollment, enrollment).client_id = client.id

    (path,) = office.documents.generate("releve_presence", session_id)

    text = "".join(pdf_rows(path))
    assert squashed("1 demi-journée à venir") in text
    assert squashed("3 h 30") in text
