"""An argparse parser that speaks French: help, usage and every error, in one line on stderr.

argparse builds its messages with gettext (``argparse._`` and ``argparse.ngettext``); Python
ships no French catalogue, so :data:`MESSAGES` maps argparse's message ids to French and is
put in place only while one of our parsers builds a message.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any, NoReturn

DATE_FORMAT = "%d/%m/%Y"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# argparse's message ids (Python 3.11 to 3.13) and their French wording.
MESSAGES = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "optional arguments": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "show program's version number and exit": "afficher la version et quitter",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s : %(message)s",
    "the following arguments are required: %s": "il faut aussi indiquer : %s",
    "one of the arguments %s is required": "indiquez l'une de ces options : %s",
    "not allowed with argument %s": "ne peut pas être employé avec %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "choix invalide : %(value)r (choix possibles : %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "commande inconnue : %(parser_name)r (commandes possibles : %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "expected one argument": "une valeur est attendue",
    "expected at most one argument": "une valeur au plus est attendue",
    "expected at least one argument": "au moins une valeur est attendue",
    "ignored explicit argument %r": "valeur non attendue : %r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "option ambiguë : %(option)s peut désigner %(matches)s"
    ),
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
}
PLURAL_MESSAGES = {
    "expected %s argument": ("%s valeur est attendue", "%s valeurs sont attendues"),
}


def _gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    french = PLURAL_MESSAGES.get(singular)
    if french is None:
        return singular if n == 1 else plural
    return french[0] if n == 1 else french[1]


@contextlib.contextmanager
def french_messages() -> Iterator[None]:
    """argparse builds its messages in French inside this block."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _gettext, _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class FrenchArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose help is in French and whose errors are one French line."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with french_messages():
            super().__init__(*args, **kwargs)

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        with french_messages():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[override]
        with french_messages():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with french_messages():
            return super().format_usage()

    def format_help(self) -> str:
        with french_messages():
            return super().format_help()

    def error(self, message: str) -> NoReturn:
        """One line on stderr, exit status 2 (argparse's status for a wrong command line)."""
        message = message.rstrip(".")
        self.exit(2, f"Erreur : {message}. Aide : {self.prog} --help\n")


def french_date(text: str) -> dt.date:
    """A date typed as JJ/MM/AAAA (or AAAA-MM-JJ); a French error that says what is wrong:
    a format not understood, or a day that does not exist (« 31/02/2026 »)."""
    from .core.formatting import parse_date_fr

    text = text.strip()
    if ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"la date « {text} » n'existe pas : vérifiez le jour et le mois"
            ) from None
    try:
        day = parse_date_fr(text)
    except ValueError as error:
        message = str(error).rstrip(".")
        raise argparse.ArgumentTypeError(message[:1].lower() + message[1:]) from None
    if day is None:
        raise argparse.ArgumentTypeError("indiquez une date (format JJ/MM/AAAA)")
    return day


def database_file(text: str) -> str:
    """``--db``: a file name; an empty one is refused rather than read as « the usual base »."""
    if not text.strip():
        raise argparse.ArgumentTypeError("indiquez un fichier")
    return text


def add_db_option(
    parser: argparse.ArgumentParser,
    help: str = "fichier de la base ou postgresql://… (sinon FORMADESK_DB, sinon la base "  # noqa: A002
    "habituelle)",
) -> None:
    """The ``--db FICHIER`` option of a subcommand (the main parser has its own)."""
    parser.add_argument(
        "--db", default=argparse.SUPPRESS, type=database_file, metavar="FICHIER", help=help
    )
