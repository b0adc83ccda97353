"""Checkable lists: courses of a trainer, trainers of a booking, equipment with quantities."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core.services.resources import EquipmentRow

ID_ROLE = Qt.ItemDataRole.UserRole


def fill_checklist(
    view: QListWidget, items: Iterable[tuple[int, str]], checked: Iterable[int] = ()
) -> None:
    """Replace a list's items by checkable (id, label) items; ``checked`` ids start ticked."""
    ticked = set(checked)
    view.clear()
    for item_id, label in items:
        item = QListWidgetItem(label, view)
        item.setData(ID_ROLE, item_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked)


def show_first_checked(view: QListWidget) -> None:
    """Scroll a long list to its first ticked item, so that a reopened record shows its choice."""
    for i in range(view.count()):
        if view.item(i).checkState() == Qt.CheckState.Checked:
            view.scrollToItem(view.item(i))
            return


def checked_ids(view: QListWidget) -> list[int]:
    """Ids of the ticked items, in list order."""
    return [
        view.item(i).data(ID_ROLE)
        for i in range(view.count())
        if view.item(i).checkState() == Qt.CheckState.Checked
    ]


def set_checked_ids(view: QListWidget, ids: Iterable[int]) -> None:
    wanted = set(ids)
    for i in range(view.count()):
        item = view.item(i)
        item.setCheckState(
            Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked
        )


def filter_list(view: QListWidget, text: str) -> None:
    """Hide the items whose label does not contain ``text`` (ticked items always stay)."""
    wanted = text.strip().casefold()
    for i in range(view.count()):
        item = view.item(i)
        keep = not wanted or wanted in item.text().casefold()
        item.setHidden(not keep and item.checkState() != Qt.CheckState.Checked)


NAME, KIND, QUANTITY = range(3)


class QuantityTable(QTableWidget):
    """Equipment rows, each with a check box and a quantity (installed in a room, for a jury).

    Changing a quantity ticks its row: typing "2" next to a projector means "I want two".
    """

    quantitiesChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Matériel"), self.tr("Type"), self.tr("Quantité")])
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUANTITY, QHeaderView.ResizeMode.Fixed)
        self.setColumnWidth(QUANTITY, 90)
        self.itemChanged.connect(lambda _item: self.quantitiesChanged.emit())

    def set_equipment(self, rows: Iterable[EquipmentRow]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for row in rows:
            position = self.rowCount()
            self.insertRow(position)
            name = QTableWidgetItem(row.name)
            name.setData(ID_ROLE, row.id)
            name.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            name.setCheckState(Qt.CheckState.Unchecked)
            self.setItem(position, NAME, name)
            kind = QTableWidgetItem(row.kind_label)
            kind.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.setItem(position, KIND, kind)
            spin = QSpinBox()
            spin.setRange(1, max(9999, row.quantity))
            spin.setFrame(False)
            spin.setToolTip(self.tr("{n} en stock").format(n=row.quantity))
            spin.valueChanged.connect(lambda _v, item=name: self._tick(item))
            self.setCellWidget(position, QUANTITY, spin)
        self.blockSignals(False)

    def _tick(self, item: QTableWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Checked)
        self.quantitiesChanged.emit()

    def set_quantities(self, quantities: dict[int, int]) -> None:
        """Tick the rows of these equipment ids with their quantity; untick the others."""
        self.blockSignals(True)
        for position in range(self.rowCount()):
            item = self.item(position, NAME)
            equipment_id = item.data(ID_ROLE)
            spin = self.cellWidget(position, QUANTITY)
            spin.blockSignals(True)
            spin.setValue(quantities.get(equipment_id, 1))
            spin.blockSignals(False)
            checked = equipment_id in quantities
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def quantities(self) -> dict[int, int]:
        """Equipment id -> quantity, for the ticked rows."""
        result = {}
        for position in range(self.rowCount()):
            item = self.item(position, NAME)
            if item.checkState() == Qt.CheckState.Checked:
                result[item.data(ID_ROLE)] = self.cellWidget(position, QUANTITY).value()
        return result

    def set_quantity(self, equipment_id: int, quantity: int) -> bool:
        """Tick one row with this quantity; True when the equipment is listed."""
        for position in range(self.rowCount()):
            if self.item(position, NAME).data(ID_ROLE) == equipment_id:
                self.cellWidget(position, QUANTITY).setValue(quantity)
                self.item(position, NAME).setCheckState(Qt.CheckState.Checked)
                return True
        return False
