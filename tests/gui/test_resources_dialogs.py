"""The trainer and equipment dialogs: what they save, and what they refuse inline."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.services.resource_records import TrainerData
from formadesk.gui.dialogs.equipment_dialog import EquipmentDialog
from formadesk.gui.dialogs.trainer_dialog import TrainerDialog
from formadesk.gui.widgets.checklists import checked_ids, set_checked_ids
from formadesk.gui.widgets.inputs import select_data
from tests.core.factories import make_course


def save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_an_external_trainer_with_courses_rates_and_a_wrong_siret(qtbot, office):
    course = make_course(office)
    dialog = TrainerDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.lastNameEdit.setText("Dupré")
    ui.firstNameEdit.setText("Anne")
    ui.externalRadio.setChecked(True)
    ui.companyEdit.setText("Dupré Conseil")
    ui.siretEdit.setText("123")
    ui.dailyRateEdit.setText("450,00")
    set_checked_ids(ui.courseList, [course])
    ui.tabs.setCurrentWidget(ui.coursesPage)
    save(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ui.tabs.currentWidget() is ui.identityPage  # where the wrong field is
    assert "SIRET" in ui.errorLabel.text()
    assert office.resources.trainers() == []

    ui.siretEdit.setText("73282932000074")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office.resources.get_trainer(dialog.saved_id)
    assert (saved.internal, saved.company_name, saved.daily_rate_cents) == (
        False,
        "Dupré Conseil",
        45000,
    )
    assert saved.course_ids == [course]

    again = TrainerDialog(office, dialog.saved_id)
    qtbot.addWidget(again)
    assert checked_ids(again.ui.courseList) == [course]
    assert again.ui.dailyRateEdit.text().startswith("450,00")


def test_internal_trainer_keeps_no_company(qtbot, office):
    trainer = office.resources.save_trainer(
        TrainerData(last_name="Noël", first_name="Marc", company_name="Ancienne SARL")
    )
    dialog = TrainerDialog(office, trainer)
    qtbot.addWidget(dialog)
    assert not dialog.ui.companyEdit.isEnabled()
    save(qtbot, dialog)
    assert office.resources.get_trainer(trainer).company_name == ""


def test_a_licence_counts_seats(qtbot, office):
    dialog = EquipmentDialog(office)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Microsoft Excel")
    select_data(dialog.ui.kindCombo, "logiciel")
    assert dialog.ui.quantityLabel.text() == "Nombre de &postes :"
    dialog.ui.quantitySpin.setValue(8)
    select_data(dialog.ui.stateCombo, "prete")
    save(qtbot, dialog)
    row = office.resources.equipment()[0]
    assert (row.name, row.kind_label, row.quantity, row.state_label) == (
        "Microsoft Excel",
        "Licence logicielle",
        8,
        "Prêté",
    )
