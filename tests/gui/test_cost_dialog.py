"""« Coût de la session »: a cost typed, refused in French when wrong, saved when right."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.cost_dialog import CostDialog
from formadesk.gui.widgets.inputs import select_data
from tests.core.factories import make_course, make_session


def open_dialog(qtbot, office, session_id, cost_id=None) -> CostDialog:
    dialog = CostDialog(office, session_id, cost_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot, dialog: CostDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_wrong_amount_is_refused_and_the_form_stays_as_typed(qtbot, office):
    session_id = make_session(office, make_course(office))
    dialog = open_dialog(qtbot, office, session_id)
    ui = dialog.ui
    assert save_button_text(dialog) == "Enregistrer"
    qtbot.keyClicks(ui.labelEdit, "Location de salle")
    qtbot.keyClicks(ui.amountEdit, "cent euros")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "n'est pas un montant" in ui.errorLabel.text()
    assert ui.amountEdit.styleSheet()  # outlined
    assert (ui.labelEdit.text(), ui.amountEdit.text()) == ("Location de salle", "cent euros")
    ui.amountEdit.setText("0")
    save(qtbot, dialog)
    assert dialog.isVisible() and "supérieur à 0" in ui.errorLabel.text()
    assert office.costs.list() == []


def test_a_cost_is_saved_then_changed(qtbot, office):
    session_id = make_session(office, make_course(office))
    dialog = open_dialog(qtbot, office, session_id)
    ui = dialog.ui
    ui.spentDate.setDate(QDate(2027, 3, 2))
    select_data(ui.categoryCombo, "achats_formation")
    qtbot.keyClicks(ui.labelEdit, "Honoraires du formateur")
    qtbot.keyClicks(ui.amountEdit, "450,50")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    (row,) = office.costs.list(session_id=session_id)
    assert (row.spent_on, row.category, row.text, row.amount_cents) == (
        dt.date(2027, 3, 2), "achats_formation", "Honoraires du formateur", 45050,
    )  # fmt: skip
    again = open_dialog(qtbot, office, session_id, row.id)
    assert again.ui.amountEdit.text() == "450,50\u202f€"
    assert again.windowTitle().startswith("Modifier le coût")
    again.ui.amountEdit.setText("500")
    save(qtbot, again)
    assert office.costs.get(row.id).amount_cents == 50000


def save_button_text(dialog: CostDialog) -> str:
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).text()
