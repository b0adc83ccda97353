"""Where Formadesk keeps its files on this workstation."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Formadesk"
ENV_DB = "FORMADESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_database_path() -> Path | str:
    """The database named by ``FORMADESK_DB``, else the one in the user's data folder.

    The path is made absolute here, where it enters: a relative ``FORMADESK_DB`` is relative to
    the current folder, and nothing later depends on a ``chdir``. A ``postgresql://`` URL (a
    base on the office's server) is returned as it is.
    """
    env = os.environ.get(ENV_DB)
    if env:
        return database_target(env, named_by="FORMADESK_DB : ")
    return data_dir().resolve() / "formadesk.sqlite3"


def database_target(text: str, *, named_by: str = "") -> Path | str:
    """A database the user named (``--db``, ``FORMADESK_DB``): a server's ``postgresql://``
    address as typed, else an absolute file path. A mistyped address is refused in French
    (DatabaseOpenError), never taken for a file name to create."""
    from .server_url import is_server_url, refused_address

    if is_server_url(text):
        return text.strip()
    if refusal := refused_address(text):
        from .errors import DatabaseOpenError

        raise DatabaseOpenError(f"{named_by}{refusal}", reason="bad_url")
    return Path(text).expanduser().resolve()


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def backups_dir(database: Path) -> Path:
    """Backups live beside the database, in ``backups/<database stem>/``."""
    return database.parent / "backups" / database.stem


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / APP


ENV_DOCUMENTS_DIR = "FORMADESK_DOCUMENTS_DIR"  # overrides where documents are filed


def documents_base(configured: str | None = "") -> Path:
    """Where generated documents are filed: FORMADESK_DOCUMENTS_DIR, else the folder the
    office configured (``configured``), else the user's Documents/Formadesk."""
    env = os.environ.get(ENV_DOCUMENTS_DIR)
    if env:
        return Path(env).expanduser()
    return Path(configured).expanduser() if configured else documents_dir()


def resources_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("formadesk.resources")))
