"""The « Factures » panel's other actions: dédit, PDFs in a batch, reminders, sales journal."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.services.parties import ClientData
from formadesk.gui.tabs.invoices import InvoicesPanel
from tests.core.factories import make_course, make_learner, make_session

START = dt.date(2026, 3, 2)
DAY = dt.date(2026, 3, 10)  # invoices due on 9 April 2026: overdue since


@pytest.fixture
def data(office):
    """Hélène's company pays 1 200 €; Jérôme's enrollment (same company) was cancelled."""
    session = make_session(office, make_course(office), start=START)
    client = office.parties.save_client(ClientData(name="Fonderie Ménard", siret="44298176700019"))
    office.enrollments.enroll(
        session_id=session, learner_id=make_learner(office), client_id=client, price_cents=120000
    )
    jerome = office.enrollments.enroll(
        session_id=session, learner_id=make_learner(office, "Béranger", "Jérôme"), client_id=client
    )
    office.enrollments.set_status(jerome, "annule")
    return {"session": session, "jerome": jerome}


@pytest.fixture
def panel(qtbot, office, bus):
    panel = InvoicesPanel(office, bus)
    qtbot.addWidget(panel)
    panel.show()
    panel.questions, panel.opened, panel.answer = [], [], False
    panel.ask_yes_no = lambda _title, text: panel.questions.append(text) or panel.answer
    panel.open_path = panel.opened.append
    return panel


def drive(panel, fill):
    def run(dialog):
        fill(dialog)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        panel.last_dialog = dialog
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.run_dialog = run


def test_a_dedit_is_invoiced_on_its_own_and_a_wrong_amount_is_refused_inline(panel, data):
    def fill(dialog, amount):
        dialog.ui.sessionCombo.setCurrentIndex(dialog.ui.sessionCombo.findData(data["session"]))
        assert dialog.ui.enrollmentCombo.currentData() == data["jerome"]
        dialog.ui.amountEdit.setText(amount)
        dialog.ui.issueDate.setDate(DAY)

    drive(panel, lambda dialog: fill(dialog, "deux cents"))
    panel.ui.feeButton.click()
    assert (
        "Montant du dédit : « deux cents » n'est pas un montant"
        in panel.last_dialog.ui.errorLabel.text()
    )
    assert panel.model.rowCount() == 0

    panel.answer = True  # produce its PDF
    drive(panel, lambda dialog: fill(dialog, "207,00 €"))
    panel.ui.feeButton.click()

    [fee] = panel.model.rows()
    assert (fee.row.number, fee.row.kind_label, fee.row.total_ttc_cents) == (
        "F2026-0001", "Facture de dédit", 20700,
    )  # fmt: skip
    assert "Facture de dédit F2026-0001 émise" in panel.questions[0]
    assert panel.opened[0].name.startswith("Facture de dédit F2026-0001")


def test_invoicing_a_session_then_producing_every_pdf_offers_their_folder(panel, data):
    def fill(dialog):
        dialog.select_session(data["session"])
        dialog.ui.issueDate.setDate(DAY)

    panel.answer = True
    drive(panel, fill)
    panel.ui.invoiceSessionButton.click()

    assert "1 facture émise" in panel.questions[0]
    assert "1 fichier PDF écrit." in panel.questions[1]
    [folder] = panel.opened
    assert [p.name for p in folder.iterdir()] == ["Facture F2026-0001 - Fonderie Ménard.pdf"]


def test_reminders_write_one_letter_per_client_and_offer_the_folder(panel, office, data):
    office.billing.invoice_session(data["session"], issued_on=DAY)
    panel.answer = True
    drive(panel, lambda dialog: None)

    panel.ui.remindersButton.click()

    dialog = panel.last_dialog
    assert dialog.model.rowCount() == 1
    assert "1 lettre à produire" in dialog.ui.countLabel.text()
    [path] = dialog.paths
    assert path.exists() and "Relance de paiement" in path.name
    assert "1 lettre de relance écrite" in panel.questions[0]
    assert panel.opened == [path.parent]


def test_the_sales_journal_of_a_year_is_saved_where_asked_then_opened(
    panel, office, data, tmp_path
):
    office.billing.invoice_session(data["session"], issued_on=DAY)
    panel.refresh()
    asked = []
    panel.ask_journal_year = lambda years, current: asked.append(years) or 2026
    panel.ask_save_path = lambda _title, name, _filter: asked.append(name) or tmp_path / "ventes"

    panel.ui.journalButton.click()

    assert asked == [[2026], "Journal des ventes 2026.xlsx"]
    [path] = panel.opened
    assert path == tmp_path / "ventes.xlsx"
    cells = [c.value for row in openpyxl.load_workbook(path).active.iter_rows() for c in row]
    assert "F2026-0001" in cells
