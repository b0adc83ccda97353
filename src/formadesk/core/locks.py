"""One writer per database: a lock beside the file and a lock named after the file's identity.

The lock beside the file stops a second Formadesk that opens the same path (also from another
workstation on a shared folder). The identity lock, in a per-user folder and named after the
file's device and inode, stops the same file reached through another name (a hard link, a
second mount): without it each name would get its own WAL and writes would be lost.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs
from filelock import FileLock, Timeout

from .errors import DatabaseOpenError
from .files import can_write

APP = "Formadesk"


def locks_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP, appauthor=False)) / "locks"


def _locked_error(path: Path) -> DatabaseOpenError:
    return DatabaseOpenError(
        f"Le fichier « {path.name} » est déjà ouvert dans un autre Formadesk sur ce poste. "
        "Fermez l'autre fenêtre, puis réessayez.",
        reason="locked",
        path=str(path),
    )


class DatabaseLock:
    """Exclusive locks on a database file; ``acquire`` raises DatabaseOpenError("locked").

    The lock beside the file is skipped when its folder is read-only (nobody can write there
    either); the identity lock is taken once the file exists. The lock file beside the file is
    removed on release, so no ``X.lock`` is left beside the user's files.
    """

    def __init__(self, path: Path):
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self._locks: list[FileLock] = []
        self._beside: tuple[int, int] | None = None  # (device, inode) of the lock file we hold

    def _take(self, lock_file: Path) -> None:
        lock = FileLock(str(lock_file), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise _locked_error(self.path) from None
        self._locks.append(lock)

    def _take_beside(self) -> None:
        """Lock ``X.lock`` beside the file. A lock file unlinked by its releasing holder just
        after we opened it would lock nothing: then take the new one."""
        for _attempt in range(3):
            self._take(self.lock_path)
            try:
                stat = self.lock_path.stat()
                fd_stat = os.fstat(self._locks[-1]._context.lock_file_fd)  # type: ignore[attr-defined]
                same = (stat.st_dev, stat.st_ino) == (fd_stat.st_dev, fd_stat.st_ino)
            except (OSError, AttributeError, TypeError):
                stat, same = None, True  # cannot tell: keep the lock as taken
            if same:
                self._beside = (stat.st_dev, stat.st_ino) if stat else None
                return
            with contextlib.suppress(OSError):
                self._locks.pop().release()
        raise _locked_error(self.path)

    def acquire(self) -> None:
        try:
            if can_write(self.path.parent):
                self._take_beside()
            self.acquire_identity()
        except BaseException:
            self.release()
            raise

    def acquire_identity(self) -> None:
        """Lock the file's (device, inode); call again once a new file exists."""
        try:
            stat = self.path.stat()
        except OSError:
            return
        folder = locks_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self._take(folder / f"{stat.st_dev}-{stat.st_ino}.lock")

    def release(self) -> None:
        if self._beside is not None:
            # Removed while still held, so no other Formadesk can be holding this very file.
            with contextlib.suppress(OSError):
                stat = self.lock_path.stat()
                if (stat.st_dev, stat.st_ino) == self._beside:
                    self.lock_path.unlink()
            self._beside = None
        while self._locks:
            lock = self._locks.pop()
            with contextlib.suppress(OSError):
                lock.release()
