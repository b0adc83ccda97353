"""Cancelling an invoice: the reason, the date of the credit note (avoir), a last confirmation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office

from ..formdialog import FormDialog
from ..forms.ui_invoice_cancel_dialog import Ui_InvoiceCancelDialog
from ..messages import confirm
from ..models.invoices import ListedInvoice, invoice_summary
from ..widgets.inputs import french_buttons


class InvoiceCancelDialog(FormDialog):
    """« Annuler (avoir) » : an issued invoice is never deleted, a credit note cancels it.

    ``saved_id`` is the credit note's id. The final « are you sure » goes through
    ``ask_confirmation`` (tests replace it).
    """

    field_widgets = {"reason": "reasonEdit", "issued_on": "creditDate"}

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
        self.ui = ui = Ui_InvoiceCancelDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Émettre l'avoir")
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        row = invoice.row
        ui.summaryLabel.setText(invoice_summary(invoice))
        warning = self.tr(
            "La facture {number} restera dans la numérotation, marquée « annulée ». Un avoir de "
            "{amount} prendra le prochain numéro de facture ; il faudra l'envoyer au payeur."
        )
        if row.status == "payee":
            warning += " " + self.tr("Cette facture est payée : pensez au remboursement.")
        ui.warningLabel.setText(
            warning.format(number=row.number, amount=fmt.money(-row.total_ttc_cents))
        )
        ui.creditDate.setMinimumDate(QDate(row.issued_on))
        ui.creditDate.setDate(QDate(max(today or dt.date.today(), row.issued_on)))
        ui.reasonEdit.setFocus()

    def ask_confirmation(self, text: str) -> bool:
        """The last question before the avoir is issued (tests replace it)."""
        return confirm(self, self.tr("Annuler la facture"), text)

    def accept(self) -> None:
        reason = self.ui.reasonEdit.text().strip()
        if reason:  # an empty reason is refused by the core, inline, without asking
            question = self.tr(
                "Annuler définitivement la facture {number} par un avoir ?\n\nMotif : {reason}"
            ).format(number=self.invoice.row.number, reason=reason)
            if not self.ask_confirmation(question):
                return
        super().accept()

    def collect(self) -> tuple[str, dt.date]:
        return self.ui.reasonEdit.text(), self.ui.creditDate.date().toPython()

    def commit(self, data: tuple[str, dt.date]) -> int | None:
        reason, issued_on = data
        return self.office.billing.cancel_invoice(self.invoice.id, reason, issued_on=issued_on)
