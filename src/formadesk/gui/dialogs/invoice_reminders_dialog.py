"""Payment reminders: the overdue invoices, and one letter per client and session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import BusinessRuleError
from formadesk.core.office import Office

from ..formdialog import FormDialog
from ..forms.ui_invoice_reminders_dialog import Ui_InvoiceRemindersDialog
from ..models.invoices import CONTEXT, OVERDUE_COLUMNS, InvoiceTotals, ListedInvoice, listed
from ..models.simple import RowTableModel
from ..tasks import run_with_progress
from ..widgets.inputs import fill_combo, french_buttons, select_data
from ..widgets.tables import fit_columns, setup_table

PAYER_COLUMN = 1


class InvoiceRemindersDialog(FormDialog):
    """« Relances… » : lists the unpaid invoices past due, writes the letters (``paths``)."""

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.paths: list[Path] = []
        self.ui = ui = Ui_InvoiceRemindersDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        self.produce_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.produce_button.setText(self.tr("Produire les lettres"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        today = today or dt.date.today()
        self._overdue = listed(office.billing.overdue(today), today)
        self.model: RowTableModel[ListedInvoice] = RowTableModel(OVERDUE_COLUMNS, CONTEXT, self)
        setup_table(ui.overdueTable, self.model, stretch_column=PAYER_COLUMN)
        sessions = {i.row.session_id: i.row.session_code for i in self._overdue if i.row.session_id}
        fill_combo(
            ui.scopeCombo,
            sorted(sessions.items(), key=lambda pair: pair[1]),
            none_label=self.tr("Toutes les sessions"),
        )
        select_data(ui.scopeCombo, session_id if session_id in sessions else None)
        ui.scopeCombo.currentIndexChanged.connect(self.show_scope)
        self.show_scope()

    def session_id(self) -> int | None:
        return self.ui.scopeCombo.currentData()

    def show_scope(self) -> None:
        """The overdue invoices of the chosen session (or all) and what will be written."""
        session_id = self.session_id()
        shown = [i for i in self._overdue if session_id is None or i.row.session_id == session_id]
        self.model.set_rows(shown)
        fit_columns(self.ui.overdueTable, skip=PAYER_COLUMN)
        letters = {(i.row.session_id, i.row.client_id) for i in shown if i.row.client_id}
        funders = sum(1 for i in shown if not i.row.client_id)
        total = InvoiceTotals.of(shown).due_cents
        if not shown:
            text = self.tr("Aucune facture en retard de paiement : rien à relancer.")
        else:
            text = self.tr("{n} en retard pour {amount} ; {letters} à produire.").format(
                n=fmt.plural(len(shown), self.tr("facture"), self.tr("factures")),
                amount=fmt.money(total),
                letters=fmt.plural(len(letters), self.tr("lettre"), self.tr("lettres")),
            )
        if funders:
            text += " " + self.tr(
                "{n} de financeurs : pas de lettre, relancez-les sur leur espace en ligne."
            ).format(n=fmt.plural(funders, self.tr("facture"), self.tr("factures")))
        self.ui.countLabel.setText(text)
        self.produce_button.setEnabled(bool(letters))

    def collect(self) -> int | None:
        return self.session_id()

    def commit(self, data: int | None) -> int | None:
        self.paths = run_with_progress(
            self, self.tr("Production des lettres de relance…"),
            self.office.billing.payment_reminders, data,
        )  # fmt: skip
        if not self.paths:
            raise BusinessRuleError(self.tr("Aucune lettre n'a été produite : rien à relancer."))
        return None
