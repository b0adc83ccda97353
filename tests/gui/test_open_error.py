"""The dialog shown when a database cannot be opened: what it offers in each case."""

from __future__ import annotations

import pytest

from formadesk.core.backup import backup_file
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office
from formadesk.gui.dialogs.open_error import OpenErrorDialog


def open_error(path) -> DatabaseOpenError:
    with pytest.raises(DatabaseOpenError) as caught:
        Office.open(path)
    return caught.value


def test_damaged_file_offers_its_backups(db_path, qtbot):
    Office.open(db_path).close()
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
