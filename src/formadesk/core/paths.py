"""Where Formadesk keeps its files on this workstation."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Formadesk"
ENV_DB = "FORMADESK_DB"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_database_path() -> Path:
    """The database used when neither ``--db`` nor ``FORMADESK_DB`` names one."""
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env)
    return data_dir() / "formadesk.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def backups_dir(database: Path) -> Path:
    """Backups live beside the database, in ``backups/<database stem>/``."""
    return database.parent / "backups" / database.stem


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP, appauthor=False))


def documents_dir() -> Path:
    return Path(platformdirs.user_documents_dir()) / APP


def resources_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("formadesk.resources")))
