"""Writing files so that a crash never leaves a half-written one under a real name.

A file is written under a temporary name in its target folder, flushed to disk, checked, and
only then renamed over the target (``os.replace`` is atomic on one file system). Temporary
names start with a dot and end with ``.partial``: they never match a database or backup name,
so a half-written copy is never listed, counted by rotation or restored.
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
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


def can_write(path: Path) -> bool:
    """Whether this program may write ``path`` (a file or a folder): asked, then tried.

    ``os.access`` alone is not enough (network shares, ACLs), and a real probe alone misses
    nothing but is the only check that cannot lie; both must agree.
    """
    if not os.access(path, os.W_OK):
        return False
    try:
        if path.is_dir():
            probe = path / f".formadesk-probe-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
            probe.write_bytes(b"")
            probe.unlink()
        else:
            with path.open("rb+"):  # opening for writing changes nothing in the file
                pass
    except OSError:
        return False
    return True
