"""The BPF rule: what the yearly report counts (funding scheme, learner status, price, hours)
listed for the sessions of the year while it is missing."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import delete, update

from formadesk.core.model import Enrollment, Learner, Slot
from formadesk.core.services.attendance import Mark
from formadesk.core.services.sessions import half_day_slots
from formadesk.core.tasks.rules_bpf import first_year

from .attendance_factories import held_session
from .task_rule_factories import TODAY, monday_before, one, switch_off_and_on, tasks


def test_bpf_missing(office):
    held = held_session(office, start=monday_before(21))
    lea, hugo, ines = held.enrollments
    marks = [Mark(e, slot, "present") for e in (lea, hugo) for slot in held.slots]
    marks += [Mark(ines, slot, "absent") for slot in held.slots]
    office.attendance.save(held.session_id, marks, today=TODAY)
    office.enrollments.set_status(ines, "termine")
    office.enrollments.update(dataclasses.replace(office.enrollments.get(hugo), price_cents=0))
    learner = office.enrollments.get(lea).learner_id
    with office.database.unit_of_work() as s:  # imported by an older version, half empty
        s.execute(update(Enrollment).where(Enrollment.id == lea).values(funding_scheme=""))
        s.execute(update(Learner).where(Learner.id == learner).values(status=""))
    row = office.sessions.row(held.session_id)

    task = one(office, "bpf_missing")
    assert task.title == (
        f"Données BPF manquantes — {row.code} : 1 inscription sans dispositif de financement, "
        "1 inscription sans statut de l'apprenant, 1 inscription à 0 €, 1 inscription sans "
        f"heure réalisée (terminée le {row.end_date:%d/%m/%Y})"
    )
    assert (task.due_on, task.fix, task.fix_label, task.priority) == (
        row.end_date,
        "enrollment",
        "Compléter les inscriptions",
        3,
    )
    switch_off_and_on(office, "bpf_missing")

    office.enrollments.update(
        dataclasses.replace(office.enrollments.get(lea), funding_scheme="cpf")
    )
    office.learners.save(dataclasses.replace(office.learners.get(learner), status="salarie"))
    data = office.enrollments.get(hugo)
    office.enrollments.update(dataclasses.replace(data, price_cents=69000))
    assert one(office, "bpf_missing").title.startswith(
        f"Données BPF manquantes — {row.code} : 1 inscription sans heure réalisée ("
    )
    late = [Mark(ines, held.slots[0], "retard", minutes=120)]
    office.attendance.save(held.session_id, late, today=TODAY)
    assert tasks(office, "bpf_missing") == []


def test_a_session_without_half_days_has_no_hours_for_the_bpf(office):
    held = held_session(office, start=monday_before(21))
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks, today=TODAY)
    with office.database.unit_of_work() as s:  # the half-days were never planned
        s.execute(delete(Slot).where(Slot.session_id == held.session_id))

    task = one(office, "bpf_missing")
    assert ": aucune demi-journée (heures prévues), 3 inscriptions sans heure réalisée" in (
        task.title
    )
    assert task.fix == "session"

    data = office.sessions.get(held.session_id)
    slots = half_day_slots(data.start_date, data.end_date)
    office.sessions.save(dataclasses.replace(data, slots=slots), confirm=True)
    assert "aucune demi-journée" not in one(office, "bpf_missing").title


def test_last_years_sessions_count_until_the_end_of_may():
    assert first_year(dt.date(2027, 5, 31)) == 2026
    assert first_year(dt.date(2027, 6, 1)) == 2027
