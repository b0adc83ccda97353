"""The course dialog keeps the « À apporter » list that convocations print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.gui.dialogs.course_dialog import CourseDialog


def _save(qtbot, dialog: CourseDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_list_typed_in_the_dialog_is_saved_and_shown_again(office, qtbot):
    dialog = CourseDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.codeEdit, "sst")
    dialog.ui.titleEdit.setText("Sauveteur secouriste du travail")
    qtbot.keyClicks(dialog.ui.durationEdit, "14")
    dialog.ui.tabs.setCurrentWidget(dialog.ui.contentPage)
    dialog.ui.bringEdit.setPlainText("Une tenue souple\nChaussures de sécurité\n")
    _save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = office.courses.get(dialog.saved_id)
    assert saved.what_to_bring == "Une tenue souple\nChaussures de sécurité"
    again = CourseDialog(office, dialog.saved_id)
    qtbot.addWidget(again)
    assert again.ui.bringEdit.toPlainText() == "Une tenue souple\nChaussures de sécurité"


def test_the_field_explains_which_list_is_printed(office, qtbot):
    dialog = CourseDialog(office)
    qtbot.addWidget(dialog)

    assert dialog.ui.bringLabel.text().replace("&", "") == "À apporter (une ligne par élément) :"
    tip = dialog.ui.bringEdit.toolTip()
    assert "session" in tip and "Paramètres" in tip
