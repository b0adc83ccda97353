"""Counts in the interface agree with their number: « 1 créneau, 1 session », never « (s) »."""

from __future__ import annotations

import datetime as dt

from formadesk.core import formatting as fmt
from formadesk.gui.tabs.planning import PlanningTab
from tests.core.planning_factories import DAY, T, make_plan


def test_plural_helper_agrees_like_french():
    assert fmt.plural(0, "session") == "0 session"
    assert fmt.plural(1, "créneau", "créneaux") == "1 créneau"
    assert fmt.plural(8, "créneau", "créneaux") == "8 créneaux"
    assert fmt.noun(2, "Formateur") == "Formateurs"


def test_planning_counts_slots_and_sessions_in_words(qtbot, office, bus):
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    plan = make_plan(office)
    plan.session((T(9), T(12, 30)))
    tab.show_week(DAY)
    assert tab.ui.countLabel.text() == "1 créneau, 1 session"

    plan.session((T(13, 30), T(17)), (T(17, 30), T(19)), day=DAY + dt.timedelta(days=1))
    tab.show_week(DAY)
    assert tab.ui.countLabel.text() == "3 créneaux, 2 sessions"
    assert "(" not in tab.ui.countLabel.text()
