"""Steps of opening a database that must be all-or-nothing: creating, migrating, read-only.

A new database is built under a temporary name beside its target and renamed when complete;
a migration runs in one transaction (SQLite has transactional DDL), after one backup per
source revision.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, insert

from . import db as dbmod
from .errors import DatabaseOpenError
from .files import can_write, publish, remove_sqlite_file, temporary_sibling

log = logging.getLogger(__name__)


def _upgrade_in_one_transaction(engine, *, new: bool) -> None:
    """Run every pending migration, and mark the file, in a single transaction.

    Foreign keys are off meanwhile (batch migrations copy and drop tables, and SQLite ignores
    that pragma inside a transaction); they are checked before the commit.
    """
    from . import migrations

    with engine.connect() as conn:
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
        with conn.begin():
            migrations.upgrade(conn)
            _check_foreign_keys(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {dbmod.APPLICATION_ID}")
            if new:
                from .model import Organisation

                conn.execute(insert(Organisation).values(name=""))
        conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = ON")


def _check_foreign_keys(conn: Connection) -> None:
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")


def create_database(path: Path) -> None:
    """Build a new, empty Formadesk database at ``path`` (absent or empty), atomically."""
    with building(path) as temporary:
        create_schema(temporary)


def create_schema(path: Path) -> None:
    """Create the schema in a new file at ``path``, in one transaction (no temporary name:
    the caller builds ``path`` itself under a temporary name)."""
    engine = dbmod.make_engine(path)
    try:
        _upgrade_in_one_transaction(engine, new=True)
    finally:
        engine.dispose()


@contextmanager
def building(path: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to build a database in; when the block ends
    without error, the database is checkpointed and renamed to ``path``. On error (or a kill)
    ``path`` is left as it was."""
    temporary = temporary_sibling(path)
    try:
        yield temporary
        _checkpoint(temporary)
        publish(temporary, path)
    finally:
        remove_sqlite_file(temporary)


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file itself, so the file alone holds everything before renaming."""
    import sqlite3

    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size == 0:
            side.unlink()


def migrate(path: Path, revision: str, head: str) -> None:
    """Back up (once per source revision), then upgrade ``path`` from ``revision`` to head."""
    _backup_before_migration(path, revision)
    engine = dbmod.make_engine(path)
    try:
        _upgrade_in_one_transaction(engine, new=False)
    except Exception as error:
        log.exception("Migration of %s from %s to %s failed", path, revision, head)
        raise DatabaseOpenError(
            f"La mise à jour de la base « {path.name} » a échoué ; elle a été annulée et la base "
            "est restée telle quelle. Gardez cette version de Formadesk pour l'instant et "
            "transmettez le fichier journal à votre support.",
            reason="migration_failed",
            path=str(path),
        ) from error
    finally:
        engine.dispose()


def _backup_before_migration(path: Path, revision: str) -> None:
    """One copy per source revision: a second attempt on an unchanged file takes none."""
    from .backup import backup_file, list_backups

    label = f"avant-migration-{revision}"
    files = (path, path.with_name(path.name + "-wal"))
    changed_at = max(f.stat().st_mtime for f in files if f.exists() and f.stat().st_size)
    for existing in list_backups(path):
        if existing.label == label and existing.path.stat().st_mtime >= changed_at:
            log.info("Backup before migration already taken: %s", existing.path)
            return
    copy = backup_file(path, label=label)
    log.info("Backup before migration from %s: %s", revision, copy)


def read_only_reason(path: Path) -> tuple[str, str]:
    """("", "") when ``path`` can be written; else (engine mode, French reason)."""
    if not can_write(path.parent):
        return "immutable", (
            f"Le dossier « {path.parent} » est protégé en écriture : Formadesk ne peut rien y "
            "enregistrer."
        )
    if path.exists() and not can_write(path):
        return "ro", f"Le fichier « {path.name} » est protégé en écriture."
    return "", ""


def restore_in_place(path: Path, backup: Path, *, now: dt.datetime | None = None) -> Path:
    """Put a (damaged) closed database aside as ``<name>.endommage-<timestamp>`` and put a copy
    of ``backup`` in its place; return where the old file went (nothing is deleted).

    The copy is made under a temporary name and verified (integrity check, application id)
    before anything is moved: a bad backup raises DatabaseOpenError and changes nothing.
    """
    dbmod.verify_copy(backup)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.endommage-{stamp}")
    temporary = temporary_sibling(path)
    moved: list[tuple[Path, Path]] = []
    try:
        shutil.copyfile(backup, temporary)
        dbmod.verify_copy(temporary)
        for suffix in ("", "-wal", "-shm"):  # a stale WAL must not be replayed over the backup
            source = path.with_name(path.name + suffix)
            if source.exists():
                target = aside.with_name(aside.name + suffix)
                source.replace(target)
                moved.append((target, source))
        publish(temporary, path)
    except BaseException:
        for target, source in reversed(moved):
            target.replace(source)
        raise
    finally:
        remove_sqlite_file(temporary)
    log.warning("Restored %s from %s; previous file kept as %s", path, backup, aside)
    return aside
