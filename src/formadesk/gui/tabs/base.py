"""What every tab shares: the office, the change signal, and refreshing only when needed."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from formadesk.core.changes import Change
from formadesk.core.office import Office

from ..bus import ChangeSignal

_deferring = 0


@contextmanager
def first_load_when_shown() -> Iterator[None]:
    """Tabs built inside this block load their data when first shown, not when built.

    The main window builds its six tabs this way, so that starting up reads only what the
    first visible tab shows. A tab built elsewhere (a test, a dialog) loads at once.
    """
    global _deferring
    _deferring += 1
    try:
        yield
    finally:
        _deferring -= 1


class RefreshingTab(QWidget):
    """A tab that reloads when a Change touches one of ``watched`` (or "all").

    A hidden tab only notes that it is out of date and reloads when it is shown again, so that a
    burst of changes (an import, a restore) costs one reload per visible tab.
    """

    watched: tuple[str, ...] = ()

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("refresh")
        if own is None:
            return

        @functools.wraps(own)
        def refresh(self: RefreshingTab, *args, **kw):
            if _deferring and not self._loaded and not self.isVisible():
                self._stale = True  # built by the main window, hidden: load on first show
                return None
            self._loaded = True
            return own(self, *args, **kw)

        cls.refresh = refresh

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.bus = bus
        self._stale = False
        self._loaded = False
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
