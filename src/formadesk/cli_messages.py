"""What the command line says when there is no database where ``--db`` points.

The window's messages point to its menus (« Fichier › Nouvelle base… »); at a prompt the user
needs the command to type instead. The window's own messages are left as they are.
"""

from __future__ import annotations

from pathlib import Path

from .core.errors import DatabaseOpenError

NO_DATABASE_REASONS = ("missing", "empty")


def typed(path: Path) -> str:
    """``path`` as it would be typed at a prompt (quoted when it holds a space)."""
    text = str(path)
    return f'"{text}"' if any(c.isspace() for c in text) else text


def how_to_create(path: Path) -> str:
    """The commands that make a database at ``path``: the window offers to create an empty
    one (no subcommand does), ``demo`` fills one with a demonstration office."""
    return (
        f"Pour en créer une : formadesk --db {typed(path)} (la fenêtre propose « Créer une "
        f"nouvelle base ici »), ou formadesk demo --db {typed(path)} pour une base de "
        "démonstration."
    )


def no_database_message(error: DatabaseOpenError) -> str | None:
    """The command-line wording of a missing or empty database; None for any other refusal."""
    if error.reason not in NO_DATABASE_REASONS or not error.path:
        return None
    path = Path(error.path)
    if error.reason == "empty":
        return (
            f"« {path} » est un fichier vide, pas une base Formadesk : indiquez une autre base "
            f"avec --db. {how_to_create(path)}"
        )
    if not path.parent.is_dir():
        return (
            f"aucune base à cet emplacement : {path} (le dossier « {path.parent} » n'existe "
            "pas : créez-le ou choisissez un autre dossier). " + how_to_create(path)
        )
    return f"aucune base à cet emplacement : {path}. {how_to_create(path)}"
