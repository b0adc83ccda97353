"""Writing files so that a crash never leaves a half-written one under a real name.

A file is written under a temporary name in its target folder, flushed to disk, checked, and
only then renamed over the target (``os.replace`` is atomic on one file system). Temporary
names start with a dot and end with ``.partial``: they never match a database or backup name,
so a half-written copy is never listed, counted by rotation or restored.

Every file Formadesk writes goes through here: databases and backups with
:func:`temporary_sibling` and :func:`publish`, documents and exports with :func:`atomic_path`.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import logging
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

TEMP_SUFFIX = ".partial"
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")


def temporary_sibling(target: Path) -> Path:
    """A fresh temporary name beside ``target`` (same folder, so the final rename is atomic)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows cannot open a folder and needs nothing more."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(temporary: Path, target: Path) -> None:
    """Flush ``temporary`` to disk and rename it over ``target`` in one atomic step."""
    fsync_file(temporary)
    os.replace(temporary, target)
    fsync_folder(target.parent)


@contextlib.contextmanager
def atomic_path(out: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``out``; once written, it replaces ``out`` in one step.

    ``out`` is checked first (:func:`~formadesk.core.outputs.checked_output_path`: never a
    device or a folder, its folder created and writable). On any error the temporary file is
    removed and ``out`` is left as it was.
    """
    from .outputs import checked_output_path  # outputs probes folders with write_probe below

    target = checked_output_path(out, make_folder=True)
    remove_stale_leftovers(target)
    temporary = temporary_sibling(target)
    try:
        yield temporary
        publish(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)  # gone after a successful publish


def remove_sqlite_file(path: Path) -> None:
    """Remove a SQLite file with its side files (WAL, shared memory, journal, lock)."""
    for suffix in ("", *SQLITE_SIDE_FILES, ".lock"):
        with contextlib.suppress(OSError):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def remove_leftovers(folder: Path, target_name: str | None = None) -> list[Path]:
    """Remove temporary files left by a crash: those of ``target_name``, or all in ``folder``.

    Call it only while holding the lock that protects whoever writes them.
    """
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for file in folder.glob(f".*{TEMP_SUFFIX}*"):
        base = file.name
        for suffix in (*SQLITE_SIDE_FILES, ".lock"):
            base = base.removesuffix(suffix)
        if not base.endswith(TEMP_SUFFIX):
            continue
        if target_name is not None and not base.lstrip(".").startswith(f"{target_name}."):
            continue
        with contextlib.suppress(OSError):
            file.unlink()
            removed.append(file)
    if removed:
        log.warning("Removed temporary files left by an interrupted write: %s", removed)
    return removed


STALE_AFTER_SECONDS = 3600  # no write of one file takes an hour: older temporaries are crashes


def remove_stale_leftovers(target: Path) -> list[Path]:
    """Remove the temporary files an interrupted write of ``target`` left beside it.

    Outside a database lock another program may be writing the same file right now, so only
    temporaries untouched for an hour are removed.
    """
    removed: list[Path] = []
    limit = time.time() - STALE_AFTER_SECONDS
    for file in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if file.is_file() and file.stat().st_mtime < limit:
                file.unlink()
                removed.append(file)
    if removed:
        log.warning("Removed temporary files left by an interrupted write: %s", removed)
    return removed


def write_probe(path: Path) -> None:
    """Raise the ``OSError`` that writing ``path`` (a file or a folder) would meet, if any.

    Tried, then asked: only a real write cannot lie (read-only disks, network shares), and
    ``os.access`` must agree too (ACLs); the real error comes first, as it names the cause.
    A folder gets a new empty file, removed at once (its name ends with ``.partial``, so
    :func:`remove_leftovers` cleans it after a crash); a file is opened for writing, which
    changes nothing in it.
    """
    if path.is_dir():
        probe = path / f".formadesk-probe-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        probe.unlink()
    else:
        with path.open("rb+"):
            pass
    if not os.access(path, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))


def can_write(path: Path) -> bool:
    """Whether this program may write ``path`` (a file or a folder): see :func:`write_probe`."""
    try:
        write_probe(path)
    except OSError:
        return False
    return True
