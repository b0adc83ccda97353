"""Moving an office between engines (issue 14): every table of a SQLite file copied into a
PostgreSQL base, or back into a new file, in one transaction, and the counts checked.

``formadesk migrate-to --db base.sqlite3 --to postgresql://…`` and the reverse. The source is
opened as usual (checked, migrated to this program's schema); the target is new: a file that
does not exist yet (built under a temporary name, renamed when every count matches), or a
server base with no Formadesk data yet (the server's administrator creates it empty).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, func, select
from sqlalchemy.exc import DBAPIError

from . import server
from .errors import FormadeskError
from .server_url import is_server_url, refused_address, safe_url

log = logging.getLogger(__name__)

CHUNK = 5000  # rows read and written at a time: memory stays flat on the large demo


@dataclass
class TransferReport:
    source: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows, equal on both sides

    @property
    def rows(self) -> int:
        return sum(self.counts.values())


def copy_office(
    source: str | Path,
    target: str | Path,
    *,
    password: str | None = None,
    target_password: str | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> TransferReport:
    """Copy the office at ``source`` into the new ``target``; refuses a target holding data.
    Raises FormadeskError (French) and leaves the target as it was on any error."""
    from .office import Office

    if str(source) == str(target):
        raise FormadeskError("La base de départ et la base d'arrivée sont la même : changez --to.")
    if not is_server_url(str(target)):
        target = _new_file(Path(target))  # said before the source is even opened
    office = Office.open(source, password=password, maintain=False)  # read, not updated
    try:
        source_label = office.database.label
        if is_server_url(str(target)):
            return _into_server(office.database.engine, str(target), target_password, progress)
        return _into_file(office.database.engine, Path(target), progress, source_label)
    finally:
        office.close(backup_if_changed=False)


def _into_server(source: Engine, target: str, password, progress) -> TransferReport:
    from . import server_opening

    database = server_opening.open_server(target, password=password)
    try:
        with database.engine.connect() as conn, conn.begin():
            _refuse_data(conn, database.name)
            _clear_setup_rows(conn)
            counts = _copy_tables(source, conn, progress)
            server.reset_sequences(conn)
            _check_counts(conn, counts, database.name)
        with database.engine.begin() as conn:  # the planner's statistics, at once
            conn.exec_driver_sql("ANALYZE")
        database.publish({"all"})
        return TransferReport(safe_url(source.url), database.label, counts)
    finally:
        database.close()


def _into_file(source: Engine, path: Path, progress, source_label: str) -> TransferReport:
    from . import db as dbmod
    from . import opening

    with opening.building(path) as temporary:
        opening.create_schema(temporary)
        engine = dbmod.make_engine(temporary)
        try:
            with engine.connect() as conn:
                # Checked below, at the end (SQLite ignores this pragma inside a transaction).
                conn.connection.dbapi_connection.execute("PRAGMA foreign_keys = OFF")
                with conn.begin():
                    _clear_setup_rows(conn)
                    counts = _copy_tables(source, conn, progress)
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise FormadeskError(
                            f"La copie a des références cassées ({broken[:3]}) : rien n'a été "
                            "écrit. Lancez formadesk check sur la base de départ."
                        )
                    _check_counts(conn, counts, path.name)
        finally:
            engine.dispose()
    return TransferReport(source_label, str(path), counts)


def _new_file(path: Path) -> Path:
    """The target file, checked before anything is read: a new .sqlite3 in a folder that
    exists (never an existing base, never a mistyped server address)."""
    from .outputs import checked_output_path

    if refusal := refused_address(str(path)):
        raise FormadeskError(refusal)
    if path.suffix != ".sqlite3":
        raise FormadeskError(
            f"« {path.name} » n'est ni une adresse postgresql://… ni un fichier .sqlite3 : pour "
            "un serveur, écrivez postgresql://utilisateur@serveur/base ; pour un fichier, "
            "terminez son nom par .sqlite3."
        )
    path = checked_output_path(path.expanduser().resolve())
    if path.exists():
        raise FormadeskError(
            f"Le fichier « {path.name} » existe déjà : choisissez un nouveau nom de fichier "
            "(migrate-to ne remplace jamais une base)."
        )
    return path


def _tables():
    from .model import Base

    return Base.metadata.sorted_tables  # parents before children


# A base holding any of these holds an office's work; the rest (funders, questionnaires, the
# procedure) is what the setup itself writes into every new base, and is replaced.
OFFICE_TABLES = ("learners", "courses", "sessions", "clients", "trainers", "rooms", "invoices")


def _refuse_data(conn: Connection, name: str) -> None:
    """A target base must hold nothing but what its setup wrote (an unnamed organisation)."""
    from .model import Base, Organisation

    named = conn.scalar(select(func.count()).where(Organisation.name != ""))
    filled = [
        table
        for table in OFFICE_TABLES
        if conn.scalar(select(func.count()).select_from(Base.metadata.tables[table]))
    ]
    if named or filled:
        what = f"table « {filled[0]} »" if filled else "organisme déjà renseigné"
        raise FormadeskError(
            f"La base {name} contient déjà des données ({what}) : migrate-to ne copie que dans "
            "une base neuve. Demandez une base vide à l'administrateur du serveur."
        )


def _clear_setup_rows(conn: Connection) -> None:
    for table in reversed(_tables()):
        conn.execute(table.delete())


def _copy_tables(source: Engine, target: Connection, progress) -> dict[str, int]:
    counts: dict[str, int] = {}
    reading = source.connect()
    if source.dialect.name == "postgresql":  # one snapshot of every table, whoever writes
        reading = reading.execution_options(isolation_level="REPEATABLE READ")
    with reading:
        for table in _tables():
            copied = 0
            result = reading.execution_options(yield_per=CHUNK).execute(select(table))
            for rows in result.partitions(CHUNK):
                try:
                    target.execute(table.insert(), [dict(row._mapping) for row in rows])
                except (DBAPIError, FormadeskError) as error:
                    raise _refused_row(table.name, error) from error
                copied += len(rows)
            source_count = reading.scalar(select(func.count()).select_from(table))
            if copied != source_count:
                raise FormadeskError(
                    f"La table « {table.name} » a changé pendant la copie : rien n'a été "
                    "écrit. Fermez Formadesk sur les autres postes, puis recommencez."
                )
            counts[table.name] = copied
            if progress is not None:
                progress(table.name, copied)
    return counts


def _refused_row(table: str, error: Exception) -> FormadeskError:
    """A value the target cannot hold (an old file accepted more than PostgreSQL does)."""
    log.error("Copying table %s failed: %s", table, getattr(error, "orig", error))
    kind = type(getattr(error, "orig", error)).__name__
    what = {
        "NumericValueOutOfRange": "un nombre trop grand",
        "StringDataRightTruncation": "un texte trop long",
    }.get(kind, "une valeur que la base d'arrivée refuse (détail dans le journal)")
    return FormadeskError(
        f"La table « {table} » contient {what} : la copie est annulée, rien n'a été écrit. "
        "Corrigez cette fiche dans Formadesk sur la base de départ, puis recommencez."
    )


def _check_counts(conn: Connection, counts: dict[str, int], name: str) -> None:
    for table in _tables():
        found = conn.scalar(select(func.count()).select_from(table))
        if found != counts[table.name]:
            raise FormadeskError(
                f"La copie dans {name} est incomplète (table « {table.name} » : {found} lignes "
                f"au lieu de {counts[table.name]}) : elle a été annulée, rien n'a été écrit."
            )
