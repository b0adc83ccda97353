"""The session's « Suivi »: the checklist in the detail, the column of the list, closing."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from formadesk.core.services.attendance import Mark
from formadesk.gui.tabs.sessions import SessionsTab
from formadesk.gui.widgets import bilan_panel
from formadesk.gui.widgets.checklist_panel import STEP_COLUMN
from tests.core.attendance_factories import held_session, on_their_cpf

LAST_SPRING = dt.date(2025, 3, 3)  # a Monday before the real today: the session is over


def open_tab(qtbot, office, bus, session_id: int) -> SessionsTab:
    tab = SessionsTab(office, bus)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    tab.show_session(session_id)
    # The checklist is the detail's second page, « Suivi de la session (…) ».
    pages = tab.detail.pages
    assert pages.tabText(1).startswith("Suivi de la session (")
    pages.setCurrentWidget(tab.detail.checklist)
    return tab


def row_of(panel, label: str) -> int:
    table = panel.ui.stepTable
    return next(r for r in range(table.rowCount()) if table.item(r, STEP_COLUMN).text() == label)


def progress_cell(tab: SessionsTab, session_id: int):
    model = tab.session_model
    return model.index(model.row_of_id(session_id), model.columnCount() - 1)


def test_the_detail_shows_each_step_its_deadline_and_the_late_ones(qtbot, office, bus):
    held = on_their_cpf(office, held_session(office, LAST_SPRING))
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks)
    tab = open_tab(qtbot, office, bus, held.session_id)
    panel = tab.detail.checklist
    ui = panel.ui
    assert ui.progressBar.text() == "3/10 étapes"
    assert ui.stepTable.rowCount() == 10
    attendance = row_of(panel, "Saisir les présences")
    assert ui.stepTable.item(attendance, 0).text() == "Fin · 04/03/2025"
    proven = ui.stepTable.item(attendance, STEP_COLUMN)
    assert proven.checkState() == Qt.CheckState.Checked
    assert not proven.flags() & Qt.ItemFlag.ItemIsUserCheckable  # proven: not unticked here
    assert "preuve : Présences complètes" in proven.toolTip()
    convocations = ui.stepTable.item(row_of(panel, "Envoyer les convocations"), STEP_COLUMN)
    assert convocations.checkState() == Qt.CheckState.Unchecked
    assert convocations.foreground().color().name() == "#b03a2e"  # late: red
    assert "3 inscrits sans convocation envoyée" in convocations.toolTip()
    assert ui.stateLabel.text() == "7 étapes en retard."
    # The list says the same in its « Suivi » column, flagged.
    cell = progress_cell(tab, held.session_id)
    assert tab.session_model.headerData(cell.column(), Qt.Orientation.Horizontal) == "Suivi"
    assert cell.data() == "3/10 · 7 en retard"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None


def test_a_step_ticked_by_hand_asks_a_note_and_updates_the_list(qtbot, office, bus):
    held = on_their_cpf(office, held_session(office, LAST_SPRING))
    tab = open_tab(qtbot, office, bus, held.session_id)
    panel = tab.detail.checklist
    asked = []
    panel.ask_note = lambda label, done: asked.append(label) or "Remises en main propre"
    step = "Envoyer les convocations"
    sent = panel.ui.stepTable.item(row_of(panel, step), STEP_COLUMN)
    sent.setCheckState(Qt.CheckState.Checked)
    assert asked == [step]
    assert panel.ui.progressBar.text() == "3/10 étapes"
    sent = panel.ui.stepTable.item(row_of(panel, step), STEP_COLUMN)
    assert sent.checkState() == Qt.CheckState.Checked
    assert "Note : Remises en main propre" in sent.toolTip()
    assert progress_cell(tab, held.session_id).data().startswith("3/10")
    # Cancelling the note leaves the step as it was.
    panel.ask_note = lambda label, done: None
    sent.setCheckState(Qt.CheckState.Unchecked)
    sent = panel.ui.stepTable.item(row_of(panel, step), STEP_COLUMN)
    assert sent.checkState() == Qt.CheckState.Checked


def test_producing_the_bilan_ticks_its_step(qtbot, office, bus, monkeypatch):
    held = on_their_cpf(office, held_session(office, LAST_SPRING))
    tab = open_tab(qtbot, office, bus, held.session_id)
    panel = tab.detail.checklist
    label = "Rédiger le bilan de la session"
    step = panel.ui.stepTable.item(row_of(panel, label), STEP_COLUMN)
    assert step.checkState() == Qt.CheckState.Unchecked
    assert "Preuve attendue : Bilan de la session produit (bilan non produit)" in step.toolTip()
    monkeypatch.setattr(bilan_panel, "confirm", lambda *_args: False)  # do not open it
    tab.detail.pages.setCurrentWidget(tab.detail.bilan)
    qtbot.mouseClick(tab.detail.bilan.ui.pdfButton, Qt.MouseButton.LeftButton)

    def ticked() -> bool:  # the change made in the worker thread reaches the window queued
        item = panel.ui.stepTable.item(row_of(panel, label), STEP_COLUMN)
        return item.checkState() == Qt.CheckState.Checked

    qtbot.waitUntil(ticked, timeout=5000)
    step = panel.ui.stepTable.item(row_of(panel, label), STEP_COLUMN)
    assert not step.flags() & Qt.ItemFlag.ItemIsUserCheckable  # proven: not unticked here
    assert "bilan produit le" in step.toolTip()
    assert panel.ui.progressBar.text() == "3/10 étapes"
    assert progress_cell(tab, held.session_id).data().startswith("3/10")


def test_closing_says_what_is_missing_then_closes_and_reopens(qtbot, office, bus):
    held = on_their_cpf(office, held_session(office, LAST_SPRING))
    tab = open_tab(qtbot, office, bus, held.session_id)
    panel = tab.detail.checklist
    assert panel.ui.closeButton.isEnabled() and not panel.ui.reopenButton.isVisible()
    qtbot.mouseClick(panel.ui.closeButton, Qt.MouseButton.LeftButton)
    box = panel.findChild(QMessageBox, "errorBox")
    assert box is not None and "Il manque :" in box.text()
    assert "• Envoyer les convocations (3 inscrits sans convocation envoyée)" in box.text()
    box.close()
    checklist = office.checklist.of_session(held.session_id)
    for item in checklist.items:
        if not item.done and item.evidence != "closed":
            office.checklist.tick(held.session_id, item.step_id, True, "Fait hors Formadesk")
    qtbot.mouseClick(panel.ui.closeButton, Qt.MouseButton.LeftButton)
    assert panel.ui.stateLabel.text().startswith("Session clôturée le ")
    assert panel.ui.reopenButton.isVisible() and not panel.ui.closeButton.isVisible()
    assert progress_cell(tab, held.session_id).data() == "clôturée"
    qtbot.mouseClick(panel.ui.reopenButton, Qt.MouseButton.LeftButton)
    assert panel.ui.closeButton.isVisible()
    assert office.checklist.of_session(held.session_id).closed_on is None


def test_a_session_to_come_cannot_be_closed(qtbot, office, bus):
    held = on_their_cpf(office, held_session(office, dt.date.today() + dt.timedelta(days=60)))
    tab = open_tab(qtbot, office, bus, held.session_id)
    panel = tab.detail.checklist
    assert not panel.ui.closeButton.isEnabled()
    assert panel.ui.progressBar.text() == "2/10 étapes"
    assert progress_cell(tab, held.session_id).data() == "2/10"
