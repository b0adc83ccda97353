"""The one application-wide change signal: the core's ChangeBus re-emitted as a Qt signal."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from formadesk.core.changes import Change
from formadesk.core.office import Office


class ChangeSignal(QObject):
    """Emits ``changed(Change)``, always on the UI thread, after every mutating facade call.

    A change made by a worker thread (a batch of documents ...) is queued to the UI thread, so
    every receiver, plain Python callables included, runs where widgets may be touched.
    """

    changed = Signal(object)
    _from_worker = Signal(object)

    def __init__(self, office: Office, parent: QObject | None = None):
        super().__init__(parent)
        self._office = office
        self._from_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        office.changes.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        if QThread.currentThread() is self.thread():
            self.changed.emit(change)
        else:
            self._from_worker.emit(change)

    @Slot(object)
    def _deliver(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._office.changes.unsubscribe(self._forward)
