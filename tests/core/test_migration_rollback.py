"""A migration that fails half-way changes nothing: same schema, same data, still opens."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from formadesk.core import migrations
from formadesk.core.backup import list_backups
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office

from .factories import make_learner

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)

FAILING_REVISION = '''"""test revision that fails half-way"""
from alembic import op
import sqlalchemy as sa

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("notes_test", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40)))
    op.execute("UPDATE learners SET last_name = 'MODIFIÉ'")
    raise RuntimeError("disk unplugged")


def downgrade():
    pass
'''


def _schema(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    finally:
        conn.close()


@pytest.fixture
def failing_release(tmp_path, monkeypatch):
    """Call it to install a next release whose migration fails half-way."""

    def install() -> None:
        scripts = tmp_path / "migrations"
        shutil.copytree(migrations.HERE, scripts)
        script = FAILING_REVISION.replace('"HEAD"', f'"{migrations.HEAD}"')  # on today's head
        (scripts / "versions" / "9999_fails.py").write_text(script, encoding="utf-8")
        monkeypatch.setattr(migrations, "HERE", scripts)
        monkeypatch.setattr(migrations, "HEAD", "9999")

    install.undo = monkeypatch.undo  # type: ignore[attr-defined]
    return install


def test_a_failed_migration_leaves_the_schema_and_data_as_before(db_path, failing_release):
    with Office.create(db_path) as office:
        make_learner(office, last="Durand")
    schema = _schema(db_path)
    failing_release()
    with pytest.raises(DatabaseOpenError, match="a été annulée") as info:
        Office.open(db_path)
    assert info.value.reason == "migration_failed"
    assert _schema(db_path) == schema
    assert not [name for _t, name, _s in schema if name.startswith("_alembic_tmp")]
    failing_release.undo()  # back to this release: the file opens as if nothing happened
    with Office.open(db_path) as office:
        assert [r.last_name for r in office.learners.page()] == ["Durand"]


def test_one_backup_per_source_revision_not_per_attempt(db_path, failing_release):
    Office.create(db_path).close()
    head = migrations.HEAD
    failing_release()
    for _attempt in range(3):
        with pytest.raises(DatabaseOpenError):
            Office.open(db_path)
    labels = [b.label for b in list_backups(db_path)]
    assert labels == [f"avant-migration-{head}"]


def test_a_new_database_whose_schema_fails_leaves_no_file(db_path, failing_release):
    failing_release()
    with pytest.raises(RuntimeError):
        Office.create(db_path)
    assert not db_path.exists()
    assert [p.name for p in db_path.parent.glob("*sqlite3*") if not p.name.endswith(".lock")] == []
