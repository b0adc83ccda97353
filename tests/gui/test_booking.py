"""Booking a room, trainers and equipment for a session through the booking dialog."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from formadesk.gui.dialogs.booking_dialog import BookingDialog
from formadesk.gui.widgets.checklists import checked_ids, set_checked_ids
from formadesk.gui.widgets.inputs import select_data
from tests.core.planning_factories import DAY, T, make_plan

MORNING, AFTERNOON = (T(9), T(12, 30)), (T(13, 30), T(17))


@pytest.fixture
def plan(office):
    return make_plan(office)


def open_dialog(qtbot, office, session_id: int) -> tuple[BookingDialog, list[str]]:
    dialog = BookingDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.ask_confirmation = lambda text: asked.append(text) or True
    return dialog, asked


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def rooms_of(office, session_id: int) -> list[int | None]:
    return [s.room_id for s in office.sessions.get(session_id).slots]


def test_book_a_room_and_a_trainer_for_the_whole_session(qtbot, office, plan):
    session_id, slots = plan.session(MORNING, AFTERNOON)
    dialog, asked = open_dialog(qtbot, office, session_id)
    assert sorted(dialog.checked_slot_ids()) == sorted(slots)  # the whole session

    assert select_data(dialog.ui.roomCombo, plan.big_room)
    assert "libre" in dialog.ui.roomCombo.currentText()
    click(qtbot, dialog.ui.bookRoomButton)

    assert rooms_of(office, session_id) == [plan.big_room, plan.big_room]
    assert asked == []  # no trainer yet: not caused by booking the room, so not asked
    assert "Salle « Salle Rhône » réservée pour 2 créneaux." in dialog.ui.messageLabel.text()
    assert dialog.ui.slotTable.item(0, 1).text() == "Salle Rhône"

    first = dialog.ui.trainerList.item(0).text()
    assert first.startswith("DUPRÉ Anne — habilité(e)")  # qualified trainers first
    set_checked_ids(dialog.ui.trainerList, [plan.anne])
    click(qtbot, dialog.ui.assignButton)
    rows = office.resources.slots_between(DAY, DAY)
    assert [r.trainer_ids for r in rows] == [(plan.anne,), (plan.anne,)]
    assert checked_ids(dialog.ui.trainerList) == [plan.anne]


def test_a_double_booking_is_refused_with_the_room_named(qtbot, office, plan):
    other, other_slots = plan.session(MORNING)
    office.planning.book_room(other_slots, plan.big_room, confirm=True)
    session_id, _slots = plan.session(MORNING, AFTERNOON)
    dialog, asked = open_dialog(qtbot, office, session_id)

    labels = [dialog.ui.roomCombo.itemText(i) for i in range(dialog.ui.roomCombo.count())]
    assert labels[0].startswith("Salle Saône") and "libre" in labels[0]  # free rooms first
    assert labels[1].startswith("Salle Rhône") and labels[1].endswith("indisponible")

    select_data(dialog.ui.roomCombo, plan.big_room)
    click(qtbot, dialog.ui.bookRoomButton)

    message = dialog.ui.messageLabel.text()
    assert "Modification refusée" in message
    assert "Salle Rhône" in message and "réservée deux fois" in message
    assert asked == []
    assert rooms_of(office, session_id) == [None, None]
    assert rooms_of(office, other) == [plan.big_room]


def test_some_slots_only_and_equipment_over_its_quantity(qtbot, office, plan):
    session_id, slots = plan.session(MORNING, AFTERNOON)
    dialog, _asked = open_dialog(qtbot, office, session_id)
    click(qtbot, dialog.ui.noneButton)
    assert not dialog.ui.bookRoomButton.isEnabled()
    dialog.ui.slotTable.item(1, 0).setCheckState(Qt.CheckState.Checked)
    dialog.update_choices()
    select_data(dialog.ui.roomCombo, plan.small_room)
    click(qtbot, dialog.ui.bookRoomButton)
    assert rooms_of(office, session_id) == [None, plan.small_room]

    select_data(dialog.ui.equipmentCombo, plan.projector)
    dialog.ui.quantitySpin.setValue(2)
    click(qtbot, dialog.ui.bookEquipmentButton)
    assert "« Vidéoprojecteur » : 2 demandés pour 1 disponibles" in dialog.ui.messageLabel.text()

    dialog.ui.quantitySpin.setValue(1)
    assert dialog.book_equipment()
    whole_day = dt.datetime.combine(DAY, T(0)), dt.datetime.combine(DAY, T(23, 59))
    booked = office.incidents.affected("materiel", plan.projector, *whole_day)
    assert [s.slot_id for s in booked] == [slots[1]]


def test_the_session_detail_opens_the_booking_dialog(qtbot, office, plan, monkeypatch):
    from formadesk.gui.bus import ChangeSignal
    from formadesk.gui.tabs.sessions import SessionsTab

    session_id, _slots = plan.session(MORNING)
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.detail.show(None)
    assert not tab.ui.bookButton.isEnabled()
    opened: list[BookingDialog] = []
    monkeypatch.setattr(BookingDialog, "exec", lambda self: opened.append(self) or 0)
    tab.detail.show(session_id)
    click(qtbot, tab.ui.bookButton)
    assert [d.session.id for d in opened] == [session_id]
    assert opened[0].windowTitle().startswith("Réserver — ")
