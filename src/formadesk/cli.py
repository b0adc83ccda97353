"""The ``formadesk`` command: the window by default; demo, check, backup and export subcommands.

Every subcommand goes through the same Office facade as the window. Errors print one French
line on stderr and exit with a non-zero status.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _database(args: argparse.Namespace) -> Path:
    from .core.paths import default_database_path

    return Path(args.db) if args.db else default_database_path()


def _print_error(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1


def cmd_gui(args: argparse.Namespace) -> int:
    from .core.paths import demo_database_path
    from .gui.app import run_gui

    if args.demo and not args.db:
        return run_gui(demo_database_path(), demo=True)
    return run_gui(_database(args), demo=args.demo)


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from .core.demo import build_demo

    path = _database(args)
    if path.exists() and path.stat().st_size > 0:
        return _print_error(
            f"le fichier {path} existe déjà : choisissez un autre chemin avec --db, "
            "ou supprimez-le d'abord."
        )
    start = time.perf_counter()
    counts = build_demo(path, args.size, progress=None)
    elapsed = time.perf_counter() - start
    print(f"Base de démonstration « {args.size} » créée : {path} ({elapsed:.1f} s)")
    for table, count in counts.items():
        print(f"  {table:<24} {count:>9}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .core.db import check_database

    path = _database(args)
    if not path.exists():
        return _print_error(f"le fichier {path} n'existe pas.")
    report = check_database(path)
    print(f"Base : {path}")
    print(f"Intégrité : {report.integrity}")
    print(f"Version du schéma : {report.revision} (attendue : {report.head})")
    for table, count in report.counts.items():
        print(f"  {table:<24} {count:>9}")
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from .core.office import Office

    with Office.open(_database(args), create=False) as office:
        target = office.backups.backup_now(to=Path(args.to) if args.to else None)
    print(f"Sauvegarde écrite : {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .core.office import Office

    with Office.open(_database(args), create=False) as office:
        session_id = None
        if args.session:
            matches = [r for r in office.sessions.list(text=args.session) if r.code == args.session]
            if not matches:
                return _print_error(f"aucune session n'a le code « {args.session} ».")
            session_id = matches[0].id
        out = office.exports.learners_xlsx(Path(args.out), text=args.filter, session_id=session_id)
    print(f"Export écrit : {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="formadesk",
        description="Formadesk : le bureau de l'assistant(e) de formation.",
    )
    parser.add_argument("--version", action="version", version=f"Formadesk {__version__}")
    parser.add_argument("--db", help="fichier de base de données (sinon FORMADESK_DB ou défaut)")
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir la base de démonstration (créée au besoin)"
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command")

    gui = sub.add_parser("gui", help="ouvrir la fenêtre (par défaut)")
    gui.add_argument("--db", default=argparse.SUPPRESS)
    gui.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    gui.set_defaults(func=cmd_gui)

    demo = sub.add_parser("demo", help="créer une base de démonstration")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--db", default=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="vérifier une base (intégrité, version, effectifs)")
    check.add_argument("--db", default=argparse.SUPPRESS)
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help="sauvegarder une base")
    backup.add_argument("--db", default=argparse.SUPPRESS)
    backup.add_argument("--to", help="fichier de destination (sinon le dossier des sauvegardes)")
    backup.set_defaults(func=cmd_backup)

    export = sub.add_parser("export", help="exporter des données")
    export.add_argument("what", choices=("learners",), help="learners : les apprenants")
    export.add_argument("--db", default=argparse.SUPPRESS)
    export.add_argument("--out", required=True, help="fichier .xlsx à écrire")
    export.add_argument("--filter", default="", help="texte de recherche (nom, ville…)")
    export.add_argument("--session", default="", help="code d'une session : ses inscrits")
    export.set_defaults(func=cmd_export)

    from .cli_documents import add_parser as add_documents
    from .cli_planning import add_parser

    add_parser(sub)
    add_documents(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from .core.errors import FormadeskError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "demo"):
        args.demo = False
    try:
        return args.func(args)
    except FormadeskError as error:
        return _print_error(str(error))
    except OSError as error:
        return _print_error(f"{error.strerror or error} ({error.filename or ''}).")


def gui_main() -> int:
    """Entry point of the GUI script (no console on Windows)."""
    return main(sys.argv[1:] or [])
