"""Starting the graphical interface: application, French locale, log file, exception hook."""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from formadesk import APP_NAME
from formadesk.core.errors import FormadeskError
from formadesk.core.paths import ENV_DB, default_database_path, demo_database_path, log_dir
from formadesk.core.server_url import is_server_url, safe_url

from .messages import show_error
from .widgets.inputs import install_date_checks

log = logging.getLogger(__name__)

LOG_FILE = "formadesk.log"


def configure_application(app: QApplication) -> None:
    """Names (for QSettings), French locale, Qt's own French texts (Oui, Annuler ...), and
    the check of dates typed by hand in every date field."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setStyle("Fusion")
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_fr", "qt_fr"):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
    install_date_checks(app)


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder; returns the file's path."""
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    return path


def install_excepthook() -> None:
    """An error nobody caught is logged and shown as a French message; the program goes on."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        log.error("Uncaught error:\n%s", "".join(traceback.format_exception(kind, error, tb)))
        from .messages import show_error

        app = QApplication.instance()
        if app is not None and not isinstance(error, FormadeskError):
            error = FormadeskError(
                "Une erreur inattendue est survenue ; l'action en cours n'a peut-être pas abouti. "
                "Vérifiez ce qui s'affiche ; si le problème revient, transmettez à votre support "
                f"le fichier journal : {log_dir() / LOG_FILE}"
            )
        if app is not None:
            show_error(QApplication.activeWindow(), error)

    sys.excepthook = hook


def database_to_open(db_path: Path | str | None, demo: bool) -> Path | str:
    """``--db`` first, then the demo file, ``FORMADESK_DB``, the last base opened, the default.
    A base on a server is its ``postgresql://`` URL (a str)."""
    if is_server_url(str(db_path or "")):
        return str(db_path)
    if db_path is not None:
        return Path(db_path).expanduser()
    if demo:
        return demo_database_path()
    if os.environ.get(ENV_DB):
        return default_database_path()
    last = QSettings().value("database/last", "")
    if is_server_url(str(last)):
        return str(last)
    if last and Path(str(last)).exists():
        return Path(str(last))
    return default_database_path()


def build_demo_with_progress(path: Path) -> bool:
    from formadesk.core.demo import build_demo  # slow import, and only needed here

    from .messages import show_error
    from .tasks import run_with_progress

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        run_with_progress(
            None,
            "Création de la base de démonstration…",
            build_demo,
            path,
            "small",
            reports_progress=True,
        )
    except Exception as error:  # noqa: BLE001 - shown to the user in French
        log.exception("Building the demo database failed")
        show_error(None, error)
        return False
    return True


def run_gui(db_path: Path | str | None, *, demo: bool = False) -> int:
    """Show Formadesk on ``db_path`` (or the usual database); returns the exit code.

    An error while starting is shown in a dialog (a Windows user sees no console) and logged.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    configure_application(app)
    shell = show_shell(database_to_open(db_path, demo))  # at once, where the window will be
    try:
        window = start(db_path, demo=demo)
    except Exception as error:  # noqa: BLE001 - shown to the user in French, then exit
        shell.close()
        show_startup_error(error)
        return 1
    shell.close()
    if window is None:
        return 1
    return app.exec()


def show_shell(path: Path | str):
    """Show the start-up frame (``StartupShell``) with the name of the file being opened."""
    from .startup_shell import StartupShell

    name = safe_url(path) if isinstance(path, str) else path.name
    shell = StartupShell(
        QCoreApplication.translate("Startup", "Ouverture de « {name} »…").format(name=name)
    )
    shell.show()
    QApplication.processEvents()
    return shell


def start(db_path: Path | str | None, *, demo: bool = False):
    """Open the database (asking first when there is none yet) and show the main window;
    returns the window, or None when the user gave up."""
    log_file = setup_logging()
    install_excepthook()
    path = database_to_open(db_path, demo)
    log.info(
        "Starting Formadesk on %s (log: %s)",
        safe_url(path) if isinstance(path, str) else path,
        log_file,
    )
    if isinstance(path, str):  # a base on the office's server
        from .server_base import open_server_office

        return _show_window(open_server_office(path))
    if demo and not path.exists() and not build_demo_with_progress(path):
        return None

    from .dialogs.open_error import open_office

    if not path.exists() and db_path is None and not demo:
        from .dialogs.first_start import first_start

        office = first_start(path)  # never create a database nobody asked for
    else:
        office = open_office(path, verify=False)  # the full check runs once the window is up
    return _show_window(office)


def _show_window(office):
    from .main_window import MainWindow

    if office is None:
        return None
    if office.path != demo_database_path().resolve():
        QSettings().setValue("database/last", office.location)
    window = MainWindow(office)
    window.show()
    verify_in_background(window)
    return window


def show_startup_error(error: BaseException) -> None:
    """Formadesk could not start: say so in a dialog, with where the details are."""
    log.error(
        "Formadesk could not start:\n%s",
        "".join(traceback.format_exception(type(error), error, error.__traceback__)),
    )
    if isinstance(error, FormadeskError):
        text = str(error)
    else:
        text = (
            "Formadesk n'a pas pu démarrer. Réessayez ; si le problème revient, transmettez "
            f"à votre support le fichier journal ({log_dir() / LOG_FILE}) et ce message : "
            f"{type(error).__name__} : {error}"
        )
    show_error(None, FormadeskError(text), title="Formadesk ne peut pas démarrer")


def verify_in_background(window) -> threading.Thread:
    """Run the integrity check off the UI thread; a damaged file is shown and made read-only."""
    office = window.office
    result: dict[str, str | None] = {}

    def work() -> None:
        result["problem"] = office.verify_integrity()

    thread = threading.Thread(target=work, name="formadesk-integrity", daemon=True)
    timer = QTimer(window)
    timer.setInterval(100)

    def poll() -> None:
        if thread.is_alive():
            return
        timer.stop()
        problem = result.get("problem")
        if problem and window.office is office:
            window.update_read_only_banner()
            log.error("Integrity check failed on %s: %s", office.location, problem)
            show_error(
                window,
                FormadeskError(
                    f"{problem} La base est ouverte en lecture seule : utilisez "
                    "Fichier › Restaurer une sauvegarde."
                ),
            )

    timer.timeout.connect(poll)
    thread.start()
    timer.start()
    return thread
