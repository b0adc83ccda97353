"""A finished session with everything its bilan reports, built through the facade.

Session 2-3 March 2026 of « EXCEL-INT » (survey_factories.finished_session): four half-days of
3 h 30 (9 h – 12 h 30, 13 h 30 – 17 h); trainer Anne Bernard; client « Boulangerie Émile &
Fils »; OPCO Atlas.

- Attendance: Lefèvre present, late on Tuesday morning (2 h 30 attended); Martin absent on
  Monday afternoon (excused) and on Tuesday afternoon (not excused); Petit present on Monday
  morning, absent on Monday afternoon, left on 2 March (« Déménagement »). Attended:
  13 h + 7 h + 3 h 30 = 23 h 30 of 3 × 14 h = 42 h planned: 56 %.
- Results: O1 Lefèvre acquis, Martin partiel; O2 Lefèvre acquis, Martin non acquis; Petit none.
- Satisfaction: learners « à chaud » sent to the three, Lefèvre 5/5 everywhere with a comment
  (score 100), Martin 3/5 on the first question (score 50); the client « à froid » sent and
  not answered; the trainer « à chaud » answered 4/5 on the first question (score 75).
- An incident (projector down, resolved) and a complaint (cold room, acknowledged).
- Lefèvre's 690 € are paid 500 € by OPCO Atlas (subrogation): invoiced on 10 March 2026,
  the client 1 570 € (paid on 20 March 2026) and OPCO Atlas 500 € (not paid): 2 070 € HT.
- Costs: trainer's fee 450 €, room hire 120 €.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.attendance import Mark
from formadesk.core.services.complaints import ComplaintData
from formadesk.core.services.costs import CostData
from formadesk.core.services.enrollment_edit import FundingLineData
from formadesk.core.services.outcomes import OutcomeEdit

from .survey_factories import END, START, Surveyed, finished_session

ISSUED = dt.date(2026, 3, 10)
PAID = dt.date(2026, 3, 20)
LEARNERS_HOT, CLIENT_COLD, TRAINER_HOT = 1, 3, 4
COMMENT = "Les exercices sur nos propres tableaux."


@dataclass
class Reported:
    surveyed: Surveyed
    session_id: int
    slots: list[int]  # Monday am, Monday pm, Tuesday am, Tuesday pm
    invoices: list[int]


def _attendance(office: Office, s: Surveyed, slots: list[int]) -> None:
    lefevre, martin, petit = (s.enrollments[n] for n in ("Lefèvre", "Martin", "Petit"))
    mon_am, mon_pm, tue_am, tue_pm = slots
    marks = [Mark(lefevre, slot, "present") for slot in (mon_am, mon_pm, tue_pm)]
    marks.append(Mark(lefevre, tue_am, "retard", 150, "Train en retard"))
    marks += [Mark(martin, mon_am, "present"), Mark(martin, tue_am, "present")]
    marks += [Mark(martin, mon_pm, "absent_excuse", note="Rendez-vous médical")]
    marks += [Mark(martin, tue_pm, "absent")]
    marks += [Mark(petit, mon_am, "present"), Mark(petit, mon_pm, "absent")]
    office.attendance.save(s.session_id, marks, today=END)
    office.attendance.drop_out(petit, START, "Déménagement", today=END)


def _results(office: Office, s: Surveyed) -> None:
    objectives = [o.id for o in office.outcomes.grid(s.session_id).objectives]
    results = {"Lefèvre": ("acquis", "acquis"), "Martin": ("partiel", "non_acquis")}
    edits = [
        OutcomeEdit(s.enrollments[name], "result", level, objective)
        for name, levels in results.items()
        for objective, level in zip(objectives, levels, strict=True)
    ]
    office.outcomes.save(s.session_id, edits)


def _surveys(office: Office, s: Surveyed) -> None:
    office.surveys.create_evaluations(s.session_id, LEARNERS_HOT, on=END)
    office.surveys.create_evaluations(s.session_id, CLIENT_COLD, on=END, early=True)
    office.surveys.create_evaluations(s.session_id, TRAINER_HOT, on=END)
    scales = {q.id: q.scale for q in office.surveys.questions()}
    top = {"note5": 5, "note10": 10, "oui_non": "oui", "choix": "Adapté", "texte": ""}
    items = office.surveys.questionnaire(LEARNERS_HOT).items
    best = {i.question_id: top[scales[i.question_id]] for i in items}
    best[14] = COMMENT  # « Ce que vous avez le plus apprécié »
    for row in office.surveys.respondents(s.session_id):
        if "Lefèvre" in row.name:
            answers = best
        elif "Martin" in row.name:
            answers = {1: 3}
        elif row.audience == "formateur":
            answers = {office.surveys.questionnaire(TRAINER_HOT).items[0].question_id: 4}
        else:
            continue
        office.surveys.enter_answers(row.evaluation_id, answers, END)


def _events(office: Office, s: Surveyed) -> None:
    incident = office.incidents.declare(
        kind="autre",
        resource_id=None,
        starts_at=dt.datetime.combine(START, dt.time(9)),
        ends_at=dt.datetime.combine(START, dt.time(10)),
        description="Vidéoprojecteur en panne",
        session_id=s.session_id,
    )
    office.incidents.resolve(incident, resolution="Projecteur de secours installé")
    complaint = office.complaints.create(
        ComplaintData(
            received_on=dt.date(2026, 3, 4),
            channel="email",
            author="Hugo Martin",
            subject="Salle trop froide",
            description="Le chauffage ne marchait pas le lundi.",
            session_id=s.session_id,
        )
    )
    office.complaints.acknowledge(complaint, dt.date(2026, 3, 5))


def _money(office: Office, s: Surveyed) -> list[int]:
    funder = office.parties.get_funder(s.funder_id)
    funder.address, funder.postal_code, funder.city = "1 place Bellecour", "69002", "Lyon"
    office.parties.save_funder(funder)
    lefevre = office.enrollments.get(s.enrollments["Lefèvre"])
    lefevre.funding = [
        FundingLineData(
            funder_id=s.funder_id, amount_cents=50000, subrogation=True, status="accordee",
            agreement_number="PEC-2026-0042",
        )
    ]  # fmt: skip
    office.enrollments.update(lefevre, confirm=True)
    invoices = office.billing.invoice_session(s.session_id, issued_on=ISSUED)
    client = next(r for r in office.billing.invoices(s.session_id) if r.client_id)
    office.billing.mark_paid(client.id, PAID)
    for label, category, cents in (
        ("Honoraires d'Anne Bernard", "achats_formation", 45000),
        ("Location de salle", "autre", 12000),
    ):
        office.costs.save(
            CostData(
                spent_on=END, category=category, label=label, amount_cents=cents,
                session_id=s.session_id, trainer_id=s.trainer_id if cents == 45000 else None,
            )
        )  # fmt: skip
    return invoices


def reported_session(office: Office, remarks: str = "Groupe motivé, rythme soutenu.") -> Reported:
    s = finished_session(office)
    slots = [slot.id for slot in office.sessions.get(s.session_id).slots]
    _attendance(office, s, slots)
    _results(office, s)
    _surveys(office, s)
    _events(office, s)
    invoices = _money(office, s)
    if remarks:
        office.bilans.save_remarks(s.session_id, remarks)
    return Reported(s, s.session_id, slots, invoices)
