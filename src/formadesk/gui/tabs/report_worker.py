"""What the pages of the « Bilans » tab share: figures computed in a worker thread (the latest
request wins), the period picked with two dates, and short read-only tables of text.

A year of a ten-year office reads tens of thousands of rows: the page stays responsive, says
« Calcul… » meanwhile, and shows the figures of the period last asked for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change

from .base import RefreshingTab

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="formadesk-report")


def last_year(today: dt.date) -> tuple[dt.date, dt.date]:
    """The calendar year before today's (the « Année dernière » buttons)."""
    return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)


class BackgroundFigures(QObject):
    """Runs ``compute(*args)`` in a worker; ``done(result)`` or ``failed(error)`` on the UI
    thread. Asked again while running, it runs once more with the last arguments only."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, compute: Callable[..., Any], parent: QObject | None = None):
        super().__init__(parent)
        self._compute = compute
        self._running: Future | None = None
        self._wanted: tuple | None = None
        self._poll = QTimer(self, interval=40)
        self._poll.timeout.connect(self._collect)

    def ask(self, *args: Any) -> None:
        if self._running is not None:
            self._wanted = args
            return
        self._wanted = None
        self._running = _WORKER.submit(self._compute, *args)
        self._poll.start()

    def running(self) -> bool:
        return self._running is not None

    def _collect(self) -> None:
        future = self._running
        if future is None or not future.done():
            return
        self._poll.stop()
        self._running = None
        if self._wanted is not None:
            self.ask(*self._wanted)
            return
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.done.emit(future.result())


class PeriodPage(RefreshingTab):
    """A page of figures over a period: ``ui.startEdit`` and ``ui.endEdit``, a red
    ``ui.periodProblemLabel`` saying what is wrong with it, and buttons that need a right one.
    A wrong period is said at once, the figures of the previous one greyed (``views``); the
    figures follow once the typing pauses."""

    def setup_period(self, buttons: Sequence[QPushButton], views: Sequence[QWidget] = ()) -> None:
        self._period_buttons = tuple(buttons)
        self._period_views = tuple(views)
        self._later = QTimer(self, singleShot=True, interval=250)  # typing a date: once
        self._later.timeout.connect(self.refresh)
        self.ui.periodProblemLabel.setStyleSheet("color: #c0392b;")
        self.ui.periodProblemLabel.hide()
        self.ui.startEdit.dateChanged.connect(self._date_edited)
        self.ui.endEdit.dateChanged.connect(self._date_edited)

    def set_period(self, start: dt.date, end: dt.date) -> None:
        for edit, day in ((self.ui.startEdit, start), (self.ui.endEdit, end)):
            blocked = edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(blocked)
        self.refresh()

    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.startEdit.date().toPython(), self.ui.endEdit.date().toPython()

    def period_problem(self, start: dt.date, end: dt.date) -> str:
        """What is wrong with the period, in French; "" when nothing is."""
        if end < start:
            return self.tr(
                "La fin de la période ({end}) est avant son début ({start}) : corrigez l'une "
                "des deux."
            ).format(end=fmt.date_short(end), start=fmt.date_short(start))
        if start > dt.date.today():
            return self.tr(
                "La période commence après aujourd'hui : rien n'a encore été réalisé. "
                "Choisissez une période passée ou en cours."
            )
        return ""

    def period_ok(self) -> bool:
        problem = self.period_problem(*self.period())
        self.ui.periodProblemLabel.setText(problem)
        self.ui.periodProblemLabel.setVisible(bool(problem))
        for widget in (*self._period_buttons, *self._period_views):
            widget.setEnabled(not problem)
        return not problem

    # Exports of the period: ``exports`` maps a format to (dialog title, file filter); the file
    # is offered as « <export_stem> du JJ-MM-AAAA au JJ-MM-AAAA.<format> ».
    exports: dict[str, tuple[str, str]] = {}
    export_stem = ""

    def ask_export_path(self, file_format: str) -> Path | None:
        """Where to write the export (tests replace this)."""
        from ..dialogs.bpf_trace_dialog import ask_save_path

        title, file_filter = self.exports[file_format]
        start, end = self.period()
        name = f"{self.export_stem} du {start:%d-%m-%Y} au {end:%d-%m-%Y}.{file_format}"
        return ask_save_path(self, self.tr(title), name, self.tr(file_filter))

    def export_path(self, file_format: str) -> Path | None:
        """The file to write, with its extension; None for a wrong period or a cancel."""
        if not self.period_ok():
            return None
        path = self.ask_export_path(file_format)
        if path is not None and not path.suffix:
            path = path.with_suffix(f".{file_format}")
        return path

    def _date_edited(self) -> None:
        if self.period_ok():
            self._later.start()

    def on_change(self, change: Change) -> None:
        self._later.start()


def fill_table(
    table: QTableWidget,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    right: Sequence[int] = (),
) -> None:
    """Replace a table's content by text rows; ``right`` columns aligned right (amounts)."""
    table.clear()
    table.setColumnCount(len(header))
    table.setHorizontalHeaderLabels(list(header))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(RIGHT)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
