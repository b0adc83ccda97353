"""Starting Formadesk: ask before creating a database; start-up errors shown in a dialog."""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from formadesk.core.paths import default_database_path
from formadesk.gui.app import run_gui, start
from formadesk.gui.dialogs.first_start import FirstStartDialog


def answer_modal(handle: Callable[[QWidget], None]) -> None:
    """Handle the next modal dialog as soon as it shows (``exec()`` blocks the test)."""

    def act() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, act)
            return
        handle(widget)

    QTimer.singleShot(0, act)


def test_first_start_asks_and_creates_only_when_told(qtbot):
    path = default_database_path()
    assert not path.exists()
    seen: list[str] = []

    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, FirstStartDialog)
        seen.extend(button.text() for button in dialog.buttons())
        dialog.create_button.click()

    answer_modal(create)
    window = start(None)
    assert window is not None
    qtbot.addWidget(window)
    assert set(seen) == {
        "Créer une nouvelle base ici",
        "Ouvrir un fichier…",
        "Ouvrir la démonstration",
        "Quitter",
    }
    assert path.exists() and window.office.path == path.resolve()
    window.close()


def test_first_start_quit_creates_nothing(qtbot):
    path = default_database_path()
    answer_modal(lambda dialog: dialog.quit_button.click())
    assert start(None) is None
    assert not path.exists()


def test_a_start_up_error_is_shown_in_a_dialog(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # the log folder cannot be made
    shown: list[str] = []

    def read_and_close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.accept()

    answer_modal(read_and_close)
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        assert run_gui(None) == 1
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert shown and "Formadesk n'a pas pu démarrer" in shown[0]
    assert "journal" in shown[0]
    assert not os.path.exists(default_database_path())
