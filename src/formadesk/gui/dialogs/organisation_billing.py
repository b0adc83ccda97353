"""The « Facturation » page of the settings: bank details, payment terms and clauses.

IBAN and BIC are checked by the core on save (services/settings_checks); a wrong one gets its
French message right under the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from formadesk.core.office import Office
from formadesk.core.services.settings_checks import format_iban

IBAN, BIC = "billing.iban", "billing.bic"
PAYMENT_DAYS, QUOTE_DAYS = "billing.payment_days", "billing.quote_validity_days"
TERMS, PENALTY, CANCELLATION = (
    "documents.payment_terms",
    "documents.late_penalty",
    "documents.cancellation_clause",
)
# Setting key -> widget to outline when it is wrong (FormDialog.field_widgets).
BILLING_WIDGETS = {
    IBAN: "ibanEdit",
    BIC: "bicEdit",
    PAYMENT_DAYS: "paymentDaysSpin",
    QUOTE_DAYS: "quoteValiditySpin",
    TERMS: "paymentTermsEdit",
    PENALTY: "latePenaltyEdit",
    CANCELLATION: "cancellationEdit",
}
TEXTS = {TERMS: "paymentTermsEdit", PENALTY: "latePenaltyEdit", CANCELLATION: "cancellationEdit"}
ERROR_STYLE = "color: #a93226;"


def _days(text: str, default: int) -> int:
    return int(text) if text.strip().isdigit() else default


class BillingSettings:
    """Loads the page from ``office.settings`` and gives back the settings to save."""

    def __init__(self, ui, office: Office):
        self.ui, self.office = ui, office
        self.messages: dict[str, QLabel] = {}
        for key, edit in ((IBAN, ui.ibanEdit), (BIC, ui.bicEdit)):
            label = QLabel(ui.bankBox)
            label.setObjectName(edit.objectName().replace("Edit", "Message"))
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            row, _role = ui.bankLayout.getWidgetPosition(edit)
            ui.bankLayout.insertRow(row + 1, "", label)
            ui.bankLayout.setRowVisible(label, False)  # no gap while there is nothing to say
            self.messages[key] = label

    def load(self) -> None:
        get = self.office.settings.get
        self.ui.ibanEdit.setText(format_iban(get(IBAN)))
        self.ui.bicEdit.setText(get(BIC))
        self.ui.paymentDaysSpin.setValue(_days(get(PAYMENT_DAYS), 30))
        self.ui.quoteValiditySpin.setValue(_days(get(QUOTE_DAYS), 30))
        for key, name in TEXTS.items():
            getattr(self.ui, name).setPlainText(get(key))

    def settings(self) -> dict[str, str]:
        values = {
            IBAN: self.ui.ibanEdit.text(),
            BIC: self.ui.bicEdit.text(),
            PAYMENT_DAYS: str(self.ui.paymentDaysSpin.value()),
            QUOTE_DAYS: str(self.ui.quoteValiditySpin.value()),
        }
        return values | {key: getattr(self.ui, name).toPlainText() for key, name in TEXTS.items()}

    def show_messages(self, errors: dict[str, str]) -> None:
        """The message of a wrong IBAN or BIC under its field; none for a right one."""
        for key, label in self.messages.items():
            label.setText(errors.get(key, ""))
            self.ui.bankLayout.setRowVisible(label, key in errors)
