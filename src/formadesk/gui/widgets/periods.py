"""An editable list of unavailable periods (works, maintenance, leave), shared by two dialogs.

The room and trainer dialogs promote a placeholder of their .ui form to ``PeriodsEditor``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.services.resource_records import Period

START, END, REASON = range(3)
DATETIME_FORMAT = "ddd dd/MM/yyyy HH:mm"


def _datetime_edit(value: dt.datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setFrame(False)
    return edit


class PeriodsEditor(QWidget):
    """A table of periods (start, end, reason) with "Ajouter" and "Retirer" buttons.

    It does not check the periods itself: the core refuses an end before its start, and the
    dialog outlines this widget with the core's French message.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("periodsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Début"), self.tr("Fin"), self.tr("Motif")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(START, 170)
        self.table.setColumnWidth(END, 170)
        self.add_button = QPushButton(self.tr("&Ajouter une période"), self)
        self.add_button.setObjectName("addPeriodButton")
        self.remove_button = QPushButton(self.tr("Re&tirer la période"), self)
        self.remove_button.setObjectName("removePeriodButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_period())
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- content --------------------------------------------------------------------------
    def set_periods(self, periods: list[Period]) -> None:
        self.table.setRowCount(0)
        for period in periods:
            self.add_period(period, select=False)
        self._update_buttons()

    def periods(self) -> list[Period]:
        """The periods as typed, in table order (empty reasons allowed)."""
        result = []
        for row in range(self.table.rowCount()):
            start = self.table.cellWidget(row, START).dateTime().toPython()
            end = self.table.cellWidget(row, END).dateTime().toPython()
            reason = self.table.cellWidget(row, REASON).text().strip()
            result.append(Period(start.replace(second=0), end.replace(second=0), reason))
        return result

    def add_period(self, period: Period | None = None, *, select: bool = True) -> None:
        """Append a period; by default a whole working day, tomorrow."""
        if period is None:
            tomorrow = dt.date.today() + dt.timedelta(days=1)
            period = Period(
                dt.datetime.combine(tomorrow, dt.time(8)),
                dt.datetime.combine(tomorrow, dt.time(18)),
            )
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in ((START, period.starts_at), (END, period.ends_at)):
            edit = _datetime_edit(value)
            edit.dateTimeChanged.connect(self.changed)
            self.table.setCellWidget(row, column, edit)
        reason = QLineEdit(period.reason)
        reason.setFrame(False)
        reason.setPlaceholderText(self.tr("ex. travaux, maintenance, congés"))
        reason.textChanged.connect(self.changed)
        self.table.setCellWidget(row, REASON, reason)
        if select:
            self.table.selectRow(row)
            reason.setFocus()
        self.changed.emit()
        self._update_buttons()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        for row in rows:
            self.table.removeRow(row)
        self.changed.emit()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)

    def setStyleSheet(self, style: str) -> None:  # noqa: N802 - Qt override
        # FormDialog outlines a wrong field with a style sheet: put it on the table only.
        self.table.setStyleSheet(style)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt override
        self.table.setToolTip(text)
