"""« Modifier l'inscription »: two funders in subrogation, invoicing, a change after invoicing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.core.errors import BusinessRuleError
from formadesk.gui.dialogs.enrollment_dialog import (
    AGREEMENT,
    AMOUNT,
    FUNDER,
    STATUS,
    SUBROGATION,
    EnrollmentDialog,
)
from formadesk.gui.widgets.inputs import select_data
from tests.core.funding_support import DAY, funded_session, totals


@pytest.fixture
def ids(office):
    return funded_session(office)


def open_dialog(qtbot, office, ids) -> EnrollmentDialog:
    dialog = EnrollmentDialog(office, ids["enrollment"])
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill_line(dialog, row, funder_id, amount, status="accordee", agreement=""):
    cell = dialog.ui.fundingTable.cellWidget
    select_data(cell(row, FUNDER), funder_id)
    cell(row, AMOUNT).setText(amount)
    cell(row, SUBROGATION).setChecked(True)
    select_data(cell(row, STATUS), status)
    cell(row, AGREEMENT).setText(agreement)


def two_funders(dialog, ids, akto_status="accordee"):
    dialog.ui.discountEdit.setText("200,00")
    dialog.ui.addFundingButton.click()
    dialog.ui.addFundingButton.click()
    fill_line(dialog, 0, ids["akto"], "60 %", akto_status, "PEC-2026-0042")
    fill_line(dialog, 1, ids["region"], "500,00")


def save(dialog):
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()


def test_two_funders_in_subrogation_then_invoicing_bills_each_its_share(qtbot, office, ids):
    dialog = open_dialog(qtbot, office, ids)
    two_funders(dialog, ids)
    assert "220,00" in dialog.ui.restLabel.text()  # 1 800 - 1 080 - 500

    save(dialog)

    assert dialog.result() == EnrollmentDialog.DialogCode.Accepted
    office.billing.invoice_session(ids["session"], issued_on=DAY)
    assert totals(office, ids["session"]) == [
        ("facture", "emise", "Akto", 108000),
        ("facture", "emise", "Région Auvergne-Rhône-Alpes", 50000),
        ("facture", "emise", "Boulangerie Martin", 22000),
    ]


def test_a_requested_agreement_blocks_invoicing(qtbot, office, ids):
    dialog = open_dialog(qtbot, office, ids)
    two_funders(dialog, ids, akto_status="demandee")
    save(dialog)

    with pytest.raises(BusinessRuleError, match="encore « demandé » pour Hélène Lefèvre"):
        office.billing.invoice_session(ids["session"], issued_on=DAY)


def test_a_change_after_invoicing_issues_a_credit_note_and_new_invoices(qtbot, office, ids):
    dialog = open_dialog(qtbot, office, ids)
    two_funders(dialog, ids)
    save(dialog)
    office.billing.invoice_session(ids["session"], issued_on=DAY)

    dialog = open_dialog(qtbot, office, ids)
    asked = []
    dialog.ask_reinvoice = lambda text: asked.append(text) or True
    dialog.ui.discountEdit.setText("0")
    save(dialog)

    assert "annuler ces factures par un avoir et émettre les nouvelles factures" in asked[0]
    assert [t[:3] for t in totals(office, ids["session"])[3:5]] == [
        ("avoir", "emise", "Akto"),
        ("avoir", "emise", "Boulangerie Martin"),
    ]
    assert [t[2:] for t in totals(office, ids["session"])[5:]] == [
        ("Akto", 120000),
        ("Boulangerie Martin", 30000),
    ]  # the Région's 500 € do not change: its invoice stands


def test_declining_the_credit_note_changes_nothing(qtbot, office, ids):
    dialog = open_dialog(qtbot, office, ids)
    two_funders(dialog, ids)
    save(dialog)
    office.billing.invoice_session(ids["session"], issued_on=DAY)

    dialog = open_dialog(qtbot, office, ids)
    dialog.ask_reinvoice = lambda text: False
    dialog.ui.discountEdit.setText("0")
    save(dialog)

    assert dialog.isVisible() and "Rien n'a été enregistré" in dialog.ui.errorLabel.text()
    assert office.enrollments.get(ids["enrollment"]).discount_cents == 20000
    assert len(totals(office, ids["session"])) == 3


@pytest.mark.parametrize(
    ("akto", "region", "words"),
    [("1500 %", "500,00", "entre 0,1 % et 100 %"), ("60 %", "900,00", "dépassent le prix")],
)
def test_bad_funding_is_said_in_french_and_nothing_is_saved(
    qtbot, office, ids, akto, region, words
):
    dialog = open_dialog(qtbot, office, ids)
    two_funders(dialog, ids)
    fill_line(dialog, 0, ids["akto"], akto)
    fill_line(dialog, 1, ids["region"], region)

    save(dialog)

    assert dialog.isVisible()
    assert words in dialog.ui.errorLabel.text()
    assert dialog.ui.fundingTable.styleSheet()  # the table is outlined
    assert dialog.ui.fundingTable.cellWidget(0, AMOUNT).text() == akto  # kept as typed
    saved = office.enrollments.get(ids["enrollment"])
    assert saved.funding == [] and saved.discount_cents == 0
