"""« Procédure de session… »: the office edits its steps, deadlines and proofs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.gui.dialogs.procedure_dialog import (
    ACTIVE,
    ANCHOR,
    DAYS,
    EVIDENCE,
    LABEL,
    REQUIRED,
    ProcedureDialog,
)
from formadesk.gui.widgets.inputs import select_data
from tests.core.attendance_factories import held_session


def open_dialog(qtbot, office) -> ProcedureDialog:
    dialog = ProcedureDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save(qtbot, dialog: ProcedureDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def labels(dialog: ProcedureDialog) -> list[str]:
    table = dialog.ui.stepTable
    return [table.item(row, LABEL).text() for row in range(table.rowCount())]


def test_the_dialog_shows_the_default_procedure(qtbot, office):
    dialog = open_dialog(qtbot, office)
    table = dialog.ui.stepTable
    assert table.rowCount() == 10
    assert labels(dialog)[1] == "Envoyer la convention ou le contrat"
    assert table.cellWidget(1, ANCHOR).currentText() == "début"
    assert table.cellWidget(1, DAYS).value() == -30
    assert table.cellWidget(1, EVIDENCE).currentText() == "Convention envoyée"
    # « Rédiger le bilan »: proved by the bilan produced from the session's « Bilan » page
    assert table.cellWidget(8, EVIDENCE).currentText() == "Bilan de la session produit"
    assert table.item(9, REQUIRED).checkState() == Qt.CheckState.Unchecked  # « Archiver »


def test_edit_add_move_and_save(qtbot, office):
    dialog = open_dialog(qtbot, office)
    table = dialog.ui.stepTable
    table.cellWidget(2, DAYS).setValue(-7)  # convocations a week before
    table.selectRow(9)
    qtbot.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    assert table.rowCount() == 11
    table.item(10, LABEL).setText("Appeler le client")
    select_data(table.cellWidget(10, ANCHOR), "fin")
    table.cellWidget(10, DAYS).setValue(3)
    table.item(10, REQUIRED).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.ui.upButton, Qt.MouseButton.LeftButton)  # before « Archiver »
    assert labels(dialog)[9:] == ["Appeler le client", "Archiver le dossier"]
    table.item(0, ACTIVE).setCheckState(Qt.CheckState.Unchecked)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    steps = office.checklist.steps()
    assert [s.label for s in steps][9:] == ["Appeler le client", "Archiver le dossier"]
    assert steps[2].offset_days == -7 and steps[2].relative == "J-7"
    added = steps[9]
    assert (added.anchor, added.offset_days, added.evidence, added.required) == (
        "fin",
        3,
        "",
        False,
    )
    assert not steps[0].active


def test_a_refused_save_keeps_the_table_as_typed(qtbot, office):
    dialog = open_dialog(qtbot, office)
    table = dialog.ui.stepTable
    table.item(2, LABEL).setText("Envoyer la convention ou le contrat")  # same as row 2
    table.cellWidget(2, DAYS).setValue(-20)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == (
        "Étape 3 : « Envoyer la convention ou le contrat » est déjà l'intitulé de l'étape 2 ; "
        "donnez à chaque étape un intitulé différent."
    )
    assert table.item(2, LABEL).background().color().name() == "#fdecea"
    assert table.cellWidget(2, DAYS).value() == -20
    assert office.checklist.steps()[2].label == "Envoyer les convocations"  # unchanged


def test_removing_a_step_ticked_by_hand_says_it_is_deactivated(qtbot, office):
    held = held_session(office)
    bilan = next(s for s in office.checklist.steps() if s.evidence == "bilan")
    office.checklist.tick(held.session_id, bilan.id, True, "Bilan remis sur papier")
    dialog = open_dialog(qtbot, office)
    asked = []
    dialog.ask_remove_ticked = lambda label, n: asked.append((label, n)) or True
    dialog.ui.stepTable.selectRow(8)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert asked == [("Rédiger le bilan de la session", 1)]
    assert "Rédiger le bilan de la session" not in labels(dialog)
    save(qtbot, dialog)
    kept = [s for s in office.checklist.steps() if s.label == "Rédiger le bilan de la session"]
    assert len(kept) == 1 and not kept[0].active
