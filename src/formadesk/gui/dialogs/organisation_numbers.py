"""The numbering part of the settings: patterns as words (« Année-Formation-Numéro ») with a
live preview of the next number (session codes on « Documents », invoices and quotes on
« Facturation »). The rules live in core (services/settings_checks)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from formadesk.core import number_patterns as patterns
from formadesk.core.office import Office

CONTEXT = "OrganisationDialog"
INVOICE, QUOTE = "billing.invoice_pattern", "billing.quote_pattern"
# Setting key -> the widget to outline when it is wrong (FormDialog.field_widgets).
NUMBER_WIDGETS = {INVOICE: "invoicePatternEdit", QUOTE: "quotePatternEdit"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class NumberSettings:
    """Loads, previews, checks and saves the numbering settings of the dialog's form."""

    def __init__(self, ui, office: Office):
        self.ui, self.office = ui, office
        self._widths = {"session": 3, INVOICE: 4, QUOTE: 4}
        for edit in (ui.sessionCodePatternEdit, ui.invoicePatternEdit, ui.quotePatternEdit):
            edit.textChanged.connect(self.update_previews)

    def load(self, session_pattern: str) -> None:
        settings = self.office.settings
        stored = {"session": session_pattern, INVOICE: settings.get(INVOICE),
                  QUOTE: settings.get(QUOTE)}  # fmt: skip
        for key, pattern in stored.items():
            self._widths[key] = patterns.digits(pattern, self._widths[key])
        self.ui.sessionCodePatternEdit.setText(patterns.label(session_pattern))
        self.ui.invoicePatternEdit.setText(patterns.label(stored[INVOICE]))
        self.ui.quotePatternEdit.setText(patterns.label(stored[QUOTE]))
        self.update_previews()

    def session_pattern(self) -> str:
        return patterns.pattern(self.ui.sessionCodePatternEdit.text(), self._widths["session"])

    def number_pattern(self, key: str) -> str:
        edit = self.ui.invoicePatternEdit if key == INVOICE else self.ui.quotePatternEdit
        return patterns.pattern(edit.text(), self._widths[key])

    def update_previews(self, _text: str = "") -> None:
        """« Exemple : 2026-EXCEL-INT-003 » under the session code, the same for invoices."""
        words = _tr("Écrivez le modèle avec les mots Année, Mois, Formation et Numéro.")
        session = patterns.preview(self.session_pattern())
        self.ui.patternHint.setText(
            f"{words} " + (_tr("Exemple : {code}").format(code=session) if session else "")
        )
        invoice = patterns.preview(self.number_pattern(INVOICE), n=1)
        quote = patterns.preview(self.number_pattern(QUOTE), n=1)
        self.ui.numbersHint.setText(
            _tr("Exemples : facture {invoice}, devis {quote} (mots Année et Numéro).").format(
                invoice=invoice or "?", quote=quote or "?"
            )
        )

    def settings(self) -> dict[str, str]:
        """The invoice and quote patterns as stored settings (checked by the core on save)."""
        return {key: self.number_pattern(key) for key in (INVOICE, QUOTE)}
