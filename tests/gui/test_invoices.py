"""The « Factures » panel: invoicing a session, refusals, credit notes, payments, PDFs."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core import formatting as fmt
from formadesk.core.services.attendance import Mark
from formadesk.core.services.parties import ClientData, FunderData
from formadesk.gui.tabs.invoices import InvoicesPanel
from tests.core.factories import make_course, make_learner, make_session

START = dt.date(2026, 3, 2)  # a finished two-day session
DAY = dt.date(2026, 3, 10)  # the invoices' date


@pytest.fixture
def session_id(office):
    """Hélène: 1 200 €, 900 € from the OPCO in subrogation; Jérôme: 690 € all paid by the OPCO;
    Marc pays himself (690 €)."""
    session = make_session(office, make_course(office), start=START)
    client = office.parties.save_client(
        ClientData(name="Boulangerie Émile & Fils", siret="44298176700019")
    )
    opco = office.parties.save_funder(
        FunderData(
            name="OPCO Atlas", kind="opco", address="1 place Bellecour", postal_code="69002",
            city="Lyon",
        )
    )  # fmt: skip
    enroll = office.enrollments.enroll
    enroll(
        session_id=session, learner_id=make_learner(office), client_id=client, funder_id=opco,
        price_cents=120000, funder_amount_cents=90000, subrogation=True,
    )  # fmt: skip
    enroll(
        session_id=session, learner_id=make_learner(office, "Béranger", "Jérôme"),
        client_id=client, funder_id=opco, subrogation=True,
    )  # fmt: skip
    enroll(session_id=session, learner_id=make_learner(office, "N'Diaye", "Marc"))
    grid = office.attendance.grid(session, today=DAY)  # funders pay the hours attended
    marks = [
        Mark(p.enrollment_id, h.slot_id, "present") for p in grid.learners for h in grid.half_days
    ]
    office.attendance.save(session, marks, today=DAY)
    return session


@pytest.fixture
def panel(qtbot, office, bus):
    panel = InvoicesPanel(office, bus)
    qtbot.addWidget(panel)
    panel.show()
    panel.questions, panel.opened = [], []
    panel.ask_yes_no = lambda _title, text: panel.questions.append(text) and False
    panel.open_path = panel.opened.append
    return panel


def drive(panel, fill):
    """Answer the next dialogs: ``fill(dialog)``, then press its main button."""

    def run(dialog):
        fill(dialog)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        panel.last_dialog = dialog
        return dialog.result() == QDialog.DialogCode.Accepted

    panel.run_dialog = run


def invoice(panel, session_id, day=DAY):
    def fill(dialog):
        assert dialog.select_session(session_id)
        dialog.ui.issueDate.setDate(day)

    drive(panel, fill)
    panel.ui.invoiceSessionButton.click()


def listed(panel):
    return {i.row.number: i for i in panel.model.rows()}


def test_invoicing_a_session_lists_funder_and_client_invoices_with_gap_free_numbers(
    panel, session_id
):
    assert panel.ui.stack.currentWidget() is panel.ui.emptyLabel
    invoice(panel, session_id)

    rows = listed(panel)
    assert [(n, i.row.payer_name) for n, i in sorted(rows.items())] == [
        ("F2026-0001", "OPCO Atlas"),
        ("F2026-0002", "Boulangerie Émile & Fils"),
        ("F2026-0003", "Marc N'Diaye"),
    ]
    assert panel.proxy.rowCount() == 3
    assert "3 factures émises" in panel.questions[0]
    assert "F2026-0002 — Boulangerie Émile & Fils — 300,00" in panel.questions[0]
    assert f"Émis : <b>{fmt.money(258000)}</b>" in panel.ui.totalsLabel.text()
    assert panel.selected().row.number == "F2026-0001"


def test_invoicing_twice_is_refused_in_the_dialog_and_adds_no_row(panel, session_id):
    invoice(panel, session_id)
    invoice(panel, session_id)

    dialog = panel.last_dialog
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "déjà facturée" in dialog.ui.errorLabel.text()
    assert "annulez d'abord" in dialog.ui.errorLabel.text()
    assert panel.model.rowCount() == 3
    assert len(panel.office.billing.invoices()) == 3
    assert len(panel.questions) == 1  # nothing was offered after the refusal


def test_cancelling_an_invoice_issues_an_avoir_with_the_next_number(panel, session_id):
    invoice(panel, session_id)
    panel.show_invoice(listed(panel)["F2026-0002"].id)
    asked = []

    def fill(dialog, answer=False):
        dialog.ui.reasonEdit.setText("Erreur sur le prix")
        dialog.ui.creditDate.setDate(DAY)
        dialog.ask_confirmation = lambda text: asked.append(text) or answer

    drive(panel, fill)  # the user says no at the last question: nothing changes
    panel.ui.cancelButton.click()
    assert "F2026-0002" in asked[0] and panel.model.rowCount() == 3

    drive(panel, lambda dialog: fill(dialog, answer=True))
    panel.ui.cancelButton.click()

    rows = listed(panel)
    credit, original = rows["F2026-0004"], rows["F2026-0002"]
    assert (credit.row.kind_label, credit.row.cancels_number) == ("Avoir", "F2026-0002")
    assert credit.row.total_ttc_cents == -original.row.total_ttc_cents
    assert original.row.status == "annulee"
    assert panel.proxy.data(panel.proxy.index(0, 7)) == "Émis — annule F2026-0002"
    assert "Avoir F2026-0004 émis : la facture F2026-0002 est annulée" in panel.questions[-1]
    assert panel.selected().row.number == "F2026-0004"
    assert not panel.ui.cancelButton.isEnabled()  # an avoir is not cancelled
    panel.show_invoice(original.id)
    assert not panel.ui.cancelButton.isEnabled() and not panel.ui.paidButton.isEnabled()


def test_marking_an_invoice_paid_changes_its_status_and_the_totals(panel, session_id):
    invoice(panel, session_id)
    opco = listed(panel)["F2026-0001"]
    panel.show_invoice(opco.id)
    assert f"Payé : <b>{fmt.money(0)}</b>" in panel.ui.totalsLabel.text()

    drive(panel, lambda dialog: dialog.ui.paidDate.setDate(DAY + dt.timedelta(days=12)))
    panel.ui.paidButton.click()

    paid = listed(panel)["F2026-0001"]
    assert (paid.row.status, paid.row.paid_on) == ("payee", dt.date(2026, 3, 22))
    totals = panel.ui.totalsLabel.text()
    assert f"Payé : <b>{fmt.money(opco.row.total_ttc_cents)}</b>" in totals
    assert f"Restant dû : <b>{fmt.money(258000 - opco.row.total_ttc_cents)}</b>" in totals
    assert not panel.ui.paidButton.isEnabled()


def test_producing_the_pdf_writes_and_opens_the_numbered_invoice(panel, session_id):
    invoice(panel, session_id)
    panel.show_invoice(listed(panel)["F2026-0003"].id)

    panel.ui.pdfButton.click()

    [path] = panel.opened
    assert path.exists() and path.suffix == ".pdf"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    assert "F2026-0003" in text and "Marc N'Diaye" in text
    assert [d.kind for d in panel.office.documents.list_documents()] == ["facture"]


def test_filters_narrow_the_list_and_the_totals(panel, session_id):
    invoice(panel, session_id)
    panel.today = lambda: DAY + dt.timedelta(days=45)  # 15 days past the due date
    panel.refresh()

    table = panel.ui.invoiceTable
    assert [table.model().index(r, 0).data() for r in range(3)] == [
        "F2026-0003", "F2026-0002", "F2026-0001",
    ]  # fmt: skip
    table.sortByColumn(6, Qt.SortOrder.AscendingOrder)  # by amount
    assert [table.model().index(r, 0).data() for r in range(3)] == [
        "F2026-0002", "F2026-0003", "F2026-0001",
    ]  # fmt: skip
    panel.ui.searchEdit.setText("boulangerie")
    assert [i.row.number for i in panel.proxy.shown()] == ["F2026-0002"]
    panel.ui.searchEdit.clear()
    panel.ui.lateOnlyCheck.setChecked(True)
    assert panel.proxy.rowCount() == 3
    assert panel.proxy.data(panel.proxy.index(0, 8)) == "15 j"
    assert "en retard" in panel.ui.totalsLabel.text()
    panel.ui.yearCombo.setCurrentIndex(panel.ui.yearCombo.findText("2026"))
    panel.ui.statusCombo.setCurrentIndex(panel.ui.statusCombo.findData("payee"))
    assert panel.proxy.rowCount() == 0
    assert panel.ui.countLabel.text() == "0 sur 3"


def test_the_panel_follows_changes_made_elsewhere_and_reloads_when_shown_again(
    panel, office, session_id
):
    ids = office.billing.invoice_session(session_id, issued_on=DAY)  # e.g. from a script
    assert panel.model.rowCount() == 3

    panel.hide()
    office.billing.mark_paid(ids[0], DAY)
    assert listed(panel)["F2026-0001"].row.status == "emise"  # hidden: not reloaded yet
    panel.show()
    assert listed(panel)["F2026-0001"].row.status == "payee"


def test_the_panel_opens_on_this_year_and_an_avoir_names_an_invoice_of_another_year(
    qtbot, office, bus
):
    """A large office has tens of thousands of invoices: the panel loads one year at a time,
    this one first; a 2025 invoice cancelled in 2026 still says which avoir cancelled it."""
    from formadesk.gui.models.invoices import status_text

    session = make_session(office, make_course(office), start=dt.date(2025, 6, 2))
    enrollment = office.enrollments.enroll(session_id=session, learner_id=make_learner(office))
    grid = office.attendance.grid(session, today=dt.date(2025, 6, 10))
    office.attendance.save(
        session,
        [Mark(enrollment, h.slot_id, "present") for h in grid.half_days],
        today=dt.date(2025, 6, 10),
    )
    (first,) = office.billing.invoice_session(session, issued_on=dt.date(2025, 6, 10))
    office.billing.cancel_invoice(first, "Erreur d'adresse", issued_on=dt.date(2026, 1, 5))

    panel = InvoicesPanel(office, bus)
    qtbot.addWidget(panel)
    panel.show()
    years = panel.ui.yearCombo
    assert [years.itemText(i) for i in range(years.count())] == [
        "Toutes les années", "2026", "2025",
    ]  # fmt: skip
    assert years.currentText() == "2026"
    assert list(listed(panel)) == ["F2026-0001"]
    assert status_text(listed(panel)["F2026-0001"]) == "Émis — annule F2025-0001"

    years.setCurrentIndex(years.findText("2025"))
    assert list(listed(panel)) == ["F2025-0001"]
    assert status_text(listed(panel)["F2025-0001"]) == "Annulée — avoir F2026-0001"
    assert "1 pièce" in panel.ui.countLabel.text()

    years.setCurrentIndex(0)
    assert sorted(listed(panel)) == ["F2025-0001", "F2026-0001"]


def test_what_is_due_from_an_earlier_year_stays_in_sight(qtbot, office, bus, session_id):
    """The panel shows this year, but « En retard seulement » and « Émises (à encaisser) » list
    the unpaid invoices of every year, and an invoice shown from elsewhere brings its year."""
    old = make_session(office, make_course(office, "WORD-BASE"), start=dt.date(2025, 6, 2))
    enrollment = office.enrollments.enroll(
        session_id=old, learner_id=make_learner(office, "Ancien", "Paul")
    )
    grid = office.attendance.grid(old, today=dt.date(2025, 6, 10))
    office.attendance.save(
        old, [Mark(enrollment, h.slot_id, "present") for h in grid.half_days],
        today=dt.date(2025, 6, 10),
    )  # fmt: skip
    (late,) = office.billing.invoice_session(old, issued_on=dt.date(2025, 6, 10))
    office.billing.invoice_session(session_id, issued_on=DAY)

    panel = InvoicesPanel(office, bus)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.ui.yearCombo.currentText() == "2026"
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert "F2025-0001" not in shown and len(shown) == 3
    assert panel.ui.countLabel.text() == "3 pièces"  # this year's, the earlier one hidden

    panel.ui.lateOnlyCheck.setChecked(True)
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert "F2025-0001" in shown
    assert "en retard" in panel.ui.totalsLabel.text()
    assert panel.show_invoice(late) and panel.selected().row.number == "F2025-0001"

    panel.ui.lateOnlyCheck.setChecked(False)  # hides it: nothing selected, not another one
    assert panel.selected() is None and not panel.ui.paidButton.isEnabled()

    panel.ui.yearCombo.setCurrentIndex(panel.ui.yearCombo.findText("2025"))
    panel.ui.lateOnlyCheck.setChecked(True)  # as of 2025: the 2026 invoices are not due yet
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert shown == ["F2025-0001"] and panel.ui.countLabel.text() == "1 pièce"
    panel.ui.lateOnlyCheck.setChecked(False)
    panel.ui.yearCombo.setCurrentIndex(panel.ui.yearCombo.findText("2026"))
    panel.ui.searchEdit.setText("introuvable")
    assert panel.show_invoice(late)
    assert (
        panel.ui.yearCombo.currentText() == "2025" and panel.selected().row.number == "F2025-0001"
    )
