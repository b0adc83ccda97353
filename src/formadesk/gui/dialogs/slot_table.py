"""The editable table of a session's slots, inside the session dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
)

from formadesk.core.services.resources import RoomRow
from formadesk.core.services.sessions import MORNING, SlotData, slot_modality
from formadesk.core.vocabulary import MODALITIES

DATE, START, END, MODALITY, ROOM = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole
SLOT_MODALITIES = ("presentiel", "distanciel")  # a mixed session mixes these two


class SlotTableEditor(QObject):
    """Puts editors in each row of ``table`` and reads them back as SlotData.

    Each row keeps the slot's id (in the date cell's item) so that saving updates existing
    slots instead of replacing them: slots with attendance cannot be deleted. The modality
    column shows the session's modality; only a mixed session lets each slot choose.
    """

    changed = Signal()

    def __init__(self, table: QTableWidget, rooms: list[RoomRow]):
        super().__init__(table)
        self.table = table
        self.session_modality = "presentiel"
        table.insertColumn(MODALITY)
        table.setHorizontalHeaderItem(MODALITY, QTableWidgetItem(self.tr("Modalité")))
        self.rooms = [(r.id, f"{r.name} ({r.site})" if r.site else r.name) for r in rooms]
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.setColumnWidth(DATE, 190)
        table.setColumnWidth(START, 90)
        table.setColumnWidth(END, 90)
        table.setColumnWidth(MODALITY, 110)

    def set_session_modality(self, modality: str | None) -> None:
        """Slots follow a remote or on-site session; a mixed one lets each slot choose."""
        self.session_modality = modality or "presentiel"
        mixed = self.session_modality == "mixte"
        for row in range(self.table.rowCount()):
            combo = self._modality_combo(row)
            if not mixed:
                combo.setCurrentIndex(combo.findData(slot_modality(self.session_modality, None)))
            combo.setEnabled(mixed)

    def _modality_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, MODALITY)

    def set_slots(self, slots: list[SlotData]) -> None:
        self.table.setRowCount(0)
        for slot in slots:
            self.append(slot)
        self.changed.emit()

    def append(self, slot: SlotData) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        holder = QTableWidgetItem()
        holder.setData(ID_ROLE, slot.id)
        self.table.setItem(row, DATE, holder)
        date_edit = QDateEdit(slot.date)
        date_edit.setCalendarPopup(True)
        date_edit.setDisplayFormat("ddd dd/MM/yyyy")
        date_edit.setFrame(False)
        self.table.setCellWidget(row, DATE, date_edit)
        for column, value in ((START, slot.start_time), (END, slot.end_time)):
            time_edit = QTimeEdit(value)
            time_edit.setDisplayFormat("HH:mm")
            time_edit.setFrame(False)
            time_edit.timeChanged.connect(self.changed)
            self.table.setCellWidget(row, column, time_edit)
        modality_combo = self._new_modality_combo(slot.modality)
        self.table.setCellWidget(row, MODALITY, modality_combo)
        combo = QComboBox()
        combo.setFrame(False)
        combo.addItem(self.no_room_label(modality_combo.currentData()), None)
        for room_id, label in self.rooms:
            combo.addItem(label, room_id)
        if slot.room_id is not None:
            index = combo.findData(slot.room_id)
            if index < 0:  # an inactive room: keep it rather than lose it silently
                combo.addItem(self.tr("Salle n° {n}").format(n=slot.room_id), slot.room_id)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        self.table.setCellWidget(row, ROOM, combo)
        modality_combo.currentIndexChanged.connect(
            lambda _i, rooms=combo, kinds=modality_combo: rooms.setItemText(
                0, self.no_room_label(kinds.currentData())
            )
        )
        date_edit.dateChanged.connect(self.changed)

    def no_room_label(self, modality: str | None) -> str:
        """A remote slot needs no room; an on-site one without a room has one to book."""
        if modality == "distanciel":
            return self.tr("— aucune (à distance) —")
        return self.tr("— à réserver —")

    def _new_modality_combo(self, given: str | None) -> QComboBox:
        mixed = self.session_modality == "mixte"
        modality = slot_modality(self.session_modality, given if mixed else None)
        combo = QComboBox()
        combo.setFrame(False)
        for key in SLOT_MODALITIES:
            combo.addItem(MODALITIES[key], key)
        combo.setCurrentIndex(max(combo.findData(modality), 0))
        combo.setEnabled(mixed)
        combo.setToolTip(
            self.tr("Chaque séance d'une session mixte est en présentiel ou à distance.")
            if mixed
            else self.tr("Les séances suivent la modalité de la session.")
        )
        return combo

    def add_after_last(self, fallback: dt.date) -> None:
        """A new morning slot on the day after the last one (or on ``fallback``)."""
        slots = self.slots()
        day = slots[-1].date + dt.timedelta(days=1) if slots else fallback
        room = slots[-1].room_id if slots else None
        modality = slots[-1].modality if slots else None  # None: the session's
        self.append(SlotData(day, MORNING[0], MORNING[1], room_id=room, modality=modality))
        self.table.selectRow(self.table.rowCount() - 1)
        self.changed.emit()

    def remove_current(self) -> bool:
        row = self.table.currentRow()
        if row < 0:
            return False
        self.table.removeRow(row)
        self.changed.emit()
        return True

    def first_room(self) -> int | None:
        for slot in self.slots():
            if slot.room_id is not None:
                return slot.room_id
        return None

    def slots(self) -> list[SlotData]:
        result = []
        for row in range(self.table.rowCount()):
            result.append(
                SlotData(
                    date=self.table.cellWidget(row, DATE).date().toPython(),
                    start_time=self.table.cellWidget(row, START).time().toPython(),
                    end_time=self.table.cellWidget(row, END).time().toPython(),
                    id=self.table.item(row, DATE).data(ID_ROLE),
                    room_id=self.table.cellWidget(row, ROOM).currentData(),
                    modality=self._modality_combo(row).currentData(),
                )
            )
        return result
