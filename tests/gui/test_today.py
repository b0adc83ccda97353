"""« Aujourd'hui » on the dashboard: today's half-days, quick marks, who has not signed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QTreeWidgetItem

from formadesk.core.services.attendance import Mark
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.signing import ExitCodeDialog
from formadesk.gui.tabs.dashboard import DashboardTab
from formadesk.gui.tabs.dashboard_today import TodayPanel, attendance_dialog_available
from tests.core.attendance_factories import NOW, TODAY, Held, held_session


@pytest.fixture
def held(office) -> Held:
    return held_session(office)


@pytest.fixture
def clock() -> dict[str, dt.datetime]:
    return {"now": NOW}


@pytest.fixture
def panel(qtbot, held: Held, clock) -> TodayPanel:
    panel = TodayPanel(held.office, ChangeSignal(held.office), now=lambda: clock["now"])
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    return panel


def learner_row(panel: TodayPanel, slot_index: int, name: str) -> QTreeWidgetItem:
    parent = panel.tree.topLevelItem(slot_index)
    return next(
        parent.child(i)
        for i in range(parent.childCount())
        if parent.child(i).text(0).strip() == name
    )


def status_in_grid(held: Held, enrollment: int, slot: int):
    cell = held.office.attendance.grid(held.session_id, today=TODAY).cell(enrollment, slot)
    return (cell.status, cell.minutes) if cell else None


def test_todays_half_days_list_the_expected_learners_and_their_trainer(panel, held):
    tree = panel.tree
    assert tree.topLevelItemCount() == 2  # Tuesday morning and afternoon
    heading = tree.topLevelItem(0).text(0)
    assert heading.startswith("9h00–12h30 · 2027-EXCEL-INT-001 — Excel intermédiaire")
    assert "Formateur : Anne BERNARD (présence non saisie)" in heading
    assert "3 non signés" in heading and "3 non saisis" in heading
    row = learner_row(panel, 1, "MARTIN Hugo")
    assert (row.text(1), row.text(2)) == ("Non saisi", "non signé")
    assert panel.group.title() == "Aujourd'hui, mardi 2 mars 2027 — 2 demi-journées · 6 non signés"


def test_marking_absent_shows_in_the_grid_data(qtbot, panel, held):
    panel.tree.setCurrentItem(learner_row(panel, 1, "MARTIN Hugo"))
    assert panel.absent_button.isEnabled()
    qtbot.mouseClick(panel.absent_button, Qt.MouseButton.LeftButton)
    assert status_in_grid(held, held.enrollments[1], held.slots[3]) == ("absent", 0)
    row = learner_row(panel, 1, "MARTIN Hugo")  # the list was rebuilt by the change signal
    assert (row.text(1), row.text(2)) == ("A — Absent", "")
    assert row.isSelected()  # the assistant goes on from where she was
    assert "2 non signés" in panel.tree.topLevelItem(1).text(0)


def test_arrived_and_late_marks(qtbot, panel, held):
    panel.tree.setCurrentItem(learner_row(panel, 0, "DURAND Léa"))
    qtbot.mouseClick(panel.arrived_button, Qt.MouseButton.LeftButton)
    assert status_in_grid(held, held.enrollments[0], held.slots[2]) == ("present", 0)
    assert learner_row(panel, 0, "DURAND Léa").text(1) == "P — Présent"

    panel.tree.setCurrentItem(learner_row(panel, 0, "PETIT Inès"))
    qtbot.mouseClick(panel.late_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(QInputDialog, "lateDialog")
    assert "PETIT Inès" in dialog.labelText()
    dialog.setIntValue(20)
    dialog.accept()
    planned = held.office.attendance.grid(held.session_id, today=TODAY).half_days[2]
    assert status_in_grid(held, held.enrollments[2], held.slots[2]) == (
        "retard",
        planned.planned_minutes - 20,
    )
    assert learner_row(panel, 0, "PETIT Inès").text(1) == "R — Retard de 20 min"


def test_learner_actions_wait_for_a_learner(qtbot, panel, held):
    assert not panel.absent_button.isEnabled()  # nothing selected
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    assert not panel.absent_button.isEnabled()
    assert panel.sign_button.isEnabled()


def test_signatures_elsewhere_and_a_new_day_refresh_the_list(qtbot, panel, held, clock):
    held.office.attendance.save(
        held.session_id, [Mark(held.enrollments[0], held.slots[3], "present")], today=TODAY
    )
    assert learner_row(panel, 1, "DURAND Léa").text(1) == "P — Présent"

    clock["now"] = dt.datetime(2027, 3, 3, 8, 0)  # Wednesday: the session is over
    assert panel.day_watch.tick()
    assert panel.tree.topLevelItemCount() == 1
    assert panel.tree.topLevelItem(0).text(0) == "Aucune demi-journée de formation aujourd'hui."
    assert panel.group.title() == "Aujourd'hui, mercredi 3 mars 2027"


def test_signing_and_the_attendance_sheet_open_from_the_selected_half_day(qtbot, panel, held):
    panel.tree.setCurrentItem(learner_row(panel, 1, "PETIT Inès"))
    dialog = panel.open_signing()
    assert isinstance(dialog, ExitCodeDialog) and dialog.isVisible()
    dialog.reject()
    if not attendance_dialog_available():
        assert panel.grid_button is None
        return
    grid = panel.open_grid()
    qtbot.addWidget(grid)
    assert grid.isVisible()
    grid.close()


def test_the_dashboard_shows_the_today_block(qtbot, held):
    tab = DashboardTab(held.office, ChangeSignal(held.office))
    qtbot.addWidget(tab)
    tab.show()
    assert tab.today.isVisible()
    assert tab.today.group.title().startswith("Aujourd'hui, ")


def test_the_sheet_opened_from_today_is_the_one_already_open(qtbot, office):
    """Two sheets of one session would overwrite each other's marks."""
    from formadesk.gui.attendance import open_attendance
    from formadesk.gui.tabs.dashboard_today import TodayPanel
    from tests.core.attendance_factories import held_session as make_held

    held = make_held(office)
    bus = ChangeSignal(office)
    first = open_attendance(office, held.session_id, bus=bus, today=TODAY)
    qtbot.addWidget(first)
    panel = TodayPanel(office, bus)
    qtbot.addWidget(panel)
    panel._selected_half_day = lambda: (office.attendance.day(TODAY)[0], None)
    assert panel.open_grid() is first
