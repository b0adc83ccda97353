"""The learner's file shows « Assiduité »: hours attended out of those held, rate, absences."""

from __future__ import annotations

import datetime as dt

from formadesk.core.services.attendance import Mark
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.learners import LearnersTab
from tests.core.attendance_factories import held_session

PAST_MONDAY = dt.date(2025, 3, 3)  # two days long over: all four half-days have been held


def test_the_dossier_lists_attendance_rates_and_follows_new_marks(qtbot, office):
    held = held_session(office, start=PAST_MONDAY)
    durand = held.enrollments[0]
    marks = [Mark(durand, slot, "present") for slot in held.slots[:2]]
    marks.append(Mark(durand, held.slots[2], "absent"))
    office.attendance.save(held.session_id, marks)
    tab = LearnersTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    learner_id = office.attendance.grid(held.session_id).learners[0].learner_id
    assert tab.show_learner(learner_id)

    text = tab.attendance_label.text()
    assert "Assiduité" in text
    assert "2025-EXCEL-INT-001" in text
    assert "7 h suivies sur 14 h à ce jour" in text  # two half-days of 3 h 30 out of four
    assert "50\u202f%" in text
    assert "· 1 absence" in text

    office.attendance.save(held.session_id, [Mark(durand, held.slots[3], "present")])
    text = tab.attendance_label.text()
    assert "10 h 30 suivies sur 14 h" in text and "75\u202f%" in text


def test_a_learner_without_sessions_says_so(qtbot, office, add_learner):
    learner_id = add_learner("Lefèvre", "Hélène")
    tab = LearnersTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.show_learner(learner_id)
    assert "Aucune session suivie pour l'instant." in tab.attendance_label.text()
