"""The session dialog says to which training office a session is entrusted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.session_dialog import SessionDialog
from tests.core.factories import make_course, make_session


def _save(qtbot, dialog: SessionDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_subcontractor_typed_is_saved_and_shown_again(office, qtbot):
    session_id = make_session(office, make_course(office))
    dialog = SessionDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.subcontractorEdit.text() == ""
    assert "vide" in dialog.ui.subcontractorEdit.placeholderText()
    qtbot.keyClicks(dialog.ui.subcontractorEdit, "Formalis Lyon")
    _save(qtbot, dialog)

    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert office.sessions.get(session_id).subcontractor == "Formalis Lyon"
    again = SessionDialog(office, session_id)
    qtbot.addWidget(again)
    assert again.ui.subcontractorEdit.text() == "Formalis Lyon"
