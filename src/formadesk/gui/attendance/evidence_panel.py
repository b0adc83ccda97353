"""« Preuves manquantes »: the held half-days whose attendance or evidence is incomplete."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from formadesk.core.services.attendance import MissingEvidence

from .entries import tr


class MissingEvidencePanel(QGroupBox):
    """One line per half-day; activating a line puts the grid's cursor on that half-day."""

    slot_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missingEvidencePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.list = QListWidget()
        self.list.setObjectName("missingEvidenceList")
        self.list.itemActivated.connect(self._chosen)
        self.list.itemDoubleClicked.connect(self._chosen)
        layout.addWidget(self.list)

    def show_rows(self, rows: Sequence[MissingEvidence]) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.half_day} : {row.text}")
            item.setData(Qt.ItemDataRole.UserRole, row.slot_id)
            self.list.addItem(item)
        if rows:
            self.setTitle(tr("Preuves manquantes ({n})").format(n=len(rows)))
        else:
            self.setTitle(tr("Preuves manquantes : aucune, tout est saisi et prouvé."))

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        self.slot_chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))
