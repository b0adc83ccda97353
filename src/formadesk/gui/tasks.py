"""Running slow work (building the demo, an Excel export) off the UI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")


def run_with_progress(
    parent: QWidget | None,
    text: str,
    func: Callable[..., T],
    *args: Any,
    reports_progress: bool = False,
    **kwargs: Any,
) -> T:
    """Run ``func`` in a worker thread behind a progress dialog; return its result.

    The window stays painted meanwhile; an exception raised by ``func`` is raised again here,
    on the UI thread. With ``reports_progress``, ``func`` also gets ``progress=callback`` and
    may call ``callback(message, fraction)`` from its thread. ``func`` must not touch widgets.
    """
    outcome: dict[str, Any] = {}
    latest: dict[str, Any] = {}

    def progress(message: str, fraction: float) -> None:
        latest["state"] = (message, fraction)  # read by the UI thread's timer

    def work() -> None:
        try:
            extra = {"progress": progress} if reports_progress else {}
            outcome["value"] = func(*args, **kwargs, **extra)
        except BaseException as error:  # noqa: BLE001 - handed back to the UI thread
            outcome["error"] = error

    dialog = QProgressDialog(text, "", 0, 100 if reports_progress else 0, parent)
    dialog.setWindowTitle("Formadesk")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(400)
    dialog.setValue(0)
    loop = QEventLoop()
    thread = threading.Thread(target=work, name="formadesk-task", daemon=True)

    def poll() -> None:
        if "state" in latest:
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
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
