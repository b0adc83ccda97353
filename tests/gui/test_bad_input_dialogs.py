"""Bad input in the dialogs: a French message, the dialog stays open as typed, nothing saved."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QMessageBox

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.gui.dialogs.learner_dialog import LearnerDialog
from formadesk.gui.dialogs.session_dialog import SessionDialog


def click_save(dialog, qtbot) -> None:
    """Click « Enregistrer » once the dialog is laid out on screen (a click sent before the
    layout settles can land on another button)."""
    qtbot.waitExposed(dialog)
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def open_learner_dialog(office, qtbot) -> LearnerDialog:
    dialog = LearnerDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.lastNameEdit.setText("Durand")
    dialog.ui.firstNameEdit.setText("Léa")
    return dialog


def test_a_control_character_in_the_city_is_refused_and_kept_as_typed(office, qtbot):
    dialog = open_learner_dialog(office, qtbot)
    dialog.ui.cityEdit.setText("Ly\x07on")  # pasted from a terminal
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert "La ville : un caractère invisible interdit (U+0007)" in dialog.ui.errorLabel.text()
    assert dialog.ui.cityEdit.styleSheet()  # outlined
    assert dialog.ui.cityEdit.text() == "Ly\x07on"
    assert dialog.ui.lastNameEdit.text() == "Durand"
    assert office.learners.count() == 0


def test_100000_characters_of_notes_are_refused(office, qtbot):
    dialog = open_learner_dialog(office, qtbot)
    dialog.ui.notesEdit.setPlainText("x" * 100_000)
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert "Les notes : 100\u202f000 caractères, c'est trop" in dialog.ui.errorLabel.text()
    assert len(dialog.ui.notesEdit.toPlainText()) == 100_000
    assert office.learners.count() == 0


def test_a_possible_duplicate_is_asked_then_saved_when_confirmed(office, qtbot, monkeypatch):
    office.learners.save(LearnerData(last_name="Lefèvre", first_name="Hélène", email="h@ex.fr"))
    asked: list[str] = []

    def answer_yes(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    dialog = open_learner_dialog(office, qtbot)
    dialog.ui.emailEdit.setText("H@ex.fr")
    click_save(dialog, qtbot)
    assert "Un apprenant qui pourrait être le même existe déjà" in asked[0]
    assert "LEFÈVRE Hélène" in asked[0]
    assert asked[0].endswith("Enregistrer quand même ?")
    assert not dialog.isVisible()
    assert office.learners.count() == 2


def session_dialog(office, qtbot) -> SessionDialog:
    office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=840))
    dialog = SessionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typing_31022026_in_a_date_field_is_said_and_nothing_saved(office, qtbot):
    dialog = session_dialog(office, qtbot)
    start = dialog.ui.startDate
    start.setFocus()
    start.setCurrentSection(QDateTimeEdit.Section.DaySection)
    start.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(start, "31022026")
    assert "La date « 31022026 » n'existe pas" in start.toolTip()
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert "La date « 31022026 » n'existe pas : vérifiez le jour" in dialog.ui.errorLabel.text()
    assert office.sessions.list() == []
    # A real date typed over it clears the message.
    qtbot.keyClicks(start, "27022026")
    assert start.toolTip() == ""


def test_a_session_on_christmas_day_says_no_half_day_could_be_made(office, qtbot):
    dialog = session_dialog(office, qtbot)
    dialog.ui.startDate.setDate(QDate(dt.date(2026, 12, 25)))
    dialog.ui.endDate.setDate(QDate(dt.date(2026, 12, 25)))
    dialog.generate_slots()
    click_save(dialog, qtbot)
    assert dialog.isVisible()
    assert "le 25/12/2026 est un jour férié (Noël)" in dialog.ui.errorLabel.text()
    assert office.sessions.list() == []
