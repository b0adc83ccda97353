"""The funder dialog: identity, invoicing address, contacts, what it requires, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.parties import FunderData
from formadesk.core.vocabulary import FUNDER_KINDS

from ..forms.ui_funder_dialog import Ui_FunderDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .client_dialog import ContactsTable
from .guarded import TabbedFormDialog


class FunderDialog(TabbedFormDialog):
    """Create or edit a funder (OPCO, Caisse des Dépôts, France Travail, Région ...)."""

    field_widgets = {
        "kind": "kindCombo",
        "name": "nameEdit",
        "siret": "siretEdit",
        "email": "emailEdit",
        "phone": "phoneEdit",
        "contact_name": "contactNameEdit",
        "address": "addressEdit",
        "postal_code": "postalCodeEdit",
        "city": "cityEdit",
        "contacts": "contactsTable",
        "requirements": "requirementsEdit",
        "notes": "notesEdit",
    }

    def __init__(self, office: Office, funder_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_FunderDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.kindCombo, FUNDER_KINDS)
        self.contacts = ContactsTable(ui.contactsTable, ui.addContactButton, ui.removeContactButton)
        self._data = office.parties.get_funder(funder_id) if funder_id else FunderData()
        if funder_id:
            self.refetch = lambda: office.parties.get_funder(funder_id)
        self.load(self._data)
        if funder_id:
            self.setWindowTitle(self.tr("Financeur « {name} »").format(name=self._data.name))
        else:
            self.setWindowTitle(self.tr("Nouveau financeur"))
        ui.nameEdit.setFocus()

    def load(self, data: FunderData) -> None:
        ui = self.ui
        select_data(ui.kindCombo, data.kind)
        for edit, value in (
            (ui.nameEdit, data.name), (ui.siretEdit, data.siret), (ui.emailEdit, data.email),
            (ui.phoneEdit, data.phone), (ui.contactNameEdit, data.contact_name),
            (ui.addressEdit, data.address), (ui.postalCodeEdit, data.postal_code),
            (ui.cityEdit, data.city),
        ):  # fmt: skip
            edit.setText(value)
        ui.activeCheck.setChecked(data.active)
        ui.requirementsEdit.setPlainText(data.requirements)
        ui.notesEdit.setPlainText(data.notes)
        self.contacts.set_contacts(data.contacts)

    def collect(self) -> FunderData:
        ui = self.ui
        return FunderData(
            id=self._data.id,
            kind=ui.kindCombo.currentData() or "autre",
            name=ui.nameEdit.text().strip(),
            siret=ui.siretEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            contact_name=ui.contactNameEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            postal_code=ui.postalCodeEdit.text().strip(),
            city=ui.cityEdit.text().strip(),
            active=ui.activeCheck.isChecked(),
            requirements=ui.requirementsEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            contacts=self.contacts.contacts(),
        )

    def commit(self, data: FunderData) -> int:
        return self.office.parties.save_funder(data)
