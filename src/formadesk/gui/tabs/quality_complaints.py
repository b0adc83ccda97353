"""The « Réclamations » and « Actions d'amélioration » pages of the Qualité tab.

Complaints: filters (open / closed / all, year, words), counts, late steps in red; create,
edit, the acknowledgement and answer letters (PDF or Word), an improvement action from the
selected complaint, the register (Excel or PDF), deletion. Actions: the same for improvement
actions (filters by status, origin, year).
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.complaints import ComplaintRow
from formadesk.core.services.improvements import ACTION_ORIGINS, ACTION_STATUSES, ActionRow

from ..bus import ChangeSignal
from ..dialogs.complaint_dialog import ComplaintDialog, fill_sessions
from ..dialogs.improvement_dialog import ImprovementDialog
from ..dialogs.quality_register_dialog import RegisterExport, ask_register_export
from ..forms.ui_complaints_page import Ui_ComplaintsPage
from ..forms.ui_improvements_page import Ui_ImprovementsPage
from ..messages import confirm, show_error
from ..models.complaints import ACTION_COLUMNS, COMPLAINT_COLUMNS, CONTEXT
from ..models.simple import RowTableModel
from ..widgets.inputs import fill_combo, select_data
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab

LETTERS = (
    ("accuse", "pdf", "Accusé de réception (PDF)"),
    ("accuse", "docx", "Accusé de réception (Word)"),
    ("reponse", "pdf", "Réponse (PDF)"),
    ("reponse", "docx", "Réponse (Word)"),
)


def _fill_years(combo, years: list[int]) -> None:
    fill_combo(combo, [(y, str(y)) for y in years], none_label=combo.tr("Toutes"))


def _link(path: Path) -> str:
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(path.name)}</a>'


class _QualityPage(RefreshingTab):
    """What both pages share: dialogs, the register export, messages under the list."""

    watched = ("complaint", "improvement_action", "task", "session")

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when it was saved (tests replace this to drive it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_export(self) -> RegisterExport | None:
        """Period, format and file of the register (tests replace this)."""
        year = self.ui.yearCombo.currentData() or dt.date.today().year
        return ask_register_export(self, year)

    def confirm_delete(self, text: str) -> bool:
        return confirm(self, self.tr("Supprimer"), text)

    def say(self, text: str) -> None:
        self.ui.messageLabel.setText(text)

    def export_register(self) -> Path | None:
        """Write the register where the user chose; the path, or None (cancelled, refused)."""
        target = self.ask_export()
        if target is None:
            return None
        try:
            path = self.office.improvements.export_register(
                target.path, start=target.start, end=target.end, file_format=target.file_format
            )
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        self.say(self.tr("Registre enregistré : {link}").format(link=_link(path)))
        return path

    def open_action_dialog(self, dialog: ImprovementDialog) -> int | None:
        saved = self.run_dialog(dialog)
        dialog.deleteLater()
        return dialog.saved_id if saved else None


class ComplaintsPage(_QualityPage):
    """The complaints list and everything done from it."""

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_ComplaintsPage()
        ui.setupUi(self)
        self.model: RowTableModel[ComplaintRow] = RowTableModel(COMPLAINT_COLUMNS, CONTEXT, self)
        self.proxy = setup_table(ui.complaintTable, self.model, stretch_column=4)
        fill_combo(
            ui.stateCombo,
            [
                ("open", self.tr("En cours")),
                ("closed", self.tr("Clôturées")),
                ("all", self.tr("Toutes")),
            ],
        )
        _fill_years(ui.yearCombo, office.complaints.years())
        fill_sessions(office, ui.sessionCombo, none_label=self.tr("Toutes"))
        ui.sessionCombo.setMinimumContentsLength(24)
        ui.stateCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._search_timer = QTimer(self, singleShot=True, interval=200)  # typing, then once
        self._search_timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.complaintTable.doubleClicked.connect(lambda _index: self.edit())
        ui.complaintTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newButton.clicked.connect(self.create)
        ui.editButton.clicked.connect(self.edit)
        ui.actionButton.clicked.connect(self.new_action)
        ui.exportButton.clicked.connect(self.export_register)
        ui.deleteButton.clicked.connect(self.delete)
        menu = QMenu(ui.letterButton)
        for kind, file_format, label in LETTERS:
            action = QAction(self.tr(label), menu)
            action.triggered.connect(
                lambda _checked=False, k=kind, f=file_format: self.make_letter(k, f)
            )
            menu.addAction(action)
        ui.letterButton.setMenu(menu)
        self.refresh()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.complaintTable)
        year = ui.yearCombo.currentData()
        years = self.office.complaints.years()
        if [ui.yearCombo.itemData(i) for i in range(1, ui.yearCombo.count())] != years:
            _fill_years(ui.yearCombo, years)
            select_data(ui.yearCombo, year)
        rows = self.office.complaints.list(
            state=ui.stateCombo.currentData() or "open",
            year=ui.yearCombo.currentData(),
            session_id=ui.sessionCombo.currentData(),
            text=ui.searchEdit.text(),
        )
        self.model.set_rows(rows)
        select_id(ui.complaintTable, chosen)
        fit_columns(ui.complaintTable, skip=4, maximum=220)
        counts = self.office.complaints.counts()
        text = self.tr("{open} en cours, dont {late} en retard · {closed} clôturée(s)").format(
            open=counts.open, late=counts.late, closed=counts.closed
        )
        ui.countsLabel.setText(text)
        ui.countsLabel.setStyleSheet("color: #c0392b;" if counts.late else "")
        self._update_buttons()

    def show_session(self, session_id: int) -> None:
        """Every complaint about one session (from the session's file, for instance)."""
        select_data(self.ui.stateCombo, "all")
        fill_sessions(self.office, self.ui.sessionCombo, session_id, none_label=self.tr("Toutes"))
        self.refresh()

    def selected(self) -> ComplaintRow | None:
        complaint_id = selected_id(self.ui.complaintTable)
        if complaint_id is None:
            return None
        return self.model.row_at(self.model.row_of_id(complaint_id))

    def _update_buttons(self) -> None:
        some = self.selected() is not None
        for button in (
            self.ui.editButton,
            self.ui.letterButton,
            self.ui.actionButton,
            self.ui.deleteButton,
        ):
            button.setEnabled(some)

    # -- actions --------------------------------------------------------------------------
    def _open(self, complaint_id: int | None) -> int | None:
        try:
            dialog = ComplaintDialog(self.office, self, complaint_id=complaint_id)
        except FormadeskError as error:
            show_error(self, error)
            return None
        saved = self.run_dialog(dialog)
        saved_id = dialog.complaint_id
        dialog.deleteLater()
        if saved_id is not None:  # saved, or saved before adding an action
            if saved and complaint_id is None:
                select_data(self.ui.stateCombo, "open")
            self.refresh()
            select_id(self.ui.complaintTable, saved_id)
        return saved_id if saved else None

    def create(self) -> int | None:
        return self._open(None)

    def edit(self) -> int | None:
        row = self.selected()
        return self._open(row.id) if row else None

    def new_action(self) -> int | None:
        row = self.selected()
        if row is None:
            return None
        try:
            proposal = self.office.improvements.from_complaint(row.id)
        except FormadeskError as error:
            show_error(self, error)
            return None
        return self.open_action_dialog(ImprovementDialog(self.office, self, data=proposal))

    def make_letter(self, kind: str, file_format: str) -> Path | None:
        """The acknowledgement or answer letter of the selected complaint, filed and recorded.

        A letter of acknowledgement for a complaint whose acknowledgement is not dated yet
        first offers to date it today.
        """
        row = self.selected()
        if row is None:
            return None
        try:
            if kind == "accuse" and row.acknowledged_on is None:
                question = self.tr(
                    "L'accusé de réception de la réclamation {n} n'est pas encore daté. "
                    "L'enregistrer à la date d'aujourd'hui et produire le courrier ?"
                ).format(n=row.number)
                if not self.confirm_acknowledge(question):
                    return None
                self.office.complaints.acknowledge(row.id, dt.date.today())
            path = self.office.complaints.make_letter(row.id, kind=kind, file_format=file_format)
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        self.say(self.tr("Courrier enregistré : {link}").format(link=_link(path)))
        return path

    def confirm_acknowledge(self, question: str) -> bool:
        return confirm(self, self.tr("Accusé de réception"), question)

    def delete(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        text = self.tr(
            "Supprimer la réclamation {n} de {author} ? Ses tâches sont supprimées avec elle."
        ).format(n=row.number, author=row.author)
        if not self.confirm_delete(text):
            return False
        try:
            self.office.complaints.delete(row.id)
        except FormadeskError as error:
            show_error(self, error)
            return False
        return True


class ActionsPage(_QualityPage):
    """The improvement actions list: filters, late due dates in red, dialogs, the register."""

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_ImprovementsPage()
        ui.setupUi(self)
        self.model: RowTableModel[ActionRow] = RowTableModel(ACTION_COLUMNS, CONTEXT, self)
        setup_table(ui.actionTable, self.model, stretch_column=3)
        statuses = [("", self.tr("Toutes")), ("open", self.tr("À faire (prévues, en cours)"))]
        fill_combo(ui.statusCombo, statuses + list(ACTION_STATUSES.items()))
        fill_combo(ui.originCombo, ACTION_ORIGINS, none_label=self.tr("Toutes"))
        this = dt.date.today().year
        _fill_years(ui.yearCombo, list(range(this, this - 6, -1)))
        for combo in (ui.statusCombo, ui.originCombo, ui.yearCombo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.actionTable.doubleClicked.connect(lambda _index: self.edit())
        ui.actionTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newButton.clicked.connect(self.create)
        ui.editButton.clicked.connect(self.edit)
        ui.exportButton.clicked.connect(self.export_register)
        ui.deleteButton.clicked.connect(self.delete)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.actionTable)
        status = ui.statusCombo.currentData() or ""
        rows = self.office.improvements.list(
            status=status if status in ACTION_STATUSES else None,
            open_only=status == "open",
            origin=ui.originCombo.currentData(),
            year=ui.yearCombo.currentData(),
        )
        self.model.set_rows(rows)
        select_id(ui.actionTable, chosen)
        fit_columns(ui.actionTable, skip=3, maximum=220)
        late = sum(1 for r in rows if r.is_late())
        ui.countsLabel.setText(
            self.tr("{n} action(s) affichée(s), dont {late} en retard").format(
                n=len(rows), late=late
            )
        )
        ui.countsLabel.setStyleSheet("color: #c0392b;" if late else "")
        self._update_buttons()

    def selected(self) -> ActionRow | None:
        action_id = selected_id(self.ui.actionTable)
        if action_id is None:
            return None
        return self.model.row_at(self.model.row_of_id(action_id))

    def _update_buttons(self) -> None:
        some = self.selected() is not None
        self.ui.editButton.setEnabled(some)
        self.ui.deleteButton.setEnabled(some)

    def create(self) -> int | None:
        saved = self.open_action_dialog(ImprovementDialog(self.office, self))
        if saved is not None:
            select_id(self.ui.actionTable, saved)
        return saved

    def edit(self) -> int | None:
        row = self.selected()
        if row is None:
            return None
        try:
            dialog = ImprovementDialog(self.office, self, action_id=row.id)
        except FormadeskError as error:
            show_error(self, error)
            return None
        return self.open_action_dialog(dialog)

    def delete(self) -> bool:
        row = self.selected()
        if row is None:
            return False
        text = self.tr("Supprimer l'action {n} « {title} » et sa tâche ?").format(
            n=row.number, title=row.title
        )
        if not self.confirm_delete(text):
            return False
        try:
            self.office.improvements.delete(row.id)
        except FormadeskError as error:
            show_error(self, error)
            return False
        return True
