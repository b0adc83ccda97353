"""The one application-wide change signal: the core's ChangeBus re-emitted as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from formadesk.core.changes import Change
from formadesk.core.office import Office


class ChangeSignal(QObject):
    """Emits ``changed(Change)`` on the UI thread after every mutating facade call."""

    changed = Signal(object)

    def __init__(self, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self._office = office
        office.changes.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._office.changes.unsubscribe(self._forward)
