"""The course dialog lets the office say the course's BPF objective (cadre F-3)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.model import BPF_OBJECTIVES
from formadesk.core.services.catalogue import CourseData
from formadesk.gui.dialogs.course_dialog import CourseDialog


def _save(qtbot, dialog: CourseDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_combo_offers_every_objective_and_starts_on_to_be_said(office, qtbot):
    dialog = CourseDialog(office)
    qtbot.addWidget(dialog)
    combo = dialog.ui.bpfObjectiveCombo
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["— à préciser —", *BPF_OBJECTIVES.values()]
    assert combo.currentText() == "— à préciser —"
    assert dialog.ui.bpfObjectiveLabel.text().replace("&", "") == "Objectif BPF (cadre F-3) :"


def test_the_chosen_objective_is_saved_and_shown_again(office, qtbot):
    course_id = office.courses.save(
        CourseData(code="SST", title="Sauveteur secouriste du travail", duration_minutes=840)
    )
    dialog = CourseDialog(office, course_id)
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.bpfObjectiveCombo
    combo.setCurrentIndex(combo.findText(BPF_OBJECTIVES["rs"]))
    _save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office.courses.get(course_id).bpf_objective == "rs"
    again = CourseDialog(office, course_id)
    qtbot.addWidget(again)
    assert again.ui.bpfObjectiveCombo.currentText() == BPF_OBJECTIVES["rs"]
