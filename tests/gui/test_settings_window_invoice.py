"""Bank details typed in the settings window are printed on the invoice; without an IBAN, an
invoice asking for a transfer is refused with a sentence saying where to enter it."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.core.errors import BusinessRuleError
from formadesk.gui.dialogs.organisation_dialog import OrganisationDialog
from tests.core.factories import make_course, make_learner, make_session

ISSUED = dt.date(2026, 3, 10)


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    return " ".join(out.stdout.decode().split())


@pytest.fixture
def cancelled(office) -> int:
    """A cancelled enrollment, a dédit to invoice (payable « par virement »), no IBAN yet."""
    session = make_session(office, make_course(office), start=dt.date(2026, 3, 2))
    enrollment = office.enrollments.enroll(session_id=session, learner_id=make_learner(office))
    office.enrollments.set_status(enrollment, "annule")
    office.settings.set("billing.iban", "")
    return enrollment


def test_an_invoice_without_iban_is_refused_with_where_to_enter_it(office, cancelled):
    with pytest.raises(BusinessRuleError) as caught:
        office.billing.invoice_cancellation_fee(cancelled, 30000, issued_on=ISSUED)

    assert "Indiquez l'IBAN de l'organisme dans Paramètres › Facturation" in str(caught.value)
    assert office.billing.invoices() == []  # no number taken


def test_the_iban_typed_in_the_settings_is_printed_on_the_invoice(office, cancelled, qtbot):
    dialog = OrganisationDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Formations du Lac")
    qtbot.keyClicks(dialog.ui.ibanEdit, "FR7630006000011234567890189")
    qtbot.keyClicks(dialog.ui.bicEdit, "AGRIFRPP")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton
    )
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()

    dedit = office.billing.invoice_cancellation_fee(cancelled, 30000, issued_on=ISSUED)
    path = office.billing.render_invoice(dedit)

    text = _pdf_text(path)
    assert "Règlement par virement : IBAN FR76 3000 6000 0112 3456 7890 189 · BIC AGRIFRPP" in text
