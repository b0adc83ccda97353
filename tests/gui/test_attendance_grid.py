"""The attendance sheet driven with the keyboard, like a paper sheet, on a real database."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from tests.core.attendance_factories import START, TODAY
from tests.gui.attendance_sheet import (
    CTRL,
    HOURS,
    RATE,
    TRAINER_ROW,
    column_texts,
    open_sheet,
    press,
    text,
)


def test_marks_typed_moved_undone_and_saved_in_one_go(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    durand, martin, petit = held.enrollments
    dialog.ask_minutes = lambda status, half_day, who, current: 150
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).startswith("lun. 01/03")

    press(qtbot, dialog, Qt.Key.Key_P)  # Durand, then the cursor goes down to Martin
    press(qtbot, dialog, Qt.Key.Key_A)
    press(qtbot, dialog, Qt.Key.Key_R)  # Petit arrived late: 150 minutes attended
    assert column_texts(dialog, 0) == ["P", "A", "R 2 h 30", ""]
    assert [text(dialog, r, HOURS) for r in range(3)] == ["3 h 30", "0 h", "2 h 30"]
    assert text(dialog, 0, RATE) == "50\u202f%"  # 3 h 30 of the 7 h held so far (Monday)

    press(qtbot, dialog, Qt.Key.Key_Right)
    press(qtbot, dialog, Qt.Key.Key_P, CTRL)  # Monday afternoon: everyone present
    assert column_texts(dialog, 1) == ["P", "P", "P", "P"]
    assert "Formateur : P" in dialog.model.headerData(1, Qt.Orientation.Horizontal)
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)
    assert column_texts(dialog, 1) == ["", "", "", ""]
    press(qtbot, dialog, Qt.Key.Key_Z, CTRL)  # Petit's late arrival undone too
    assert column_texts(dialog, 0) == ["P", "A", "", ""]
    assert dialog.windowTitle().endswith("*")
    assert dialog.state_label.text() == "2 saisies non enregistrées : Ctrl+S pour enregistrer."

    press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    assert dialog.state_label.text() == "Tout est enregistré."
    grid = office.attendance.grid(held.session_id, today=TODAY)
    assert grid.cell(durand, held.slots[0]).status == "present"
    assert grid.cell(martin, held.slots[0]).status == "absent"
    assert grid.cell(petit, held.slots[0]) is None
    assert column_texts(dialog, 0) == ["P", "A", "", ""]  # read back from the database
    assert "À saisir" in dialog.model.headerData(0, Qt.Orientation.Horizontal)  # Petit missing


def test_delete_erases_a_saved_mark(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_P)
    press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    press(qtbot, dialog, Qt.Key.Key_Up)
    press(qtbot, dialog, Qt.Key.Key_Delete)
    assert text(dialog, 0, 0) == ""
    press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    assert office.attendance.grid(held.session_id, today=TODAY).cells == {}


def test_the_minutes_dialog_shows_the_half_day_s_duration(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QInputDialog):
            QTimer.singleShot(10, answer)  # not on screen yet
            return
        asked.append(box.labelText())
        box.setIntValue(200)
        box.accept()

    QTimer.singleShot(10, answer)
    press(qtbot, dialog, Qt.Key.Key_D)
    assert "La demi-journée dure 3 h 30 (210 min)" in asked[0]
    assert text(dialog, 0, 0) == "D 3 h 20"


def test_a_bad_mark_keeps_the_sheet_open_with_the_french_reason(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    dialog.ask_minutes = lambda status, half_day, who, current: 300  # more than 3 h 30
    press(qtbot, dialog, Qt.Key.Key_P)
    press(qtbot, dialog, Qt.Key.Key_R)
    press(qtbot, dialog, Qt.Key.Key_S, CTRL)

    assert dialog.isVisible()
    assert dialog.message_label.isVisible()
    assert "indiquez les minutes réellement suivies, entre 1 et 209" in (
        dialog.message_label.text()
    )
    assert column_texts(dialog, 0)[:2] == ["P", "R 5 h"]  # nothing typed is lost
    assert len(dialog.model.pending) == 2
    assert office.attendance.grid(held.session_id, today=TODAY).cells == {}


def test_half_days_to_come_are_greyed_and_refuse_keys(qtbot, office):
    dialog, held = open_sheet(qtbot, office, today=START)  # Monday: Tuesday is to come
    dialog.go_to_slot(held.slots[2])
    press(qtbot, dialog, Qt.Key.Key_P)
    press(qtbot, dialog, Qt.Key.Key_P, CTRL)
    assert column_texts(dialog, 2) == ["", "", "", ""]
    assert dialog.model.pending == {}
    assert "n'a pas encore eu lieu" in dialog.message_label.text()
    assert "À venir" in dialog.model.headerData(2, Qt.Orientation.Horizontal)
    background = dialog.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.name() == "#eeeeee"


def test_trainer_presence_on_its_own_row(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    assert dialog.model.headerData(TRAINER_ROW, Qt.Orientation.Vertical) == (
        "Formateur : Anne BERNARD"
    )
    dialog.view.setCurrentIndex(dialog.model.index(TRAINER_ROW, 0))
    press(qtbot, dialog, Qt.Key.Key_P)
    press(qtbot, dialog, Qt.Key.Key_Right)
    press(qtbot, dialog, Qt.Key.Key_A)
    assert [text(dialog, TRAINER_ROW, c) for c in range(2)] == ["P", "A"]
    press(qtbot, dialog, Qt.Key.Key_S, CTRL)
    days = office.attendance.grid(held.session_id, today=TODAY).half_days
    assert [days[0].trainers[0].status, days[1].trainers[0].status] == ["present", "absent"]


def test_closing_with_unsaved_marks_asks(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_A)
    answers = ["cancel", "discard"]
    dialog.ask_unsaved = lambda: answers.pop(0)
    dialog.close()
    assert dialog.isVisible()
    dialog.close()
    assert not dialog.isVisible()
    assert office.attendance.grid(held.session_id, today=TODAY).cells == {}


def test_today_s_half_day_counts_in_the_rate_once_typed(qtbot, office):
    dialog, held = open_sheet(qtbot, office)  # today is Tuesday
    dialog.go_to_slot(held.slots[2])
    press(qtbot, dialog, Qt.Key.Key_P)
    assert (text(dialog, 0, HOURS), text(dialog, 0, RATE)) == ("3 h 30", "33\u202f%")
    assert text(dialog, 1, RATE) == "0\u202f%"  # Monday not entered: 7 h held, none attended
    assert "Assiduité : 14\u202f% (3 h 30 sur 24 h 30)" in dialog.title_label.text()


def test_the_minutes_box_only_takes_part_of_the_half_day():
    import datetime as dt

    from formadesk.core.services.attendance import HalfDay
    from formadesk.gui.attendance.questions import minutes_dialog

    half_day = HalfDay(
        1, dt.date(2027, 3, 1), dt.time(9), dt.time(12, 30), 210, "", "presentiel", (), 0, 0, False
    )
    dialog = minutes_dialog(None, "retard", half_day, "DURAND Léa", None)
    assert (dialog.intMinimum(), dialog.intMaximum()) == (1, 209)
