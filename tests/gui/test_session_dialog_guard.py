"""The session dialog saves through the planning rules: a double booking is refused on screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.session_dialog import SessionDialog
from formadesk.gui.dialogs.slot_table import ROOM, START
from tests.core.planning_factories import T, make_plan

SCREENSHOT = os.environ.get("FORMADESK_SCREENSHOTS", "")


@pytest.fixture
def plan(office):
    return make_plan(office)


def open_dialog(qtbot, office, session_id: int) -> tuple[SessionDialog, list[str]]:
    dialog = SessionDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.ask_confirmation = lambda text: asked.append(text) or False
    return dialog, asked


def save(qtbot, dialog: SessionDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_room_already_booked_is_refused_and_the_form_stays_as_typed(qtbot, office, plan):
    morning, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    afternoon, _slots = plan.session((T(13, 30), T(17)))
    dialog, asked = open_dialog(qtbot, office, afternoon)

    dialog.ui.slotTable.cellWidget(0, START).setTime(QTime(10, 0))
    room = dialog.ui.slotTable.cellWidget(0, ROOM)
    room.setCurrentIndex(room.findData(plan.big_room))
    dialog.ui.placeEdit.setText("Lyon, 2e étage")
    save(qtbot, dialog)

    assert dialog.isVisible(), "the dialog stays open"
    message = dialog.ui.errorLabel.text()
    assert "Modification refusée" in message
    assert "La salle « Salle Rhône » est réservée deux fois" in message
    assert asked == []  # blocking: nothing to confirm
    assert dialog.ui.placeEdit.text() == "Lyon, 2e étage"  # kept as typed
    assert dialog.ui.slotTable.cellWidget(0, START).time() == QTime(10, 0)
    stored = office.sessions.get(afternoon)
    assert (stored.slots[0].start_time, stored.slots[0].room_id, stored.place) == (
        T(13, 30),
        None,
        "",
    )
    if SCREENSHOT:
        dialog.resize(900, 720)
        dialog.grab().save(f"{SCREENSHOT}/session_dialog_refused.png")


def test_a_warning_is_asked_and_a_no_keeps_the_dialog_open(qtbot, office, plan):
    office.planning.set_severity("room_double_booked", "warn")
    _morning, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    afternoon, _slots = plan.session((T(11), T(12)))
    dialog, asked = open_dialog(qtbot, office, afternoon)
    room = dialog.ui.slotTable.cellWidget(0, ROOM)
    room.setCurrentIndex(room.findData(plan.big_room))

    save(qtbot, dialog)
    assert "Enregistrer quand même ?" in asked[0]
    assert dialog.isVisible() and "Rien n'a été enregistré" in dialog.ui.errorLabel.text()
    assert office.sessions.get(afternoon).slots[0].room_id is None

    dialog.ask_confirmation = lambda text: True
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert office.sessions.get(afternoon).slots[0].room_id == plan.big_room


def test_the_enrol_dialog_refuses_a_learner_the_room_cannot_seat(qtbot, office, plan):
    from formadesk.gui.dialogs.enroll_dialog import EnrollDialog
    from tests.core.factories import make_learner

    session_id, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.small_room, confirm=True)  # 2 places
    for name in ("Martin", "Petit"):
        office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office, name))
    make_learner(office, "Durand", "Zoé")
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.searchEdit, "durand")
    qtbot.waitUntil(lambda: dialog.ui.learnerList.count() == 1)
    dialog.ui.learnerList.setCurrentRow(0)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "2 places pour 3 inscrits" in dialog.ui.errorLabel.text()
    assert len(office.enrollments.for_session(session_id)) == 2


def test_giving_a_waiting_learner_a_place_asks_when_the_room_gets_too_small(
    qtbot, office, plan, monkeypatch
):
    from formadesk.gui.bus import ChangeSignal
    from formadesk.gui.tabs.sessions import SessionsTab
    from tests.core.factories import make_learner

    office.planning.set_severity("room_capacity", "warn")
    session_id, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.small_room, confirm=True)  # 2 places
    for name in ("Martin", "Petit"):
        office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office, name))
    office.enrollments.enroll(
        session_id=session_id, learner_id=make_learner(office, "Zola"), status="liste_attente"
    )
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()  # the enrolments are a page of the detail: laid out once shown
    tab.show_session(session_id)
    waiting = [r.status for r in tab.detail.enrollment_model.rows()].index("liste_attente")
    tab.ui.enrollmentTable.selectRow(waiting)
    monkeypatch.setattr(tab.detail, "ask_status", lambda row: "inscrit")
    asked: list[str] = []
    monkeypatch.setattr(tab.detail, "ask_confirmation", lambda text: asked.append(text) or False)

    qtbot.mouseClick(tab.ui.statusButton, Qt.MouseButton.LeftButton)
    assert "2 places pour 3 inscrits" in asked[0]
    statuses = sorted(e.status for e in office.enrollments.for_session(session_id))
    assert statuses == ["inscrit", "inscrit", "liste_attente"]  # declined: unchanged
