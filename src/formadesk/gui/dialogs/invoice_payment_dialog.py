"""Recording the payment of an invoice or a dédit: the date it was paid."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office

from ..formdialog import FormDialog
from ..forms.ui_invoice_payment_dialog import Ui_InvoicePaymentDialog
from ..models.invoices import ListedInvoice, invoice_summary
from ..widgets.inputs import french_buttons


class InvoicePaymentDialog(FormDialog):
    """« Marquer payée » : the invoice in short and the payment date (today by default)."""

    field_widgets = {"paid_on": "paidDate"}

    def __init__(
        self,
        office: Office,
        invoice: ListedInvoice,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.invoice = invoice
        self.ui = ui = Ui_InvoicePaymentDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Enregistrer le paiement")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        row = invoice.row
        summary = invoice_summary(invoice)
        if row.due_on:
            summary += "<br>" + self.tr("Échéance : {date}").format(date=fmt.date_short(row.due_on))
            if invoice.days_late:
                summary += " " + self.tr("({n} jours de retard)").format(n=invoice.days_late)
        ui.summaryLabel.setText(summary)
        ui.paidDate.setMinimumDate(QDate(row.issued_on))
        ui.paidDate.setDate(QDate(max(today or dt.date.today(), row.issued_on)))

    def collect(self) -> dt.date:
        return self.ui.paidDate.date().toPython()

    def commit(self, data: dt.date) -> int | None:
        self.office.billing.mark_paid(self.invoice.id, data)
        return self.invoice.id
