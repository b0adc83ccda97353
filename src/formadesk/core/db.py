"""Opening the SQLite file safely: lock, checks, backup before migration, pragmas, unit of work.

This is the only module (with backup.py) allowed to speak SQLite-specific SQL.
"""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from . import guards, versions
from .errors import ConcurrentEditError, DatabaseOpenError, FormadeskError
from .files import can_write
from .locks import DatabaseLock
from .outputs import describe_error
from .validation import normalise_search

log = logging.getLogger(__name__)

# PRAGMA application_id marks a file as a Formadesk database ("FMDK").
APPLICATION_ID = 0x464D444B
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


FRENCH = "fr"  # collation: « Émile » between « Durand » and « Faure », case ignored


@lru_cache(maxsize=20000)
def _french_key(text: str) -> tuple[str, str]:
    return normalise_search(text), text


def _french_compare(a: str, b: str) -> int:
    ka, kb = _french_key(a or ""), _french_key(b or "")
    return (ka > kb) - (ka < kb)


def _add_collations(dbapi_connection) -> None:
    dbapi_connection.create_collation(FRENCH, _french_compare)
    dbapi_connection.create_function(NORMALISE, 1, normalise_search, deterministic=True)


NORMALISE = "fd_normalise"  # SQL function: lower-case, accent-free text (``normalise_search``)


def normalised(column):
    """``column`` as search compares it: « Relevé » is found by « releve »."""
    return getattr(func, NORMALISE)(column)


def french(column):
    """``column`` ordered as a French reader expects (accents and case ignored)."""
    return column.collate(FRENCH)


def insert_if_missing(session: Session, model, **values) -> None:
    """Insert a row unless its key is taken (another workstation may insert the same counter
    at the same moment): INSERT … ON CONFLICT DO NOTHING, on both engines."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(model).values(**values).on_conflict_do_nothing())


PLANNING_LOCK = 0x464D5031  # « FMP1 »: one planning check at a time on a shared server


def one_at_a_time(session: Session, key: int) -> None:
    """Wait until no other workstation's transaction holds ``key``, and hold it until this
    one ends (a PostgreSQL advisory lock). A check made after it sees what the other
    committed. On SQLite the unit of work holds the whole base already."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(key)))


def locked(statement):
    """``statement`` (a select of ORM rows) locking its rows until the commit, and read afresh
    even when the session holds them already: what a counter needs on a shared server (on
    SQLite the unit of work holds the write lock anyway)."""
    return statement.with_for_update().execution_options(populate_existing=True)


def _set_pragmas(dbapi_connection, _record) -> None:
    _add_collations(dbapi_connection)
    # Python's sqlite3 commits on its own before DDL: take transactions over (SQLAlchemy's
    # pysqlite recipe), so that a migration or a new schema is all-or-nothing.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed transaction survives a power cut, even in WAL mode.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _set_read_only_pragmas(dbapi_connection, _record) -> None:
    _add_collations(dbapi_connection)
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.close()


def _begin(conn) -> None:
    """Emit our own BEGIN; a unit of work asks for IMMEDIATE (it waits for the write lock at
    once, instead of failing when a read snapshot cannot become a write)."""
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(path: Path, *, read_only: str = "") -> Engine:
    """An engine on ``path`` with transactional DDL.

    ``read_only`` is "" (read-write), "ro" (read-only file in a writable folder: SQLite may
    still create its shared-memory file) or "immutable" (read-only folder).
    """
    connect_args = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
    if read_only:
        uri = read_only_uri(path, immutable=read_only == "immutable")
        engine = create_engine(
            "sqlite://", creator=lambda: sqlite3.connect(uri, uri=True, **connect_args)
        )
        event.listen(engine, "connect", _set_read_only_pragmas)
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args=connect_args)
        event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def verify_copy(path: Path) -> None:
    """Raise DatabaseOpenError unless ``path`` is a sound Formadesk database (a backup to be
    trusted: integrity check and application id)."""
    app_id, _revision, tables = read_file_state(path, verify=True)
    if app_id != APPLICATION_ID or not tables:
        raise DatabaseOpenError(
            f"« {path.name} » n'est pas une sauvegarde Formadesk complète. "
            "Choisissez une autre sauvegarde.",
            reason="not_formadesk",
            path=str(path),
        )


def refuse_special_file(path: Path) -> None:
    """Refuse, before any lock or write beside it, a path that exists and is not a regular
    file (a device such as /dev/null, a pipe, a folder): Formadesk never writes over one."""
    if path.exists() and not path.is_file():
        raise DatabaseOpenError(
            f"« {path} » n'est pas un fichier ordinaire (dossier, périphérique ou tube) : ce "
            "n'est pas une base Formadesk et il ne sera pas modifié. Choisissez un fichier "
            ".sqlite3.",
            reason="not_formadesk",
            path=str(path),
        )


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A URI that opens ``path`` without writing; ``immutable`` when even SQLite's side files
    cannot be created (a write-protected folder)."""
    return f"{path.resolve().as_uri()}?{'immutable=1' if immutable else 'mode=ro'}"


def read_file_state(
    path: Path, *, verify: bool = True, immutable: bool = False
) -> tuple[int, str | None, bool]:
    """Read (application_id, revision, has_tables) from an existing file without changing it.

    Raises DatabaseOpenError when the file is empty (0 bytes), is not a SQLite database or
    (with ``verify``) fails the integrity check. Without ``verify`` the caller runs
    ``integrity_problem`` later.
    """
    name = path.name
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise DatabaseOpenError(
            f"Impossible de lire « {name} » ({describe_error(error)}). "
            "Vérifiez le fichier et ses droits.",
            reason="unreadable",
            path=str(path),
        ) from error
    if header and header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"« {name} » n'est pas une base Formadesk. Choisissez un autre fichier.",
            reason="not_formadesk",
            path=str(path),
        )
    if not header:  # what a crash or a copy gone wrong leaves: never taken for a database
        raise DatabaseOpenError(
            f"« {name} » est un fichier vide, pas une base Formadesk. Choisissez un autre fichier.",
            reason="empty",
            path=str(path),
        )
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if verify:
                problem = _integrity_problem(conn, name)
                if problem:
                    raise DatabaseOpenError(problem, reason="corrupt", path=str(path))
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseOpenError(
            f"La base « {name} » est illisible ou endommagée ({describe_error(error)}). "
            "Restaurez une sauvegarde ou ouvrez un autre fichier.",
            reason="corrupt",
            path=str(path),
        ) from error
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables):
        raise DatabaseOpenError(
            f"« {name} » n'est pas une base Formadesk. Choisissez un autre fichier.",
            reason="not_formadesk",
            path=str(path),
        )
    return app_id, revision, bool(tables)


def _integrity_problem(conn: sqlite3.Connection, name: str) -> str | None:
    result = conn.execute("PRAGMA integrity_check(1)").fetchone()[0]
    if result == "ok":
        return None
    return (
        f"La base « {name} » est endommagée (contrôle d'intégrité : {result}). "
        "Restaurez une sauvegarde ou ouvrez un autre fichier."
    )


def integrity_problem(path: Path, *, immutable: bool = False) -> str | None:
    """Run PRAGMA integrity_check on its own read-only connection: None, or a French message."""
    try:
        conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
        try:
            return _integrity_problem(conn, path.name)
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return (
            f"La base « {path.name} » est illisible ou endommagée ({describe_error(error)}). "
            "Restaurez une sauvegarde ou ouvrez un autre fichier."
        )


def mark_as_formadesk(engine: Engine) -> None:
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


class Database:
    """An open database: the engine, the lock and a unit-of-work factory.

    ``path`` is the SQLite file; a base on a PostgreSQL server (``server.ServerDatabase``) has
    no path and says ``server = True``.
    """

    server = False

    def __init__(self, path: Path | None, engine: Engine, lock: DatabaseLock | None):
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        self._writing = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"),
            expire_on_commit=False,
            autoflush=False,
        )
        guards.install(self._writing)  # every write is checked against the model
        versions.install(self._writing)  # a change to a sub-list raises its record's version
        # Set when the file is write-protected or turned out damaged: every write is refused.
        self.read_only_reason: str | None = None
        self.immutable = False  # opened from a write-protected folder

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: committed as a whole on success, rolled back on any error."""
        if self.read_only_reason:
            raise FormadeskError(
                f"{self.read_only_reason} Rien n'a été enregistré : la base est ouverte en "
                "lecture seule."
            )
        session = self._writing()
        try:
            yield session
            session.commit()
            for data, row in session.info.pop("versioned", ()):  # services.base.copy_onto
                with suppress(dataclasses.FrozenInstanceError):
                    data.version = row.version
        except StaleDataError as error:
            session.rollback()
            raise ConcurrentEditError() from error
        except BaseException as error:
            session.rollback()
            self._raise_if_damaged(error)
            raise
        finally:
            session.close()

    @property
    def label(self) -> str:
        """What the window and the messages call this database."""
        return str(self.path)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (rolled back at the end)."""
        session = self._sessions()
        try:
            yield session
        except BaseException as error:
            self._raise_if_damaged(error)
            raise
        finally:
            session.rollback()
            session.close()

    def _raise_if_damaged(self, error: BaseException) -> None:
        """A read that meets a damaged page: read-only from now on, and a French message."""
        original = getattr(error, "orig", error)
        if isinstance(original, sqlite3.OperationalError) and "readonly" in str(original):
            self.read_only_reason = (
                f"Le fichier « {self.path.name} » est protégé en écriture (droits du fichier "
                "ou du dossier)."
            )
            raise FormadeskError(
                f"{self.read_only_reason} Rien n'a été enregistré. Enregistrez la base ailleurs "
                "ou demandez l'accès en écriture, puis rouvrez-la."
            ) from error
        if isinstance(original, sqlite3.DatabaseError) and "malformed" in str(original):
            self.read_only_reason = (
                f"La base « {self.path.name} » est endommagée ({describe_error(original)}). "
                "Restaurez une sauvegarde (Fichier › Restaurer une sauvegarde)."
            )
            raise FormadeskError(self.read_only_reason) from error

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()


@dataclass
class CheckReport:
    integrity: str
    revision: str | None
    head: str
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head


def check_database(path: Path) -> CheckReport:
    """Read-only report on a database file. Raises DatabaseOpenError for a missing, empty,
    special or foreign file (``reason`` says which)."""
    from . import migrations
    from .model import Base

    head = migrations.head_revision()
    refuse_special_file(path)
    if not path.exists():
        raise DatabaseOpenError(
            f"Le fichier « {path.name} » n'existe pas. Choisissez un autre fichier.",
            reason="missing",
            path=str(path),
        )
    # In a write-protected folder SQLite cannot make its side files: read the file as it is,
    # as Office.open does, instead of reporting a sound file as unreadable.
    immutable = not can_write(path.parent)
    try:
        _app_id, revision, _tables = read_file_state(path, immutable=immutable)
    except DatabaseOpenError as error:
        if error.reason != "corrupt":
            raise
        return CheckReport(str(error), None, head)
    counts: dict[str, int] = {}
    conn = sqlite3.connect(read_only_uri(path, immutable=immutable), uri=True)
    try:
        existing = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        for table in sorted(Base.metadata.tables):
            if table in existing:
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    finally:
        conn.close()
    return CheckReport("ok", revision, head, counts)
