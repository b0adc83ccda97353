"""« 31022026 » typed in any date field of any dialog is said, never silently changed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDateEdit, QDateTimeEdit

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.resources import SlotRow
from formadesk.gui.app import configure_application
from formadesk.gui.dialogs.conflicts_dialog import ConflictsDialog
from formadesk.gui.dialogs.find_room_dialog import FindRoomDialog
from formadesk.gui.dialogs.guarded import reveal
from formadesk.gui.dialogs.move_slot_dialog import MoveSlotDialog
from formadesk.gui.dialogs.room_dialog import RoomDialog
from formadesk.gui.dialogs.session_dialog import SessionDialog
from formadesk.gui.dialogs.slot_table import DATE
from formadesk.gui.widgets.inputs import date_checks_installed
from formadesk.gui.widgets.periods import PeriodsEditor
from tests.core.planning_factories import DAY, T, make_plan

WRONG = "La date « 31022026 » n'existe pas : vérifiez le jour et le mois."


def type_date(qtbot, edit: QDateTimeEdit, text: str = "31022026") -> None:
    """As a user does: click into the field (focus), then type over the day."""
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
    edit.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(edit, text)
    qtbot.wait(1)  # the event loop turns, as between a user's actions


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_the_application_checks_typed_dates_everywhere():
    app = QApplication.instance()
    configure_application(app)
    assert date_checks_installed(app)


def test_moving_a_slot_to_31022026_is_refused_and_the_slot_stays(qtbot, office):
    plan = make_plan(office)
    _session, (slot_id,) = plan.session((T(9), T(12)))
    slot = next(s for s in office.resources.slots_between(DAY, DAY) if s.id == slot_id)
    moves: list = []
    dialog = shown(qtbot, MoveSlotDialog(office, slot, lambda t, _r: moves.append(t), None))
    type_date(qtbot, dialog.ui.dateEdit)
    assert dialog.ui.dateEdit.toolTip() == WRONG
    assert dialog.ui.roomCombo.currentText() == "— sans salle —"  # not a blank separator
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == WRONG
    assert moves == []
    dialog.resize(640, 420)
    dialog.grab().save("/tmp/G-move-slot-31022026.png")


def test_checking_the_planning_from_31022026_says_the_date_does_not_exist(qtbot, office):
    dialog = ConflictsDialog(office, today=dt.date(2026, 3, 10))
    dialog.checked = True  # no automatic check on show: the test clicks « Vérifier »
    shown(qtbot, dialog)
    type_date(qtbot, dialog.ui.fromEdit)
    dialog.ui.checkButton.click()
    assert dialog.ui.summaryLabel.text() == WRONG
    type_date(qtbot, dialog.ui.fromEdit, "27022026")  # a real date clears it
    dialog.ui.checkButton.click()
    assert dialog.ui.summaryLabel.text().startswith("Aucun conflit du 27/02/2026")


def test_finding_a_room_on_31022026_lists_no_room_of_another_day(qtbot, office):
    make_plan(office)
    dialog = shown(qtbot, FindRoomDialog(office, None, ask=lambda _t: False, day=DAY))
    assert dialog.model.rowCount() > 0
    type_date(qtbot, dialog.ui.dateEdit)
    dialog.ui.dateEdit.editingFinished.emit()  # Enter, or leaving the field
    assert dialog.ui.resultLabel.text() == WRONG
    assert dialog.model.rowCount() == 0
    dialog.ui.dateEdit.setDate(QDate(DAY))  # picked in the calendar: a real date
    assert dialog.model.rowCount() > 0


def test_a_date_field_added_after_the_dialog_opened_is_checked_too(qtbot, office):
    office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=420))
    dialog = shown(qtbot, SessionDialog(office))
    dialog.ui.addSlotButton.click()  # a new row, with its own date field, built after show
    table = dialog.ui.slotTable
    edit = table.cellWidget(table.rowCount() - 1, DATE)
    assert isinstance(edit, QDateEdit)
    type_date(qtbot, edit)
    dialog.accept()
    assert dialog.isVisible()
    assert WRONG in dialog.ui.errorLabel.text()
    assert office.sessions.list() == []


def test_a_date_picked_after_a_wrong_one_clears_the_message(qtbot, office):
    plan = make_plan(office)
    _session, (slot_id,) = plan.session((T(9), T(12)))
    slot: SlotRow = next(s for s in office.resources.slots_between(DAY, DAY) if s.id == slot_id)
    dialog = shown(qtbot, MoveSlotDialog(office, slot, lambda _t, _r: True, None))
    type_date(qtbot, dialog.ui.dateEdit)
    qtbot.mouseClick(dialog.ui.dateEdit, Qt.MouseButton.LeftButton)  # to open the calendar
    dialog.ui.startEdit.setTime(QTime(9, 30))
    dialog.accept()
    assert not dialog.isVisible()


def test_an_unavailability_starting_31022026_is_refused_in_the_room_dialog(qtbot, office):
    dialog = shown(qtbot, RoomDialog(office))
    dialog.ui.nameEdit.setText("Salle Test")
    editor = dialog.findChild(PeriodsEditor)
    editor.add_period()
    reveal(editor)
    edit = editor.table.cellWidget(0, 0)  # a date and time: « ven. 31/02/2026 09:00 »
    type_date(qtbot, edit, "310220260900")
    dialog.accept()
    assert dialog.isVisible()
    assert WRONG in dialog.ui.errorLabel.text()
    assert office.resources.rooms() == []
