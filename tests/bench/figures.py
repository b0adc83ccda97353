"""What the benchmarks share to run on a file or on a PostgreSQL base, and their key figures.

- ``base_argument``: the BASE argument of a bench, a file (Path) or a ``postgresql://`` URL
  (str, kept as typed: a Path would fold its ``//``);
- ``ensure_base``: the large demo built when a file is missing (a server's base must exist);
- ``working_copy``: what a bench writes into, never the base it was given: a copy of the file
  in a temporary folder, or a base made on the same server from the given one
  (``CREATE DATABASE … TEMPLATE``), dropped at the end;
- ``Bare``: the floor's connection, sqlite3 on a file or psycopg on a server, with the same
  ``?`` placeholders on both;
- ``Figures``: a bench's key figures (each with its floor when it has one) written as JSON with
  ``--json FILE``, for ``bench_engines.py`` to put both engines side by side.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import statistics
from collections.abc import Iterator
from pathlib import Path

from formadesk.core.server_url import is_server_url, safe_url

Base = Path | str  # a database file, or a base on a PostgreSQL server (its URL)


def is_server(base: object) -> bool:
    return is_server_url(str(base))


def base_argument(text: str) -> Base:
    """argparse ``type`` of a BASE argument: a URL stays a str, a file becomes a Path."""
    return text.strip() if is_server_url(text) else Path(text)


def engine_of(base: Base) -> str:
    return "postgresql" if is_server(base) else "sqlite"


def label(base: Base) -> str:
    """The base as printed: the file's path, or the URL without any password."""
    return safe_url(base) if is_server(base) else str(base)


def ensure_base(base: Base) -> Base:
    """A file is built as the large demo when missing; a server's base is used as it is."""
    if is_server(base):
        return base
    from bench_startup import ensure_database

    return ensure_database(Path(base))


def libpq_url(base: str, database: str | None = None) -> str:
    """``base`` as libpq reads it (no SQLAlchemy driver name), optionally on another base."""
    from formadesk.core import server

    url = server.parse_url(base).set(drivername="postgresql")
    if database is not None:
        url = url.set(database=database)
    return url.render_as_string(hide_password=False)


def connect_server(base: str, *, autocommit: bool = True):
    import psycopg

    return psycopg.connect(libpq_url(base), autocommit=autocommit, connect_timeout=5)


def server_size(base: str) -> int:
    """Bytes of the base on its server (``pg_database_size``)."""
    with contextlib.closing(connect_server(base)) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]


@contextlib.contextmanager
def working_copy(source: Base, folder: Path | str, name: str = "bench.sqlite3") -> Iterator[Base]:
    """A copy of ``source`` the bench may write into; ``source`` itself is never written.

    A file is copied into ``folder``. A base on a server is copied on the same server
    (``CREATE DATABASE fdbench_<pid> TEMPLATE source``: nobody else may be connected to the
    source meanwhile) and dropped when the bench is done."""
    if not is_server(source):
        path = Path(folder) / name
        shutil.copyfile(source, path)
        yield path
        return
    import psycopg
    from psycopg import sql

    from formadesk.core import server

    original = server.parse_url(str(source)).database
    copy = f"fdbench_{os.getpid()}"
    with contextlib.closing(
        psycopg.connect(libpq_url(str(source), "postgres"), autocommit=True, connect_timeout=5)
    ) as admin:
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(copy)))
        try:
            admin.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                    sql.Identifier(copy), sql.Identifier(original)
                )
            )
        except psycopg.errors.ObjectInUse as error:
            raise SystemExit(
                f"La base « {original} » est ouverte ailleurs (Formadesk, psql…) : le banc "
                "d'essai ne peut pas en faire sa copie de travail (CREATE DATABASE … TEMPLATE). "
                "Fermez-la, puis relancez."
            ) from error
        # A template copy does not carry the base's own settings (ALTER DATABASE … SET, which
        # server.prepare makes): the copy gets the source's, as the office's base has them.
        settings = admin.execute(
            "SELECT unnest(setconfig) FROM pg_db_role_setting s JOIN pg_database d "
            "ON d.oid = s.setdatabase WHERE d.datname = %s AND s.setrole = 0",
            (original,),
        ).fetchall()
        for (setting,) in settings:
            key, _, value = setting.partition("=")
            admin.execute(
                sql.SQL("ALTER DATABASE {} SET {} = {}").format(
                    sql.Identifier(copy), sql.Identifier(key), sql.Literal(value)
                )
            )
        try:
            yield libpq_url(str(source), copy)
        finally:
            admin.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(copy))
            )


class Bare:
    """The floor's own connection to ``base``, without Formadesk, SQLAlchemy or checks:
    sqlite3 on a file, psycopg on a server (autocommit: each statement alone, as sqlite3 runs
    a SELECT). Queries use ``?`` placeholders on both engines."""

    def __init__(self, base: Base, connection: sqlite3.Connection | None = None):
        self.server = is_server(base)
        self.conn = (
            connect_server(str(base)) if self.server else connection or sqlite3.connect(base)
        )

    @property
    def library(self) -> str:
        return "psycopg" if self.server else "sqlite3"

    def execute(self, query: str, params: tuple | list = ()):
        if self.server:
            return self.conn.execute(query.replace("?", "%s"), tuple(params) or None)
        return self.conn.execute(query, params)

    def pick(self, sqlite_query: str, server_query: str | None) -> str:
        """The same query in this engine's dialect (dates, months)."""
        return server_query if self.server and server_query else sqlite_query

    def durability(self) -> str:
        """How a commit reaches the disk, for the write floors: the pragmas the bench set on
        a file, the server's settings on a base (a test cluster often runs without fsync)."""
        if not self.server:
            mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
            level = self.conn.execute("PRAGMA synchronous").fetchone()[0]
            names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
            return f"{mode.upper()}, synchronous {names.get(level, level)}"
        rows = self.conn.execute(
            "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit')"
        ).fetchall()
        return ", ".join(f"{name} {setting}" for name, setting in sorted(rows))

    def close(self) -> None:
        self.conn.close()


class Figures:
    """A bench's key figures, written as JSON for ``bench_engines.py`` (never asserted)."""

    def __init__(self, bench: str, base: Base):
        self.data = {
            "bench": bench,
            "engine": engine_of(base),
            "base": label(base),
            "context": {},
            "figures": [],
        }

    def add(
        self,
        key: str,
        what: str,
        value: float | list[float] | None,
        floor: float | list[float] | None = None,
        *,
        unit: str = "ms",
        detail: bool = False,
    ) -> None:
        """One figure; a list of runs counts by its median. ``detail``: shown only on asking."""
        self.data["figures"].append(
            {
                "key": key,
                "what": what,
                "unit": unit,
                "value": _median(value),
                "floor": _median(floor),
                "detail": detail,
            }
        )

    def note(self, **context: object) -> None:
        """What the figures were measured on (the session chosen, the year…)."""
        self.data["context"].update({k: str(v) for k, v in context.items()})

    def extend(self, path: Path | str) -> None:
        """The figures another process wrote with ``save`` (a child of the bench)."""
        data = json.loads(Path(path).read_text())
        self.data["figures"].extend(data["figures"])
        self.data["context"].update(data["context"])

    def save(self, path: Path | str | None) -> None:
        if path:
            Path(path).write_text(json.dumps(self.data, ensure_ascii=False, indent=1))


def _median(value: float | list[float] | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, list | tuple):
        return statistics.median(value) if value else None
    return float(value)
