"""The session dialog keeps what the user set: a remote session's slots, a typed end date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialogButtonBox

from formadesk.core.services.catalogue import CourseData
from formadesk.gui.dialogs.session_dialog import SessionDialog
from formadesk.gui.dialogs.slot_table import MODALITY

DAY = dt.date(2027, 3, 2)  # a Tuesday


def open_new(qtbot, office, modality: str = "presentiel", hours: int = 14) -> SessionDialog:
    office.courses.save(
        CourseData(code="WEB", title="Web", duration_minutes=hours * 60, modality=modality)
    )
    dialog = SessionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.ui.startDate.setDate(QDate(DAY))
    return dialog


def type_date(qtbot, edit: QDateTimeEdit, text: str) -> None:
    """As a user does: click into the field, then type the whole date over the day."""
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, text)
    qtbot.wait(1)


def save(qtbot, dialog: SessionDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_slot_added_by_hand_to_a_remote_session_is_remote_and_needs_no_room(qtbot, office):
    dialog = open_new(qtbot, office, modality="distanciel")
    dialog.ui.addSlotButton.click()
    combo = dialog.ui.slotTable.cellWidget(0, MODALITY)
    assert combo.currentText() == "Distanciel"
    assert not combo.isEnabled()  # the session says it: no slot on site by mistake
    save(qtbot, dialog)
    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    (row,) = office.sessions.list()
    assert [s.modality for s in office.sessions.get(row.id).slots] == ["distanciel"]
    kinds = {c.kind for c in office.planning.check(DAY, DAY)}
    assert "slot_without_room" not in kinds


def test_a_mixed_session_lets_each_slot_choose(qtbot, office):
    dialog = open_new(qtbot, office, modality="mixte")
    dialog.ui.addSlotButton.click()
    dialog.ui.addSlotButton.click()
    second = dialog.ui.slotTable.cellWidget(1, MODALITY)
    assert second.isEnabled()
    second.setCurrentIndex(second.findData("distanciel"))
    assert [s.modality for s in dialog.slot_editor.slots()] == ["presentiel", "distanciel"]


def test_the_end_follows_the_start_until_the_user_types_one(qtbot, office):
    dialog = open_new(qtbot, office)  # 14 h: two days
    assert dialog.ui.endDate.date().toPython() == dt.date(2027, 3, 3)
    type_date(qtbot, dialog.ui.startDate, "09032027")
    assert dialog.ui.endDate.date().toPython() == dt.date(2027, 3, 10)  # length kept
    type_date(qtbot, dialog.ui.endDate, "12032027")
    type_date(qtbot, dialog.ui.startDate, "08032027")
    assert dialog.ui.endDate.date().toPython() == dt.date(2027, 3, 12)  # never overwritten
    assert not dialog.dates_problem.isVisible()


def test_an_end_typed_before_the_start_is_said_in_french_and_kept(qtbot, office):
    dialog = open_new(qtbot, office)
    type_date(qtbot, dialog.ui.endDate, "01032027")
    assert dialog.ui.endDate.date().toPython() == dt.date(2027, 3, 1)  # not replaced
    assert dialog.dates_problem.isVisible()
    assert dialog.dates_problem.text() == (
        "La date de fin (01/03/2027) est avant la date de début (02/03/2027) : "
        "corrigez l'une des deux."
    )
    dialog.resize(900, 760)
    dialog.grab().save("/tmp/hc-session-dialog-dates.png")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert office.sessions.list() == []
    type_date(qtbot, dialog.ui.endDate, "04032027")
    assert not dialog.dates_problem.isVisible()


def test_a_remote_slot_says_it_needs_no_room(office, qtbot):
    """« — à réserver — » would send the assistant to book a room for a video call."""
    from formadesk.gui.dialogs.slot_table import ROOM

    dialog = open_new(qtbot, office, modality="mixte")
    dialog.ui.addSlotButton.click()
    rooms = dialog.ui.slotTable.cellWidget(0, ROOM)
    assert rooms.itemText(0) == "— à réserver —"
    kinds = dialog.ui.slotTable.cellWidget(0, MODALITY)
    kinds.setCurrentIndex(kinds.findData("distanciel"))
    assert rooms.itemText(0) == "— aucune (à distance) —"
