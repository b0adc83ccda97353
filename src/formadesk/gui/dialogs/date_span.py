"""A start and an end date field: the end follows the start until the user sets it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QLabel

from formadesk.core import formatting as fmt

PROBLEM_STYLE = "color: #c0392b;"


class DateSpan(QObject):
    """Keeps the length of a period while its end has not been touched by the user.

    Moving the start moves an untouched end by the same number of days. Once the user types
    or picks an end date, the end is theirs and is never overwritten. An end before the start
    is said in ``label`` (in French, next to the fields), never silently replaced.
    """

    def __init__(self, start: QDateEdit, end: QDateEdit, label: QLabel):
        super().__init__(start)
        self.start, self.end, self.label = start, end, label
        self.end_set_by_user = False
        self._setting = False
        self._previous_start = start.date().toPython()
        label.setStyleSheet(PROBLEM_STYLE)
        label.setWordWrap(True)
        label.hide()
        start.dateChanged.connect(self._start_changed)
        end.dateChanged.connect(self._end_changed)

    def reset(self, start: dt.date, end: dt.date) -> None:
        """Show a period as loaded: the end follows the start again."""
        self._set(self.start, start)
        self._previous_start = start
        self._set(self.end, end)
        self.end_set_by_user = False
        self.check()

    def suggest_end(self, end: dt.date) -> None:
        """An end the dialog proposes (from a course's length): only if the user set none."""
        if not self.end_set_by_user:
            self._set(self.end, end)
        self.check()

    def problem(self) -> str | None:
        start, end = self.start.date().toPython(), self.end.date().toPython()
        if end >= start:
            return None
        return self.tr(
            "La date de fin ({end}) est avant la date de début ({start}) : corrigez l'une des deux."
        ).format(end=fmt.date_short(end), start=fmt.date_short(start))

    def check(self) -> None:
        message = self.problem()
        self.label.setText(message or "")
        self.label.setVisible(message is not None)

    def _set(self, edit: QDateEdit, day: dt.date) -> None:
        self._setting = True
        try:
            edit.setDate(QDate(day))
        finally:
            self._setting = False

    def _start_changed(self, new: QDate) -> None:
        start = new.toPython()
        delta = start - self._previous_start
        self._previous_start = start
        if not self._setting and not self.end_set_by_user:
            self._set(self.end, self.end.date().toPython() + delta)
        self.check()

    def _end_changed(self, _new: QDate) -> None:
        if not self._setting:
            self.end_set_by_user = True
        self.check()
