"""The equipment dialog: equipment, software licences (seats) or printed materials (stock)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.resource_records import EquipmentData
from formadesk.core.vocabulary import EQUIPMENT_STATES

from ..formdialog import FormDialog
from ..forms.ui_equipment_dialog import Ui_EquipmentDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data

CONTEXT = "EquipmentDialog"

# kind -> (label in the combo, label of the quantity field)
KINDS = {
    "materiel": (
        QT_TRANSLATE_NOOP(CONTEXT, "Matériel"),
        QT_TRANSLATE_NOOP(CONTEXT, "&Quantité :"),
    ),
    "logiciel": (
        QT_TRANSLATE_NOOP(CONTEXT, "Licence logicielle (quantité = postes)"),
        QT_TRANSLATE_NOOP(CONTEXT, "Nombre de &postes :"),
    ),
    "support": (
        QT_TRANSLATE_NOOP(CONTEXT, "Support imprimé (quantité = stock)"),
        QT_TRANSLATE_NOOP(CONTEXT, "&Stock :"),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class EquipmentDialog(FormDialog):
    """Create or edit one piece of equipment, licence or printed material."""

    field_widgets = {
        "name": "nameEdit",
        "kind": "kindCombo",
        "quantity": "quantitySpin",
        "state": "stateCombo",
        "notes": "notesEdit",
    }

    def __init__(
        self, office: Office, equipment_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_EquipmentDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.kindCombo, {k: _tr(label) for k, (label, _q) in KINDS.items()})
        fill_combo(ui.stateCombo, EQUIPMENT_STATES)
        ui.kindCombo.currentIndexChanged.connect(self._update_quantity_label)
        self._data = office.resources.get_equipment(equipment_id) if equipment_id else None
        if equipment_id:
            self.refetch = lambda: office.resources.get_equipment(equipment_id)
        self._data = self._data or EquipmentData()
        self.load(self._data)
        if equipment_id:
            self.setWindowTitle(self.tr("Matériel « {name} »").format(name=self._data.name))
        else:
            self.setWindowTitle(self.tr("Nouveau matériel"))

    def load(self, data: EquipmentData) -> None:
        ui = self.ui
        ui.nameEdit.setText(data.name)
        select_data(ui.kindCombo, data.kind)
        ui.quantitySpin.setValue(data.quantity)
        select_data(ui.stateCombo, data.state)
        ui.notesEdit.setPlainText(data.notes)
        self._update_quantity_label()

    def _update_quantity_label(self) -> None:
        kind = self.ui.kindCombo.currentData() or "materiel"
        self.ui.quantityLabel.setText(_tr(KINDS.get(kind, KINDS["materiel"])[1]))

    def collect(self) -> EquipmentData:
        ui = self.ui
        return EquipmentData(
            id=self._data.id,
            name=ui.nameEdit.text().strip(),
            kind=ui.kindCombo.currentData() or "",
            quantity=ui.quantitySpin.value(),
            state=ui.stateCombo.currentData() or "",
            notes=ui.notesEdit.toPlainText().strip(),
        )

    def commit(self, data: EquipmentData) -> int:
        return self.office.resources.save_equipment(data)
