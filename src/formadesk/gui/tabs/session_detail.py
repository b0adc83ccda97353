"""The detail panel of the sessions tab: a session's slots and enrollments, and their actions."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton, QTabWidget, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.enrollments import EnrollmentRow
from formadesk.core.vocabulary import ENROLLMENT_STATUSES, SESSION_KINDS

from ..attendance import AttendanceDialog, open_attendance
from ..attendance.entries import attendance_line
from ..dialogs.booking_dialog import BookingDialog
from ..dialogs.enroll_dialog import EnrollDialog
from ..dialogs.enrollment_dialog import EnrollmentDialog
from ..dialogs.generate_dialog import GenerateDialog
from ..dialogs.guarded import ask_save_anyway, run_guarded
from ..dialogs.outcomes_dialog import OutcomesDialog, open_outcomes
from ..forms.ui_sessions_tab import Ui_SessionsTab
from ..messages import confirm, show_error
from ..models.sessions import (
    CONTEXT,
    ENROLLMENT_COLUMNS,
    SLOT_COLUMNS,
    SlotLine,
    fill_text,
    progress_text,
)
from ..models.simple import RowTableModel
from ..tasks import run_with_progress
from ..widgets.bilan_panel import BilanPanel
from ..widgets.checklist_panel import ChecklistPanel
from ..widgets.desktop import open_local
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table


class SessionDetail(QObject):
    """Shows one session (or none) in the lower half of the sessions tab."""

    def __init__(self, office: Office, ui: Ui_SessionsTab, parent: QWidget):
        super().__init__(parent)
        self.office = office
        self.ui = ui
        self.widget = parent
        self.session_id: int | None = None
        self.slot_model: RowTableModel[SlotLine] = RowTableModel(SLOT_COLUMNS, CONTEXT, self)
        self.enrollment_model: RowTableModel[EnrollmentRow] = RowTableModel(
            ENROLLMENT_COLUMNS, CONTEXT, self
        )
        setup_table(ui.slotTable, self.slot_model, sortable=False)
        setup_table(ui.enrollmentTable, self.enrollment_model)
        # The enrolments and the session's checklist (« Suivi ») share the wide right-hand
        # side, as two pages; the slots stay on the left.
        self.pages = QTabWidget(ui.detailSplitter)
        self.pages.setObjectName("detailPages")
        self.pages.setDocumentMode(True)
        ui.detailSplitter.insertWidget(1, self.pages)
        self.pages.addTab(ui.enrollmentsGroup, self.tr("Inscriptions"))
        self.checklist = ChecklistPanel(office, self.pages)
        self.checklist.setObjectName("checklistPanel")
        self.checklist.ui.checklistGroup.setTitle("")  # the page's tab says it
        self.pages.addTab(self.checklist, self.tr("Suivi de la session"))
        self.checklist.changed.connect(self._checklist_title)
        # The bilan of the session: figures, trainer's remarks, costs, PDF and Word.
        self.bilan = BilanPanel(office, self.pages)
        self.bilan.setObjectName("bilanPanel")
        self.pages.addTab(self.bilan, self.tr("Bilan"))
        ui.detailSplitter.setStretchFactor(0, 1)
        ui.detailSplitter.setStretchFactor(1, 2)
        ui.detailSplitter.setSizes([400, 800])
        ui.enrollmentTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.enrollButton.clicked.connect(self.enroll)
        ui.bookButton.clicked.connect(self.book)
        ui.statusButton.clicked.connect(self.change_status)
        ui.removeButton.clicked.connect(self.remove)
        ui.exportButton.clicked.connect(self.export_list)
        ui.convocationsButton.setText(self.tr("&Documents…"))
        ui.convocationsButton.setToolTip(
            self.tr("Convocations, attestations, émargements… de la session, en PDF, Word ou Excel")
        )
        ui.convocationsButton.clicked.connect(self.make_documents)
        self.attendanceButton = QPushButton(self.tr("&Présences…"), ui.enrollmentsGroup)
        self.attendanceButton.setObjectName("attendanceButton")
        self.attendanceButton.setToolTip(
            self.tr("Feuille de présence : apprenants et formateurs par demi-journée")
        )
        ui.enrollmentButtons.insertWidget(
            ui.enrollmentButtons.indexOf(ui.convocationsButton) + 1, self.attendanceButton
        )
        self.attendanceButton.clicked.connect(self.open_attendance)
        self.outcomesButton = QPushButton(self.tr("É&valuation des acquis…"), ui.enrollmentsGroup)
        self.outcomesButton.setObjectName("outcomesButton")
        self.outcomesButton.setToolTip(
            self.tr(
                "Positionnement à l'entrée et résultat de chaque objectif, par apprenant ; "
                "grille Excel pour le formateur"
            )
        )
        ui.enrollmentButtons.insertWidget(
            ui.enrollmentButtons.indexOf(self.attendanceButton) + 1, self.outcomesButton
        )
        self.outcomesButton.clicked.connect(self.open_outcomes)
        self.editEnrollmentButton = QPushButton(
            self.tr("&Modifier l'inscription…"), ui.enrollmentsGroup
        )
        self.editEnrollmentButton.setObjectName("editEnrollmentButton")
        ui.enrollmentButtons.insertWidget(
            ui.enrollmentButtons.indexOf(ui.statusButton), self.editEnrollmentButton
        )
        self.editEnrollmentButton.clicked.connect(self.edit_enrollment)
        ui.enrollmentTable.doubleClicked.connect(lambda _index: self.edit_enrollment())
        self.show(None)

    # -- showing --------------------------------------------------------------------------
    def show(self, session_id: int | None) -> None:
        if session_id != self.session_id and not self.bilan.settle_remarks():
            select_id(self.ui.sessionTable, self.session_id)  # remarks kept: stay on it
            return
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        """Reload the shown session (it may have changed, or disappeared)."""
        ui = self.ui
        row = None
        if self.session_id is not None:
            try:
                row = self.office.sessions.row(self.session_id)
            except FormadeskError:
                self.session_id = None
        self.checklist.show_session(row.id if row is not None else None)
        self.bilan.show_session(row.id if row is not None else None)
        self._checklist_title()
        self.pages.setTabText(0, self.tr("Inscriptions"))
        if row is None:
            ui.detailTitle.setText(
                self.tr("Sélectionnez une session pour voir ses séances et ses inscrits.")
            )
            self.slot_model.set_rows([])
            self.enrollment_model.set_rows([])
            self._update_buttons()
            return
        data = self.office.sessions.get(row.id)
        rooms = {r.id: r.name for r in self.office.resources.rooms()}
        lines = [
            SlotLine(
                s.id or 0, s.date, s.start_time, s.end_time, s.minutes, rooms.get(s.room_id, "")
            )
            for s in sorted(data.slots, key=lambda s: (s.date, s.start_time))
        ]
        parts = [
            fmt.date_range_long(row.start_date, row.end_date),
            row.place,
            SESSION_KINDS.get(row.kind, row.kind),
            row.status_label,
            self.tr("{fill} inscrits").format(fill=fill_text(row)),
            self.tr("{hours} planifiées").format(hours=fmt.hours(data.planned_minutes)),
            self._attendance_line(row.id),
        ]
        ui.detailTitle.setText(
            f"<b>{html.escape(row.code)}</b> — {html.escape(row.course_title)}<br>"
            + html.escape(" · ".join(p for p in parts if p))
        )
        ui.slotsGroup.setTitle(self.tr("Séances ({n})").format(n=len(lines)))
        self.slot_model.set_rows(lines)
        chosen = selected_id(ui.enrollmentTable)
        enrollments = self.office.enrollments.for_session(row.id)
        self.enrollment_model.set_rows(enrollments)
        ui.enrollmentsGroup.setTitle(self.tr("Inscriptions ({n})").format(n=len(enrollments)))
        self.pages.setTabText(0, self.tr("Inscriptions ({n})").format(n=len(enrollments)))
        select_id(ui.enrollmentTable, chosen)
        fit_columns(ui.slotTable)
        fit_columns(ui.enrollmentTable, maximum=220)
        self._update_buttons()

    def _checklist_title(self) -> None:
        """« Suivi de la session (6/10 · 2 en retard) » on the page's tab."""
        checklist = self.checklist.checklist
        title = self.tr("Suivi de la session")
        if checklist is not None:
            progress = checklist.progress
            title += f" ({progress_text(progress)})"
        self.pages.setTabText(1, title)

    def _update_buttons(self) -> None:
        ui = self.ui
        has_session = self.session_id is not None
        has_enrollment = has_session and selected_id(ui.enrollmentTable) is not None
        for button in (
            ui.enrollButton,
            ui.exportButton,
            ui.convocationsButton,
            ui.bookButton,
            self.attendanceButton,
            self.outcomesButton,
        ):
            button.setEnabled(has_session)
        ui.statusButton.setEnabled(has_enrollment)
        self.editEnrollmentButton.setEnabled(has_enrollment)
        ui.removeButton.setEnabled(has_enrollment)

    def _selected_enrollment(self) -> EnrollmentRow | None:
        enrollment_id = selected_id(self.ui.enrollmentTable)
        position = self.enrollment_model.row_of_id(enrollment_id) if enrollment_id else -1
        return self.enrollment_model.row_at(position)

    def _attendance_line(self, session_id: int) -> str:
        """« Assiduité : 87 % (12 h 30 sur 14 h) » once a half-day has been held."""
        try:
            grid = self.office.attendance.grid(session_id)
        except FormadeskError:
            return ""
        attended = sum(grid.attended_minutes(p.enrollment_id) for p in grid.learners)
        planned = sum(grid.planned_minutes(p.enrollment_id) for p in grid.learners)
        return attendance_line(attended, planned)

    # -- actions --------------------------------------------------------------------------
    def open_attendance(self) -> AttendanceDialog | None:
        """The attendance sheet of the shown session (non-modal)."""
        if self.session_id is None:
            return None
        bus = getattr(self.widget, "bus", None)
        return open_attendance(self.office, self.session_id, self.widget, bus=bus)

    def open_outcomes(self) -> OutcomesDialog | None:
        """The session's outcome grid: learners × objectives, entry and end."""
        if self.session_id is None:
            return None
        self.outcomes_dialog = open_outcomes(self.office, self.session_id, self.widget)
        return self.outcomes_dialog

    def enroll(self) -> None:
        if self.session_id is None:
            return
        try:
            dialog = EnrollDialog(self.office, self.session_id, self.widget)
        except FormadeskError as error:
            show_error(self.widget, error)
            return
        dialog.exec()

    def edit_enrollment(self) -> EnrollmentDialog | None:
        """« Modifier l'inscription » of the selected learner (client, price, funding)."""
        enrollment = self._selected_enrollment()
        if enrollment is None:
            return None
        try:
            dialog = EnrollmentDialog(self.office, enrollment.id, self.widget)
        except FormadeskError as error:
            show_error(self.widget, error)
            return None
        self.last_enrollment_dialog = dialog
        dialog.exec()
        return dialog

    def book(self) -> None:
        """Open the booking dialog (room, trainers, equipment) for the shown session."""
        if self.session_id is None:
            return
        try:
            dialog = BookingDialog(self.office, self.session_id, self.widget)
        except FormadeskError as error:
            show_error(self.widget, error)
            return
        dialog.exec()
        dialog.deleteLater()

    def change_status(self) -> None:
        enrollment = self._selected_enrollment()
        if enrollment is None:
            return
        status = self.ask_status(enrollment)
        if status is None or status == enrollment.status:
            return
        reason = ""
        if status in ("annule", "abandon"):
            reason = self.ask_reason(enrollment) or ""
        try:
            run_guarded(
                lambda confirm: self.office.enrollments.set_status(
                    enrollment.id, status, reason=reason, confirm=confirm
                ),
                self.ask_confirmation,
            )
        except FormadeskError as error:
            show_error(self.widget, error)

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self.widget, text)

    def ask_status(self, enrollment: EnrollmentRow) -> str | None:
        keys = list(ENROLLMENT_STATUSES)
        label, ok = QInputDialog.getItem(
            self.widget,
            self.tr("Changer le statut"),
            self.tr("Statut de l'inscription de {name} :").format(name=enrollment.learner_name),
            list(ENROLLMENT_STATUSES.values()),
            keys.index(enrollment.status) if enrollment.status in keys else 0,
            False,
        )
        return keys[list(ENROLLMENT_STATUSES.values()).index(label)] if ok else None

    def ask_reason(self, enrollment: EnrollmentRow) -> str | None:
        text, ok = QInputDialog.getText(
            self.widget,
            self.tr("Motif"),
            self.tr("Motif (facultatif) pour {name} :").format(name=enrollment.learner_name),
        )
        return text.strip() if ok else None

    def remove(self) -> None:
        enrollment = self._selected_enrollment()
        if enrollment is None:
            return
        question = self.tr(
            "Retirer {name} de la session ?\n\nL'inscription sera effacée. Pour garder une trace "
            "(annulation, abandon), changez plutôt son statut."
        ).format(name=enrollment.learner_name)
        if not confirm(self.widget, self.tr("Retirer un inscrit"), question):
            return
        try:
            self.office.enrollments.remove(enrollment.id)
        except FormadeskError as error:
            show_error(self.widget, error)

    def export_list(self) -> None:
        if self.session_id is None:
            return
        code = self.office.sessions.row(self.session_id).code
        path = self.ask_export_path(f"{code} - inscrits.xlsx")
        if not path:
            return
        try:
            exports = self.office.exports
        except ModuleNotFoundError:
            show_error(
                self.widget,
                FormadeskError(self.tr("L'export Excel n'est pas encore disponible.")),
            )
            return
        try:
            run_with_progress(
                self.widget,
                self.tr("Export de la liste des inscrits…"),
                exports.learners_xlsx,
                Path(path),
                session_id=self.session_id,
            )
        except (FormadeskError, OSError) as error:
            show_error(self.widget, _readable(error))
            return
        if confirm(
            self.widget,
            self.tr("Exporter la liste"),
            self.tr("La liste est enregistrée :\n{path}\n\nL'ouvrir maintenant ?").format(
                path=path
            ),
        ):
            open_local(path)

    def ask_export_path(self, file_name: str) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Exporter la liste des inscrits"),
            str(Path(folder) / file_name),
            self.tr("Classeur Excel (*.xlsx)"),
        )
        return path

    def make_documents(self) -> GenerateDialog | None:
        """Open the generation dialog for the shown session (convocations, attestations …)."""
        if self.session_id is None:
            return None
        try:
            dialog = GenerateDialog(self.office, self.session_id, self.widget)
        except FormadeskError as error:
            show_error(self.widget, error)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()
        return dialog


def _readable(error: Exception) -> Exception:
    """A French sentence for a file that could not be written."""
    if isinstance(error, OSError):
        text = QCoreApplication.translate(
            "SessionDetail",
            "Le fichier n'a pas pu être écrit ({reason}). Vérifiez que le dossier existe et que "
            "le fichier n'est pas ouvert dans un autre programme.",
        )
        return FormadeskError(text.format(reason=error.strerror or error))
    return error
