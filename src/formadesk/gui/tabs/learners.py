"""Apprenants: the paged learners list, search as you type, and the selected learner's dossier."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QWidget,
)

from formadesk.core.changes import Change
from formadesk.core.formatting import LOCALE, date_short
from formadesk.core.office import Office
from formadesk.core.paths import documents_dir
from formadesk.core.services.learners import DossierEnrollment, LearnerColumn, LearnerFilter
from formadesk.core.vocabulary import LEARNER_STATUSES

from ..bus import ChangeSignal
from ..dialogs.learner_dialog import LearnerDialog
from ..forms.ui_learners_tab import Ui_LearnersTab
from ..messages import confirm, show_error
from ..models.learners import LearnersModel
from ..tasks import run_with_progress
from ..widgets.tables import quick_text
from .base import RefreshingTab
from .learner_dossier import (
    add_exchange_history,
    add_privacy_actions,
    attendance_html,
    dossier_html,
)

SEARCH_DELAY_MS = 200
COLUMN_WIDTHS = {
    LearnerColumn.LAST_NAME: 115,
    LearnerColumn.FIRST_NAME: 100,
    LearnerColumn.BIRTH_DATE: 82,
    LearnerColumn.EMAIL: 190,
    LearnerColumn.PHONE: 100,
    LearnerColumn.CITY: 110,
    LearnerColumn.EMPLOYER: 140,
}
SESSION_ID_ROLE = Qt.ItemDataRole.UserRole
INACTIVE_ENROLLMENTS = ("annule", "abandon")


def count_text(shown: int, total: int) -> str:
    """« 30 000 apprenants », « 12 apprenants trouvés sur 30 000 »."""

    def number(n: int) -> str:
        return format_decimal(n, locale=LOCALE)

    if total == 0:
        return "Aucun apprenant pour l'instant"
    if shown == total:
        return f"{number(total)} apprenant{'s' if total > 1 else ''}"
    if shown == 0:
        return f"Aucun apprenant trouvé sur {number(total)}"
    plural = "s" if shown > 1 else ""
    return f"{number(shown)} apprenant{plural} trouvé{plural} sur {number(total)}"


class LearnersTab(RefreshingTab):
    """The learners list (30,000+ rows stay smooth) with the selected learner's dossier."""

    watched = ("learner", "enrollment", "attendance")
    session_requested = Signal(int)  # the main window opens the session

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = Ui_LearnersTab()
        self.ui.setupUi(self)
        self.model = LearnersModel(office.learners, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self._setup_filters()
        self._setup_views()
        self.ui.newButton.clicked.connect(lambda: self.open_learner_dialog(None))
        self.ui.editButton.clicked.connect(self.edit_selected)
        self.ui.exportButton.clicked.connect(self.export_to_excel)
        self.ui.importButton.clicked.connect(self.open_import_wizard)
        self._total: int | None = None
        self._update_count()
        self.show_dossier(None)

    def _setup_filters(self) -> None:
        self.ui.statusCombo.addItem(self.tr("Tous les statuts"), "")
        for key, label in LEARNER_STATUSES.items():
            self.ui.statusCombo.addItem(label, key)
        self.ui.searchEdit.textEdited.connect(lambda _text: self._search_timer.start())
        self.ui.statusCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())

    def _setup_views(self) -> None:
        view = self.ui.learnersView
        view.setModel(self.model)
        quick_text(view)  # a search repaints the whole list
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(LearnerColumn.LAST_NAME, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.ui.enrollmentsList.setSpacing(3)
        self.ui.enrollmentsList.itemDoubleClicked.connect(self._open_enrollment)
        self.attendance_label = QLabel(self.ui.dossierPanel)  # « Assiduité », under the list
        self.attendance_label.setObjectName("attendanceLabel")
        self.attendance_label.setTextFormat(Qt.TextFormat.RichText)
        self.attendance_label.setWordWrap(True)
        self.ui.dossierLayout.addWidget(self.attendance_label)
        self.exchanges = add_exchange_history(self)  # « Échanges » with the selected learner
        self.privacy = add_privacy_actions(self)  # « Exporter ses données… », « Anonymiser… »
        settings = QSettings()
        if state := settings.value("learners/splitter"):
            self.ui.splitter.restoreState(state)
        else:
            self.ui.splitter.setSizes([1000, 360])

    # -- filter, selection --------------------------------------------------------------
    def current_filter(self) -> LearnerFilter:
        return LearnerFilter(
            text=self.ui.searchEdit.text().strip(), status=self.ui.statusCombo.currentData() or ""
        )

    def filter_text(self) -> str:
        return self.current_filter().text

    def apply_filter(self) -> None:
        """Show the learners matching the search box and status now (no waiting)."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()
        if self.model.rowCount() == 1:
            self.ui.learnersView.selectRow(0)
        else:
            self.show_dossier(None)

    def selected_id(self) -> int | None:
        rows = self.ui.learnersView.selectionModel().selectedRows()
        return self.model.learner_id(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        view = self.ui.learnersView
        view.selectRow(row)
        view.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

    def show_learner(self, learner_id: int) -> bool:
        """Select a learner in the list, narrowing the filter to their name when needed."""
        row = self.model.find_row(learner_id, max_rows=3 * self.model.PAGE_SIZE)
        if row is None:
            data = self.office.learners.get(learner_id)
            self.ui.searchEdit.setText(f"{data.last_name} {data.first_name}")
            self.ui.statusCombo.blockSignals(True)
            self.ui.statusCombo.setCurrentIndex(0)
            self.ui.statusCombo.blockSignals(False)
            self.apply_filter()
            row = self.model.find_row(learner_id, max_rows=10_000)
        if row is None:
            return False
        self.select_row(row)
        return True

    def _selection_changed(self) -> None:
        learner_id = self.selected_id()
        self.ui.editButton.setEnabled(learner_id is not None)
        self.show_dossier(learner_id)

    def _update_count(self, *, recount_all: bool = False) -> None:
        shown = self.model.rowCount()
        if self.current_filter() == LearnerFilter():
            self._total = shown
        elif recount_all or self._total is None:
            self._total = self.office.learners.count()
        self.ui.countLabel.setText(count_text(shown, self._total))

    # -- dossier ------------------------------------------------------------------------
    def show_dossier(self, learner_id: int | None) -> None:
        ui = self.ui
        dossier = self.office.learners.dossier(learner_id) if learner_id else None
        if dossier is None:
            ui.dossierTitle.setText(self.tr("Dossier de l'apprenant"))
            ui.identityLabel.setText(self.tr("Sélectionnez un apprenant pour voir son dossier."))
            ui.enrollmentsList.clear()
            ui.enrollmentsLabel.setText(self.tr("Inscriptions"))
            self.attendance_label.clear()
            ui.editButton.setEnabled(False)
            return
        learner = dossier.learner
        ui.dossierTitle.setText(
            f"{learner.civility} {learner.first_name} {learner.last_name.upper()}"
        )
        ui.identityLabel.setText(dossier_html(learner))
        self._show_enrollments(dossier.enrollments)
        self.attendance_label.setText(
            attendance_html(self.office.attendance.learner_rates(learner_id))
        )
        count = len(dossier.enrollments)
        ui.enrollmentsLabel.setText(
            self.tr("Inscriptions (%1)").replace("%1", str(count))
            if count
            else self.tr("Aucune inscription pour l'instant")
        )

    def _show_enrollments(self, enrollments: list[DossierEnrollment]) -> None:
        """One two-line item per enrollment, newest first; cancelled ones greyed."""
        listing = self.ui.enrollmentsList
        listing.clear()
        for enrollment in enrollments:
            details = [
                f"du {date_short(enrollment.start_date)} au {date_short(enrollment.end_date)}",
                enrollment.status_label,
            ]
            if enrollment.client_name:
                details.append(enrollment.client_name)
            item = QListWidgetItem(
                f"{enrollment.session_code} — {enrollment.course_title}\n" + " · ".join(details)
            )
            item.setData(SESSION_ID_ROLE, enrollment.session_id)
            if enrollment.status in INACTIVE_ENROLLMENTS:
                item.setForeground(QBrush(QColor("#888888")))
            listing.addItem(item)

    def _open_enrollment(self, item: QListWidgetItem) -> None:
        session_id = item.data(SESSION_ID_ROLE)
        if session_id is not None:
            self.session_requested.emit(session_id)

    # -- refresh ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list (keeping the selected learner when still shown) and the dossier."""
        view = self.ui.learnersView
        selected = self.selected_id()
        rows = view.selectionModel().selectedRows()
        old_row = rows[0].row() if rows else None
        self.model.refresh()
        self._update_count(recount_all=True)
        row = self.model.find_row(selected, near=old_row, max_rows=0) if selected else None
        if row is not None:
            self.select_row(row)
        else:
            self.show_dossier(None)

    def on_change(self, change: Change) -> None:
        if change.entity == "attendance":  # only the dossier's « Assiduité » shows it
            self.show_dossier(self.selected_id())
            return
        self.refresh()

    # -- actions ------------------------------------------------------------------------
    def open_learner_dialog(self, learner_id: int | None) -> LearnerDialog:
        """Open the learner dialog (window-modal, not blocking); select the learner on save."""
        dialog = LearnerDialog(self.office, learner_id, self)
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_save(self, learner_id: int | None) -> None:
        if learner_id is not None:
            self.refresh()
            self.show_learner(learner_id)

    def edit_selected(self) -> None:
        learner_id = self.selected_id()
        if learner_id is not None:
            self.open_learner_dialog(learner_id)

    def open_import_wizard(self):
        """« Importer… »: the import wizard (window-modal, not blocking)."""
        from ..dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(self.office, self)
        wizard.finished.connect(wizard.deleteLater)
        wizard.open()
        return wizard

    def export_to_excel(self) -> None:
        """Export the learners matching the search box to an Excel file, then offer to open it."""
        folder = Path(self.office.organisation.get().documents_dir or documents_dir())
        default = folder / f"apprenants-{dt.date.today():%Y-%m-%d}.xlsx"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter les apprenants"),
            str(default),
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".xlsx") else Path(name + ".xlsx")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            run_with_progress(
                self,
                self.tr("Exportation des apprenants…"),
                self.office.exports.learners_xlsx,
                path,
                text=self.filter_text(),
            )
        except Exception as error:  # noqa: BLE001 - shown to the user in French
            show_error(self, error)
            return
        question = self.tr("Les apprenants ont été exportés dans « %1 ». Ouvrir le fichier ?")
        if confirm(self, self.tr("Exportation terminée"), question.replace("%1", path.name)):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_layout(self) -> None:
        """Remember the splitter position (called by the main window when it closes)."""
        QSettings().setValue("learners/splitter", self.ui.splitter.saveState())
