"""Backups are atomic: a good copy is never replaced by a partial one, the open file never."""

from __future__ import annotations

import os
import sqlite3

import pytest

from formadesk.core.backup import list_backups
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.office import Office

from .factories import make_learner

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def test_backup_to_the_open_database_is_refused_and_leaves_it_whole(office, db_path):
    make_learner(office)
    with pytest.raises(FormadeskError, match="base ouverte elle-même"):
        office.backups.backup_now(to=db_path)
    assert office.learners.count() == 1
    office.close(backup_if_changed=False)
    assert db_path.stat().st_size > 0
    with Office.open(db_path) as reopened:
        assert reopened.learners.count() == 1


def test_backup_to_another_name_of_the_open_file_is_refused(office, db_path, tmp_path):
    other_name = tmp_path / "autre-nom.sqlite3"
    os.link(db_path, other_name)
    with pytest.raises(FormadeskError, match="base ouverte elle-même"):
        office.backups.backup_now(to=other_name)
    relative = os.path.relpath(db_path)
    with pytest.raises(FormadeskError, match="base ouverte elle-même"):
        office.backups.backup_now(to=relative)
    make_learner(office)
    assert office.learners.count() == 1


def test_backup_replaces_an_earlier_copy_only_when_complete(office, tmp_path):
    target = tmp_path / "copie.sqlite3"
    make_learner(office, last="Premier")
    office.backups.backup_now(to=target)
    first_inode = target.stat().st_ino
    make_learner(office, last="Second")
    office.backups.backup_now(to=target, replace=True)
    assert target.stat().st_ino != first_inode, "a new file renamed over, not rewritten in place"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with Office.open(target) as copy:
        assert copy.learners.count() == 2


def test_a_special_file_is_never_replaced_by_a_backup(office, fifo):
    pipe = fifo
    with pytest.raises(FormadeskError, match="pas un fichier ordinaire"):
        office.backups.backup_now(to=pipe)
    assert pipe.exists() and not pipe.is_file()


def test_half_written_copies_are_never_listed_and_removed_at_next_start(office, db_path):
    make_learner(office)
    good = office.backups.backup_now()
    folder = good.parent
    partial = folder / f".{good.name}.1234-abcd.partial"
    partial.write_bytes(good.read_bytes()[:4096])
    assert [b.path for b in office.backups.list()] == [good]
    office.close(backup_if_changed=False)
    with Office.open(db_path):
        assert not partial.exists()
        assert [b.path for b in list_backups(db_path)] == [good]


def test_a_truncated_backup_is_refused_before_anything_is_replaced(office, tmp_path):
    make_learner(office, last="Gardé")
    good = office.backups.backup_now()
    truncated = tmp_path / "tronquee.sqlite3"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(DatabaseOpenError):
        office.backups.restore(truncated)
    assert [r.last_name for r in office.learners.page()] == ["Gardé"]


def test_backups_are_verified_formadesk_files(office):
    make_learner(office)
    copy = office.backups.backup_now()
    conn = sqlite3.connect(copy)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x464D444B
    conn.close()


def test_a_backup_target_is_checked_like_any_output_file(office, tmp_path, read_only_folder):
    with pytest.raises(FormadeskError, match="est un dossier : indiquez le nom d'un fichier"):
        office.backups.backup_now(to=tmp_path)
    target = read_only_folder / "copie.sqlite3"
    with pytest.raises(FormadeskError, match="Impossible d'écrire dans le dossier"):
        office.backups.backup_now(to=target)
    assert not target.exists()


def test_a_backup_never_replaces_a_database_open_in_another_formadesk(office, tmp_path):
    """The trial: ``backup --to`` the file another window had open corrupted it."""
    other_path = tmp_path / "autre.sqlite3"
    other = Office.create(other_path)
    try:
        before = other_path.read_bytes()
        with pytest.raises(FormadeskError, match="déjà ouvert"):  # even when asked to replace
            office.backups.backup_now(to=other_path, replace=True)
        assert other_path.read_bytes() == before
    finally:
        other.close(backup_if_changed=False)
    closed = office.backups.backup_now(to=other_path, replace=True)  # closed: allowed
    assert closed == other_path.resolve()


def test_a_backup_never_replaces_a_file_that_is_not_a_formadesk_database(office, tmp_path):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("mes notes", encoding="utf-8")
    with pytest.raises(FormadeskError, match="n'est pas une base Formadesk"):
        office.backups.backup_now(to=notes)
    assert notes.read_text(encoding="utf-8") == "mes notes"
