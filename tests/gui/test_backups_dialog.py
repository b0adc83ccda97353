"""Backups: the list dialog, restoring one, and putting a damaged file aside before a restore."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from formadesk.core.backup import backup_file
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office
from formadesk.gui.dialogs.backups import BackupsDialog, size_text
from formadesk.gui.dialogs.open_error import restore_in_place


def test_backup_now_then_restore_it(office, add_learner, qtbot):
    add_learner("Avant", "Anne")
    dialog = BackupsDialog(office)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.LeftButton)
    assert dialog.ui.backupsTable.rowCount() == 1
    assert "Sauvegarde enregistrée" in dialog.ui.resultLabel.text()

    add_learner("Après", "Alain")
    dialog.confirm_restore = lambda info: True
    dialog.ui.backupsTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.LeftButton)
    assert office.learners.count() == 1
    assert "restaurée" in dialog.ui.resultLabel.text()
    assert dialog.ui.backupsTable.rowCount() == 2  # plus the safety copy of the state before


def test_damaged_file_put_aside_then_backup_copied_in_place(db_path):
    with Office.create(db_path) as office:
        office.learners.save(office.learners.validate(_anne()))
    backup = backup_file(db_path)
    db_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)  # damaged
    aside = restore_in_place(db_path, backup, now=dt.datetime(2026, 11, 26, 9, 30))
    assert aside.name == "bureau.sqlite3.endommage-20261126-093000"
    assert aside.read_bytes().startswith(b"SQLite format 3")
    with Office.open(db_path) as office:
        assert office.learners.count() == 1


def test_restore_in_place_checks_the_backup_before_moving_anything(db_path):
    with Office.create(db_path) as office:
        office.learners.save(office.learners.validate(_anne()))
    good = backup_file(db_path)
    half = good.with_name("moitie.sqlite3")
    half.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    damaged = b"SQLite format 3\x00" + b"\x00" * 200
    db_path.write_bytes(damaged)
    with pytest.raises(DatabaseOpenError):
        restore_in_place(db_path, half)
    assert db_path.read_bytes() == damaged, "nothing replaced, nothing moved"
    names = [p.name for p in db_path.parent.iterdir()]
    assert not [name for name in names if "endommage" in name or name.endswith(".partial")]


def test_sizes_in_french():
    assert size_text(2048) == "2 Ko"
    assert size_text(12_900_000) == "12,3 Mo"


def _anne():
    from formadesk.core.services.learners import LearnerData

    return LearnerData(last_name="Avant", first_name="Anne")
