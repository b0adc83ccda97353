"""Opening a base on a PostgreSQL server: connect, set up or migrate, check the schema."""

from __future__ import annotations

import logging

from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from . import server
from .errors import DatabaseOpenError

log = logging.getLogger(__name__)


def open_server(target: str, *, password: str | None = None) -> server.ServerDatabase:
    """Connect to ``target``; an empty base is set up, an older one migrated (PostgreSQL has
    transactional DDL: all or nothing, under an advisory lock so that two workstations never
    migrate at once). Raises DatabaseOpenError (``PasswordNeeded``) with a French message."""
    from . import migrations

    url = server.parse_url(target)
    engine = server.make_engine(url, password=password)
    try:
        revision, _formadesk = server.read_state(engine, url)
        if revision != migrations.head_for(revision):
            if revision is not None and revision not in migrations.known_revisions():
                raise DatabaseOpenError(
                    f"La base {server.describe(url)} a été mise à jour par une version plus "
                    "récente de Formadesk. Mettez Formadesk à jour sur ce poste.",
                    reason="newer",
                )
            upgrade(engine, url)
        else:
            server.tune(engine)  # a base set up before its tuning existed gets it once
        # engine.url carries a password typed at the prompt (in memory only): pg_dump needs it.
        return server.ServerDatabase(engine.url, engine)
    except BaseException:
        engine.dispose()
        raise


def upgrade(engine, url) -> None:
    """Every pending migration and the server-side functions, in one transaction."""
    from . import migrations
    from .model import Organisation

    try:
        with engine.connect() as conn, conn.begin():
            server.lock_for_migration(conn)
            # Another workstation may have migrated while this one waited for the lock.
            tables = conn.scalar(
                text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")
            )
            migrations.upgrade(conn)
            server.prepare(conn)
            if not tables:
                conn.execute(insert(Organisation).values(name=""))
    except DBAPIError as error:
        log.exception("Setting up or migrating %s failed", server.safe_url(url))
        if "permission denied" in str(error.orig):
            raise DatabaseOpenError(
                f"L'utilisateur « {url.username} » n'a pas le droit de créer les tables de la "
                f"base {server.describe(url)}. Demandez à l'administrateur du serveur de lui "
                "donner ce droit (propriétaire de la base), puis réessayez.",
                reason="migration_failed",
            ) from error
        raise DatabaseOpenError(
            f"La mise à jour de la base {server.describe(url)} a échoué ; elle a été annulée et "
            "la base est restée telle quelle. Transmettez le fichier journal à votre support.",
            reason="migration_failed",
        ) from error


def probe(target: str, *, password: str | None = None) -> str | None:
    """Connect once to ``target`` (raises DatabaseOpenError / PasswordNeeded in French);
    returns the password that worked (None: none was needed)."""
    url = server.parse_url(target)
    engine = server.make_engine(url, password=password)
    try:
        server.read_state(engine, url)
    finally:
        engine.dispose()
    return password


def check_server(target: str, *, password: str | None = None):
    """The ``check`` report of a server's base: connection, schema version, row counts."""
    from . import migrations
    from .db import CheckReport
    from .model import Base

    url = server.parse_url(target)
    engine = server.make_engine(url, password=password)
    try:
        revision, formadesk = server.read_state(engine, url)
        head = migrations.head_revision()
        counts: dict[str, int] = {}
        if formadesk:
            with engine.connect() as conn:
                existing = set(
                    conn.scalars(
                        text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                    )
                )
                for table in sorted(Base.metadata.tables):
                    if table in existing:
                        counts[table] = conn.scalar(text(f'SELECT count(*) FROM "{table}"'))
        return CheckReport("ok", revision, head, counts)
    finally:
        engine.dispose()
