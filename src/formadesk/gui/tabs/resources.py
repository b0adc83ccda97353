"""The resources tab: rooms, equipment and trainers (read-only until booking comes)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.resources import EquipmentRow, RoomRow, TrainerRow

from ..bus import ChangeSignal
from ..forms.ui_resources_tab import Ui_ResourcesTab
from ..models.resources import CONTEXT, EQUIPMENT_COLUMNS, ROOM_COLUMNS, TRAINER_COLUMNS
from ..models.simple import RowTableModel
from ..widgets.tables import fit_columns, setup_table
from .base import RefreshingTab


class ResourcesTab(RefreshingTab):
    """Three lists: rooms, equipment, trainers."""

    watched = ("room", "equipment", "trainer", "slot", "session", "booking", "planning")

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
        setup_table(ui.roomTable, self.room_model, stretch_column=0)
        setup_table(ui.equipmentTable, self.equipment_model, stretch_column=0)
        setup_table(ui.trainerTable, self.trainer_model, stretch_column=0)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        rooms = self.office.resources.rooms()
        equipment = self.office.resources.equipment()
        trainers = self.office.resources.trainers()
        self.room_model.set_rows(rooms)
        self.equipment_model.set_rows(equipment)
        self.trainer_model.set_rows(trainers)
        pages = (
            (ui.roomsPage, self.tr("Salles ({n})"), len(rooms)),
            (ui.equipmentPage, self.tr("Matériel ({n})"), len(equipment)),
            (ui.trainersPage, self.tr("Formateurs ({n})"), len(trainers)),
        )
        for page, title, count in pages:
            ui.resourceTabs.setTabText(ui.resourceTabs.indexOf(page), title.format(n=count))
        for table in (ui.roomTable, ui.equipmentTable, ui.trainerTable):
            fit_columns(table, skip=0)
