"""The sessions tab: the catalogue of courses, the sessions, and the selected session's detail."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.catalogue import CourseRow
from formadesk.core.services.checklist import Progress
from formadesk.core.services.sessions import SessionRow
from formadesk.core.vocabulary import SESSION_STATUSES

from ..bus import ChangeSignal
from ..dialogs.course_dialog import CourseDialog
from ..dialogs.session_dialog import SessionDialog
from ..forms.ui_sessions_tab import Ui_SessionsTab
from ..messages import show_error
from ..models.sessions import CONTEXT, COURSE_COLUMNS, SESSION_COLUMNS, progress_column
from ..models.simple import RowTableModel
from ..widgets.inputs import fill_combo
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab
from .session_detail import SessionDetail

SEARCH_DELAY_MS = 250


class SessionsTab(RefreshingTab):
    """Catalogue and sessions: create and edit them, enroll learners, produce convocations."""

    # The « Suivi » column follows documents, invoices, attendance, outcomes and the procedure.
    watched = (
        "course",
        "session",
        "slot",
        "enrollment",
        "learner",
        "client",
        "funder",
        "room",
        "document",
        "invoice",
        "attendance",
        "outcome",
        "procedure",
    )

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_SessionsTab()
        ui.setupUi(self)
        self.course_model: RowTableModel[CourseRow] = RowTableModel(
            COURSE_COLUMNS, CONTEXT, self, muted=lambda r: not r.active
        )
        self.course_proxy = setup_table(ui.courseTable, self.course_model, stretch_column=1)
        self.progress: dict[int, Progress] = {}  # the « Suivi » column, read once per reload
        self.session_model: RowTableModel[SessionRow] = RowTableModel(
            [*SESSION_COLUMNS, progress_column(self.progress.get)], CONTEXT, self
        )
        setup_table(ui.sessionTable, self.session_model, stretch_column=1)
        ui.sessionSplitter.setStretchFactor(0, 2)
        ui.sessionSplitter.setStretchFactor(1, 3)
        ui.sessionSplitter.setSizes([300, 450])
        self.detail = SessionDetail(office, ui, self)

        years = [(y, str(y)) for y in office.sessions.years()]
        fill_combo(ui.yearCombo, years, none_label=self.tr("Toutes les années"))
        fill_combo(ui.statusCombo, SESSION_STATUSES, none_label=self.tr("Tous les statuts"))

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload_sessions)
        ui.sessionSearch.textChanged.connect(self._search_timer.start)
        ui.yearCombo.currentIndexChanged.connect(self.reload_sessions)
        ui.statusCombo.currentIndexChanged.connect(self.reload_sessions)
        ui.courseSearch.textChanged.connect(self.course_proxy.setFilterFixedString)

        ui.newCourseButton.clicked.connect(self.new_course)
        ui.editCourseButton.clicked.connect(self.edit_course)
        ui.newSessionForCourseButton.clicked.connect(self.new_session_for_course)
        ui.courseTable.doubleClicked.connect(lambda _index: self.edit_course())
        ui.courseTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newSessionButton.clicked.connect(lambda: self.new_session())
        ui.editSessionButton.clicked.connect(self.edit_session)
        ui.sessionTable.doubleClicked.connect(lambda _index: self.edit_session())
        ui.sessionTable.selectionModel().selectionChanged.connect(self._session_selected)
        self.refresh()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        self.reload_courses()
        self.reload_sessions()

    def on_change(self, change: Change) -> None:
        if change.touches("course", "all"):
            self.reload_courses()
        self.reload_sessions()

    def reload_courses(self) -> None:
        chosen = selected_id(self.ui.courseTable)
        self.course_model.set_rows(self.office.courses.list())
        select_id(self.ui.courseTable, chosen)
        fit_columns(self.ui.courseTable, skip=1)
        self._update_buttons()

    def reload_sessions(self) -> None:
        """Reload the sessions matching the filters; keep the selected one if still listed."""
        self._search_timer.stop()
        ui = self.ui
        chosen = selected_id(ui.sessionTable) or self.detail.session_id
        rows = self.office.sessions.list(
            text=ui.sessionSearch.text(),
            year=ui.yearCombo.currentData(),
            status=ui.statusCombo.currentData(),
        )
        self.progress.clear()
        self.progress.update(self.office.checklist.progress([r.id for r in rows]))
        self.session_model.set_rows(rows)
        ui.countLabel.setText(fmt.plural(len(rows), self.tr("session"), self.tr("sessions")))
        fit_columns(ui.sessionTable, skip=1)
        if not select_id(ui.sessionTable, chosen):
            self.detail.show(None)
        else:
            self.detail.reload()
        self._update_buttons()

    def _session_selected(self) -> None:
        session_id = selected_id(self.ui.sessionTable)
        if session_id != self.detail.session_id:
            self.detail.show(session_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_course = selected_id(self.ui.courseTable) is not None
        self.ui.editCourseButton.setEnabled(has_course)
        self.ui.newSessionForCourseButton.setEnabled(has_course)
        self.ui.editSessionButton.setEnabled(selected_id(self.ui.sessionTable) is not None)

    # -- navigation (called by the main window) -------------------------------------------
    def show_session(self, session_id: int) -> None:
        """Bring the sessions list forward with this session selected (filters cleared)."""
        ui = self.ui
        ui.views.setCurrentWidget(ui.sessionsPage)
        if self.session_model.row_of_id(session_id) < 0:
            for widget in (ui.sessionSearch, ui.yearCombo, ui.statusCombo):
                widget.blockSignals(True)
            ui.sessionSearch.clear()
            ui.yearCombo.setCurrentIndex(0)
            ui.statusCombo.setCurrentIndex(0)
            for widget in (ui.sessionSearch, ui.yearCombo, ui.statusCombo):
                widget.blockSignals(False)
            self.reload_sessions()
        select_id(ui.sessionTable, session_id)

    def show_course(self, course_id: int) -> None:
        """Bring the catalogue forward with this course selected."""
        self.ui.views.setCurrentWidget(self.ui.catalogPage)
        self.ui.courseSearch.clear()
        select_id(self.ui.courseTable, course_id)

    # -- actions --------------------------------------------------------------------------
    def new_course(self) -> None:
        dialog = CourseDialog(self.office, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_course(dialog.saved_id)

    def edit_course(self) -> None:
        course_id = selected_id(self.ui.courseTable)
        if course_id is None:
            return
        try:
            dialog = CourseDialog(self.office, course_id, parent=self)
        except FormadeskError as error:
            show_error(self, error)
            return
        dialog.exec()

    def new_session_for_course(self) -> None:
        course_id = selected_id(self.ui.courseTable)
        if course_id is not None:
            self.new_session(course_id)

    def new_session(self, course_id: int | None = None) -> None:
        if not self.course_model.rows():
            show_error(
                self,
                FormadeskError(
                    self.tr(
                        "Le catalogue est vide : créez d'abord une formation "
                        "(onglet « Catalogue », « Nouvelle formation… »)."
                    )
                ),
            )
            return
        dialog = SessionDialog(self.office, course_id=course_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_session(dialog.saved_id)

    def edit_session(self) -> None:
        session_id = selected_id(self.ui.sessionTable)
        if session_id is None:
            return
        try:
            dialog = SessionDialog(self.office, session_id, parent=self)
        except FormadeskError as error:
            show_error(self, error)
            return
        dialog.exec()
