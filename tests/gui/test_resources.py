"""The resources tab: lists that follow changes, rooms created and refused through the dialog."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.services.resource_records import EquipmentData, RoomData, TrainerData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.room_dialog import RoomDialog
from formadesk.gui.tabs.resources import ResourcesTab


def texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_in_french_and_refreshed_on_change(qtbot, office):
    office.resources.save_room(RoomData(name="Salle Rhône", site="Lyon", capacity=12))
    office.resources.save_equipment(EquipmentData(name="Vidéoprojecteur", quantity=2))
    office.resources.save_trainer(
        TrainerData(last_name="Dupré", first_name="Anne", internal=False, email="anne@ex.fr")
    )
    tab = ResourcesTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()

    assert texts(tab.room_model, 0)[:4] == ["Salle Rhône", "Lyon", "12", "oui"]
    assert texts(tab.equipment_model, 0) == ["Vidéoprojecteur", "Matériel", "2", "En service"]
    assert texts(tab.trainer_model, 0)[:3] == ["DUPRÉ Anne", "externe", "anne@ex.fr"]
    assert "Réserver" in tab.ui.noteLabel.text()

    office.resources.save_room(RoomData(name="Salle Saône", capacity=6, accessible=False))
    assert tab.room_model.rowCount() == 2
    assert tab.ui.resourceTabs.tabText(0) == "Salles (2)"
    rows = [texts(tab.room_model, r)[:4] for r in range(2)]
    assert ["Salle Saône", "", "6", "non"] in rows


def test_a_room_created_through_the_dialog_shows_in_the_list(qtbot, office):
    projector = office.resources.save_equipment(EquipmentData(name="Vidéoprojecteur", quantity=3))
    tab = ResourcesTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()

    def fill_and_save(dialog: RoomDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.nameEdit.setText("Salle Rhône")
        qtbot.keyClicks(ui.siteEdit, "Lyon")
        ui.capacitySpin.setValue(10)
        ui.hoursCheck.setChecked(True)
        assert ui.equipmentTable.set_quantity(projector, 2)
        qtbot.mouseClick(ui.periodsEditor.add_button, Qt.MouseButton.LeftButton)
        save(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill_and_save
    qtbot.mouseClick(tab.ui.newRoomButton, Qt.MouseButton.LeftButton)

    assert texts(tab.room_model, 0)[:5] == ["Salle Rhône", "Lyon", "10", "oui", "08:00 – 18:00"]
    room = office.resources.get_room(tab.room_model.rows()[0].id)
    assert room.equipment == {projector: 2}
    assert len(room.unavailable) == 1
    assert tab.ui.editRoomButton.isEnabled()  # the new room is selected


def test_an_invalid_room_is_refused_inline_and_nothing_is_written(qtbot, office):
    dialog = RoomDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Salle Rhône")
    dialog.ui.capacitySpin.setValue(0)
    dialog.ui.periodsEditor.add_period()
    start = dt.datetime(2027, 3, 2, 18)
    dialog.ui.periodsEditor.table.cellWidget(0, 0).setDateTime(start)
    dialog.ui.periodsEditor.table.cellWidget(0, 1).setDateTime(start - dt.timedelta(hours=2))
    save(qtbot, dialog)

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.isVisible()
    assert "capacité" in dialog.ui.errorLabel.text()
    assert "finit avant de commencer" in dialog.ui.errorLabel.text()
    assert dialog.ui.capacitySpin.styleSheet()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.generalPage
    assert dialog.ui.nameEdit.text() == "Salle Rhône"  # kept as typed
    assert office.resources.rooms() == []
