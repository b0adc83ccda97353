"""On-screen signing of one half-day (« Signer à l'écran… »): the exit code, then full screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office

from .lock import ExitCodeDialog, ExitCodePage
from .pad import SignaturePad
from .window import SigningWindow, now_to_the_second

__all__ = ["ExitCodeDialog", "ExitCodePage", "SignaturePad", "SigningWindow", "start_signing"]


def start_signing(
    office: Office,
    session_id: int,
    slot_id: int,
    parent: QWidget | None = None,
    *,
    now: Callable[[], dt.datetime] = now_to_the_second,
    full_screen: bool = True,
) -> ExitCodeDialog:
    """Ask for the exit code (window-modal, not blocking), then open the signing window.

    The window, once open, is kept as ``dialog.signing_window``.
    """
    dialog = ExitCodeDialog(parent)

    def enter() -> None:
        window = SigningWindow(
            office, session_id, slot_id, exit_code=dialog.code.text(), now=now, parent=parent
        )
        dialog.signing_window = window
        window.left.connect(window.deleteLater)
        if full_screen:
            window.showFullScreen()
        else:
            window.show()
        window.activateWindow()

    dialog.accepted.connect(enter)
    dialog.open()
    return dialog
