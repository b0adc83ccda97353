"""The main window: nine tabs, menus, the global search box and the status bar."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from formadesk import __version__
from formadesk.core.changes import Change
from formadesk.core.office import Office
from formadesk.core.paths import log_dir

from .bus import ChangeSignal
from .day_clock import DayClock
from .messages import show_error
from .startup_shell import DEFAULT_SIZE, GEOMETRY_KEY
from .tabs.base import first_load_when_shown
from .tabs.report_worker import BackgroundFigures
from .widgets.global_search import GlobalSearch
from .widgets.read_only_banner import ReadOnlyBanner

if TYPE_CHECKING:  # dialogs load when first opened: starting up stays quick
    from formadesk.core.services.search import SearchHit

    from .dialogs.backups import BackupsDialog
    from .dialogs.organisation_dialog import OrganisationDialog
    from .dialogs.task_dialog import TaskDialog
    from .dialogs.task_rules_dialog import TaskRulesDialog

log = logging.getLogger(__name__)

# (attribute, module under gui/tabs, class, French title); "&&" shows one "&" in a title.
TABS = (
    (
        "dashboard_tab",
        "dashboard",
        "DashboardTab",
        QT_TRANSLATE_NOOP("MainWindow", "Tableau de bord"),
    ),
    ("todo_tab", "todo", "TodoTab", QT_TRANSLATE_NOOP("MainWindow", "À faire")),
    ("planning_tab", "planning", "PlanningTab", QT_TRANSLATE_NOOP("MainWindow", "Planning")),
    ("sessions_tab", "sessions", "SessionsTab", QT_TRANSLATE_NOOP("MainWindow", "Sessions")),
    ("learners_tab", "learners", "LearnersTab", QT_TRANSLATE_NOOP("MainWindow", "Apprenants")),
    ("clients_tab", "clients", "ClientsTab", QT_TRANSLATE_NOOP("MainWindow", "Clients")),
    (
        "resources_tab",
        "resources",
        "ResourcesTab",
        QT_TRANSLATE_NOOP("MainWindow", "Salles && matériel"),
    ),
    ("documents_tab", "documents", "DocumentsTab", QT_TRANSLATE_NOOP("MainWindow", "Documents")),
    ("quality_tab", "quality", "QualityTab", QT_TRANSLATE_NOOP("MainWindow", "Qualité")),
    ("reports_tab", "reports", "ReportsTab", QT_TRANSLATE_NOOP("MainWindow", "Bilans")),
)
STATUS_TIMEOUT_MS = 10_000
RULES_DELAY_MS = 300  # after the first screen is drawn
TODO_TITLE_DELAY_MS = 150  # a burst of changes recounts the tasks once


def database_filter() -> str:
    from .dialogs.open_error import DATABASE_FILTER

    return DATABASE_FILTER


class _LazyTab:
    """A tab of the window, built (its module imported) the first time it is shown or used.

    Starting up then imports and builds only the first tab: the window is usable sooner.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, window: MainWindow | None, owner: type):
        if window is None:
            return self
        return window.tab(self.name)


class MainWindow(QMainWindow):
    """Formadesk's window over one open ``Office``; "Ouvrir une base…" swaps the office."""

    dashboard_tab = _LazyTab()
    todo_tab = _LazyTab()
    planning_tab = _LazyTab()
    sessions_tab = _LazyTab()
    learners_tab = _LazyTab()
    clients_tab = _LazyTab()
    resources_tab = _LazyTab()
    documents_tab = _LazyTab()
    quality_tab = _LazyTab()

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.bus = ChangeSignal(office, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.read_only_banner = ReadOnlyBanner(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.search = GlobalSearch(office.search.everything, self)
        self.search.chosen.connect(self.go_to)
        self._build_toolbar()
        self._build_menus()
        self.path_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.path_label)
        self._todo_title_timer = QTimer(self, singleShot=True, interval=TODO_TITLE_DELAY_MS)
        self._todo_title_timer.timeout.connect(self.update_todo_title)
        self._attach_office()
        self.day_clock = DayClock(lambda: self.office, self)  # statuses follow the calendar
        self.day_clock.new_day.connect(lambda _day: self.refresh_tasks())
        # Every rule runs over the office in a worker process (a thread waits for it) once the
        # window is drawn: the screens show the tasks already stored meanwhile, and follow the
        # change it makes; the window's own thread stays free for the first searches.
        self._rules_run = BackgroundFigures(self._run_rules, self)
        self._rules_run.done.connect(lambda _result: self._todo_title_timer.start())
        self._rules_run.failed.connect(
            lambda error: log.error("Running the task rules failed: %s", error)
        )
        if not office.database.read_only_reason:
            day = office.tasks.claim_day()
            self._rules_timer = QTimer(self, singleShot=True, interval=RULES_DELAY_MS)
            self._rules_timer.timeout.connect(lambda: self._run_rules_of(office, day))
            self._rules_timer.start()
        settings = QSettings()
        if not self.restoreGeometry(settings.value(GEOMETRY_KEY, b"")):
            self.resize(*DEFAULT_SIZE)

    def _run_rules_of(self, office: Office, day) -> None:
        if self.office is office:  # not closed or replaced meanwhile
            self._rules_run.ask(office, day)

    # -- building -------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Recherche"), self)
        bar.setObjectName("searchToolBar")
        bar.setMovable(False)
        bar.addWidget(self.search)
        self.addToolBar(bar)
        shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        shortcut.activated.connect(self.focus_search)

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        self.new_action = self._action(
            self.tr("&Nouvelle base…"), self.new_database, keys.New, "newAction"
        )
        self.open_action = self._action(
            self.tr("&Ouvrir une base…"), self.open_database, keys.Open, "openAction"
        )
        self.open_server_action = self._action(
            self.tr("Ouvrir une base sur un &serveur…"), self.open_server_database
        )
        self.backup_action = self._action(
            self.tr("&Sauvegarder maintenant"), self.backup_now, keys.Save, "backupAction"
        )
        self.restore_action = self._action(
            self.tr("&Restaurer une sauvegarde…"), self.show_backups, name="restoreAction"
        )
        self.export_action = self._action(
            self.tr("&Exporter les apprenants (Excel)…"), self.export_learners, name="exportAction"
        )
        self.quit_action = self._action(self.tr("&Quitter"), self.close, "Ctrl+Q", "quitAction")
        self.organisation_action = self._action(
            self.tr("&Organisme…"), self.edit_organisation, name="organisationAction"
        )
        self.about_action = self._action(self.tr("À &propos de Formadesk"), self.show_about)
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&Fichier"))
        file_menu.addActions([self.new_action, self.open_action, self.open_server_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(
            self._action(
                self.tr("&Importer des apprenants…"),
                lambda: self.learners_tab.open_import_wizard(),
                name="importAction",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.log_exchange_action = self._action(
            self.tr("Noter un &échange…"), self.log_exchange, "Ctrl+J", "logExchangeAction"
        )
        self.log_exchange_action.setToolTip(
            self.tr("Appel, e-mail, visite ou courrier, avec la personne affichée à l'écran")
        )
        self.new_task_action = self._action(
            self.tr("Nouvelle &tâche…"), self.new_task, "Ctrl+T", "newTaskAction"
        )
        self.new_task_action.setToolTip(
            self.tr("Une tâche à soi, liée à la session ou à la personne affichée à l'écran")
        )
        self.show_tasks_action = self._action(
            self.tr("&À faire"), lambda: self.show_tasks(""), "Ctrl+Shift+T", "showTasksAction"
        )
        follow_menu = menus.addMenu(self.tr("&Suivi"))
        follow_menu.addAction(self.log_exchange_action)
        follow_menu.addSeparator()
        follow_menu.addActions([self.new_task_action, self.show_tasks_action])
        self.task_rules_action = self._action(
            self.tr("&Tâches automatiques…"), self.edit_task_rules, name="taskRulesAction"
        )
        self.procedure_action = self._action(
            self.tr("&Procédure de session…"), self.edit_procedure, name="procedureAction"
        )
        settings_menu = menus.addMenu(self.tr("&Paramètres"))
        settings_menu.addAction(self.organisation_action)
        settings_menu.addSeparator()
        settings_menu.addActions([self.task_rules_action, self.procedure_action])
        menus.addMenu(self.tr("&Aide")).addAction(self.about_action)

    def _attach_office(self) -> None:
        """Put the tabs over ``self.office`` (built when first shown) and show its name."""
        self._built: dict[str, QWidget] = {}
        for attribute, _module, _class, title in TABS:
            placeholder = QWidget(self.tabs)
            placeholder.setObjectName(f"{attribute}_placeholder")
            self.tabs.addTab(placeholder, self.tr(title))
        self.tabs.currentChanged.connect(self._build_shown_tab)
        self._build_shown_tab(self.tabs.currentIndex())
        self.bus.changed.connect(self._on_change)
        self._todo_title_timer.start()
        self.search.set_search(self.office.search.everything)
        self.path_label.setText(self.tr("Base : %1").replace("%1", self.office.location))
        self.watch = None  # a base on a server: the other workstations' changes come in
        if self.office.database.server:
            from .server_base import ServerWatch

            self.watch = ServerWatch(self.office, self, self.show_message)
        self.update_title()
        self.update_read_only_banner()

    def tab(self, attribute: str) -> QWidget:
        """The tab called ``attribute`` (e.g. "learners_tab"), built on first use."""
        built = self._built.get(attribute)
        if built is not None:
            return built
        index = next(i for i, spec in enumerate(TABS) if spec[0] == attribute)
        _attribute, module, class_name, title = TABS[index]
        tab_class = getattr(importlib.import_module(f"{__package__}.tabs.{module}"), class_name)
        with first_load_when_shown():
            tab = tab_class(self.office, self.bus, self.tabs)
        self._built[attribute] = tab
        current = self.tabs.currentIndex()
        blocked = self.tabs.blockSignals(True)
        placeholder = self.tabs.widget(index)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, tab, self.tr(title))
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(blocked)
        placeholder.deleteLater()
        if hasattr(tab, "session_requested"):
            tab.session_requested.connect(self.show_session)
        if hasattr(tab, "tasks_requested"):  # the dashboard's counts open the filtered list
            tab.tasks_requested.connect(self.show_tasks)
        if hasattr(tab, "title_changed"):
            tab.title_changed.connect(lambda text, t=tab: self._set_tab_title(t, text))
            self._todo_title_timer.start()
        return tab

    def _build_shown_tab(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self.tab(TABS[index][0])

    def _detach_office(self) -> None:
        """Drop the tabs and close the office (automatic backup when data changed)."""
        if "learners_tab" in self._built:
            self.learners_tab.save_layout()
        self._todo_title_timer.stop()
        if self.watch is not None:
            self.watch.stop()
        self.bus.detach()
        self.bus.changed.disconnect(self._on_change)
        self.tabs.currentChanged.disconnect(self._build_shown_tab)
        while self.tabs.count():
            tab = self.tabs.widget(0)
            self.tabs.removeTab(0)
            tab.deleteLater()
        self._built = {}
        backing_up = self.office.changes.dirty and not self.office.read_only_reason
        if backing_up:  # a few seconds on a large office: say so, rather than seem frozen
            self.statusBar().showMessage(self.tr("Sauvegarde automatique de la base…"))
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QApplication.processEvents()
        try:
            self.office.close()
        except Exception as error:  # noqa: BLE001 - the user must know the backup failed
            show_error(self, error)
        finally:
            if backing_up:
                QApplication.restoreOverrideCursor()
                self.statusBar().clearMessage()

    # -- reacting -------------------------------------------------------------------------
    def update_title(self) -> None:
        self.setWindowTitle(f"Formadesk — {self.office.display_name}")

    def update_read_only_banner(self) -> None:
        """Show, above the tabs, why the open database cannot be changed (if it cannot)."""
        self.read_only_banner.show_reason(self.office.database.read_only_reason)

    def _on_change(self, change: Change) -> None:
        if change.touches("organisation", "all"):
            self.update_title()
        self._todo_title_timer.start()  # any change may make or close a task

    def _set_tab_title(self, tab: QWidget, text: str) -> None:
        index = self.tabs.indexOf(tab)
        if index >= 0:
            self.tabs.setTabText(index, text.replace("&", "&&"))

    def _todo_index(self) -> int:
        return next(i for i, spec in enumerate(TABS) if spec[0] == "todo_tab")

    def update_todo_title(self) -> None:
        """« À faire (12 · 3 en retard) » on the tab, built or not."""
        from .tabs.todo import todo_title

        if self.office is None:
            return
        built = self._built.get("todo_tab")
        today = built.today() if built is not None else dt.date.today()
        try:
            summary = self.office.tasks.summary(today)
        except Exception:  # noqa: BLE001 - a count that cannot be read must not stop the window
            log.exception("Counting the tasks failed")
            return
        self.tabs.setTabText(self._todo_index(), todo_title(summary).replace("&", "&&"))

    @staticmethod
    def _run_rules(office: Office, day):
        return office.tasks.run_claimed_in_worker(day)  # another core when there is one

    def refresh_tasks(self) -> None:
        """Run every task rule over the office again (on a new day; at start-up a worker
        thread does it, see ``__init__``)."""
        if self.office is None or self.office.database.read_only_reason:
            return
        try:
            self.office.tasks.refresh()
        except Exception:  # noqa: BLE001 - the list recomputes on its next read anyway
            log.exception("Refreshing the tasks failed")
        self._todo_title_timer.start()

    def show_tasks(self, kind: str = "") -> QWidget:
        """The « À faire » tab, showing only the tasks of ``kind`` ("" for all)."""
        tab = self.todo_tab
        self.tabs.setCurrentWidget(tab)
        tab.show_kind(kind)
        return tab

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def go_to(self, hit: SearchHit) -> None:
        """Open what the global search found, in its tab."""
        if hit.kind == "learner":
            self.tabs.setCurrentWidget(self.learners_tab)
            self.learners_tab.show_learner(hit.id)
        elif hit.kind == "session":
            self.show_session(hit.id)
        elif hit.kind == "course":
            self.tabs.setCurrentWidget(self.sessions_tab)
            self.sessions_tab.show_course(hit.id)
        elif hit.kind == "client":
            self.tabs.setCurrentWidget(self.clients_tab)
            self.clients_tab.show_client(hit.id)
        elif hit.kind == "funder":
            self.tabs.setCurrentWidget(self.clients_tab)
            self.clients_tab.show_funder(hit.id)

    def log_exchange(self):
        """Ctrl+J from anywhere: log an exchange with whoever the window shows (or anyone)."""
        from .dialogs.interaction_dialog import quick_log

        return quick_log(self)

    def new_task(self) -> TaskDialog:
        """Ctrl+T from anywhere: a task typed by hand, linked to what the window shows."""
        from .dialogs.interaction_dialog import shown_context
        from .dialogs.task_who import TASK_WHO_KINDS

        current = self.tabs.currentWidget()
        if current is not None and current is self._built.get("todo_tab"):
            chosen = current.selected()
            session_id = chosen.session_id if chosen else current.session_filter()
            return current.new_task(session_id=session_id)
        try:
            who, session_id = shown_context(self)
        except Exception:  # noqa: BLE001 - a tab's shape changed: a task linked to nothing
            who, session_id = None, None
        if who is not None and who.kind not in TASK_WHO_KINDS:
            who = None
        from .dialogs.task_dialog import TaskDialog

        dialog = TaskDialog(self.office, None, self, session_id=session_id, who=who)
        dialog.accepted.connect(lambda: self.show_message(self.tr("Tâche ajoutée à « À faire ».")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_session(self, session_id: int) -> None:
        self.tabs.setCurrentWidget(self.sessions_tab)
        self.sessions_tab.show_session(session_id)

    # -- actions --------------------------------------------------------------------------
    def new_database(self, path: Path | None = None) -> bool:
        """« Nouvelle base… »: choose where, confirm, create, and work in it from now on."""
        from .dialogs.first_start import ask_new_database_path, create_database

        if path is None:
            path = ask_new_database_path(self, self._file_folder())
            if path is None:
                return False
        office = create_database(Path(path), self)
        if office is None:
            return False
        self._switch_to(office)
        return True

    def open_database(self, path: Path | None = None) -> bool:
        """Open another database in place of the current one (which is closed properly)."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Ouvrir une base Formadesk"),
                str(self._file_folder()),
                self.tr(database_filter()),
            )
            if not name:
                return False
            path = Path(name)
        if Path(path).resolve() == self.office.path:
            self.show_message(self.tr("Cette base est déjà ouverte."))
            return False
        if not self._close_sheets():
            return False
        from .dialogs.open_error import open_office

        office = open_office(Path(path), self)
        if office is None:
            return False
        self._switch_to(office)
        return True

    def _switch_to(self, office: Office) -> None:
        self._detach_office()
        self.bus.deleteLater()
        self.office = office
        self.bus = ChangeSignal(office, self)
        self._attach_office()
        QSettings().setValue("database/last", office.location)
        self.show_message(self.tr("Base ouverte : %1").replace("%1", office.location))

    def _file_folder(self) -> Path:
        """Where the file dialogs start: the open file's folder (a server: the data folder)."""
        from formadesk.core.paths import data_dir

        return self.office.path.parent if self.office.path else data_dir()

    def open_server_database(self, url: str | None = None) -> bool:
        """« Ouvrir une base sur un serveur… »: the office's PostgreSQL base (issue 14)."""
        from .server_base import ask_server_url, open_server_office

        url = url or ask_server_url(
            self, self.office.location if self.office.database.server else ""
        )
        if url is None or not self._close_sheets():
            return False
        office = open_server_office(url, self)
        if office is None:
            return False
        self._switch_to(office)
        return True

    def backup_now(self) -> Path | None:
        try:
            path = self.office.backups.backup_now()
        except Exception as error:  # noqa: BLE001 - shown to the user in French
            show_error(self, error)
            return None
        self.show_message(self.tr("Sauvegarde enregistrée : %1").replace("%1", str(path)))
        return path

    def show_backups(self) -> BackupsDialog:
        from .dialogs.backups import BackupsDialog

        dialog = BackupsDialog(self.office, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def export_learners(self) -> None:
        self.learners_tab.export_to_excel()

    def edit_organisation(self) -> OrganisationDialog:
        from .dialogs.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.office, self)
        dialog.accepted.connect(lambda: self.show_message(self.tr("Paramètres enregistrés.")))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_task_rules(self) -> TaskRulesDialog:
        from .dialogs.task_rules_dialog import TaskRulesDialog

        dialog = TaskRulesDialog(self.office, self)
        dialog.accepted.connect(
            lambda: self.show_message(self.tr("Règles des tâches enregistrées."))
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_procedure(self):
        """Paramètres › « Procédure de session… »: the steps of every session's checklist."""
        from .dialogs.procedure_dialog import ProcedureDialog

        dialog = ProcedureDialog(self.office, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("À propos de Formadesk"),
            self.tr(
                "<b>Formadesk %1</b><br>Le bureau de l'assistant(e) de formation, hors ligne."
                "<br><br>Base ouverte : %2<br>Journal : %3"
            )
            .replace("%1", __version__)
            .replace("%2", self.office.location)
            .replace("%3", str(log_dir())),
        )

    def _close_sheets(self) -> bool:
        """Attendance sheets with unsaved marks ask first; False when the user keeps one."""
        if self.office is None:
            return True
        from .attendance import close_sheets

        return close_sheets(self.office)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._close_sheets():
            event.ignore()
            return
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self.office is not None:
            self._detach_office()
            self.office = None  # type: ignore[assignment]
        event.accept()
