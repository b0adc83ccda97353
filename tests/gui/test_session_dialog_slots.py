"""« Générer les demi-journées » says why none could be made; refused saves read as a list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.core.services.catalogue import CourseData
from formadesk.gui.dialogs.session_dialog import SessionDialog
from formadesk.gui.dialogs.slot_table import ROOM, START
from tests.core.planning_factories import T, make_plan


def new_session_dialog(office, qtbot, start: dt.date, end: dt.date) -> SessionDialog:
    office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=420))
    dialog = SessionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.startDate.setDate(QDate(start))
    dialog.ui.endDate.setDate(QDate(end))
    return dialog


def test_generating_on_christmas_day_says_it_is_a_public_holiday(office, qtbot):
    dialog = new_session_dialog(office, qtbot, dt.date(2026, 12, 25), dt.date(2026, 12, 25))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    text = dialog.ui.errorLabel.text()
    assert text == (
        "Aucune demi-journée n'a pu être créée pour cette session : le 25/12/2026 est un jour "
        "férié (Noël). Choisissez d'autres dates, ou ajoutez les séances à la main."
    )
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.slotTable.rowCount() == 0
    dialog.resize(900, 760)
    dialog.grab().save("/tmp/G-session-dialog-christmas.png")


def test_generating_on_an_unticked_weekday_says_to_tick_another_day(office, qtbot):
    dialog = new_session_dialog(office, qtbot, dt.date(2026, 12, 23), dt.date(2026, 12, 23))
    dialog.ui.wednesdayCheck.setChecked(False)
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text() == (
        "Aucun des jours cochés ne tombe entre le 23/12/2026 et le 23/12/2026 en dehors des "
        "jours fériés : cochez d'autres jours de la semaine, ou changez les dates."
    )


def test_generating_with_neither_morning_nor_afternoon_says_to_tick_one(office, qtbot):
    dialog = new_session_dialog(office, qtbot, dt.date(2026, 12, 21), dt.date(2026, 12, 22))
    dialog.ui.morningCheck.setChecked(False)
    dialog.ui.afternoonCheck.setChecked(False)
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.errorLabel.text().startswith("Cochez le matin, l'après-midi ou les deux")


def test_a_refused_save_shows_its_heading_without_a_bullet_then_the_conflicts(office, qtbot):
    plan = make_plan(office)
    morning, slots = plan.session((T(9), T(12, 30)))
    office.planning.book_room(slots, plan.big_room, confirm=True)
    afternoon, _slots = plan.session((T(13, 30), T(17)))
    dialog = SessionDialog(office, afternoon)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.slotTable.cellWidget(0, START).setTime(QTime(10, 0))
    room = dialog.ui.slotTable.cellWidget(0, ROOM)
    room.setCurrentIndex(room.findData(plan.big_room))
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    lines = dialog.ui.errorLabel.text().splitlines()
    assert lines[0] == "Modification refusée :"
    assert lines[1].startswith("• La salle « Salle Rhône » est réservée deux fois")
    assert all(line.startswith("• ") for line in lines[1:])
