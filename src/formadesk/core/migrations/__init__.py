"""Alembic migrations, shipped inside the package and applied when a database is opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory
    from sqlalchemy import Connection

HERE = Path(__file__).parent

# The newest revision shipped. Opening a database already at this revision needs no Alembic
# (it takes a third of a second to import); a test checks that this matches the scripts.
HEAD = "0010"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(HERE))
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return script_directory().get_current_head()


def head_for(revision: str | None) -> str:
    """The head to compare ``revision`` with: HEAD when they match (no Alembic import), else
    what the scripts say (HEAD may be stale during development)."""
    return HEAD if revision == HEAD else head_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def upgrade(connection: Connection, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
