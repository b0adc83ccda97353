"""Every released schema upgrades: a demo database made by each release opens in this one with
all its records, and its documents still print (ARCHITECTURE rule 8).

The fixtures are small demo databases built by the release that introduced each revision
(tests/fixtures/schemas/demo-<revision>.sqlite3.gz). When a revision ships, add its fixture.
"""

from __future__ import annotations

import gzip
import shutil
import sqlite3
from pathlib import Path

import pytest

from formadesk.core import migrations
from formadesk.core.office import Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)

FIXTURES = sorted((Path(__file__).parent.parent / "fixtures" / "schemas").glob("*.sqlite3.gz"))


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        tables = [
            r[0]
            for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if r[0] != "alembic_version"
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_there_is_a_fixture_for_every_revision_but_the_newest_unreleased_one():
    revisions = {p.name.removeprefix("demo-").removesuffix(".sqlite3.gz") for p in FIXTURES}
    assert {"0001", "0002", "0003", "0004", "0005", "0006", "0007"} <= revisions


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name.split(".")[0])
def test_a_released_database_upgrades_with_every_record(fixture, tmp_path):
    path = tmp_path / "bureau.sqlite3"
    with gzip.open(fixture) as packed, path.open("wb") as out:
        shutil.copyfileobj(packed, out)
    before = counts(path)
    with sqlite3.connect(path) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    assert before["learners"] > 0 and before["sessions"] > 0

    office = Office.open(path)
    try:
        after = counts(path)
        # No record lost; opening may add follow-up tasks (results missing after a session).
        assert {t: after[t] for t in before if t != "tasks"} == {
            t: n for t, n in before.items() if t != "tasks"
        }
        assert after["tasks"] >= before["tasks"]
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
                migrations.head_revision()
            )
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        if revision != migrations.head_revision():
            assert office.backups.list(), "a copy was taken before the upgrade"
        session = next(row for row in office.sessions.list() if row.enrolled)
        (first, *_rest) = office.documents.generate("convocation", session.id)
        assert first.read_bytes().startswith(b"%PDF")
    finally:
        office.close(backup_if_changed=False)
