"""The « Financeurs » view of the « Clients » place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.vocabulary import FUNDER_KINDS

from ..dialogs.funder_dialog import FunderDialog
from ..messages import show_error
from ..models import clients as cols
from ..models.simple import RowTableModel
from ..widgets.exchange_history import ExchangeHistory
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table

if TYPE_CHECKING:
    from .clients import ClientsTab


class FundersPanel:
    """List of funders (inactive ones greyed), record, contacts, funded enrolments, invoices."""

    def __init__(self, tab: ClientsTab):
        self.tab = tab
        ui = self.ui = tab.ui
        self.model = RowTableModel(
            cols.FUNDER_COLUMNS, cols.CONTEXT, tab, muted=lambda r: not r.active
        )
        setup_table(ui.fundersView, self.model, stretch_column=0)
        self.details: dict[str, RowTableModel] = {}
        for name, columns in (
            ("funderContactsView", cols.CONTACT_COLUMNS),
            ("funderFundedView", cols.FUNDED_COLUMNS),
            ("funderInvoicesView", cols.INVOICE_COLUMNS),
        ):
            model = RowTableModel(columns, cols.CONTEXT, tab)
            setup_table(getattr(ui, name), model)
            self.details[name] = model
        ui.funderSplitter.setSizes([620, 780])
        # « Échanges »: the journal of exchanges with the funder and its contacts.
        self.exchanges = ExchangeHistory(tab.office, ui.funderDetailTabs, bus=tab.bus)
        self.exchanges.setObjectName("funderExchanges")
        ui.funderDetailTabs.addTab(self.exchanges, self.tr("Échanges"))
        self.exchanges.counted.connect(self._exchanges_counted)
        ui.funderSearchEdit.textChanged.connect(lambda _t: self.refresh())
        ui.fundersView.selectionModel().selectionChanged.connect(
            lambda *_a: self.show_detail(selected_id(ui.fundersView))
        )
        ui.fundersView.doubleClicked.connect(lambda _i: self.edit(selected_id(ui.fundersView)))
        ui.newFunderButton.clicked.connect(lambda: self.edit(None))
        ui.editFunderButton.clicked.connect(lambda: self.edit(selected_id(ui.fundersView)))

    def tr(self, text: str) -> str:
        return self.tab.tr(text)

    def refresh(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.fundersView)
        rows = self.tab.office.parties.funder_list(ui.funderSearchEdit.text())
        self.model.set_rows(rows)
        fit_columns(ui.fundersView, skip=0)
        ui.funderCountLabel.setText(
            fmt.plural(len(rows), self.tr("financeur"), self.tr("financeurs"))
        )
        if not select_id(ui.fundersView, chosen):
            self.show_detail(None)

    def show_funder(self, funder_id: int) -> None:
        if self.model.row_of_id(funder_id) < 0:
            self.ui.funderSearchEdit.clear()
        if not select_id(self.ui.fundersView, funder_id):
            self.show_detail(funder_id)

    def _exchanges_counted(self, count: int) -> None:
        tabs = self.ui.funderDetailTabs
        title = self.tr("Échanges")
        tabs.setTabText(
            tabs.indexOf(self.exchanges),
            f"{title} ({count})" if self.exchanges.filters else title,
        )

    def show_detail(self, funder_id: int | None) -> None:
        ui = self.ui
        ui.editFunderButton.setEnabled(funder_id is not None)
        ui.funderDetail.setEnabled(funder_id is not None)
        self.exchanges.show_for(funder_id=funder_id)
        if funder_id is None:
            ui.funderTitleLabel.setText(self.tr("Choisissez un financeur dans la liste."))
            ui.funderInfoLabel.clear()
            ui.funderOpenLabel.clear()
            for model in self.details.values():
                model.set_rows([])
            return
        from .clients import address_lines, info_html

        try:
            data = self.tab.office.parties.get_funder(funder_id)
            view = self.tab.office.parties.funder_overview(funder_id)
        except FormadeskError as error:
            show_error(self.tab, error)
            return
        title = data.name if data.active else self.tr("{name} (inactif)").format(name=data.name)
        ui.funderTitleLabel.setText(title)
        rows = [
            (self.tr("Type :"), FUNDER_KINDS.get(data.kind, data.kind)),
            (self.tr("SIRET :"), data.siret),
            (self.tr("Facturation :"), address_lines(data.address, data.postal_code, data.city)),
            (self.tr("À l'attention de :"), data.contact_name),
            (self.tr("Courriel :"), data.email),
            (self.tr("Téléphone :"), data.phone),
            (self.tr("Exige :"), data.requirements),
        ]
        ui.funderInfoLabel.setText(info_html(rows, data.notes))
        ui.funderOpenLabel.setText(
            self.tr("Reste dû par le financeur : {amount}").format(
                amount=fmt.money(view.open_cents)
            )
            if view.open_cents
            else self.tr("Rien ne reste dû.")
        )
        contents = {
            "funderContactsView": (data.contacts, ui.funderContactsPage, self.tr("Contacts")),
            "funderFundedView": (
                view.funded,
                ui.funderFundedPage,
                self.tr("Inscriptions financées"),
            ),
            "funderInvoicesView": (view.invoices, ui.funderInvoicesPage, self.tr("Factures")),
        }
        for name, (items, page, label) in contents.items():
            self.details[name].set_rows(items)
            fit_columns(getattr(ui, name))
            ui.funderDetailTabs.setTabText(
                ui.funderDetailTabs.indexOf(page), f"{label} ({len(items)})"
            )

    def edit(self, funder_id: int | None) -> None:
        self.tab.open_dialog(
            lambda: FunderDialog(self.tab.office, funder_id, self.tab), self.ui.fundersView
        )
