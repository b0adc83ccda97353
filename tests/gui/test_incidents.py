"""Declaring an incident (aléa): the slots it hits, replacements, tasks, resolution."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.incident_dialog import IncidentDialog
from formadesk.gui.tabs.resources import ResourcesTab
from formadesk.gui.widgets.inputs import select_data
from tests.core.planning_factories import DAY, T, make_plan


@pytest.fixture
def plan(office):
    plan = make_plan(office)
    session_id, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    plan.slot = slots[0]
    plan.code = office.sessions.row(session_id).code
    return plan


def declare_dialog(qtbot, office, kind: str, resource_id: int) -> IncidentDialog:
    dialog = IncidentDialog(office, kind=kind, resource_id=resource_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_confirmation = lambda text: True
    dialog.ui.startEdit.setDateTime(dt.datetime.combine(DAY, T(8)))
    dialog.ui.endEdit.setDateTime(dt.datetime.combine(DAY, T(18)))
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    return dialog


def test_a_room_incident_shows_the_slot_hit_and_creates_tasks(qtbot, office, plan):
    dialog = declare_dialog(qtbot, office, "salle", plan.big_room)
    assert dialog.model.index(0, 2).data() == plan.code
    assert "1 créneau de 1 session touché." in dialog.ui.affectedLabel.text()
    assert dialog.ui.replacementList.item(0).text() == "Salle Saône (2 places)"

    reported: list[str] = []
    dialog.report_tasks = reported.extend
    dialog.ui.descriptionEdit.setText("Dégât des eaux")
    dialog.ui.actionsEdit.setPlainText("Appeler le syndic")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert any(
        t.startswith(f"Remplacer la salle « Salle Rhône » pour la session {plan.code}")
        for t in reported
    )
    assert len(reported) == 2
    assert [i.resource for i in office.incidents.list()] == ["Salle Rhône"]


def test_replace_the_room_then_the_trainer_on_the_slot(qtbot, office, plan):
    dialog = declare_dialog(qtbot, office, "salle", plan.big_room)
    dialog.ui.replacementList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.replaceButton, Qt.MouseButton.LeftButton)
    assert office.resources.slots_between(DAY, DAY)[0].room_id == plan.small_room
    assert "Salle Saône" in dialog.ui.messageLabel.text()
    assert dialog.model.rowCount() == 0  # the slot no longer uses the lost room

    select_data(dialog.ui.kindCombo, "formateur")
    select_data(dialog.ui.resourceCombo, plan.anne)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert dialog.ui.replacementList.count() == 0  # Marc may not teach this course
    assert "aucun remplacement" in dialog.ui.replacementLabel.text()

    marc = office.resources.get_trainer(plan.marc)
    marc.course_ids = [plan.course]
    office.resources.save_trainer(marc)
    dialog.refresh_affected()
    assert dialog.ui.replacementList.item(0).text() == "Marc Noël"
    dialog.ui.replacementList.setCurrentRow(0)
    qtbot.mouseClick(dialog.ui.replaceButton, Qt.MouseButton.LeftButton)
    assert office.resources.slots_between(DAY, DAY)[0].trainer_ids == (plan.marc,)


def test_the_tab_lists_the_incident_its_tasks_and_resolves_it(qtbot, office, plan):
    tab = ResourcesTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.resourceTabs.setCurrentWidget(tab.ui.incidentsPage)

    def declare(dialog: IncidentDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.report_tasks = lambda tasks: None
        select_data(dialog.ui.resourceCombo, plan.big_room)
        dialog.ui.startEdit.setDateTime(dt.datetime.combine(DAY, T(8)))
        dialog.ui.endEdit.setDateTime(dt.datetime.combine(DAY, T(18)))
        dialog.ui.descriptionEdit.setText("Dégât des eaux")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = declare
    qtbot.mouseClick(tab.ui.declareButton, Qt.MouseButton.LeftButton)

    assert tab.incidents.model.rowCount() == 1
    assert tab.ui.resourceTabs.tabText(3) == "Aléas (1 en cours)"
    assert tab.ui.taskList.count() == 2
    assert "Dégât des eaux" in tab.ui.incidentDetailLabel.text()

    tab.incidents.ask_resolution = lambda row: "Salle Saône réservée"
    qtbot.mouseClick(tab.ui.resolveButton, Qt.MouseButton.LeftButton)
    assert tab.incidents.model.index(0, 4).data() == "Résolu"
    assert not tab.ui.resolveButton.isEnabled()
    assert "Salle Saône réservée" in tab.ui.incidentDetailLabel.text()
