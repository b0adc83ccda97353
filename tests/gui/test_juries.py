"""Jury sittings through the dialog: a busy room is refused, a free one saved with its people."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.jury_dialog import JuryDialog
from formadesk.gui.tabs.resources import ResourcesTab
from formadesk.gui.widgets.checklists import checked_ids, set_checked_ids
from formadesk.gui.widgets.inputs import select_data
from tests.core.factories import make_learner
from tests.core.planning_factories import DAY, T, make_plan


def save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_jury_in_a_busy_room_is_refused_then_saved_elsewhere(qtbot, office):
    plan = make_plan(office)
    _session, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    learner = make_learner(office)
    tab = ResourcesTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.resourceTabs.setCurrentWidget(tab.ui.juriesPage)
    seen: dict[str, object] = {}

    def fill(dialog: JuryDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.show()
        ui = dialog.ui
        dialog.ask_confirmation = lambda text: True
        ui.titleEdit.setText("Jury CQP")
        ui.dateEdit.setDate(DAY)
        ui.startEdit.setTime(T(10))
        ui.endEdit.setTime(T(12))
        select_data(ui.roomCombo, plan.big_room)
        set_checked_ids(ui.memberList, [plan.marc])
        ui.externalEdit.setPlainText("Mme Roux — professionnelle\n\n")
        qtbot.keyClicks(ui.searchEdit, "lef")
        qtbot.waitUntil(lambda: ui.resultList.count() == 1)
        ui.resultList.setCurrentRow(0)
        qtbot.mouseClick(ui.addCandidateButton, Qt.MouseButton.LeftButton)
        ui.equipmentTable.set_quantity(plan.projector, 1)
        save(qtbot, dialog)
        seen["refused"] = ui.errorLabel.text()
        seen["still_open"] = dialog.isVisible()
        assert office.juries.list() == []
        select_data(ui.roomCombo, plan.small_room)
        save(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill
    qtbot.mouseClick(tab.ui.newJuryButton, Qt.MouseButton.LeftButton)

    assert "Modification refusée" in seen["refused"]
    assert "Salle Rhône" in seen["refused"]
    assert seen["still_open"]
    assert tab.juries.model.rowCount() == 1
    assert tab.juries.model.index(0, 2).data() == "Jury CQP"
    jury = office.juries.get(tab.juries.model.rows()[0].id)
    assert (jury.room_id, jury.candidate_ids, jury.member_trainer_ids) == (
        plan.small_room,
        [learner],
        [plan.marc],
    )
    assert jury.external_members == ["Mme Roux — professionnelle"]
    assert jury.equipment == {plan.projector: 1}

    again = JuryDialog(office, jury.id)
    qtbot.addWidget(again)
    assert again.candidate_ids() == [learner]
    assert checked_ids(again.ui.memberList) == [plan.marc]
    assert again.ui.equipmentTable.quantities() == {plan.projector: 1}


def test_a_jury_without_room_or_title_is_refused_inline(qtbot, office):
    dialog = JuryDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.membersPage)
    save(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.tabs.currentWidget() is dialog.ui.generalPage
    assert "intitulé" in dialog.ui.errorLabel.text()
    assert "salle du jury" in dialog.ui.errorLabel.text()
    assert office.juries.list() == []
