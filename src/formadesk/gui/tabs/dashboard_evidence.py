"""The dashboard's « Preuves de présence manquantes »: across sessions, the recent half-days
whose attendance is not entered, not evidenced (no signature, no scan) or lacks the trainer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..models.simple import ID_ROLE

LOOK_BACK_DAYS = 60  # older gaps belong to the yearly checks, not to the morning's list
SLOT_ROLE = Qt.ItemDataRole.UserRole + 1


class MissingEvidencePanel(QGroupBox):
    """Double-click a line: the session's attendance sheet opens on that half-day."""

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.bus = bus
        self.list = QListWidget(self)
        self.list.setObjectName("missingEvidenceList")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.list.itemDoubleClicked.connect(self.open_sheet)
        bus.changed.connect(self._on_change)
        self.refresh()

    def _on_change(self, change) -> None:
        if change.touches("attendance", "session", "enrollment", "slot"):
            self.refresh()

    def refresh(self, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        since = today - dt.timedelta(days=LOOK_BACK_DAYS)
        found = self.office.attendance.missing_evidence(today=today, since=since)
        self.list.clear()
        for gap in reversed(found):  # the most recent first
            item = QListWidgetItem(f"{gap.session_code} — {gap.half_day} : {gap.text}")
            item.setData(ID_ROLE, gap.session_id)
            item.setData(SLOT_ROLE, gap.slot_id)
            item.setToolTip(self.tr("Double-cliquez pour ouvrir la feuille de présence."))
            self.list.addItem(item)
        if not found:
            item = QListWidgetItem(
                self.tr("Aucune preuve ne manque sur les {n} derniers jours.").format(
                    n=LOOK_BACK_DAYS
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self.setTitle(
            self.tr("Preuves de présence manquantes ({n}, {days} derniers jours)").format(
                n=len(found), days=LOOK_BACK_DAYS
            )
        )

    def open_sheet(self, item: QListWidgetItem) -> None:
        session_id = item.data(ID_ROLE)
        if session_id is None:
            return
        from ..attendance import open_attendance

        open_attendance(
            self.office, session_id, self.window(), bus=self.bus, slot_id=item.data(SLOT_ROLE)
        )
