"""The resources tab lists rooms, equipment and trainers, and follows changes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from formadesk.core.services.resource_records import EquipmentData, RoomData, TrainerData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.resources import ResourcesTab


def texts(model, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_three_lists_in_french_and_refreshed_on_change(qtbot, office):
    office.resources.save_room(RoomData(name="Salle Rhône", site="Lyon", capacity=12))
    office.resources.save_equipment(EquipmentData(name="Vidéoprojecteur", quantity=2))
    office.resources.save_trainer(
        TrainerData(last_name="Dupré", first_name="Anne", internal=False, email="anne@ex.fr")
    )
    tab = ResourcesTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()

    assert texts(tab.room_model, 0)[:4] == ["Salle Rhône", "Lyon", "12", "oui"]
    assert texts(tab.equipment_model, 0) == ["Vidéoprojecteur", "Matériel", "2", "En service"]
    assert texts(tab.trainer_model, 0)[:3] == ["DUPRÉ Anne", "externe", "anne@ex.fr"]
    assert "réservation" in tab.ui.noteLabel.text()

    office.resources.save_room(RoomData(name="Salle Saône", capacity=6, accessible=False))
    assert tab.room_model.rowCount() == 2
    assert tab.ui.resourceTabs.tabText(0) == "Salles (2)"
    rows = [texts(tab.room_model, r)[:4] for r in range(2)]
    assert ["Salle Saône", "", "6", "non"] in rows
