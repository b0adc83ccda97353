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


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "formadesk.sqlite3"


@pytest.fixture
def office(db_path):
    from formadesk.core.office import Office

    office = Office.open(db_path)
    yield office
    office.close(backup_if_changed=False)
