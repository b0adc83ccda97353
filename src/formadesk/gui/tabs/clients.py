"""The « Clients » place: clients and funders, each with its record and what it is linked to."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QTableView, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.vocabulary import CLIENT_KINDS

from .. import messages
from ..bus import ChangeSignal
from ..dialogs.client_dialog import ClientDialog
from ..dialogs.merge_clients_dialog import MergeClientsDialog
from ..forms.ui_clients_tab import Ui_ClientsTab
from ..messages import show_error
from ..models import clients as cols
from ..models.simple import RowTableModel
from ..widgets.exchange_history import ExchangeHistory
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab
from .clients_funders import FundersPanel


def address_lines(address: str, postal_code: str, city: str) -> str:
    """« 2 rue du Four, 69007 Lyon », or "" when nothing is known."""
    town = " ".join(p for p in (postal_code, city) if p)
    return ", ".join(p for p in (address, town) if p)


def info_html(rows: list[tuple[str, str]], notes: str = "") -> str:
    """Label: value lines (empty values left out), then the notes, as escaped rich text."""
    lines = [f"<b>{html.escape(k)}</b> {html.escape(v)}" for k, v in rows if v]
    if notes:
        lines.append("<i>" + html.escape(notes).replace("\n", "<br>") + "</i>")
    return "<br>".join(lines)


class ClientsTab(RefreshingTab):
    """Two views: « Clients » (with merging) and « Financeurs »."""

    watched = ("client", "funder", "enrollment", "invoice", "session", "document", "quote")

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_ClientsTab()
        ui.setupUi(self)
        self.client_model = RowTableModel(cols.CLIENT_COLUMNS, cols.CONTEXT, self)
        setup_table(ui.clientsView, self.client_model, stretch_column=0)
        self.details: dict[str, RowTableModel] = {}
        for name, columns in (
            ("clientContactsView", cols.CONTACT_COLUMNS),
            ("clientSessionsView", cols.SESSION_COLUMNS),
            ("clientLearnersView", cols.LEARNER_COLUMNS),
            ("clientQuotesView", cols.QUOTE_COLUMNS),
            ("clientInvoicesView", cols.INVOICE_COLUMNS),
            ("clientDocumentsView", cols.DOCUMENT_COLUMNS),
        ):
            model = RowTableModel(columns, cols.CONTEXT, self)
            setup_table(getattr(ui, name), model)
            self.details[name] = model
        ui.clientSplitter.setSizes([620, 780])
        self.exchanges = ExchangeHistory(office, ui.clientExchangesPage, bus=bus)
        ui.clientExchangesLayout.addWidget(self.exchanges)
        self.exchanges.counted.connect(self._exchanges_counted)
        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(self.refresh_clients)
        ui.clientSearchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.clientsView.selectionModel().selectionChanged.connect(self._client_chosen)
        ui.clientsView.doubleClicked.connect(lambda _i: self.edit_client(self.current_client()))
        ui.newClientButton.clicked.connect(lambda: self.edit_client(None))
        ui.editClientButton.clicked.connect(lambda: self.edit_client(self.current_client()))
        ui.mergeClientButton.clicked.connect(self.merge_client)
        ui.deleteClientButton.clicked.connect(self.delete_client)
        self.funders = FundersPanel(self)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_clients()
        self.funders.refresh()

    def refresh_clients(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.clientsView)
        rows = self.office.parties.client_list(ui.clientSearchEdit.text())
        self.client_model.set_rows(rows)
        fit_columns(ui.clientsView, skip=0)
        ui.clientCountLabel.setText(fmt.plural(len(rows), self.tr("client"), self.tr("clients")))
        if not select_id(ui.clientsView, chosen):
            self.show_client_detail(None)

    def current_client(self) -> int | None:
        return selected_id(self.ui.clientsView)

    def _client_chosen(self, *_args) -> None:
        self.show_client_detail(self.current_client())

    def show_client(self, client_id: int) -> None:
        """Show the record of a client (from the global search): its row selected, its detail."""
        ui = self.ui
        ui.viewTabs.setCurrentWidget(ui.clientsPage)
        if self.client_model.row_of_id(client_id) < 0:
            ui.clientSearchEdit.blockSignals(True)
            ui.clientSearchEdit.clear()
            ui.clientSearchEdit.blockSignals(False)
            self.refresh_clients()
        if not select_id(ui.clientsView, client_id):
            self.show_client_detail(client_id)

    def show_funder(self, funder_id: int) -> None:
        self.ui.viewTabs.setCurrentWidget(self.ui.fundersPage)
        self.funders.show_funder(funder_id)

    def show_client_detail(self, client_id: int | None) -> None:
        ui = self.ui
        ui.editClientButton.setEnabled(client_id is not None)
        ui.mergeClientButton.setEnabled(client_id is not None)
        ui.deleteClientButton.setEnabled(client_id is not None)
        ui.clientDetail.setEnabled(client_id is not None)
        self.exchanges.show_for(client_id=client_id)  # with its contacts' exchanges
        if client_id is None:
            ui.clientTitleLabel.setText(self.tr("Choisissez un client dans la liste."))
            ui.clientInfoLabel.clear()
            ui.clientOpenLabel.clear()
            for model in self.details.values():
                model.set_rows([])
            tabs = ui.clientDetailTabs
            for index in range(tabs.count()):  # « Sessions (2) » -> « Sessions »: no one chosen
                tabs.setTabText(index, tabs.tabText(index).split(" (")[0])
            return
        try:
            data = self.office.parties.get_client(client_id)
            view = self.office.parties.client_overview(client_id)
        except FormadeskError as error:  # deleted meanwhile
            show_error(self, error)
            return
        ui.clientTitleLabel.setText(data.name)
        siret = f"{data.siret[:3]} {data.siret[3:6]} {data.siret[6:9]} {data.siret[9:]}"
        ui.clientInfoLabel.setText(
            info_html(
                [
                    (self.tr("Type :"), CLIENT_KINDS.get(data.kind, data.kind)),
                    (self.tr("SIRET :"), siret if data.siret else ""),
                    (
                        self.tr("Facturation :"),
                        address_lines(data.address, data.postal_code, data.city),
                    ),
                    (
                        self.tr("Site de formation :"),
                        address_lines(data.site_address, data.site_postal_code, data.site_city),
                    ),
                    (self.tr("Courriel :"), data.email),
                    (self.tr("Téléphone :"), data.phone),
                ],
                data.notes,
            )
        )
        ui.clientOpenLabel.setText(
            self.tr("Reste dû : {amount}").format(amount=fmt.money(view.open_cents))
            if view.open_cents
            else self.tr("Rien ne reste dû.")
        )
        contents = {
            "clientContactsView": (data.contacts, ui.clientContactsPage, self.tr("Contacts")),
            "clientSessionsView": (view.sessions, ui.clientSessionsPage, self.tr("Sessions")),
            "clientLearnersView": (view.learners, ui.clientLearnersPage, self.tr("Apprenants")),
            "clientQuotesView": (view.quotes, ui.clientQuotesPage, self.tr("Devis")),
            "clientInvoicesView": (view.invoices, ui.clientInvoicesPage, self.tr("Factures")),
            "clientDocumentsView": (view.documents, ui.clientDocumentsPage, self.tr("Documents")),
        }
        for name, (rows, page, title) in contents.items():
            self.details[name].set_rows(rows)
            fit_columns(getattr(ui, name))
            index = ui.clientDetailTabs.indexOf(page)
            ui.clientDetailTabs.setTabText(index, f"{title} ({len(rows)})")

    def _exchanges_counted(self, count: int) -> None:
        tabs, page = self.ui.clientDetailTabs, self.ui.clientExchangesPage
        title = self.tr("Échanges")
        tabs.setTabText(
            tabs.indexOf(page), f"{title} ({count})" if self.exchanges.filters else title
        )

    # -- editing --------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when it was saved (tests replace this to drive it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def open_dialog(self, make: Callable[[], QDialog], table: QTableView) -> None:
        try:
            dialog = make()
        except FormadeskError as error:
            show_error(self, error)
            return
        if self.run_dialog(dialog):
            self.refresh()
            select_id(table, getattr(dialog, "saved_id", None))
        dialog.deleteLater()

    def edit_client(self, client_id: int | None) -> None:
        """Open the client dialog: a new client when ``client_id`` is None."""
        self.open_dialog(lambda: ClientDialog(self.office, client_id, self), self.ui.clientsView)

    def delete_client(self) -> None:
        """Delete the chosen client after a question; one linked to anything is refused."""
        client_id = self.current_client()
        if client_id is None:
            return
        name = self.ui.clientTitleLabel.text()
        question = self.tr(
            "Supprimer définitivement le client « {name} » ? Ses contacts sont supprimés avec lui."
        ).format(name=name)
        if not messages.confirm(self, self.tr("Supprimer le client"), question):
            return
        try:
            self.office.parties.delete_client(client_id)
        except FormadeskError as error:
            show_error(self, error)

    def merge_client(self) -> None:
        keep_id = self.current_client()
        if keep_id is not None:
            self.open_dialog(
                lambda: MergeClientsDialog(self.office, keep_id, self), self.ui.clientsView
            )
