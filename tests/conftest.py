"""Fixtures shared by every test: a real Formadesk database in a temporary folder, and the
places no file may be written to (a read-only folder, a named pipe)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
import time_machine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_one_day: time_machine.travel | None = None


def pytest_configure(config):
    """The whole run happens on the day it started: a run started after 20:00 is moved back to
    20:00 of that day, with the clock ticking.

    Test modules take their TODAY when they are collected and the code asks the clock later: a
    run crossing midnight compared two different days (CI failed that way). Moving back, never
    forward, keeps the files written during the run from looking older than the clock says
    (the cleanup of half-written files judges them by their age).

    ``FORMADESK_TEST_DAY=2026-12-12`` runs the suite as on that day (at 10:00), to reproduce a
    failure that depends on the weekday. A day ahead of the real one makes the files written
    during the run look that much older: the test of the cleanup of half-written files fails
    then, and only then."""
    global _one_day
    now = dt.datetime.now().astimezone()
    if day := os.environ.get("FORMADESK_TEST_DAY"):
        now = dt.datetime.combine(dt.date.fromisoformat(day), dt.time(10)).astimezone()
    _one_day = time_machine.travel(min(now, now.replace(hour=20, minute=0, second=0)), tick=True)
    _one_day.start()


def pytest_unconfigure(config):
    if _one_day is not None:
        _one_day.stop()


OFFICE_IBAN = "FR7630006000011234567890189"  # every test office has one (see empty_database)


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """Keep documents and the default database out of the user's real folders."""
    base = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FORMADESK_DOCUMENTS_DIR", str(base / "Documents"))
    monkeypatch.setenv("FORMADESK_DB", str(base / "default.sqlite3"))
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "data"))
    # One process: a worker that ran the task rules of a window a test has closed could still
    # hold its file. The worker processes have their own tests (tests/*/test_*processes.py).
    monkeypatch.setenv("FORMADESK_PROCESSES", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(base / "cache"))


# The second engine (issue 14): with FORMADESK_TEST_PG=postgresql://user@host/postgres (an
# account that may create bases), the tests that work on an ``office`` run on a new base of that
# server each; the others (files, the window) are left out: they ran on SQLite already.
SERVER = os.environ.get("FORMADESK_TEST_PG", "")


def pytest_collection_modifyitems(config, items):
    """Tests marked ``server`` (several workstations) need the server: skipped without it. With
    it, only the tests on an ``office`` or marked ``server`` run (and none marked sqlite_only)."""
    if not SERVER:
        skip = pytest.mark.skip(reason="needs FORMADESK_TEST_PG (a PostgreSQL server, .ci/run)")
        for item in items:
            if item.get_closest_marker("server"):
                item.add_marker(skip)
        return
    kept, left = [], []
    for item in items:
        on_server = "office" in getattr(item, "fixturenames", ()) or item.get_closest_marker(
            "server"
        )
        (kept if on_server and not item.get_closest_marker("sqlite_only") else left).append(item)
    config.hook.pytest_deselected(items=left)
    items[:] = kept


@pytest.fixture(scope="session")
def empty_database(tmp_path_factory):
    """A freshly migrated database, made once; tests get copies (Alembic takes a while)."""
    from formadesk.core.office import Office

    if SERVER:
        from tests.server_bases import template_base

        yield from template_base(SERVER, OFFICE_IBAN)
        return
    path = tmp_path_factory.mktemp("template") / "empty.sqlite3"
    office = Office.open(path, create=True)
    # Invoices say « par virement »: without an IBAN they are refused (tests clear it to see).
    office.settings.set("billing.iban", OFFICE_IBAN)
    office.close(backup_if_changed=False)
    yield path


def database_place(tmp_path, empty_database, name: str = "formadesk.sqlite3"):
    """Yield where a test's database is: a file, or with FORMADESK_TEST_PG a base of its own on
    the server (its URL, a copy of the template), dropped afterwards."""
    if SERVER:
        from tests.server_bases import per_test_base

        yield from per_test_base(SERVER, empty_database)
        return
    yield tmp_path / name


def office_at(db_path, empty_database):
    """Yield an open Office on ``db_path`` (a copy of the template file, or a server's base
    already copied by ``database_place``), closed afterwards."""
    import shutil

    from formadesk.core.office import Office

    if not SERVER:
        shutil.copyfile(empty_database, db_path)
    office = Office.open(db_path)
    yield office
    office.close(backup_if_changed=False)  # a no-op when a window already closed it


@pytest.fixture
def db_path(tmp_path, empty_database):
    yield from database_place(tmp_path, empty_database)


@pytest.fixture
def office(db_path, empty_database):
    """An open Office on a new, empty database of its own."""
    yield from office_at(db_path, empty_database)


@pytest.fixture
def read_only_folder(tmp_path):
    """A folder where no file can be created, even by root (who ignores permissions)."""
    if os.geteuid() != 0:
        folder = tmp_path / "lecture-seule"
        folder.mkdir(mode=0o555)
        yield folder
        folder.chmod(0o755)
        return
    probe = Path("/sys/formadesk-probe")  # Linux's sysfs refuses new files, even to root
    try:
        probe.touch()
    except OSError:
        yield probe.parent
        return
    probe.unlink()
    pytest.skip("no read-only folder available to root here")


@pytest.fixture
def fifo(tmp_path):
    """A named pipe, the kind of special file (like /dev/full) that must never be replaced."""
    path = tmp_path / "tube.xlsx"
    os.mkfifo(path)
    return path
