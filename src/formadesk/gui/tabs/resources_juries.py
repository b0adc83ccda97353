"""The "Jurys" sub-tab: examination sittings, newest first, created and edited in a dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.juries import JuryRow

from ..dialogs.jury_dialog import JuryDialog
from ..forms.ui_resources_tab import Ui_ResourcesTab
from ..messages import show_error
from ..models.resources import CONTEXT, JURY_COLUMNS
from ..models.simple import RowTableModel
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table

if TYPE_CHECKING:
    from .resources import ResourcesTab


class JuriesPanel(QObject):
    """The list of jury sittings with "Nouveau jury…" and "Modifier…" (or a double-click)."""

    def __init__(self, office: Office, ui: Ui_ResourcesTab, tab: ResourcesTab):
        super().__init__(tab)
        self.office = office
        self.ui = ui
        self.tab = tab
        self.model: RowTableModel[JuryRow] = RowTableModel(JURY_COLUMNS, CONTEXT, self)
        setup_table(ui.juryTable, self.model, stretch_column=2)
        ui.juryTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.juryTable.doubleClicked.connect(lambda _index: self.edit(selected_id(ui.juryTable)))
        ui.newJuryButton.clicked.connect(lambda: self.edit(None))
        ui.editJuryButton.clicked.connect(lambda: self.edit(selected_id(ui.juryTable)))

    def refresh(self) -> int:
        """Reload the list; returns how many sittings it holds."""
        chosen = selected_id(self.ui.juryTable)
        rows = self.office.juries.list()
        self.model.set_rows(rows)
        select_id(self.ui.juryTable, chosen)
        fit_columns(self.ui.juryTable, skip=2)
        self._update_buttons()
        return len(rows)

    def _update_buttons(self) -> None:
        self.ui.editJuryButton.setEnabled(selected_id(self.ui.juryTable) is not None)

    def edit(self, jury_id: int | None) -> None:
        """Open the jury dialog: a new sitting when ``jury_id`` is None."""
        try:
            dialog = JuryDialog(self.office, jury_id, self.tab)
        except FormadeskError as error:
            show_error(self.tab, error)
            return
        if self.tab.run_dialog(dialog):
            select_id(self.ui.juryTable, dialog.saved_id)
        dialog.deleteLater()
