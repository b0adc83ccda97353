"""The rules during a session: attendance not entered, repeated absences, an abandonment to
report; and what the assistant decides about a rule's task (set aside, postponed) holds."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import select

from formadesk.core.model import Attendance, Enrollment, Slot
from formadesk.core.services.attendance import Mark
from formadesk.core.services.journal import InteractionData
from formadesk.core.services.parties import ClientData

from .attendance_factories import START, held_session
from .factories import make_learner, make_session
from .task_rule_factories import TODAY, monday_before, one, switch_off_and_on, tasks

WEDNESDAY = dt.date(2027, 3, 3)  # the day after the held session (Monday 1, Tuesday 2 March)


def _marks(held, status="present", learners=None, slots=None):
    return [
        Mark(e, slot, status)
        for e in (learners or held.enrollments)
        for slot in (slots or held.slots)
    ]


def test_attendance_missing(office):
    held = held_session(office)
    code = office.sessions.row(held.session_id).code
    office.attendance.save(held.session_id, _marks(held, slots=held.slots[:1]), today=WEDNESDAY)

    row = one(office, "attendance_missing", WEDNESDAY)
    assert row.title == (
        f"Saisir les présences — {code} : 3 demi-journées incomplètes (depuis le 01/03/2027)"
    )
    assert (row.due_on, row.fix, row.fix_label, row.bucket) == (
        dt.date(2027, 3, 2),
        "attendance",
        "Saisir les présences",
        "retard",
    )
    switch_off_and_on(office, "attendance_missing", WEDNESDAY)

    # One learner of one half-day still missing: the half-day is still incomplete.
    office.attendance.save(held.session_id, _marks(held)[:-1], today=WEDNESDAY)
    assert one(office, "attendance_missing", WEDNESDAY).title.endswith(
        ": 1 demi-journée incomplète (depuis le 02/03/2027)"
    )
    office.attendance.save(held.session_id, _marks(held)[-1:], today=WEDNESDAY)
    assert tasks(office, "attendance_missing", WEDNESDAY) == []


def test_attendance_of_today_is_not_due_yet(office):
    held = held_session(office)
    office.attendance.save(held.session_id, _marks(held, slots=held.slots[:2]), today=WEDNESDAY)
    assert tasks(office, "attendance_missing", dt.date(2027, 3, 2)) == []  # Tuesday's: today


def test_absence_rate(office):
    held = held_session(office)
    code = office.sessions.row(held.session_id).code
    lea = held.enrollments[0]
    marks = _marks(held)
    marks[1] = Mark(lea, held.slots[1], "absent")  # Monday afternoon
    marks[2] = Mark(lea, held.slots[2], "absent_excuse")  # Tuesday morning
    office.attendance.save(held.session_id, marks, today=WEDNESDAY)

    row = one(office, "absence_rate", WEDNESDAY)
    assert row.title == (
        f"Absences répétées — Léa DURAND ({code}) : 50 % du temps prévu manqué (7 h sur "
        "14 h) — l'appeler"
    )
    assert (row.due_on, row.fix, row.who, row.priority) == (
        dt.date(2027, 3, 2),  # the day after the rate went over 20 %
        "learner",
        "Léa Durand",
        1,
    )
    switch_off_and_on(office, "absence_rate", WEDNESDAY)

    # The assistant finds the sheet: Léa was there on Monday afternoon, late on Tuesday.
    office.attendance.save(held.session_id, [Mark(lea, held.slots[1], "present")], today=WEDNESDAY)
    assert "25 % du temps prévu manqué" in one(office, "absence_rate", WEDNESDAY).title
    late = Mark(lea, held.slots[2], "retard", minutes=150)
    office.attendance.save(held.session_id, [late], today=WEDNESDAY)
    assert tasks(office, "absence_rate", WEDNESDAY) == []  # 1 h of 14 h: 7 %


def test_the_absence_threshold_is_the_office_setting(office):
    held = held_session(office)
    marks = _marks(held)
    marks[1] = Mark(held.enrollments[0], held.slots[1], "absent")
    office.attendance.save(held.session_id, marks, today=WEDNESDAY)
    assert len(tasks(office, "absence_rate", WEDNESDAY)) == 1  # 25 %
    office.tasks.save_rules({"absence_rate": (True, 30)})
    assert tasks(office, "absence_rate", WEDNESDAY) == []


def test_abandonment(office):
    monday = monday_before(7)
    held = held_session(office, start=monday)
    code = office.sessions.row(held.session_id).code
    client = office.parties.save_client(ClientData(name="Transports Rhône", siret="73282932000074"))
    lea = held.enrollments[0]
    data = office.enrollments.get(lea)
    office.enrollments.update(dataclasses.replace(data, client_id=client))
    # An exchange before she left does not tell anyone she left.
    office.journal.log(
        InteractionData(
            happened_at=dt.datetime.combine(monday - dt.timedelta(days=3), dt.time(10)),
            client_id=client,
            subject="Confirmation de l'inscription",
        )
    )
    office.attendance.drop_out(lea, monday, "Reprise d'un emploi", today=TODAY)

    row = one(office, "abandonment")
    assert row.title == (
        f"Abandon à signaler — Léa DURAND ({code}), abandon le {monday:%d/%m/%Y} — "
        "prévenir le client"
    )
    assert (row.due_on, row.fix, row.fix_label, row.client_id, row.learner_id) == (
        monday + dt.timedelta(days=2),
        "exchange",
        "Noter un échange",
        client,
        data.learner_id,
    )
    switch_off_and_on(office, "abandonment")

    office.journal.log(
        InteractionData(
            happened_at=dt.datetime.combine(TODAY, dt.time(9)),
            channel="email",
            direction="sortant",
            client_id=client,
            subject="Abandon de Léa Durand",
        )
    )
    assert tasks(office, "abandonment") == []


def test_a_set_aside_task_stays_aside_and_a_postponed_one_shows_on_its_new_date(office):
    held = held_session(office)
    row = one(office, "attendance_missing", WEDNESDAY)
    office.tasks.dismiss(row.id, "Feuilles papier chez le formateur", today=WEDNESDAY)
    # The anomaly lasts (one half-day entered of four): the task stays aside.
    office.attendance.save(held.session_id, _marks(held, slots=held.slots[:1]), today=WEDNESDAY)
    office.tasks.refresh(WEDNESDAY)
    assert tasks(office, "attendance_missing", WEDNESDAY) == []
    [aside] = office.tasks.listing(today=WEDNESDAY, kind="attendance_missing", closed=True)
    assert (aside.id, aside.dismiss_reason) == (row.id, "Feuilles papier chez le formateur")

    marks = _marks(held)
    marks[1] = Mark(held.enrollments[0], held.slots[1], "absent")
    office.attendance.save(held.session_id, marks, today=WEDNESDAY)
    absence = one(office, "absence_rate", WEDNESDAY)
    later = dt.date(2027, 3, 8)
    office.tasks.postpone(absence.id, later, "Rappeler après son retour", today=WEDNESDAY)
    assert office.tasks.listing(today=WEDNESDAY, until=WEDNESDAY) == []
    shown = one(office, "absence_rate", WEDNESDAY)
    assert (shown.due_on, shown.first_due_on, shown.bucket) == (
        later,
        dt.date(2027, 3, 2),
        "semaine",  # within the next seven days
    )
    assert one(office, "absence_rate", later).bucket == "aujourdhui"


def test_a_change_of_one_session_recomputes_only_its_tasks(office):
    held = held_session(office)
    course = office.sessions.get(held.session_id).course_id
    other = make_session(office, course, start=START)
    office.enrollments.enroll(session_id=other, learner_id=make_learner(office, "Roux", "Paul"))
    assert len(tasks(office, "attendance_missing", WEDNESDAY)) == 2
    with office.database.unit_of_work() as s:  # entered behind the program's back
        for enrollment_id, slot_id in s.execute(
            select(Enrollment.id, Slot.id).join(Slot, Slot.session_id == Enrollment.session_id)
        ):
            s.add(Attendance(slot_id=slot_id, enrollment_id=enrollment_id, status="present"))
    data = office.sessions.get(held.session_id)
    office.sessions.save(dataclasses.replace(data, notes="Feuilles reçues"), confirm=True)
    # Only the saved session was looked at again.
    assert [r.session_id for r in tasks(office, "attendance_missing", WEDNESDAY)] == [other]
