"""A Formadesk database on the office's PostgreSQL server (issue 14).

The same program opens ``postgresql://user@host/base`` instead of a file. What differs from
SQLite lives here: the URL and its password (libpq's ``~/.pgpass`` and ``PGPASSWORD``, else a
prompt; never written by Formadesk), the functions the queries need (``fd_normalise``), the
schema check that replaces the file's integrity check, and the change counter that lets
other workstations see a change within seconds.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .db import Database
from .errors import DatabaseOpenError, FormadeskError
from .server_url import safe_url

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 5
MIGRATION_LOCK = 0x464D444B  # advisory lock: one workstation migrates at a time ("FMDK")

# fd_normalise(text): what validation.normalise_search does in Python (NFKD, combining marks
# dropped, lower case, spaces trimmed), so that a search typed on any workstation finds the
# same rows on both engines.
NORMALISE_FUNCTION = r"""
CREATE OR REPLACE FUNCTION fd_normalise(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(regexp_replace(regexp_replace(normalize(coalesce(value, ''), NFKD),
         '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'),
         '^\s+|\s+$', '', 'g'))
$$
"""

# One row per table, bumped by the commit that changed it: a workstation polls the whole table
# (a few dozen rows) every few seconds and reloads only what moved.
COUNTER_TABLE = """
CREATE TABLE IF NOT EXISTS fd_change_counter (
  entity varchar(60) PRIMARY KEY,
  counter bigint NOT NULL DEFAULT 0
)
"""


class PasswordNeeded(DatabaseOpenError):
    """The server asks for a password that neither ~/.pgpass nor PGPASSWORD gave, or refused
    the one given (``refused``)."""

    def __init__(self, message: str, *, reason: str = "password", refused: bool = False):
        self.refused = refused
        super().__init__(message, reason=reason)


def parse_url(target: str) -> URL:
    """The SQLAlchemy URL of ``target`` (psycopg 3 driver), or a French refusal."""
    text_ = target.strip()
    scheme, sep, rest = text_.partition("://")
    try:
        url = make_url(f"{scheme.lower()}{sep}{rest}")
        url.port  # noqa: B018 - a port that is no number fails here, not at the connection
    except (ArgumentError, ValueError) as error:
        raise DatabaseOpenError(
            f"L'adresse « {safe_url(target)} » n'est pas une adresse de base PostgreSQL (le "
            "port, après « : », doit être un nombre). Écrivez-la sous la forme "
            "postgresql://utilisateur@serveur/base ou postgresql://utilisateur@serveur:5432/base.",
            reason="bad_url",
        ) from error
    if url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise DatabaseOpenError(
            f"L'adresse « {safe_url(target)} » ne nomme pas de base. Écrivez-la sous la forme "
            "postgresql://utilisateur@serveur/base.",
            reason="bad_url",
        )
    return url.set(drivername="postgresql+psycopg")


def describe(url: URL) -> str:
    """« formadesk sur srv-bureau »: the database and its server, for titles and messages."""
    return f"{url.database} sur {url.host or 'ce poste'}"


def make_engine(url: URL, *, password: str | None = None) -> Engine:
    """An engine on the server; ``password`` (typed at a prompt) is kept in memory only."""
    if password:
        url = url.set(password=password)
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a connection the server dropped overnight is replaced
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "Formadesk",
            # A network gone quiet is noticed in seconds, not at TCP's hours-long timeout:
            # the window's poll and any click then say the server does not answer.
            "keepalives": 1,
            "keepalives_idle": 10,
            "keepalives_interval": 3,
            "keepalives_count": 3,
        },
    )
    event.listen(engine, "connect", _on_connect)
    return engine


def _on_connect(dbapi_connection, _record) -> None:
    with dbapi_connection.cursor() as cursor:
        # Times the base writes itself (created_at, updated_at: now()) in UTC, as SQLite's
        # CURRENT_TIMESTAMP: the same row reads the same on both engines, whatever the
        # server's own time zone.
        cursor.execute("SET TIME ZONE 'UTC'")
    dbapi_connection.commit()


def connection_problem(error: BaseException, url: URL) -> DatabaseOpenError:
    """A French message for a failed connection (server down, unknown base, password); the
    driver's own (English) words go to the log only."""
    original = str(getattr(error, "orig", error))
    log.warning("Connection to %s failed: %s", safe_url(url), original.strip())
    where = describe(url)
    server = f"« {url.host or 'ce poste'} »" + (f" (port {url.port})" if url.port else "")
    if "password" in original and ("no password" in original or "fe_sendauth" in original):
        return PasswordNeeded(
            f"Le serveur demande le mot de passe de « {url.username} » pour la base {where}.",
            reason="password",
        )
    if "password authentication failed" in original:
        if url.password:
            given, advice = "tapé", "Retapez-le."
        elif os.environ.get("PGPASSWORD"):
            given = "donné par la variable PGPASSWORD"
            advice = "Corrigez cette variable, ou retirez-la pour qu'il soit demandé."
        else:
            given = "trouvé dans votre fichier ~/.pgpass"
            advice = "Corrigez-le dans ce fichier, ou retirez-le pour qu'il soit demandé."
        return PasswordNeeded(
            f"Le mot de passe {given} a été refusé pour « {url.username} » (base {where}). "
            f"{advice}",
            refused=True,
        )
    if "does not exist" in original and "role" in original:
        return DatabaseOpenError(
            f"L'utilisateur « {url.username} » n'existe pas sur le serveur {server}. "
            "Vérifiez l'adresse, ou demandez à l'administrateur du serveur de le créer.",
            reason="unreachable",
        )
    if "does not exist" in original and "database" in original:
        return DatabaseOpenError(
            f"La base « {url.database} » n'existe pas sur le serveur {server}. "
            "Demandez à l'administrateur du serveur de la créer (CREATE DATABASE), puis "
            "réessayez.",
            reason="missing",
        )
    if "resolve host" in original or "Name or service not known" in original:
        cause = f"le nom de serveur « {url.host} » est inconnu du réseau"
        advice = "Vérifiez l'orthographe du serveur dans l'adresse."
    elif "invalid" in original and "value" in original:
        cause = "l'adresse contient une option que PostgreSQL ne connaît pas (après le « ? »)"
        advice = "Retirez ou corrigez cette option."
    elif "refused" in original:
        cause = f"rien ne répond sur le serveur {server}"
        advice = "Vérifiez le port dans l'adresse et que le serveur est allumé, puis réessayez."
    elif "timeout" in original.lower() or "timed out" in original:
        cause = f"le serveur {server} ne répond pas"
        advice = "Vérifiez le réseau et que le serveur est allumé, puis réessayez."
    else:
        cause = "la connexion a échoué (le détail est dans le journal)"
        advice = "Vérifiez l'adresse, le réseau et que le serveur est allumé, puis réessayez."
    return DatabaseOpenError(
        f"Impossible de joindre la base {where} : {cause}. {advice}", reason="unreachable"
    )


def read_state(engine: Engine, url: URL) -> tuple[str | None, bool]:
    """(schema revision, has Formadesk tables) of the server's database."""
    try:
        with engine.connect() as conn:
            tables = set(
                conn.scalars(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                )
            )
            revision = None
            if "alembic_version" in tables:
                revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
    except DBAPIError as error:  # engine.url holds a password typed at the prompt
        raise connection_problem(error, engine.url) from error
    formadesk = "organisation" in tables or "alembic_version" in tables
    if tables and not formadesk:
        raise DatabaseOpenError(
            f"La base {describe(url)} contient déjà d'autres tables : ce n'est pas une base "
            "Formadesk. Demandez une base vide à l'administrateur du serveur.",
            reason="not_formadesk",
        )
    return revision, formadesk


# What makes the large office quick on a server, each optional (measured by the benches of
# tests/bench on 30,000 learners):
# - a trigram index: the learners' search « contains » (LIKE '%martin%') finds its rows in
#   about 1 ms instead of reading the whole table (12–20 ms);
# - the planner told that reading an index page is cheap (SSD, the usual 1.1 instead of 4):
#   the dashboard's counts use their indexes (2 ms instead of 11–14 ms).
TUNING = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS ix_learners_search_trgm ON learners "
    "USING gin (search_text gin_trgm_ops)",
    'ALTER DATABASE "{base}" SET random_page_cost = 1.1',
)


def prepare(conn) -> None:
    """What the queries need besides the tables, made or refreshed in the migration's
    transaction: the search function and the change counter."""
    conn.exec_driver_sql(NORMALISE_FUNCTION)
    conn.exec_driver_sql(COUNTER_TABLE)
    # ``COLLATE fr`` (db.french): ICU's French order, accents and case second, as on SQLite.
    # A server built without ICU gets its default order under the same name.
    icu = conn.scalar(text("SELECT count(*) FROM pg_collation WHERE collprovider = 'i'"))
    source = "(provider = icu, locale = 'fr')" if icu else 'FROM "default"'
    conn.exec_driver_sql(f"CREATE COLLATION IF NOT EXISTS fr {source}")
    reset_sequences(conn)
    _apply_tuning(conn)


def _apply_tuning(conn) -> None:
    for statement in TUNING:
        try:
            with conn.begin_nested():  # a refusal (no right, no contrib package) changes nothing
                conn.exec_driver_sql(statement.replace("{base}", conn.engine.url.database))
        except DBAPIError as error:
            log.warning("Left out on this server: %s (%s)", statement, error.orig)


def tune(engine: Engine) -> None:
    """The TUNING of a base already at the schema's version, when it lacks it (one query)."""
    with engine.connect() as conn:
        present = conn.scalar(
            text("SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_learners_search_trgm'")
        )
    if not present:
        with engine.connect() as conn, conn.begin():
            _apply_tuning(conn)


def reset_sequences(conn) -> None:
    """Each id sequence starts after the ids already there: rows written with their id (the
    migrations' questionnaires and funders, a copied office) would else collide with the next
    row added."""
    from .model import Base

    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            conn.execute(
                text(
                    "SELECT setval(pg_get_serial_sequence(:table, 'id'), "
                    f'coalesce((SELECT max(id) FROM "{table.name}"), 0) + 1, false)'
                ),
                {"table": table.name},
            )


def lock_for_migration(conn) -> None:
    """Two workstations opening an old base at once: the second waits for the first."""
    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")


def bump_counters(conn, entities: set[str]) -> dict[str, int]:
    """Count one change per entity (seen by the others at the commit); the new counters."""
    if not entities:
        return {}
    rows = conn.execute(
        text(
            "INSERT INTO fd_change_counter (entity, counter) "
            "SELECT entity, 1 FROM unnest(CAST(:entities AS varchar[])) AS entity "
            "ON CONFLICT (entity) DO UPDATE SET counter = fd_change_counter.counter + 1 "
            "RETURNING entity, counter"
        ),
        {"entities": sorted(entities)},
    )
    return dict(rows.all())


class ChangeWatcher:
    """Which entities other workstations changed since the last look (cheap polling).

    Each bump adds exactly one to its entity's counter, and this workstation remembers the
    values its own bumps produced: between two looks, an entity changed elsewhere when the
    counter moved by more than the own values in that range (exact, whatever the timing)."""

    def __init__(self, engine: Engine):
        self._engine = engine
        self._seen: dict[str, int] | None = None
        self._own: dict[str, set[int]] = {}
        self._lock = threading.Lock()

    def counters(self) -> dict[str, int]:
        with self._engine.connect() as conn:
            conn.exec_driver_sql("SET LOCAL statement_timeout = '5s'")  # a look never hangs
            rows = conn.execute(text("SELECT entity, counter FROM fd_change_counter"))
            return {entity: counter for entity, counter in rows}

    def note_own(self, counters: dict[str, int]) -> None:
        """The counters our own commit's bumps produced: not news for this workstation."""
        with self._lock:
            for entity, counter in counters.items():
                self._own.setdefault(entity, set()).add(counter)

    def changed(self) -> set[str]:
        """Entities changed elsewhere since the previous call (none at the first call)."""
        current = self.counters()
        with self._lock:
            seen, self._seen = self._seen, current
            changed = set()
            for entity, counter in current.items():
                own = self._own.get(entity, set())
                before = seen.get(entity, 0) if seen is not None else counter
                if counter - before > sum(1 for value in own if before < value <= counter):
                    changed.add(entity)
                self._own[entity] = {value for value in own if value > counter}
        return changed


@contextmanager
def raw_connection(url: URL, password: str | None = None) -> Iterator:
    """A psycopg connection outside any engine (creating or dropping a base, the tests)."""
    import psycopg

    params = url.set(drivername="postgresql", password=password or url.password)
    conn = psycopg.connect(
        params.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
    )
    try:
        yield conn
    finally:
        conn.close()


class ServerDatabase(Database):
    """A Formadesk base on a PostgreSQL server: no file, no lock (the server serialises
    writers), and a change counter that other workstations poll."""

    server = True

    def __init__(self, url: URL, engine: Engine):
        super().__init__(None, engine, None)
        self.url = url
        self.watcher = ChangeWatcher(engine)

    @property
    def label(self) -> str:
        return safe_url(self.url)

    @property
    def name(self) -> str:
        return describe(self.url)

    def publish(self, entities: set[str]) -> None:
        """Tell the other workstations (their next poll) that ``entities`` changed."""
        if not entities:
            return
        try:
            with self.engine.begin() as conn:
                self.watcher.note_own(bump_counters(conn, entities))
        except DBAPIError:  # the data is committed; only the others' refresh is late
            log.warning("Could not publish a change of %s", sorted(entities), exc_info=True)

    def schema_problem(self) -> str | None:
        """The server's counterpart of the integrity check: the base answers and its schema
        is the one this program knows. None, or a French message."""
        from . import migrations

        try:
            revision, _formadesk = read_state(self.engine, self.url)
        except DatabaseOpenError as error:
            return str(error)
        head = migrations.head_for(revision)
        if revision != head:
            return (
                f"La base {self.name} est à la version de schéma {revision or 'aucune'}, "
                f"ce poste attend {head} : mettez Formadesk à jour sur tous les postes, puis "
                "rouvrez la base."
            )
        return None

    def _raise_if_damaged(self, error: BaseException) -> None:
        kind = type(getattr(error, "orig", None)).__name__
        if kind in ("DeadlockDetected", "SerializationFailure", "LockNotAvailable"):
            raise FormadeskError(
                "Un autre poste enregistrait au même moment sur les mêmes fiches : rien n'a "
                "été enregistré ici. Réessayez."
            ) from error
        if isinstance(error, DBAPIError) and (
            error.connection_invalidated or type(error.orig).__name__ == "OperationalError"
        ):
            raise FormadeskError(
                f"La connexion à la base {self.name} a été perdue : rien n'a été enregistré. "
                "Vérifiez le réseau et le serveur, puis réessayez."
            ) from error
