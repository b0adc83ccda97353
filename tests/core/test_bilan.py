"""The figures of a session's bilan, on a session built through the facade (bilan_factories)."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.services.attendance import Mark

from .bilan_factories import COMMENT, reported_session
from .factories import make_course, make_learner, make_session, working_start
from .survey_factories import END


@pytest.fixture
def reported(office):
    return reported_session(office)


def test_attendance_absences_and_drop_outs(office, reported):
    bilan = office.bilans.figures(reported.session_id)

    assert (bilan.planned_minutes, bilan.attended_minutes) == (42 * 60, 23 * 60 + 30)
    assert bilan.not_entered == 0
    assert bilan.attendance_text == "56\u00a0% (23 h 30 suivies sur 42 h prévues)"
    assert (bilan.learners, bilan.completed) == (3, 2)
    assert [(a.learner, a.half_day, a.status) for a in bilan.absences] == [
        ("LEFÈVRE Hélène", "mardi 3 mars 2026 matin", "Retard"),
        ("MARTIN Hugo", "lundi 2 mars 2026 après-midi", "Absence justifiée"),
        ("MARTIN Hugo", "mardi 3 mars 2026 après-midi", "Absence non justifiée"),
        ("PETIT Inès", "lundi 2 mars 2026 après-midi", "Absence non justifiée"),
    ]
    assert bilan.absences_text == ("3 demi-journées d'absence (1 justifiée, 2 non justifiées)")
    assert [(d.learner, d.on, d.reason, d.attended) for d in bilan.drop_outs] == [
        ("PETIT Inès", "02/03/2026", "Déménagement", "3 h 30")
    ]


def test_results_satisfaction_events_remarks_and_money(office, reported):
    bilan = office.bilans.figures(reported.session_id)

    assert [(o.acquired, o.partial, o.not_acquired, o.not_assessed) for o in bilan.objectives] == [
        (1, 1, 0, 1),
        (1, 0, 1, 1),
    ]
    groups = [(g.label, g.returned_text, g.average_text) for g in bilan.satisfaction]
    assert groups == [
        ("Apprenant – à chaud", "2 sur 3 (67\u00a0%)", "75 / 100"),
        ("Client / employeur – à froid", "0 sur 1 (0\u00a0%)", "aucune réponse"),
        ("Formateur – à chaud", "1 sur 1 (100\u00a0%)", "75 / 100"),
    ]
    first = bilan.questions[0]
    assert (first.group, first.answers, first.result) == ("Apprenant – à chaud", 2, "4,0 / 5")
    assert [(c.group, c.text) for c in bilan.comments] == [("Apprenant – à chaud", COMMENT)]
    assert [(e.text, e.state) for e in bilan.events] == [
        ("Vidéoprojecteur en panne", "Résolu"),
        ("Salle trop froide", "Accusé de réception envoyé"),
    ]
    assert bilan.remarks_text == "Groupe motivé, rythme soutenu."
    # 2 070 € invoiced; the client's 1 605,72 € paid, the OPCO's 464,28 € (13 h of 14) not
    assert (bilan.invoiced_ht_cents, bilan.collected_cents, bilan.outstanding_cents) == (
        207000,
        160572,
        46428,
    )
    assert (bilan.costs_cents, bilan.margin_cents) == (57000, 150000)


def test_remarks_are_saved_trimmed_and_said_changed(office, reported):
    changes = []
    office.changes.subscribe(changes.append)
    office.bilans.save_remarks(reported.session_id, "  Salle à changer.\n")
    assert office.bilans.remarks(reported.session_id) == "Salle à changer."
    assert [(c.entity, c.ids) for c in changes] == [("session", (reported.session_id,))]
    office.bilans.save_remarks(reported.session_id, "Salle à changer.")
    assert len(changes) == 1  # nothing changed, nothing said


def test_half_days_not_entered_are_left_out_of_the_rate_and_said(office, reported):
    lefevre = reported.surveyed.enrollments["Lefèvre"]
    office.attendance.save(reported.session_id, [Mark(lefevre, reported.slots[3], None)], today=END)
    bilan = office.bilans.figures(reported.session_id)
    assert bilan.not_entered == 1
    assert bilan.attendance_text == (
        "52\u00a0% des heures saisies (20 h suivies sur 38 h 30 saisies, 42 h prévues)"
    )


def test_a_session_not_finished_has_no_bilan_yet(office):
    session_id = make_session(
        office, make_course(office), start=working_start(dt.date.today(), later=True)
    )
    with pytest.raises(BusinessRuleError, match="n'est pas terminée.*une fois la session finie"):
        office.bilans.figures(session_id)


def test_a_finished_session_without_data_says_not_entered_never_zero(office):
    session_id = make_session(office, make_course(office), start=dt.date(2026, 3, 2))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    bilan = office.bilans.figures(session_id)

    assert bilan.not_entered == 4  # four half-days, nothing entered: no « 0 % »
    assert bilan.attendance_text == "non renseigné (aucune présence saisie)"
    assert bilan.not_entered_text.startswith("Présence non saisie pour 4 demi-journées")
    assert bilan.satisfaction == () and bilan.objectives[0].acquired_text == "non renseigné"
    assert bilan.invoiced_text == "aucune facture"
    assert bilan.costs_text == "non renseigné"
    assert bilan.margin_text == "non calculée (aucune facture)"
    assert bilan.remarks_text == "non renseigné"
