"""The command line on a PostgreSQL server (issue 14): the password prompt, ``migrate-to``,
and the server's side of ``check`` and ``demo``."""

from __future__ import annotations

import argparse
import getpass
import sys
import tempfile
import time
from pathlib import Path

from .cli_parser import add_db_option, database_file

PASSWORD_TRIES = 3


def with_password(open_call, target: str, what: str = "la base"):
    """``open_call(password)``; when the server wants a password that ~/.pgpass and PGPASSWORD
    did not give, it is asked on the terminal (never echoed, never written)."""
    from .core.server import PasswordNeeded
    from .core.server_url import safe_url

    password = None
    for _ in range(PASSWORD_TRIES):
        try:
            return open_call(password)
        except PasswordNeeded as error:
            if not sys.stdin.isatty():
                if error.refused:
                    raise
                raise PasswordNeeded(
                    f"{error} Sans terminal pour le demander, mettez-le dans ~/.pgpass (ou "
                    "PGPASSWORD) puis relancez.",
                ) from None
            print(str(error), file=sys.stderr)
            password = getpass.getpass(f"Mot de passe pour {what} {safe_url(target)} : ")
    try:
        return open_call(password)
    except PasswordNeeded:
        raise PasswordNeeded(
            f"Trois mots de passe refusés pour {what} {safe_url(target)} : vérifiez-le auprès "
            "de l'administrateur du serveur, puis relancez.",
            refused=True,
        ) from None


def open_office(target: Path | str, **options):
    """``Office.open`` of the command line: a server's password is asked when needed."""
    from .core.office import Office
    from .core.server_url import is_server_url

    if not is_server_url(str(target)):
        return Office.open(target, **options)
    return with_password(lambda password: Office.open(target, password=password), str(target))


def check_server(target: str) -> int:
    from .cli_messages import count_lines
    from .core.server_opening import check_server as check
    from .core.server_url import safe_url

    report = with_password(lambda password: check(target, password=password), target)
    print(f"Base : {safe_url(target)} (serveur PostgreSQL)")
    print("Connexion : ok")
    print(
        f"Version du schéma : {report.revision or 'aucune (base vide)'} (attendue : {report.head})"
    )
    if report.counts:
        print("\n".join(count_lines(report.counts)))
    if report.revision is None:
        print(
            "Base vide : pour y installer Formadesk, ouvrez-la une fois (formadesk --db "
            f"{safe_url(target)}), ou copiez-y la base d'un poste (formadesk migrate-to --db "
            f"base.sqlite3 --to {safe_url(target)})."
        )
    return 0 if report.ok else 1


def demo_on_server(target: str, size: str) -> int:
    """The demonstration office built in a file, then copied into the (empty) server base."""
    from .cli_messages import count_lines
    from .core.demo import build_demo
    from .core.server_url import safe_url
    from .core.transfer import copy_office

    password = password_for(target)  # asked before the demo is built, not after
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="formadesk-demo-") as folder:
        path = Path(folder) / "demo.sqlite3"
        build_demo(path, size, progress=None)
        report = copy_office(path, target, target_password=password)
    elapsed = time.perf_counter() - start
    print(f"Base de démonstration « {size} » créée : {safe_url(target)} ({elapsed:.1f} s)")
    print("\n".join(count_lines(report.counts)))
    return 0


def password_for(target: str, what: str = "la base") -> str | None:
    """The password ``target`` needs beyond ~/.pgpass and PGPASSWORD, asked on the terminal
    (None when none is needed), found by connecting once."""
    from .core.server_opening import probe

    return with_password(lambda password: probe(target, password=password), target, what)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from .cli import _database
    from .cli_messages import THOUSANDS
    from .core.server_url import is_server_url, safe_url
    from .core.transfer import copy_office

    source = _database(args)
    target = args.to if is_server_url(args.to) else Path(args.to).expanduser().resolve()
    shown = safe_url(target) if is_server_url(str(target)) else str(target)
    # Each base's password is asked (when needed) before anything is copied, by its name.
    source_password = (
        password_for(str(source), "la base de départ") if is_server_url(str(source)) else None
    )
    target_password = (
        password_for(str(target), "la base d'arrivée") if is_server_url(str(target)) else None
    )
    start = time.perf_counter()
    report = copy_office(
        source,
        target,
        password=source_password,
        target_password=target_password,
        progress=_progress if args.verbose else None,
    )
    elapsed = time.perf_counter() - start
    print(
        f"Base copiée vers {shown} : {f'{report.rows:,}'.replace(',', THOUSANDS)} lignes dans "
        f"{len(report.counts)} tables, chaque table recomptée des deux côtés ({elapsed:.1f} s)."
    )
    print("La base de départ n'a pas été modifiée.")
    return 0


def _progress(table: str, rows: int) -> None:
    print(f"  {table} : {rows}", file=sys.stderr)


def add_parser(sub) -> None:
    move = sub.add_parser(
        "migrate-to",
        help="copier toute la base vers un serveur PostgreSQL (ou d'un serveur vers un fichier)",
    )
    add_db_option(move, help="base de départ : fichier ou postgresql://… (sinon FORMADESK_DB)")
    move.add_argument(
        "--to",
        required=True,
        type=database_file,
        metavar="BASE",
        help="base d'arrivée : postgresql://utilisateur@serveur/base (vide), ou un nouveau "
        "fichier .sqlite3",
    )
    move.add_argument("--verbose", action="store_true", help="afficher chaque table copiée")
    move.set_defaults(func=cmd_migrate_to)
