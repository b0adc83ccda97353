"""Online backups with the SQLite backup API, rotation, and restore.

Backups are full copies taken while the database is open. Rotation keeps the recent ones and
thins older ones to one a day, a week, then a month (as Anki does). Copies taken before a
migration carry a label and are never thinned.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .changes import Change, ChangeBus
from .db import read_only_uri
from .errors import DatabaseOpenError, FormadeskError
from .files import (
    SQLITE_SIDE_FILES,
    publish,
    remove_leftovers,
    remove_sqlite_file,
    temporary_sibling,
)
from .locks import DatabaseLock
from .outputs import checked_output_path, describe_error
from .paths import backups_dir

log = logging.getLogger(__name__)

KEEP_RECENT = 10
KEEP_DAILY_DAYS = 7
KEEP_WEEKLY_WEEKS = 8
KEEP_MONTHLY_MONTHS = 12
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}(?:-\d+)?)(?:-(?P<label>[\w.-]+))?"
    r"(?P<suffix>\.sqlite3|\.dump)$"
)
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    taken_at: dt.datetime
    size: int
    label: str = ""

    @property
    def automatic(self) -> bool:
        return self.label == "auto"


def _copy(source: sqlite3.Connection, target_path: Path, *, replacing: bool = False) -> None:
    """Copy atomically: a temporary file beside the target, flushed, verified, then renamed.

    Killed at any moment, ``target_path`` is either untouched or the complete copy.
    """
    from .db import verify_copy

    temporary = temporary_sibling(target_path)
    try:
        target = sqlite3.connect(str(temporary))
        try:
            source.backup(target)
            # The copy is written alone: no WAL beside it to lose in the rename.
            target.execute("PRAGMA journal_mode = DELETE")
        finally:
            target.close()
        verify_copy(temporary)
        if replacing:  # the old file's journal or WAL would be replayed into the copy
            _remove_side_files(target_path)
        publish(temporary, target_path)
    finally:
        remove_sqlite_file(temporary)


def unique_target(
    folder: Path, stem: str, label: str, now: dt.datetime, suffix: str = SUFFIX
) -> Path:
    """« stem-AAAAMMJJ-HHMMSS[-n][-label]suffix », a name no backup in ``folder`` has."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    labelled = f"-{label}" if label else ""
    target = folder / f"{stem}-{stamp}{labelled}{suffix}"
    counter = 1
    while target.exists():
        target = folder / f"{stem}-{stamp}-{counter}{labelled}{suffix}"
        counter += 1
    return target


def backup_file(path: Path, *, label: str = "", now: dt.datetime | None = None) -> Path:
    """Copy a database file (open or not) into its backups folder and return the copy's path."""
    folder = backups_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    target = unique_target(folder, path.stem, label, now or dt.datetime.now())
    source = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        _copy(source, target)
    finally:
        source.close()
    return target


def list_backups(path: Path) -> list[BackupInfo]:
    """Backups of this database, newest first."""
    return backups_in(backups_dir(path), path.stem)


def backups_in(folder: Path, stem: str, suffix: str = SUFFIX) -> list[BackupInfo]:
    """The backups named after ``stem`` in ``folder`` (``unique_target``), newest first."""
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{suffix}"):
        match = _NAME.match(file.name)
        if not match or match["stem"] != stem or match["suffix"] != suffix:
            continue
        stamp = match["stamp"][:15]
        taken = dt.datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        found.append(BackupInfo(file, taken, file.stat().st_size, match["label"] or ""))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def backups_to_thin(backups: list[BackupInfo], now: dt.datetime) -> list[BackupInfo]:
    """Which backups rotation removes: keep the recent, then one per day, week and month."""
    rotating = [b for b in backups if b.label in ("", "auto")]
    rotating.sort(key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = {b.path for b in rotating[:KEEP_RECENT]}
    seen_buckets: set[tuple[str, object]] = set()
    for backup in rotating[KEEP_RECENT:]:
        age = now - backup.taken_at
        day = backup.taken_at.date()
        if age <= dt.timedelta(days=KEEP_DAILY_DAYS):
            bucket: tuple[str, object] = ("day", day)
        elif age <= dt.timedelta(weeks=KEEP_WEEKLY_WEEKS):
            bucket = ("week", tuple(day.isocalendar())[:2])
        elif age <= dt.timedelta(days=31 * KEEP_MONTHLY_MONTHS):
            bucket = ("month", (day.year, day.month))
        else:
            bucket = ("year", day.year)
        if bucket not in seen_buckets:
            seen_buckets.add(bucket)
            keep.add(backup.path)
    return [b for b in rotating if b.path not in keep]


def _refuse_foreign_target(target: Path, *, full: bool = True) -> None:
    """An existing file that is not a Formadesk database is never replaced by a backup.

    Without ``full`` only the file's first bytes are read (before the target is locked: no
    SQLite connection, no side file); with it, the database itself, read as it is on disk
    (``immutable``: no ``-wal``/``-shm`` left beside it).
    """
    if not target.exists() or target.stat().st_size == 0:
        return
    from .db import SQLITE_HEADER, read_file_state

    try:
        if full:
            read_file_state(target, verify=False, immutable=True)
        else:
            with target.open("rb") as handle:
                if handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                    return
            raise DatabaseOpenError("not SQLite", reason="not_formadesk", path=str(target))
    except (DatabaseOpenError, OSError) as error:
        raise FormadeskError(
            f"« {target.name} » existe déjà et n'est pas une base Formadesk : la sauvegarde ne "
            "le remplacera pas. Choisissez un autre nom de fichier."
        ) from error


def _remove_side_files(target: Path) -> None:
    """Remove a database's journal, WAL and shared memory (it is not open: it is locked)."""
    for suffix in SQLITE_SIDE_FILES:
        target.with_name(target.name + suffix).unlink(missing_ok=True)


class BackupTargetExistsError(FormadeskError):
    """The chosen backup file already exists and the user did not ask to replace it."""

    def __init__(self, target: Path, what: str):
        self.target = target
        self.what = what
        super().__init__(
            f"Le fichier « {target.name} » existe déjà ({what}) : choisissez un autre nom, ou "
            "confirmez que vous voulez l'écraser."
        )


def _describe_existing(target: Path) -> str:
    """« une base Formadesk de 12 apprenants », « un fichier vide » ... for the refusal."""
    from . import formatting as fmt

    if target.stat().st_size == 0:
        return "un fichier vide"
    try:
        conn = sqlite3.connect(read_only_uri(target, immutable=True), uri=True)
        try:
            count = conn.execute("SELECT count(*) FROM learners").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return "une base Formadesk"
    return f"une base Formadesk de {fmt.plural(count, 'apprenant')}"


def _refuse_existing_target(target: Path) -> None:
    """An existing file is replaced only when the user said so (``replace=True``)."""
    if target.exists():
        raise BackupTargetExistsError(target, _describe_existing(target))


class BackupService:
    """Backups of the open database: now, automatically on close, list, restore."""

    def __init__(self, database, changes: ChangeBus):
        self._db = database
        self._changes = changes

    @property
    def folder(self) -> Path:
        return backups_dir(self._db.path)

    def list(self) -> list[BackupInfo]:
        return list_backups(self._db.path)

    def backup_now(
        self, *, automatic: bool = False, to: Path | None = None, replace: bool = False
    ) -> Path:
        """Take a consistent copy of the open database; rotate the folder afterwards.

        An existing ``to`` file is replaced only with ``replace`` (a save dialog that already
        asked), and never when it is not a Formadesk database or is open elsewhere.
        """
        now = dt.datetime.now()
        if to is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = unique_target(
                self.folder, self._db.path.stem, "auto" if automatic else "", now
            )
        else:
            target = self._checked_target(Path(to))
            _refuse_foreign_target(target, full=False)  # before any lock file is made beside it
            if not replace:
                _refuse_existing_target(target)
        # Nobody may have the target open while it is replaced (another Formadesk's database).
        target_lock = DatabaseLock(target) if to is not None else None
        if target_lock is not None:
            target_lock.acquire()
        raw = self._db.engine.raw_connection()
        try:
            if target_lock is not None:  # again, now that nobody else can change it
                _refuse_foreign_target(target)
                if not replace:
                    _refuse_existing_target(target)
            _copy(raw.driver_connection, target, replacing=target_lock is not None)
        except (sqlite3.Error, OSError) as error:
            raise FormadeskError(
                f"La sauvegarde a échoué ({describe_error(error)}) ; aucune sauvegarde existante "
                "n'a été touchée. Vérifiez la place disque et réessayez."
            ) from error
        finally:
            raw.close()
            if target_lock is not None:
                target_lock.release()
        return self._written(target, rotate=to is None, now=now)

    def _written(self, target: Path, *, rotate: bool, now: dt.datetime) -> Path:
        """A backup is whole at ``target``: nothing is left to back up, and the backups
        folder (not a chosen ``--to``) is thinned."""
        self._changes.dirty = False
        if rotate:
            for old in backups_to_thin(self.list(), now):
                old.path.unlink(missing_ok=True)
        log.info("Backup written: %s", target)
        return target

    def _checked_target(self, target: Path) -> Path:
        """Refuse a ``--to`` that is the open database itself (by path or by file identity)
        or one of its side files; the rest (special files, folder) as for any output file."""
        target = target.expanduser().resolve()  # a link is followed: its target gets the copy
        database = self._db.path.resolve()
        side_files = {database.name + s for s in (*SQLITE_SIDE_FILES, ".lock")}
        same = target == database or (
            target.parent == database.parent and target.name in side_files
        )
        if not same and target.exists():
            same = os.path.samefile(target, database)
        if same:
            raise FormadeskError(
                f"« {target.name} » est la base ouverte elle-même : une sauvegarde ne peut pas "
                "la remplacer. Choisissez un autre nom de fichier."
            )
        return checked_output_path(target)  # a missing folder is named, never made

    def remove_leftovers(self) -> None:
        """Remove half-written copies left by a crash (call while the database is locked)."""
        remove_leftovers(self.folder)

    def restore(self, backup: Path) -> Path:
        """Replace the open database's content with a backup; returns the safety copy taken first.

        The current state is saved first, so a restore can itself be undone.
        """
        from .db import verify_copy

        backup = Path(backup)
        verify_copy(backup)  # refuses a damaged, foreign or partial file before touching anything
        safety = self.backup_now(automatic=False)
        source = sqlite3.connect(read_only_uri(backup), uri=True)
        raw = self._db.engine.raw_connection()
        try:
            source.backup(raw.driver_connection)
        finally:
            raw.close()
            source.close()
        self._db.engine.dispose()
        self._changes.emit(Change("all", action="restored"))
        return safety
