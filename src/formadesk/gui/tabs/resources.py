"""The "Salles & matériel" tab: rooms, equipment, trainers, incidents (aléas) and juries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QTableView, QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.resources import EquipmentRow, RoomRow, TrainerRow

from ..bus import ChangeSignal
from ..dialogs.equipment_dialog import EquipmentDialog
from ..dialogs.room_dialog import RoomDialog
from ..dialogs.trainer_dialog import TrainerDialog
from ..forms.ui_resources_tab import Ui_ResourcesTab
from ..messages import show_error
from ..models.resources import CONTEXT, EQUIPMENT_COLUMNS, ROOM_COLUMNS, TRAINER_COLUMNS
from ..models.simple import RowTableModel
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab
from .resources_incidents import IncidentsPanel
from .resources_juries import JuriesPanel


class ResourcesTab(RefreshingTab):
    """Five sub-tabs: Salles, Matériel, Formateurs (editable lists), Aléas and Jurys."""

    watched = (
        "room",
        "equipment",
        "trainer",
        "slot",
        "session",
        "booking",
        "planning",
        "incident",
        "task",
        "jury",
    )

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_ResourcesTab()
        ui.setupUi(self)
        self.room_model: RowTableModel[RoomRow] = RowTableModel(ROOM_COLUMNS, CONTEXT, self)
        self.equipment_model: RowTableModel[EquipmentRow] = RowTableModel(
            EQUIPMENT_COLUMNS, CONTEXT, self
        )
        self.trainer_model: RowTableModel[TrainerRow] = RowTableModel(
            TRAINER_COLUMNS, CONTEXT, self
        )
        lists: tuple[tuple[QTableView, RowTableModel, Callable[[int | None], None]], ...] = (
            (ui.roomTable, self.room_model, self.edit_room),
            (ui.equipmentTable, self.equipment_model, self.edit_equipment),
            (ui.trainerTable, self.trainer_model, self.edit_trainer),
        )
        for table, model, edit in lists:
            setup_table(table, model, stretch_column=0)
            table.doubleClicked.connect(lambda _i, t=table, e=edit: e(selected_id(t)))
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.newRoomButton.clicked.connect(lambda: self.edit_room(None))
        ui.editRoomButton.clicked.connect(lambda: self.edit_room(selected_id(ui.roomTable)))
        ui.newEquipmentButton.clicked.connect(lambda: self.edit_equipment(None))
        ui.editEquipmentButton.clicked.connect(
            lambda: self.edit_equipment(selected_id(ui.equipmentTable))
        )
        ui.newTrainerButton.clicked.connect(lambda: self.edit_trainer(None))
        ui.editTrainerButton.clicked.connect(
            lambda: self.edit_trainer(selected_id(ui.trainerTable))
        )
        self.incidents = IncidentsPanel(office, ui, self)
        self.juries = JuriesPanel(office, ui, self)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def refresh(self) -> None:
        ui = self.ui
        rooms = self.office.resources.rooms()
        equipment = self.office.resources.equipment()
        trainers = self.office.resources.trainers()
        for table, model, rows in (
            (ui.roomTable, self.room_model, rooms),
            (ui.equipmentTable, self.equipment_model, equipment),
            (ui.trainerTable, self.trainer_model, trainers),
        ):
            chosen = selected_id(table)
            model.set_rows(rows)
            select_id(table, chosen)
            fit_columns(table, skip=0)
        incidents = self.incidents.refresh()
        juries = self.juries.refresh()
        pages = (
            (ui.roomsPage, self.tr("Salles ({n})"), len(rooms)),
            (ui.equipmentPage, self.tr("Matériel ({n})"), len(equipment)),
            (ui.trainersPage, self.tr("Formateurs ({n})"), len(trainers)),
            (
                ui.incidentsPage,
                self.tr("Aléas ({n} en cours)") if incidents else self.tr("Aléas"),
                incidents,
            ),
            (ui.juriesPage, self.tr("Jurys ({n})"), juries),
        )
        for page, title, count in pages:
            ui.resourceTabs.setTabText(ui.resourceTabs.indexOf(page), title.format(n=count))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.editRoomButton.setEnabled(selected_id(ui.roomTable) is not None)
        ui.editEquipmentButton.setEnabled(selected_id(ui.equipmentTable) is not None)
        ui.editTrainerButton.setEnabled(selected_id(ui.trainerTable) is not None)

    # -- editing --------------------------------------------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when it was saved (tests replace this to drive it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _edit(self, make: Callable[[], QDialog], table: QTableView) -> None:
        try:
            dialog = make()
        except FormadeskError as error:  # deleted meanwhile ...
            show_error(self, error)
            return
        if self.run_dialog(dialog):
            select_id(table, getattr(dialog, "saved_id", None))
        dialog.deleteLater()

    def edit_room(self, room_id: int | None) -> None:
        """Open the room dialog: a new room when ``room_id`` is None."""
        self._edit(lambda: RoomDialog(self.office, room_id, self), self.ui.roomTable)

    def edit_equipment(self, equipment_id: int | None) -> None:
        self._edit(lambda: EquipmentDialog(self.office, equipment_id, self), self.ui.equipmentTable)

    def edit_trainer(self, trainer_id: int | None) -> None:
        self._edit(lambda: TrainerDialog(self.office, trainer_id, self), self.ui.trainerTable)
