"""The « Clients » place: creating a company with contacts, its record, merging, global search."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.services.parties import ClientData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.client_dialog import ClientDialog
from formadesk.gui.dialogs.merge_clients_dialog import MergeClientsDialog
from formadesk.gui.tabs.clients import ClientsTab
from tests.core.test_parties_overview import billed_client

GOOD_SIRET = "732 829 320 00074"


def texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def save(qtbot, dialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_tab(qtbot, office) -> ClientsTab:
    tab = ClientsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def type_contact(qtbot, dialog: ClientDialog, last: str, role: str, email: str) -> None:
    qtbot.mouseClick(dialog.ui.addContactButton, Qt.MouseButton.LeftButton)
    table = dialog.ui.contactsTable
    row = table.rowCount() - 1
    for column, text in ((1, last), (3, role), (4, email)):
        table.item(row, column).setText(text)


def test_a_company_with_two_contacts_is_created_from_the_dialog(qtbot, office):
    tab = make_tab(qtbot, office)
    seen: list[str] = []

    def fill_and_save(dialog: ClientDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.nameEdit.setText("Fonderie Ménard")  # keyClicks types ASCII only
        qtbot.keyClicks(ui.siretEdit, "732 829 320 00075")  # one digit wrong
        ui.siteCityEdit.setText("Vénissieux")
        type_contact(qtbot, dialog, "Roux", "RH", "anne.roux@menard.fr")
        type_contact(qtbot, dialog, "Petit", "Comptabilité", "")
        save(qtbot, dialog)
        seen.append(ui.errorLabel.text())
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert ui.nameEdit.text() == "Fonderie Ménard"
        assert ui.contactsTable.rowCount() == 2  # kept as typed
        assert office.parties.client_list() == []  # nothing written
        ui.siretEdit.setText(GOOD_SIRET)
        save(qtbot, dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = fill_and_save
    qtbot.mouseClick(tab.ui.newClientButton, Qt.MouseButton.LeftButton)

    assert "n'est pas valide" in seen[0]
    assert texts(tab.client_model, 0)[:4] == ["Fonderie Ménard", "Entreprise", "", "73282932000074"]
    client = office.parties.get_client(tab.client_model.rows()[0].id)
    assert client.site_city == "Vénissieux"
    assert [(c.last_name, c.role) for c in client.contacts] == [
        ("Roux", "RH"),
        ("Petit", "Comptabilité"),
    ]
    assert tab.ui.clientTitleLabel.text() == "Fonderie Ménard"  # the new client is shown
    assert tab.ui.clientDetailTabs.tabText(0) == "Contacts (2)"


def test_the_record_shows_sessions_invoices_and_open_amount(qtbot, office):
    session_id, client, _opco, _helene = billed_client(office)
    tab = make_tab(qtbot, office)
    tab.show_client(client)
    ui = tab.ui
    assert ui.clientTitleLabel.text() == "Atelier Dupont"
    sessions = tab.details["clientSessionsView"]
    assert [r.id for r in sessions.rows()] == [session_id]
    assert tab.details["clientLearnersView"].rowCount() == 2
    (invoice,) = tab.details["clientInvoicesView"].rows()
    assert invoice.total_ttc_cents > 0
    assert "Reste dû" in ui.clientOpenLabel.text()
    assert "980,00" in ui.clientOpenLabel.text()  # 2 × 690 € less the OPCO's 400 €
    assert texts(tab.client_model, 0)[4].startswith("980,00")


def test_merging_from_the_tab_moves_enrolment_and_invoice(qtbot, office):
    _session_id, client, _opco, helene = billed_client(office)
    keep = office.parties.save_client(ClientData(kind="public", name="ATELIER DUPONT SARL"))
    tab = make_tab(qtbot, office)
    tab.show_client(keep)
    shown: list[str] = []

    def merge(dialog: MergeClientsDialog) -> bool:
        qtbot.addWidget(dialog)
        dialog.select_other(client)
        shown.append(dialog.summary_label.text())
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result() == QDialog.DialogCode.Accepted

    tab.run_dialog = merge
    qtbot.mouseClick(tab.ui.mergeClientButton, Qt.MouseButton.LeftButton)

    assert "2 inscription(s)" in shown[0] and "1 facture(s)" in shown[0]
    assert [r.id for r in tab.client_model.rows()] == [keep]
    view = office.parties.client_overview(keep)
    assert helene in [line.enrollment_id for line in view.learners]
    assert len(view.invoices) == 1
    assert office.parties.get_client(keep).siret == "73282932000074"  # filled from the other


def test_global_search_opens_the_client(qtbot, office):
    from formadesk.gui.main_window import MainWindow

    client = office.parties.save_client(ClientData(name="Boulangerie Martin", siret=GOOD_SIRET))
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    (hit,) = [h for h in office.search.everything("Boulangerie") if h.kind == "client"]
    window.go_to(hit)
    assert window.tabs.currentWidget() is window.clients_tab
    assert window.clients_tab.current_client() == client
    assert window.clients_tab.ui.clientTitleLabel.text() == "Boulangerie Martin"


def test_global_search_finds_a_funder_without_its_accents(qtbot, office):
    from formadesk.gui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    (hit,) = [h for h in office.search.everything("opco sante") if h.kind == "funder"]
    assert (hit.title, hit.kind_label) == ("OPCO Santé", "Financeur")
    window.go_to(hit)
    assert window.tabs.currentWidget() is window.clients_tab
    assert window.clients_tab.ui.viewTabs.currentWidget() is window.clients_tab.ui.fundersPage
    assert window.clients_tab.ui.funderTitleLabel.text().startswith("OPCO Santé")


def test_deleting_a_client_asks_first_and_refuses_one_with_invoices(qtbot, office, monkeypatch):
    from formadesk.gui import messages
    from formadesk.gui.tabs import clients as clients_tab

    _, billed, _, _ = billed_client(office)
    lone = office.parties.save_client(ClientData(kind="particulier", name="Émilie Durand"))
    tab = make_tab(qtbot, office)
    asked, shown = [], []
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or 1)
    monkeypatch.setattr(clients_tab, "show_error", lambda parent, error: shown.append(str(error)))

    tab.show_client(billed)
    qtbot.mouseClick(tab.ui.deleteClientButton, Qt.MouseButton.LeftButton)
    assert "il ne peut pas être supprimé" in shown[0] and "fusionnez" in shown[0]
    assert billed in [r.id for r in office.parties.client_list()]

    tab.show_client(lone)
    qtbot.mouseClick(tab.ui.deleteClientButton, Qt.MouseButton.LeftButton)
    assert "Supprimer définitivement le client « Émilie Durand »" in asked[-1]
    qtbot.waitUntil(lambda: tab.client_model.row_of_id(lone) < 0)
    assert lone not in [r.id for r in office.parties.client_list()]


def test_no_counts_are_left_when_the_search_hides_the_chosen_client(qtbot, office):
    _, client, _, _ = billed_client(office)
    tab = make_tab(qtbot, office)
    tab.show_client(client)
    tabs = tab.ui.clientDetailTabs
    assert "Factures (1)" in [tabs.tabText(i) for i in range(tabs.count())]
    tab.show_client_detail(None)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Contacts", "Sessions", "Apprenants", "Devis", "Factures", "Documents", "Échanges"
    ]  # fmt: skip


def test_a_client_named_as_typed_comes_before_its_employees(office):
    from tests.core.factories import make_learner

    client = office.parties.save_client(ClientData(name="Boulangerie Dumas", siret=GOOD_SIRET))
    make_learner(office, "Martin", "Paul", employer_name="Boulangerie Dumas")
    hits = office.search.everything("boulangerie dumas")
    assert (hits[0].kind, hits[0].id) == ("client", client)
