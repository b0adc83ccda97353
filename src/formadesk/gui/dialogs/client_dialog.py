"""The client dialog: identity, invoicing and site addresses, contacts, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from formadesk.core.office import Office
from formadesk.core.services.parties import ClientData, ContactData
from formadesk.core.vocabulary import CIVILITIES, CLIENT_KINDS

from ..forms.ui_client_dialog import Ui_ClientDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .guarded import TabbedFormDialog

# Columns of the contacts table after the civility combo, in ContactData's order.
CONTACT_TEXT_FIELDS = ("last_name", "first_name", "role", "email", "phone")


class ContactsTable:
    """Edits a list of ContactData in a QTableWidget of the form (one row per person)."""

    def __init__(self, table: QTableWidget, add_button, remove_button):
        self.table = table
        self._ids: list[int | None] = []
        table.setColumnCount(1 + len(CONTACT_TEXT_FIELDS))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        add_button.clicked.connect(lambda: self.add(ContactData(), edit=True))
        remove_button.clicked.connect(self.remove_current)

    def set_contacts(self, contacts: list[ContactData]) -> None:
        self.table.setRowCount(0)
        self._ids = []
        for contact in contacts:
            self.add(contact)

    def add(self, contact: ContactData, *, edit: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(contact.id)
        civility = QComboBox(self.table)
        fill_combo(civility, [(c, c or "—") for c in CIVILITIES])
        select_data(civility, contact.civility)
        self.table.setCellWidget(row, 0, civility)
        for column, field in enumerate(CONTACT_TEXT_FIELDS, start=1):
            self.table.setItem(row, column, QTableWidgetItem(getattr(contact, field)))
        if edit:
            self.table.setCurrentCell(row, 1)
            self.table.editItem(self.table.item(row, 1))

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            del self._ids[row]

    def contacts(self) -> list[ContactData]:
        self.table.setCurrentCell(-1, -1)  # commit a cell still being edited
        found = []
        for row in range(self.table.rowCount()):
            texts = {
                field: (self.table.item(row, column).text() if self.table.item(row, column) else "")
                for column, field in enumerate(CONTACT_TEXT_FIELDS, start=1)
            }
            combo = self.table.cellWidget(row, 0)
            civility = combo.currentData() if isinstance(combo, QComboBox) else ""
            if not any(t.strip() for t in texts.values()):
                continue  # an empty line added by mistake
            texts = {k: v.strip() for k, v in texts.items()}
            found.append(ContactData(id=self._ids[row], civility=civility or "", **texts))
        return found


class ClientDialog(TabbedFormDialog):
    """Create or edit a client; a refused save keeps the form as typed and writes nothing."""

    field_widgets = {
        "kind": "kindCombo",
        "name": "nameEdit",
        "siret": "siretEdit",
        "vat_number": "vatEdit",
        "email": "emailEdit",
        "phone": "phoneEdit",
        "address": "addressEdit",
        "postal_code": "postalCodeEdit",
        "city": "cityEdit",
        "site_address": "siteAddressEdit",
        "site_postal_code": "sitePostalCodeEdit",
        "site_city": "siteCityEdit",
        "contacts": "contactsTable",
        "notes": "notesEdit",
    }

    def __init__(self, office: Office, client_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_ClientDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.kindCombo, CLIENT_KINDS)
        self.contacts = ContactsTable(ui.contactsTable, ui.addContactButton, ui.removeContactButton)
        self._data = office.parties.get_client(client_id) if client_id else ClientData()
        if client_id:
            self.refetch = lambda: office.parties.get_client(client_id)
        self.load(self._data)
        if client_id:
            self.setWindowTitle(self.tr("Client « {name} »").format(name=self._data.name))
        else:
            self.setWindowTitle(self.tr("Nouveau client"))
        ui.nameEdit.setFocus()

    def load(self, data: ClientData) -> None:
        ui = self.ui
        select_data(ui.kindCombo, data.kind)
        for edit, value in (
            (ui.nameEdit, data.name), (ui.siretEdit, data.siret), (ui.vatEdit, data.vat_number),
            (ui.emailEdit, data.email), (ui.phoneEdit, data.phone),
            (ui.addressEdit, data.address), (ui.postalCodeEdit, data.postal_code),
            (ui.cityEdit, data.city), (ui.siteAddressEdit, data.site_address),
            (ui.sitePostalCodeEdit, data.site_postal_code), (ui.siteCityEdit, data.site_city),
        ):  # fmt: skip
            edit.setText(value)
        ui.notesEdit.setPlainText(data.notes)
        self.contacts.set_contacts(data.contacts)

    def collect(self) -> ClientData:
        ui = self.ui
        return ClientData(
            id=self._data.id,
            kind=ui.kindCombo.currentData() or "entreprise",
            name=ui.nameEdit.text().strip(),
            siret=ui.siretEdit.text().strip(),
            vat_number=ui.vatEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            address=ui.addressEdit.text().strip(),
            postal_code=ui.postalCodeEdit.text().strip(),
            city=ui.cityEdit.text().strip(),
            site_address=ui.siteAddressEdit.text().strip(),
            site_postal_code=ui.sitePostalCodeEdit.text().strip(),
            site_city=ui.siteCityEdit.text().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            contacts=self.contacts.contacts(),
        )

    def commit(self, data: ClientData) -> int:
        return self.office.parties.save_client(data)
