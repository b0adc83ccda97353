"""A new database only when asked; write-protected files open read-only; one writer per file."""

from __future__ import annotations

import os

import pytest

from formadesk.core.db import Database, DatabaseLock, make_engine
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.office import Office

from .factories import make_learner

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def test_a_missing_file_is_refused_and_not_created(tmp_path):
    path = tmp_path / "absente.sqlite3"
    with pytest.raises(DatabaseOpenError, match="n'existe pas") as info:
        Office.open(path)
    assert info.value.reason == "missing"
    assert list(tmp_path.iterdir()) == []


def test_a_path_in_a_missing_folder_is_refused_and_no_folder_is_made(tmp_path):
    path = tmp_path / "nulle-part" / "base.sqlite3"
    with pytest.raises(DatabaseOpenError, match="dossier .* n'existe pas"):
        Office.open(path)
    assert not path.parent.exists()


def test_an_empty_file_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "vide.sqlite3"
    path.touch()
    with pytest.raises(DatabaseOpenError, match="fichier vide") as info:
        Office.open(path)
    assert info.value.reason == "empty"
    assert path.stat().st_size == 0


def test_create_makes_a_new_database_but_never_over_an_existing_one(db_path):
    with Office.create(db_path) as office:
        make_learner(office)
    with pytest.raises(DatabaseOpenError, match="existe déjà") as info:
        Office.create(db_path)
    assert info.value.reason == "exists"
    with Office.open(db_path) as office:
        assert office.learners.count() == 1
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".partial")] == []


def test_a_hard_link_to_an_open_database_is_refused(office, db_path, tmp_path):
    other_name = tmp_path / "lien.sqlite3"
    os.link(db_path, other_name)
    with pytest.raises(DatabaseOpenError, match="déjà ouvert") as info:
        Office.open(other_name)
    assert info.value.reason == "locked"
    make_learner(office)
    assert office.learners.count() == 1


def _deny_writes_to(monkeypatch, denied) -> None:
    real_access = os.access

    def access(path, mode, *args, **kwargs):
        if mode & os.W_OK and os.fspath(path) == os.fspath(denied):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("protected", ["file", "folder"])
def test_a_write_protected_database_opens_read_only(office, db_path, monkeypatch, protected):
    make_learner(office, last="Présent")
    office.close(backup_if_changed=False)
    before = db_path.read_bytes()
    _deny_writes_to(monkeypatch, db_path if protected == "file" else db_path.parent)
    with Office.open(db_path) as reopened:
        assert "protégé en écriture" in (reopened.read_only_reason or "")
        assert [r.last_name for r in reopened.learners.page()] == ["Présent"]
        with pytest.raises(FormadeskError, match="lecture seule"):
            make_learner(reopened, last="Refusé")
    assert db_path.read_bytes() == before


def test_a_write_on_a_read_only_connection_is_told_in_french(office, db_path):
    office.close(backup_if_changed=False)
    lock = DatabaseLock(db_path)
    lock.acquire()
    database = Database(db_path, make_engine(db_path, read_only="ro"), lock)
    try:
        read_only = Office(database)
        with pytest.raises(FormadeskError, match="protégé en écriture") as info:
            make_learner(read_only)
        assert "readonly" not in str(info.value)
        assert read_only.read_only_reason
    finally:
        database.close()


def test_a_new_database_cannot_be_made_in_a_protected_folder(tmp_path, monkeypatch):
    _deny_writes_to(monkeypatch, tmp_path)
    with pytest.raises(DatabaseOpenError, match="protégé en écriture") as info:
        Office.create(tmp_path / "nouvelle.sqlite3")
    assert info.value.reason == "read_only"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("how", ["open", "create", "demo", "link"])
def test_a_device_or_pipe_is_never_opened_nor_replaced(tmp_path, fifo, how):
    """``demo --db /dev/null`` once replaced the device with a database: a pipe (or a link to
    one) is refused in French before any lock file is written beside it."""
    import stat

    from formadesk.core.demo import build_demo

    target = fifo
    if how == "link":
        target = tmp_path / "lien.sqlite3"
        target.symlink_to(fifo)
    with pytest.raises(DatabaseOpenError, match="n'est pas un fichier ordinaire"):
        if how == "create":
            Office.create(target)
        elif how == "demo":
            build_demo(target, "small", progress=None)
        else:
            Office.open(target, create=how == "link")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert not fifo.with_name(fifo.name + ".lock").exists()
