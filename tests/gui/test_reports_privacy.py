"""« Données personnelles » of the Bilans tab: the learners to review, « Anonymiser… » with
its confirmation, what blocks, the compliance log, the retention settings."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from formadesk.core.services.parties import ClientData  # noqa: E402
from formadesk.gui.tabs.reports_privacy import PrivacyPage  # noqa: E402
from tests.core.attendance_factories import held_session  # noqa: E402

LONG_AGO = dt.date(2022, 11, 7)  # a Monday: more than 3 years before the real today


@pytest.fixture
def page(qtbot, office, bus) -> PrivacyPage:
    held = held_session(office, LONG_AGO)  # Durand, Martin, Petit: all due
    client = office.parties.save_client(
        ClientData(name="Plomberie Barbier", siret="44298176700019")
    )
    data = office.enrollments.get(held.enrollments[1])  # Martin's employer is invoiced
    data.client_id, data.funding_scheme = client, "plan"
    office.enrollments.update(data, confirm=True)
    office.billing.invoice_session(held.session_id, issued_on=dt.date(2022, 11, 20))
    for invoice in office.billing.invoices(held.session_id):
        if invoice.client_id != client:
            office.billing.mark_paid(invoice.id, dt.date(2022, 12, 1))
    page = PrivacyPage(office, bus)  # as ReportsTab.page("privacy") builds it
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    return page


def cells(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def select(page: PrivacyPage, *names: str) -> None:
    view = page.ui.reviewTable
    view.clearSelection()
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() in names:
            view.selectionModel().select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_the_list_shows_who_is_due_what_is_kept_and_what_blocks(page):
    ui = page.ui
    assert cells(ui.reviewTable, 0) == ["DURAND Léa", "MARTIN Hugo", "PETIT Inès"]
    assert cells(ui.reviewTable, 1)[0] == "08/11/2022 (2022-EXCEL-INT-001)"
    assert cells(ui.reviewTable, 2)[0] == "08/11/2025"
    assert cells(ui.reviewTable, 3)[0] == "aucun document"
    blockers = cells(ui.reviewTable, 5)
    assert blockers[0] == "" and blockers[2] == ""
    assert blockers[1].startswith("Facture F2022-") and "non réglée" in blockers[1]
    assert ui.countLabel.text() == "3 personnes à examiner, dont 1 à régler d'abord"
    assert "gardées 3 ans après leur dernière formation" in ui.policyLabel.text()
    assert not ui.anonymiseButton.isEnabled()


def test_anonymising_two_people_after_the_confirmation(page, office):
    asked = []
    page.ask_reason = lambda count: asked.append(count) or "Durée de conservation passée"
    select(page, "DURAND Léa", "PETIT Inès")
    assert page.ui.anonymiseButton.isEnabled()
    page.ui.anonymiseButton.click()
    assert asked == [2]
    assert cells(page.ui.reviewTable, 0) == ["MARTIN Hugo"]
    assert page.ui.messageLabel.text().startswith("2 personnes anonymisées ;")
    log = page.ui.logTable
    assert sorted(cells(log, 2)) == ["Apprenant n° 1", "Apprenant n° 3"]
    assert cells(log, 1) == ["Données anonymisées", "Données anonymisées"]
    assert "Motif : Durée de conservation passée." in cells(log, 3)[0]
    assert office.learners.search("Durand") == []
    text = page.confirmation_text(2)
    assert text.startswith("Anonymiser 2 personnes ?") and "ne peut pas être annulée" in text


def test_cancelling_or_a_blocked_person_changes_nothing(page, office, qtbot):
    page.ask_reason = lambda count: None
    select(page, "DURAND Léa")
    assert not page.anonymise_selected()
    page.ask_reason = lambda count: pytest.fail("a blocked person is not asked about")
    select(page, "MARTIN Hugo")
    assert not page.anonymise_selected()
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None and "MARTIN Hugo : Facture F2022-" in box.text()
    box.close()
    assert cells(page.ui.reviewTable, 0) == ["DURAND Léa", "MARTIN Hugo", "PETIT Inès"]
    assert office.privacy.log() == []


def test_the_log_filter_and_the_retention_settings(page, office, qtbot):
    office.privacy.export_person(office.learners.search("Petit")[0].id, office.path.parent)
    assert cells(page.ui.logTable, 1) == ["Données personnelles exportées"]
    combo = page.ui.logFilterCombo
    combo.setCurrentIndex(combo.findData("archivage"))
    assert cells(page.ui.logTable, 1) == []
    dialog = page.open_retention_settings()
    qtbot.addWidget(dialog)
    assert dialog.ui.tabs.currentWidget() is dialog.ui.retentionPage
    letters = dialog.findChild(type(combo), "courriersDocumentsCombo")
    assert letters.currentData() == "supprimer"
    letters.setCurrentIndex(letters.findData("garder"))
    dialog.ui.learnerYearsSpin.setValue(5)
    dialog.ui.nameEdit.setText("Formations du Lac")  # the office has no name yet
    dialog.accept()
    assert dialog.ui.errorLabel.text() == ""
    assert office.settings.get("retention.documents.courriers") == "garder"
    assert cells(page.ui.reviewTable, 0) == []  # 5 years: nobody is due yet
    assert "gardées 5 ans" in page.ui.policyLabel.text()
    assert "convocations et courriers" in page.ui.policyLabel.text()
