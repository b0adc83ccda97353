"""The ``formadesk`` command: the window by default; demo, check, backup and export subcommands.

Every subcommand goes through the same Office facade as the window. Errors print one French
line on stderr and exit with a non-zero status.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import sys
import tempfile
from pathlib import Path

from . import __version__
from .cli_parser import FrenchArgumentParser, add_db_option, database_file

log = logging.getLogger(__name__)
# Without this, Python prints our warnings (in English) on stderr when no log is configured.
logging.getLogger(__package__).addHandler(logging.NullHandler())
CLI_LOG_FILE = "formadesk-cli.log"


def _database(args: argparse.Namespace) -> Path | str:
    """The database named by --db (relative to the current folder, or a postgresql:// URL),
    else the default one."""
    from .core.paths import database_target, default_database_path

    return database_target(args.db) if args.db else default_database_path()


def _print_error(message: str) -> int:
    print(f"Erreur : {message}", file=sys.stderr)
    return 1


def cmd_gui(args: argparse.Namespace) -> int:
    from .core.paths import demo_database_path
    from .gui.app import run_gui

    if args.demo and not args.db:
        return run_gui(demo_database_path(), demo=True)
    # No --db: run_gui picks the usual database, and asks before creating one (first start).
    return run_gui(_database(args) if args.db else None, demo=args.demo)


def cmd_demo(args: argparse.Namespace) -> int:
    import time

    from .cli_messages import count_lines
    from .cli_server import demo_on_server
    from .core.demo import build_demo
    from .core.outputs import checked_output_path
    from .core.paths import demo_database_path
    from .core.server_url import is_server_url

    if args.db and is_server_url(args.db):  # the server's base must be empty (a new one)
        return demo_on_server(args.db.strip(), args.size)
    # Without --db: the demonstration file of ``formadesk --demo``, never the usual database.
    path = Path(args.db).expanduser().resolve() if args.db else demo_database_path().resolve()
    # Only the demo file's own folder is made on demand; a folder given with --db must exist.
    path = checked_output_path(path, make_folder=not args.db)
    if path.exists() and path.stat().st_size > 0:
        if not args.db:
            return _print_error(
                f"la base de démonstration existe déjà : {path}. Ouvrez-la avec "
                "formadesk --demo, ou créez-en une autre avec formadesk demo --db FICHIER."
            )
        return _print_error(
            f"le fichier {path} existe déjà : choisissez un autre chemin avec --db, "
            "ou supprimez-le d'abord."
        )
    start = time.perf_counter()
    counts = build_demo(path, args.size, progress=None)
    elapsed = time.perf_counter() - start
    print(f"Base de démonstration « {args.size} » créée : {path} ({elapsed:.1f} s)")
    print("\n".join(count_lines(counts)))
    if not args.db:
        print("Pour l'ouvrir : formadesk --demo")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .cli_messages import count_lines
    from .core.db import check_database

    path = _database(args)
    if isinstance(path, str):  # a server: connection and schema version, no file to check
        from .cli_server import check_server

        return check_server(path)
    report = check_database(path)  # a missing, empty or foreign file is refused
    print(f"Base : {path}")
    print(f"Intégrité : {report.integrity}")
    damaged = " (fichier endommagé)" if report.integrity != "ok" else ""
    revision = report.revision or f"inconnue{damaged}"
    print(f"Version du schéma : {revision} (attendue : {report.head})")
    if report.counts:
        print("\n".join(count_lines(report.counts)))
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from .cli_server import open_office
    from .core.backup import BackupTargetExistsError
    from .core.outputs import OutputPathError, checked_output_folder

    with open_office(_database(args)) as office:
        if not args.to:  # the usual backups folder, beside the database: can it be written?
            try:
                checked_output_folder(office.backups.folder)
            except OutputPathError as error:
                hint = "Pour sauvegarder ailleurs : --to FICHIER."
                raise OutputPathError(f"{error} {hint}") from error
        try:
            target = office.backups.backup_now(
                to=Path(args.to) if args.to else None, replace=args.replace
            )
        except BackupTargetExistsError as error:
            return _print_error(
                f"le fichier « {error.target} » existe déjà ({error.what}) : choisissez un "
                "autre nom, ou ajoutez --replace pour l'écraser."
            )
    print(f"Sauvegarde écrite : {target}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .cli_server import open_office
    from .cli_sessions import find_session
    from .core.outputs import checked_output_path

    out = checked_output_path(args.out, suffix=".xlsx")  # before any work is done
    with open_office(_database(args)) as office:
        session_id = find_session(office, args.session).id if args.session.strip() else None
        out = office.exports.learners_xlsx(out, text=args.filter, session_id=session_id)
    print(f"Export écrit : {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = FrenchArgumentParser(
        prog="formadesk",
        description="Formadesk : le bureau de l'assistant(e) de formation.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Formadesk {__version__}",
        help="afficher la version et quitter",
    )
    parser.add_argument(
        "--db",
        type=database_file,
        metavar="FICHIER",
        help="fichier de la base, ou postgresql://utilisateur@serveur/base (sinon "
        "FORMADESK_DB, sinon la base habituelle)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir la base de démonstration (créée au besoin)"
    )
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE")

    gui = sub.add_parser("gui", help="ouvrir la fenêtre (par défaut)")
    add_db_option(gui)
    gui.add_argument("--demo", action="store_true", default=argparse.SUPPRESS)
    gui.set_defaults(func=cmd_gui)

    demo = sub.add_parser("demo", help="créer une base de démonstration")
    demo.add_argument(
        "--size", choices=("small", "large"), default="small", help="taille (par défaut : small)"
    )
    add_db_option(demo, help="fichier à créer (sinon la base de démonstration de --demo)")
    demo.set_defaults(func=cmd_demo)

    check = sub.add_parser("check", help="vérifier une base (intégrité, version, effectifs)")
    add_db_option(check)
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser("backup", help="sauvegarder une base")
    add_db_option(backup)
    backup.add_argument(
        "--to", metavar="FICHIER", help="fichier de destination (sinon le dossier des sauvegardes)"
    )
    backup.add_argument(
        "--replace",
        action="store_true",
        help="écraser le fichier de destination s'il existe déjà (une base Formadesk fermée)",
    )
    backup.set_defaults(func=cmd_backup)

    export = sub.add_parser("export", help="exporter des données")
    export.add_argument(
        "what", choices=("learners",), metavar="DONNÉES", help="learners : les apprenants"
    )
    add_db_option(export)
    export.add_argument("--out", required=True, metavar="FICHIER", help="fichier .xlsx à écrire")
    export.add_argument(
        "--filter", default="", metavar="TEXTE", help="texte de recherche (nom, ville…)"
    )
    export.add_argument(
        "--session",
        default="",
        metavar="CODE",
        help="code d'une session : ses inscrits (liste : formadesk sessions)",
    )
    export.set_defaults(func=cmd_export)

    from .cli_attendance import add_parser as add_attendance
    from .cli_bpf import add_parser as add_bpf
    from .cli_documents import add_parser as add_documents
    from .cli_import import add_parser as add_import
    from .cli_planning import add_parser
    from .cli_qualiopi import add_parser as add_qualiopi
    from .cli_server import add_parser as add_server
    from .cli_sessions import add_parser as add_sessions
    from .cli_tasks import add_parser as add_tasks

    add_sessions(sub)
    add_parser(sub)
    add_documents(sub)
    add_attendance(sub)
    add_import(sub)
    add_tasks(sub)
    add_bpf(sub)
    add_qualiopi(sub)
    add_server(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; every error ends as one French line on stderr and a non-zero status."""
    from .cli_messages import no_database_message
    from .core.errors import DatabaseOpenError, FormadeskError
    from .core.outputs import describe_os_error

    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a wrong command line (already printed)
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "demo"):
        args.demo = False
    try:
        return args.func(args)
    except DatabaseOpenError as error:  # no database there: say what to type, not a menu
        return _print_error(no_database_message(error) or str(error))
    except FormadeskError as error:
        return _print_error(str(error))
    except BrokenPipeError:  # output piped to a program that stopped reading (| head)
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - Python flushes stdout at exit
        return 1
    except OSError as error:
        where = f" (« {error.filename} »)" if error.filename else ""
        return _print_error(
            f"{describe_os_error(error, with_name=False)}{where} : vérifiez ce chemin et vos "
            "droits d'accès, ou choisissez un autre emplacement."
        )
    except KeyboardInterrupt:
        _print_error("commande interrompue avant la fin.")
        return 130
    except Exception:
        return _print_error(
            "une erreur inattendue est survenue ; le détail est dans le journal "
            f"{_log_unexpected_error(argv)} : transmettez-le à votre support."
        )


def _log_unexpected_error(argv: list[str] | None) -> Path:
    """Write the traceback of the exception being handled to the CLI log; returns its path."""
    from .core.paths import log_dir

    path = log_dir() / CLI_LOG_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:  # no log folder: the temporary folder still keeps the details
        path = Path(tempfile.gettempdir()) / CLI_LOG_FILE
        handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    try:
        from .core.server_url import without_passwords

        command = sys.argv[1:] if argv is None else argv
        log.exception("Uncaught error in: formadesk %s", without_passwords(" ".join(command)))
    finally:
        log.removeHandler(handler)
        handler.close()
    return path


class _Tee(io.TextIOBase):
    """Writes to a buffer and, when there is one, to the real stderr."""

    def __init__(self, copy: io.StringIO, stream):
        self.copy, self.stream = copy, stream

    def write(self, text: str) -> int:
        self.copy.write(text)
        if self.stream is not None:  # None under pythonw (no console)
            with contextlib.suppress(OSError, ValueError):
                self.stream.write(text)
        return len(text)

    def flush(self) -> None:
        if self.stream is not None:
            with contextlib.suppress(OSError, ValueError):
                self.stream.flush()


def gui_main() -> int:
    """Entry point of the GUI script, which has no console on Windows: whatever would only
    reach stderr before the window exists (a wrong option, a missing module, a refused
    database) is shown in a dialog too."""
    from .core.errors import FormadeskError

    printed = io.StringIO()
    try:
        with contextlib.redirect_stderr(_Tee(printed, sys.stderr)):
            code = main(sys.argv[1:] or [])
    except BaseException as error:  # noqa: BLE001 - nobody would see it: say it in a dialog
        if isinstance(error, SystemExit | KeyboardInterrupt):
            raise
        _show_startup_problem(error)
        return 1
    text = printed.getvalue().strip()
    if code and text:
        text = text.removeprefix("Erreur :").strip()
        _show_startup_problem(FormadeskError(text[:1].upper() + text[1:]))
    return code


def _show_startup_problem(error: BaseException) -> None:
    """The GUI's start-up error dialog; a native box when Qt itself is what is missing."""
    try:
        from PySide6.QtWidgets import QApplication

        from .gui.app import show_startup_error

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        show_startup_error(error)
    except Exception:  # noqa: BLE001 - Qt is broken: the system's own message box
        log.exception("The start-up error dialog could not be shown")
        if sys.platform == "win32":
            import ctypes

            ctypes.windll.user32.MessageBoxW(None, str(error), "Formadesk", 0x10)
