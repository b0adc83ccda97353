"""What every tab shares: the office, the change signal, and refreshing only when needed."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from formadesk.core.changes import Change
from formadesk.core.office import Office

from ..bus import ChangeSignal


class RefreshingTab(QWidget):
    """A tab that reloads when a Change touches one of ``watched`` (or "all").

    A hidden tab only notes that it is out of date and reloads when it is shown again, so that a
    burst of changes (an import, a restore) costs one reload per visible tab.
    """

    watched: tuple[str, ...] = ()

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.bus = bus
        self._stale = False
        bus.changed.connect(self._on_changed)

    def refresh(self) -> None:  # pragma: no cover - abstract
        """Reload what the tab shows from the office."""
        raise NotImplementedError

    def on_change(self, change: Change) -> None:
        """Called for each relevant change while visible; reloads everything by default."""
        self.refresh()

    def _on_changed(self, change: Change) -> None:
        if not change.touches(*self.watched, "all"):
            return
        if self.isVisible():
            self.on_change(change)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
