"""The small questions the grid asks: minutes attended, an abandon's date and motif."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.services.attendance import HalfDay
from formadesk.core.vocabulary import ATTENDANCE_STATUSES

from .entries import header_date, tr


def minutes_dialog(
    parent: QWidget, status: str, half_day: HalfDay, who: str, current: int | None
) -> QInputDialog:
    """« Minutes réellement suivies » with the half-day's duration, from 1 to one less than it
    (the core checks the value again on save)."""
    planned = half_day.planned_minutes
    dialog = QInputDialog(parent)
    dialog.setObjectName("minutesDialog")
    dialog.setWindowTitle(ATTENDANCE_STATUSES.get(status, status))
    dialog.setInputMode(QInputDialog.InputMode.IntInput)
    # the core's rule (part of the half-day): the box refuses what the save would refuse
    dialog.setIntRange(1, max(1, planned - 1))
    dialog.setIntStep(5)
    dialog.setIntValue(current if current is not None else max(1, planned - 15))
    dialog.setLabelText(
        tr(
            "{who}, {half_day} ({hours}).\n"
            "La demi-journée dure {planned} ({minutes} min).\n\n"
            "Minutes réellement suivies :"
        ).format(
            who=who,
            half_day=header_date(half_day),
            hours=half_day.hours_label,
            planned=fmt.hours(planned),
            minutes=planned,
        )
    )
    return dialog


class DropOutDialog(QDialog):
    """An abandon: the last day attended and the motif (both go to the funder's file)."""

    def __init__(self, parent: QWidget, who: str, day: dt.date, today: dt.date):
        super().__init__(parent)
        self.setObjectName("dropOutDialog")
        self.setWindowTitle(tr("Abandon de {who}").format(who=who))
        layout = QFormLayout(self)
        intro = QLabel(
            tr(
                "L'apprenant quitte la formation pour de bon. Les demi-journées après la date "
                "indiquée seront notées « Abandon »."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.date_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(tr("Par exemple : a retrouvé un emploi"))
        layout.addRow(tr("&Date de l'abandon :"), self.date_edit)
        layout.addRow(tr("&Motif :"), self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def answer(self) -> tuple[dt.date, str]:
        return self.date_edit.date().toPython(), self.reason_edit.text().strip()
