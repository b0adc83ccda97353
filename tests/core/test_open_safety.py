"""Opening a file never harms it: foreign, damaged, newer or busy files are refused untouched."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from formadesk.core import migrations
from formadesk.core.backup import list_backups
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.office import Office

from .factories import make_learner

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def _refused(path, reason: str) -> DatabaseOpenError:
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError) as info:
        Office.open(path)
    assert info.value.reason == reason
    assert path.read_bytes() == before, "a refused file must not change"
    return info.value


def test_text_file_is_not_a_formadesk_database(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("liste des stagiaires\n", encoding="utf-8")
    assert "n'est pas une base Formadesk" in str(_refused(path, "not_formadesk"))


def test_other_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    _refused(path, "not_formadesk")


def test_damaged_file_is_refused(db_path):
    office = Office.create(db_path)
    for i in range(300):
        make_learner(office, last=f"Nom{i}", first="Zoé")
    office.close(backup_if_changed=False)
    data = bytearray(db_path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 997):  # scribble over the pages, keep header
        data[offset : offset + 40] = b"\xff" * 40
    db_path.write_bytes(bytes(data))
    message = str(_refused(db_path, "corrupt"))
    assert "Restaurez une sauvegarde" in message


def test_database_from_a_newer_formadesk_is_refused(db_path):
    Office.create(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert "version plus récente" in str(_refused(db_path, "newer"))


def test_second_formadesk_is_told_and_writes_nothing(office, db_path):
    make_learner(office)
    with pytest.raises(DatabaseOpenError) as info:
        Office.open(db_path)
    assert info.value.reason == "locked"
    assert "déjà ouvert" in str(info.value)
    assert office.learners.count() == 1  # the first one still works


def test_pending_migration_is_preceded_by_a_backup(db_path, tmp_path, monkeypatch):
    office = Office.create(db_path)
    make_learner(office)
    office.close(backup_if_changed=False)
    scripts = tmp_path / "migrations"
    shutil.copytree(migrations.HERE, scripts)
    head = migrations.HEAD  # the next release's revision follows today's head
    (scripts / "versions" / "9999_test.py").write_text(
        '"""test revision"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n'
        f'revision = "9999"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n'
        "def upgrade():\n"
        '    op.create_table("notes_test", sa.Column("id", sa.Integer, primary_key=True))\n\n'
        "def downgrade():\n"
        '    op.drop_table("notes_test")\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(migrations, "HERE", scripts)
    monkeypatch.setattr(migrations, "HEAD", "9999")  # as the next release will say
    office = Office.open(db_path)
    assert office.learners.count() == 1
    office.close(backup_if_changed=False)
    labels = [b.label for b in list_backups(db_path)]
    assert f"avant-migration-{head}" in labels
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"


def test_background_check_switches_a_damaged_file_to_read_only(db_path):
    office = Office.create(db_path)
    for i in range(300):
        make_learner(office, last=f"Nom{i}", first="Zoé")
    office.close(backup_if_changed=False)
    conn = sqlite3.connect(db_path)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [p for (p,) in conn.execute("SELECT pageno FROM dbstat WHERE name = 'learners'")]
    conn.close()
    data = bytearray(db_path.read_bytes())
    for page in pages[1:]:  # scribble over the learners' leaf pages only
        start = (page - 1) * size + 200
        data[start : start + 400] = b"\xff" * 400
    db_path.write_bytes(bytes(data))
    office = Office.open(db_path, verify=False)  # what the window does, to start fast
    problem = office.verify_integrity()
    assert problem and "endommagée" in problem
    before = db_path.read_bytes()
    with pytest.raises(FormadeskError, match="lecture seule"):
        make_learner(office, last="Nouveau", first="Léa")
    office.close(backup_if_changed=False)
    assert db_path.read_bytes() == before
