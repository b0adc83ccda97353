"""Fixtures shared by every test: a real Formadesk database in a temporary folder."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep documents and the default database out of the user's real folders."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FORMADESK_DOCUMENTS_DIR", str(base / "Documents"))
    monkeypatch.setenv("FORMADESK_DB", str(base / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory):
    """A freshly migrated database, made once; tests get copies (Alembic takes a while)."""
    from formadesk.core.office import Office

    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    Office.open(path, create=True).close(backup_if_changed=False)
    return path


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "formadesk.sqlite3"


@pytest.fixture
def office(db_path, empty_database):
    """An open Office on a new, empty database file of its own."""
    import shutil

    from formadesk.core.office import Office

    shutil.copyfile(empty_database, db_path)
    office = Office.open(db_path)
    yield office
    office.close(backup_if_changed=False)
