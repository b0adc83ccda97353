"""The session's page « Bilan »: figures, remarks never lost, costs, the bilan produced."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from formadesk.gui.dialogs.cost_dialog import CostDialog
from formadesk.gui.widgets import bilan_panel
from formadesk.gui.widgets.bilan_panel import CANCEL, DISCARD, SAVE, BilanPanel
from formadesk.gui.widgets.tables import select_id
from tests.core.bilan_factories import reported_session
from tests.core.factories import make_course, make_session, working_start


@pytest.fixture
def reported(office):
    return reported_session(office, remarks="")


def open_panel(qtbot, office, session_id: int) -> BilanPanel:
    panel = BilanPanel(office)
    qtbot.addWidget(panel)
    panel.resize(1100, 500)
    panel.show()
    panel.show_session(session_id)
    return panel


def plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_the_page_sums_up_the_bilan(qtbot, office, reported):
    panel = open_panel(qtbot, office, reported.session_id)
    text = plain(panel.ui.summaryView.toPlainText())
    assert "Taux d'assiduité : 56 % (23 h 30 suivies sur 42 h prévues)" in text
    assert "Abandon de PETIT Inès le 02/03/2026 : Déménagement" in text
    assert "Client / employeur – à froid : 0 sur 1 (0 %), note aucune réponse" in text
    assert "Réclamation R-0001 (04/03/2026) : Salle trop froide" in text
    assert "Marge (facturé HT − coûts) : 1 500,00 €" in text
    assert panel.cost_model.rowCount() == 2
    assert panel.ui.costTotalLabel.text() == "Total : 570,00\u202f€ HT"
    assert panel.ui.bilanState.text() == "Aucun bilan produit pour cette session."


def test_remarks_are_saved_and_kept_while_typed(qtbot, office, reported):
    panel = open_panel(qtbot, office, reported.session_id)
    ui = panel.ui
    assert not ui.saveRemarksButton.isEnabled()
    ui.remarksEdit.setFocus()
    ui.remarksEdit.insertPlainText("Groupe très motivé.")  # as typed (keyClicks: ASCII only)
    assert ui.remarksState.text() == "Modifications non enregistrées"
    # A change elsewhere reloads the page: the text being typed stays.
    office.bilans.save_remarks(reported.session_id, "Écrit ailleurs")
    panel.reload()
    assert ui.remarksEdit.toPlainText() == "Groupe très motivé."
    qtbot.mouseClick(ui.saveRemarksButton, Qt.MouseButton.LeftButton)
    assert office.bilans.remarks(reported.session_id) == "Groupe très motivé."
    assert ui.remarksState.text() == "" and not ui.saveRemarksButton.isEnabled()


def test_leaving_unsaved_remarks_asks_first(qtbot, office, reported):
    other = make_session(office, make_course(office, "WORD"))
    panel = open_panel(qtbot, office, reported.session_id)
    answers = [CANCEL, DISCARD, SAVE]
    panel.ask_unsaved = lambda: answers.pop(0)
    panel.ui.remarksEdit.setPlainText("Première version")
    assert not panel.show_session(other)  # cancelled: stays, text kept
    assert panel.session_id == reported.session_id
    assert panel.ui.remarksEdit.toPlainText() == "Première version"
    assert panel.show_session(other)  # dropped, as asked
    assert office.bilans.remarks(reported.session_id) == ""
    panel.show_session(reported.session_id)
    panel.ui.remarksEdit.setPlainText("Seconde version")
    assert panel.show_session(other)  # saved, as asked
    assert office.bilans.remarks(reported.session_id) == "Seconde version"
    assert answers == []


def test_closing_the_window_with_unsaved_remarks_can_be_cancelled(qtbot, office, reported):
    window = QWidget()
    qtbot.addWidget(window)
    panel = BilanPanel(office, window)
    window.show()
    panel.show_session(reported.session_id)
    panel.ui.remarksEdit.setPlainText("À garder")
    panel.ask_unsaved = lambda: CANCEL
    assert not window.close()
    assert window.isVisible() and panel.ui.remarksEdit.toPlainText() == "À garder"
    panel.ask_unsaved = lambda: SAVE
    assert window.close()
    assert office.bilans.remarks(reported.session_id) == "À garder"


def test_a_cost_added_refused_then_deleted(qtbot, office, reported, monkeypatch):
    panel = open_panel(qtbot, office, reported.session_id)
    typed = iter([("beaucoup", False), ("89,90", True)])

    def run(dialog: CostDialog) -> int:
        dialog.show()
        for amount, fine in typed:
            dialog.ui.labelEdit.setText("Repas du groupe")
            dialog.ui.amountEdit.setText(amount)
            dialog.accept()
            if not fine:  # refused: the dialog stays open, as typed, with the reason
                assert dialog.isVisible() and "n'est pas un montant" in dialog.ui.errorLabel.text()
                assert dialog.ui.amountEdit.text() == "beaucoup"
        return dialog.result()

    monkeypatch.setattr(CostDialog, "exec", run)
    qtbot.mouseClick(panel.ui.addCostButton, Qt.MouseButton.LeftButton)
    assert [r.text for r in panel.cost_model.rows()][-1] == "Repas du groupe"
    assert panel.ui.costTotalLabel.text() == "Total : 659,90\u202f€ HT"
    added = office.costs.list(session_id=reported.session_id)[-1]
    assert added.amount_cents == 8990
    monkeypatch.setattr(bilan_panel, "confirm", lambda *_args: True)
    select_id(panel.ui.costTable, added.id)
    qtbot.mouseClick(panel.ui.deleteCostButton, Qt.MouseButton.LeftButton)
    assert panel.cost_model.rowCount() == 2


def test_the_bilan_is_produced_with_the_remarks_typed_and_offered_to_open(
    qtbot, office, reported, monkeypatch
):
    panel = open_panel(qtbot, office, reported.session_id)
    asked, opened = [], []
    monkeypatch.setattr(bilan_panel, "confirm", lambda _w, _t, text: asked.append(text) or True)
    monkeypatch.setattr(bilan_panel, "open_local", lambda path: opened.append(Path(path)))
    panel.ui.remarksEdit.setPlainText("Tapé juste avant")
    qtbot.mouseClick(panel.ui.wordButton, Qt.MouseButton.LeftButton)
    assert office.bilans.remarks(reported.session_id) == "Tapé juste avant"
    (path,) = opened
    assert path.name == "Bilan de session - 2026-EXCEL-INT-001.docx" and path.is_file()
    assert "Le bilan est enregistré" in asked[0]
    assert panel.ui.bilanState.text().startswith("Dernier bilan produit le ")
    assert panel.ui.bilanState.text().endswith("(Word).")


def test_a_session_not_finished_explains_why_there_is_no_bilan_yet(qtbot, office):
    import datetime as dt

    session_id = make_session(
        office, make_course(office), start=working_start(dt.date.today(), later=True)
    )
    panel = open_panel(qtbot, office, session_id)
    assert "n'est pas terminée" in panel.ui.summaryView.toPlainText()
    assert not panel.ui.pdfButton.isEnabled() and not panel.ui.wordButton.isEnabled()
    assert panel.ui.addCostButton.isEnabled() and panel.ui.remarksEdit.isEnabled()
