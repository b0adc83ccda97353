"""Moving a slot from the planning: refused, accepted then undone, confirmed, dragged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from formadesk.gui.dialogs.move_slot_dialog import MoveSlotDialog
from formadesk.gui.tabs.planning import PlanningTab
from tests.core.planning_factories import DAY, T, make_plan


@pytest.fixture
def setup(qtbot, office, bus):
    """Two staffed sessions in Salle Rhône on DAY: 9h-12h and 14h-17h; the tab on that week."""
    plan = make_plan(office)
    slots = []
    for times in ((T(9), T(12)), (T(14), T(17))):
        _, ids = plan.session(times)
        office.planning.book_room(ids, plan.big_room, confirm=True)
        office.planning.assign_trainers(ids, [plan.anne], confirm=True)
        slots += ids
    tab = PlanningTab(office, bus)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    tab.show_week(DAY)
    return plan, tab, slots


def _dialog_for(tab: PlanningTab, slot_id: int) -> MoveSlotDialog:
    tab.week_view.block_of(slot_id).setSelected(True)
    assert tab.ui.moveButton.isEnabled()
    return tab.open_move_dialog()


def _times(dialog: MoveSlotDialog, start: QTime) -> None:
    dialog.ui.startEdit.setTime(start)  # the end follows: the slot keeps its length


def test_a_move_onto_a_taken_room_is_refused_with_the_room_named(office, setup):
    plan, tab, (morning, afternoon) = setup
    dialog = _dialog_for(tab, afternoon)
    _times(dialog, QTime(10, 0))
    assert dialog.ui.endEdit.time() == QTime(13, 0)
    assert "occupée" in dialog.ui.roomCombo.currentText()  # Rhône is taken at 10h
    dialog.accept()
    assert dialog.isVisible()
    assert "Salle Rhône" in dialog.ui.errorLabel.text()
    assert "réservée deux fois" in dialog.ui.errorLabel.text()
    assert office.planning.slot_state(afternoon).start_time == T(14)
    assert not tab.undo_action.isEnabled()


def test_an_accepted_move_is_undone_with_ctrl_z_and_redone_with_ctrl_y(qtbot, office, setup):
    _plan, tab, (morning, _afternoon) = setup
    dialog = _dialog_for(tab, morning)
    _times(dialog, QTime(10, 0))
    dialog.accept()
    assert not dialog.isVisible()
    assert office.planning.slot_state(morning).start_time == T(10)
    assert tab.week_view.block_of(morning).slot.start_time == T(10)  # redrawn at once

    tab.activateWindow()
    qtbot.waitActive(tab)
    qtbot.keyClick(tab.week_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    state = office.planning.slot_state(morning)
    assert (state.start_time, state.end_time) == (T(9), T(12))
    qtbot.keyClick(tab.week_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert office.planning.slot_state(morning).start_time == T(10)
    tab.ui.undoButton.click()  # the toolbar button does the same
    assert office.planning.slot_state(morning).start_time == T(9)


def test_a_warned_move_asks_for_confirmation_and_is_saved(office, setup):
    _plan, tab, (_morning, afternoon) = setup
    asked: list[str] = []
    tab.ask_confirmation = lambda text: asked.append(text) or True
    dialog = _dialog_for(tab, afternoon)
    _times(dialog, QTime(16, 0))  # Salle Rhône closes at 18h: a warning only
    dialog.accept()
    assert len(asked) == 1
    assert "Enregistrer quand même ?" in asked[0]
    assert "18h00" in asked[0]
    assert office.planning.slot_state(afternoon).end_time == T(19)


def test_a_declined_warning_leaves_the_slot_where_it_was(office, setup):
    _plan, tab, (_morning, afternoon) = setup
    tab.ask_confirmation = lambda text: False
    dialog = _dialog_for(tab, afternoon)
    dialog.ui.dateEdit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    _times(dialog, QTime(16, 0))
    dialog.accept()
    assert dialog.isVisible()
    assert office.planning.slot_state(afternoon).start_time == T(14)


def test_dragging_a_block_moves_the_slot_and_a_refused_drop_snaps_back(qtbot, office, setup):
    _plan, tab, (morning, afternoon) = setup
    view = tab.week_view
    viewport = view.viewport()

    def drag(slot_id: int, to: QTime) -> None:
        block = view.block_of(slot_id)
        start = view.mapFromScene(block.rect().center())
        shift = (to.hour() * 60 + to.minute()) - (block.slot.start_time.hour * 60)
        end = start + view.mapFromScene(0, shift * view.hour_height / 60) - view.mapFromScene(0, 0)
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(viewport, start + (end - start) * step / 5)
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    drag(morning, QTime(8, 0))
    assert office.planning.slot_state(morning).start_time == T(8)
    assert tab.undo_action.isEnabled()

    drag(afternoon, QTime(10, 0))  # onto the morning slot's room and time: refused
    assert office.planning.slot_state(afternoon).start_time == T(14)
    box = tab.findChild(QMessageBox, "refusalBox")
    assert box is not None and "Salle Rhône" in box.text()
    assert view.block_of(afternoon).pos().y() == 0  # redrawn where it was
