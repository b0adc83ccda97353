"""The dialog shown when a database cannot be opened: what it offers in each case."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from formadesk.core.backup import backup_file
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office
from formadesk.gui.dialogs.open_error import OpenErrorDialog


def open_error(path) -> DatabaseOpenError:
    with pytest.raises(DatabaseOpenError) as caught:
        Office.open(path)
    return caught.value


def test_damaged_file_offers_its_backups(db_path, qtbot):
    Office.create(db_path).close()
    backup_file(db_path)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 500)
    error = open_error(db_path)
    dialog = OpenErrorDialog(error, db_path)
    qtbot.addWidget(dialog)
    assert error.reason == "corrupt"
    assert dialog.restore_button is not None and dialog.retry_button is None
    assert "sauvegarde la plus récente" in dialog.informativeText()


def test_locked_file_offers_retry_but_no_restore(office, db_path, qtbot):
    backup_file(db_path)
    error = open_error(db_path)  # ``office`` holds the lock
    dialog = OpenErrorDialog(error, db_path)
    qtbot.addWidget(dialog)
    assert error.reason == "locked"
    assert dialog.restore_button is None and dialog.retry_button is not None
    texts = {button.text() for button in dialog.buttons()}
    assert texts == {"Réessayer", "Ouvrir un autre fichier…", "Quitter"}


def test_missing_file_offers_to_create_it_after_confirmation(tmp_path, qtbot, monkeypatch):
    path = tmp_path / "absente.sqlite3"
    error = open_error(path)
    dialog = OpenErrorDialog(error, path)
    qtbot.addWidget(dialog)
    assert error.reason == "missing" and not path.exists()
    assert dialog.create_button is not None
    assert dialog.create_button.text() == "Créer une nouvelle base ici"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not dialog.create_here() and not path.exists()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert dialog.create_here()
    with Office.open(path) as office:
        assert office.learners.count() == 0
