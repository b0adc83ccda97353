"""The "Aléas" sub-tab: incidents, their follow-up tasks, declaring and resolving them."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QPushButton

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.incidents import IncidentRow

from ..dialogs.improvement_dialog import ImprovementDialog
from ..dialogs.incident_dialog import IncidentDialog
from ..forms.ui_resources_tab import Ui_ResourcesTab
from ..messages import show_error
from ..models.resources import CONTEXT, INCIDENT_COLUMNS, period_text
from ..models.simple import RowTableModel
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table

if TYPE_CHECKING:
    from .resources import ResourcesTab


class IncidentsPanel(QObject):
    """Lists incidents (open ones first by date), shows the selected one and its tasks."""

    def __init__(self, office: Office, ui: Ui_ResourcesTab, tab: ResourcesTab):
        super().__init__(tab)
        self.office = office
        self.ui = ui
        self.tab = tab
        self.model: RowTableModel[IncidentRow] = RowTableModel(INCIDENT_COLUMNS, CONTEXT, self)
        setup_table(ui.incidentTable, self.model, stretch_column=3)
        ui.incidentSplitter.setStretchFactor(0, 3)
        ui.incidentSplitter.setStretchFactor(1, 1)
        ui.incidentTable.selectionModel().selectionChanged.connect(self.show_selected)
        ui.declareButton.clicked.connect(self.declare)
        ui.resolveButton.clicked.connect(self.resolve)
        # Built here rather than in resources_tab.ui: one button beside « Résoudre… ».
        self.action_button = QPushButton(self.tr("Action d'&amélioration…"), ui.incidentsPage)
        self.action_button.setObjectName("improvementButton")
        self.action_button.setToolTip(
            self.tr("Ouvrir une action d'amélioration pour que cet aléa ne se reproduise pas")
        )
        position = ui.incidentsBar.indexOf(ui.resolveButton) + 1
        ui.incidentsBar.insertWidget(position, self.action_button)
        self.action_button.clicked.connect(self.improvement_action)
        ui.openOnlyCheck.toggled.connect(lambda _on: self.tab.refresh())

    def refresh(self) -> int:
        """Reload the list; returns how many incidents are still open."""
        chosen = selected_id(self.ui.incidentTable)
        rows = self.office.incidents.list(open_only=self.ui.openOnlyCheck.isChecked())
        self.model.set_rows(rows)
        select_id(self.ui.incidentTable, chosen)
        fit_columns(self.ui.incidentTable, skip=3, maximum=260)
        self.show_selected()
        return sum(1 for r in rows if r.status != "resolu")

    def selected(self) -> IncidentRow | None:
        incident_id = selected_id(self.ui.incidentTable)
        if incident_id is None:
            return None
        return self.model.row_at(self.model.row_of_id(incident_id))

    def show_selected(self) -> None:
        ui = self.ui
        row = self.selected()
        ui.resolveButton.setEnabled(row is not None and row.status != "resolu")
        self.action_button.setEnabled(row is not None)
        ui.taskList.clear()
        if row is None:
            ui.incidentDetailLabel.setText(
                self.tr("Sélectionnez un aléa pour voir ses tâches de suivi.")
            )
            return
        lines = [
            f"<b>{html.escape(row.kind)}</b>"
            + (f" — {html.escape(row.resource)}" if row.resource else ""),
            html.escape(period_text(row.starts_at, row.ends_at)),
            html.escape(row.description),
        ]
        if row.status == "resolu":
            lines.append(self.tr("<b>Résolu :</b> {text}").format(text=html.escape(row.resolution)))
        ui.incidentDetailLabel.setText("<br>".join(lines))
        tasks = self.office.incidents.tasks(row.id)
        ui.taskList.addItems(tasks or [self.tr("(aucune tâche de suivi)")])

    # -- actions --------------------------------------------------------------------------
    def declare(self) -> None:
        dialog = IncidentDialog(self.office, self.tab)
        if self.tab.run_dialog(dialog):
            self.ui.openOnlyCheck.setChecked(False)
            self.tab.refresh()
            select_id(self.ui.incidentTable, dialog.saved_id)
        dialog.deleteLater()

    def improvement_action(self) -> int | None:
        """An improvement action from the selected incident (origin « Aléa », linked)."""
        row = self.selected()
        if row is None:
            return None
        try:
            dialog = ImprovementDialog(
                self.office, self.tab, data=self.office.improvements.from_incident(row.id)
            )
        except FormadeskError as error:
            show_error(self.tab, error)
            return None
        saved = self.tab.run_dialog(dialog)
        dialog.deleteLater()
        return dialog.saved_id if saved else None

    def resolve(self) -> None:
        row = self.selected()
        if row is None or row.status == "resolu":
            return
        resolution = self.ask_resolution(row)
        if resolution is None:
            return
        try:
            self.office.incidents.resolve(row.id, resolution=resolution)
        except FormadeskError as error:
            show_error(self.tab, error)

    def ask_resolution(self, row: IncidentRow) -> str | None:
        """How the incident was solved, or None when the user cancels (tests replace it)."""
        text, ok = QInputDialog.getMultiLineText(
            self.tab,
            self.tr("Résoudre l'aléa"),
            self.tr("Comment l'aléa « {what} » a-t-il été résolu ?").format(what=row.description),
        )
        return text if ok else None
