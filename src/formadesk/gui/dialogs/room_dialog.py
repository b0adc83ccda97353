"""The room dialog: site, capacity, accessibility, hours, equipment, unavailable periods."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.resource_records import RoomData

from ..forms.ui_room_dialog import Ui_RoomDialog
from ..widgets.inputs import french_buttons
from .guarded import TabbedFormDialog


class RoomDialog(TabbedFormDialog):
    """Create or edit a room; a refused save keeps the form as typed and writes nothing."""

    field_widgets = {
        "name": "nameEdit",
        "site": "siteEdit",
        "capacity": "capacitySpin",
        "opens_at": "opensEdit",
        "closes_at": "closesEdit",
        "unavailable": "periodsEditor",
        "address": "addressEdit",
        "notes": "notesEdit",
    }

    def __init__(self, office: Office, room_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_RoomDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        ui.equipmentTable.set_equipment(office.resources.equipment())
        ui.hoursCheck.toggled.connect(self._update_hours)
        self._data = office.resources.get_room(room_id) if room_id else RoomData()
        if room_id:
            self.refetch = lambda: office.resources.get_room(room_id)
        self.load(self._data)
        if room_id:
            self.setWindowTitle(self.tr("Salle « {name} »").format(name=self._data.name))
        else:
            self.setWindowTitle(self.tr("Nouvelle salle"))
        ui.nameEdit.setFocus()

    def load(self, data: RoomData) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        ui.siteEdit.setText(data.site)
        ui.addressEdit.setText(data.address)
        ui.capacitySpin.setValue(data.capacity)
        ui.accessibleCheck.setChecked(data.accessible)
        ui.hoursCheck.setChecked(bool(data.opens_at or data.closes_at))
        if data.opens_at:
            ui.opensEdit.setTime(data.opens_at)
        if data.closes_at:
            ui.closesEdit.setTime(data.closes_at)
        ui.notesEdit.setPlainText(data.notes)
        ui.activeCheck.setChecked(data.active)
        ui.equipmentTable.set_quantities(data.equipment)
        ui.periodsEditor.set_periods(data.unavailable)
        self._update_hours()

    def _update_hours(self) -> None:
        on = self.ui.hoursCheck.isChecked()
        for widget in (self.ui.opensEdit, self.ui.closesEdit):
            widget.setEnabled(on)

    def collect(self) -> RoomData:
        ui = self.ui
        with_hours = ui.hoursCheck.isChecked()
        return RoomData(
            id=self._data.id,
            name=ui.nameEdit.text().strip(),
            site=ui.siteEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            capacity=ui.capacitySpin.value(),
            accessible=ui.accessibleCheck.isChecked(),
            opens_at=ui.opensEdit.time().toPython() if with_hours else None,
            closes_at=ui.closesEdit.time().toPython() if with_hours else None,
            notes=ui.notesEdit.toPlainText().strip(),
            active=ui.activeCheck.isChecked(),
            equipment=ui.equipmentTable.quantities(),
            unavailable=ui.periodsEditor.periods(),
        )

    def commit(self, data: RoomData) -> int:
        return self.office.resources.save_room(data)
