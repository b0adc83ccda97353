"""Jury results in the dialog: one combo per candidate, kept across saves, read by the
Qualiopi pass rate; a refused result leaves the dialog as typed."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import update

from formadesk.core.model import JuryCandidate
from formadesk.core.services.resource_records import TrainerData
from formadesk.gui.dialogs.jury_dialog import JuryDialog
from formadesk.gui.widgets.checklists import set_checked_ids
from tests.core.qualiopi_factories import FIRST_HALF, first_half_2026


def set_jury_results(office, results: dict[int, str]) -> None:
    """Results written straight into the base, as another tool would (unchecked)."""
    with office.database.unit_of_work() as s:
        for learner_id, result in results.items():
            s.execute(
                update(JuryCandidate)
                .where(JuryCandidate.learner_id == learner_id)
                .values(result=result)
            )


def open_jury(qtbot, office) -> JuryDialog:
    (row,) = office.juries.list()
    dialog = JuryDialog(office, row.id)
    qtbot.addWidget(dialog)
    dialog.ask_confirmation = lambda text: True
    dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.ui.candidatesPage)
    return dialog


def shown_results(dialog: JuryDialog) -> dict[str, str]:
    """Candidate's name -> the text of their result combo, as on screen."""
    table = dialog.ui.candidateTable
    return {
        table.item(row, 0).text(): table.cellWidget(row, 1).currentText()
        for row in range(table.rowCount())
    }


def choose(dialog: JuryDialog, name: str, label: str) -> None:
    table = dialog.ui.candidateTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == name)
    combo = table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findText(label))


def save(qtbot, dialog: JuryDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pass_rate(office) -> tuple[int, float | None]:
    (cqp,) = office.qualiopi.figures(*FIRST_HALF).certifying
    return cqp.rates.certified, cqp.rates.pass_rate


def test_a_result_entered_survives_a_new_date_and_new_members(qtbot, office, tmp_path):
    first_half_2026(office)
    trainer = office.resources.save_trainer(TrainerData(last_name="Noël", first_name="Marc"))
    dialog = open_jury(qtbot, office)
    assert shown_results(dialog) == {"ROUX Camille": "Admis", "BLANC Camille": "Ajourné"}
    combo = dialog.ui.candidateTable.cellWidget(0, 1)
    assert [combo.itemText(i) for i in range(combo.count())] == ["—", "Admis", "Ajourné", "Absent"]
    dialog.grab().save(str(tmp_path / "jury_results.png"))

    choose(dialog, "BLANC Camille", "Admis")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert pass_rate(office) == (2, 1.0)

    again = open_jury(qtbot, office)  # another day, another member: nothing about results
    again.ui.dateEdit.setDate(dt.date(2026, 3, 27))
    set_checked_ids(again.ui.memberList, [trainer])
    save(qtbot, again)
    assert again.result() == QDialog.DialogCode.Accepted

    third = open_jury(qtbot, office)
    assert third.ui.dateEdit.date().toPython() == dt.date(2026, 3, 27)
    assert shown_results(third) == {"ROUX Camille": "Admis", "BLANC Camille": "Admis"}
    assert pass_rate(office) == (2, 1.0)


def test_a_result_before_the_jury_has_sat_is_refused_and_the_dialog_kept(qtbot, office):
    first_half_2026(office)
    dialog = open_jury(qtbot, office)
    dialog.ui.tabs.setCurrentWidget(dialog.ui.generalPage)
    later = dt.date.today() + dt.timedelta(days=30)
    dialog.ui.dateEdit.setDate(later)
    choose(dialog, "ROUX Camille", "Absent")

    save(qtbot, dialog)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    message = dialog.ui.errorLabel.text()
    assert f"Le jury du {later:%d/%m/%Y} n'a pas encore eu lieu" in message
    assert "une fois le jury passé" in message
    assert dialog.ui.tabs.currentWidget() is dialog.ui.candidatesPage
    assert dialog.ui.dateEdit.date().toPython() == later  # as typed
    assert shown_results(dialog) == {"ROUX Camille": "Absent", "BLANC Camille": "Ajourné"}
    (row,) = office.juries.list()
    assert row.date == dt.date(2026, 3, 20)
    assert pass_rate(office) == (1, 0.5)  # unchanged


def test_an_unknown_recorded_value_is_shown_and_must_be_chosen_again(qtbot, office):
    first_half_2026(office)
    roux = next(
        i for i in office.juries.get(office.juries.list()[0].id).candidate_ids
        if office.learners.get(i).last_name == "Roux"
    )  # fmt: skip
    set_jury_results(office, {roux: "reçu"})  # written by another tool
    dialog = open_jury(qtbot, office)
    assert shown_results(dialog)["ROUX Camille"] == "reçu"

    save(qtbot, dialog)
    assert "« reçu » n'est pas un résultat de jury" in dialog.ui.errorLabel.text()
    assert "Admis, Ajourné ou Absent" in dialog.ui.errorLabel.text()

    choose(dialog, "ROUX Camille", "Admis")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert pass_rate(office) == (1, 0.5)
