"""The schema comes from Alembic, from an empty file to the head revision."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from formadesk.core import migrations
from formadesk.core.db import APPLICATION_ID
from formadesk.core.model import Base
from formadesk.core.office import Office

pytestmark = pytest.mark.sqlite_only  # the SQLite file itself (PostgreSQL: test_server*.py)


def test_empty_file_is_migrated_to_head_and_marked(db_path):
    db_path.touch()  # an empty file, as a user may create by hand
    Office.open(db_path, create=True).close()
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
        migrations.head_revision()
    )
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"learners", "sessions", "enrollments", "attendance", "invoices", "juries"} <= tables


def test_models_and_migrations_agree(db_path):
    Office.create(db_path).close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], "the models changed: add an Alembic revision"


def test_pragmas_protect_the_data(office):
    with office.database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_the_head_known_without_alembic_is_the_scripts_head():
    assert migrations.head_revision() == migrations.HEAD, "update HEAD in migrations/__init__.py"
