"""The attendance sheet of a session (learners × half-days), over ``office.attendance``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..messages import show_error
from .dialog import AttendanceDialog
from .grid_model import AttendanceGridModel

__all__ = ["AttendanceDialog", "AttendanceGridModel", "close_sheets", "open_attendance"]

_open: dict[int, AttendanceDialog] = {}


def open_attendance(
    office: Office,
    session_id: int,
    parent: QWidget | None = None,
    *,
    bus: ChangeSignal | None = None,
    slot_id: int | None = None,
    today: dt.date | None = None,
) -> AttendanceDialog | None:
    """Show the session's sheet (the one already open, if any), on ``slot_id``'s half-day."""
    dialog = _open.get(session_id)
    if dialog is not None and dialog.office is office:
        if slot_id is not None:
            dialog.go_to_slot(slot_id)
        dialog.showNormal() if dialog.isMinimized() else dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
    try:
        dialog = AttendanceDialog(
            office, session_id, bus=bus, slot_id=slot_id, today=today, parent=parent
        )
    except FormadeskError as error:
        show_error(parent, error)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[session_id] = dialog
    dialog.destroyed.connect(lambda _obj=None, s=session_id: _open.pop(s, None))
    dialog.show()
    return dialog


def close_sheets(office: Office) -> bool:
    """Close the open sheets of ``office``, asking about unsaved marks; False if one stays."""
    for dialog in [d for d in _open.values() if d.office is office]:
        if not dialog.close():
            dialog.raise_()
            dialog.activateWindow()
            return False
    return True
