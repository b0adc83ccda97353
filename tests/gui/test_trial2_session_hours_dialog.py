"""The session dialog asks before saving 70 h of half-days for a 14 h course (trial 2)."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs import session_dialog
from formadesk.gui.dialogs.session_dialog import SessionDialog
from tests.core.factories import MONDAY, make_course, make_session


def test_seventy_hours_are_asked_and_a_yes_saves_them(qtbot, office, monkeypatch):
    session_id = make_session(office, make_course(office, hours=14))
    monkeypatch.setattr(session_dialog, "confirm", lambda *args: True)  # replace the 4 slots
    dialog = SessionDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.ask_confirmation = lambda text: asked.append(text) or False
    end = MONDAY + dt.timedelta(days=11)
    dialog.ui.endDate.setDate(QDate(end.year, end.month, end.day))
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "Les demi-journées planifiées font 70 h, la formation en prévoit 14 h" in asked[0]
    assert dialog.isVisible() and "Rien n'a été enregistré" in dialog.ui.errorLabel.text()
    assert office.sessions.get(session_id).planned_minutes == 14 * 60

    dialog.ask_confirmation = lambda text: True
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert office.sessions.get(session_id).planned_minutes == 70 * 60
