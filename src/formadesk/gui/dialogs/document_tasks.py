"""A variant of ``gui.tasks.run_with_progress`` whose progress dialog has an « Annuler » button."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_cancellable(
    parent: QWidget | None, text: str, func: Callable[..., T], *args: Any, **kwargs: Any
) -> T | None:
    """Run ``func(*args, progress=…, cancelled=…, **kwargs)`` in a worker thread.

    ``progress(message, fraction)`` and ``cancelled()`` may be called from the worker; the
    dialog's « Annuler » makes ``cancelled()`` true. Returns ``func``'s result, or None when
    the user cancelled; an exception raised by ``func`` is raised again here, on the UI thread.
    ``func`` must not touch widgets.
    """
    outcome: dict[str, Any] = {}
    latest: dict[str, tuple[str, float]] = {}
    stop = threading.Event()

    def progress(message: str, fraction: float) -> None:
        latest["state"] = (message, fraction)  # read by the UI thread's timer

    def work() -> None:
        try:
            outcome["value"] = func(*args, progress=progress, cancelled=stop.is_set, **kwargs)
        except BaseException as error:  # noqa: BLE001 - handed back to the UI thread
            outcome["error"] = error

    cancel_text = QCoreApplication.translate("DocumentTasks", "Annuler")
    dialog = QProgressDialog(text, cancel_text, 0, 100, parent)
    dialog.setObjectName("cancellableProgress")
    dialog.setWindowTitle("Formadesk")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(300)
    dialog.canceled.connect(stop.set)
    dialog.setValue(0)
    loop = QEventLoop()
    thread = threading.Thread(target=work, name="formadesk-document-task", daemon=True)

    def poll() -> None:
        if "state" in latest and not stop.is_set():
            message, fraction = latest.pop("state")
            dialog.setLabelText(message or text)
            dialog.setValue(max(0, min(99, round(fraction * 100))))
        if not thread.is_alive():
            loop.quit()

    timer = QTimer()
    timer.setInterval(30)
    timer.timeout.connect(poll)
    thread.start()
    timer.start()
    loop.exec()
    timer.stop()
    cancelled = stop.is_set()  # read before close(): closing a QProgressDialog emits canceled
    dialog.canceled.disconnect(stop.set)
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return None if cancelled else outcome.get("value")
