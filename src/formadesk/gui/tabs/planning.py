"""The planning tab, first step: the slots of one week, with week navigation."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..forms.ui_planning_tab import Ui_PlanningTab
from ..models.planning import CONTEXT, PLANNING_COLUMNS, PlanningLine, planning_lines
from ..models.simple import ID_ROLE, RowTableModel
from ..widgets.tables import fit_columns, setup_table
from .base import RefreshingTab


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _day_month(day: dt.date) -> str:
    """« 1er mars », « 23 novembre »."""
    text = fmt.date_medium(day).rsplit(" ", 1)[0]
    return "1er" + text[1:] if day.day == 1 else text


def week_bounds(monday: dt.date) -> tuple[str, str]:
    """(« 23 », « 29 novembre 2026 »), (« 30 novembre », « 6 décembre 2026 ») ..."""
    sunday = monday + dt.timedelta(days=6)
    if monday.year != sunday.year:
        start = f"{_day_month(monday)} {monday.year}"
    elif monday.month != sunday.month:
        start = _day_month(monday)
    else:
        start = "1er" if monday.day == 1 else str(monday.day)
    return start, f"{_day_month(sunday)} {sunday.year}"


class PlanningTab(RefreshingTab):
    """The week's slots: day, times, session, course, room, trainers.

    Double-clicking a slot emits ``session_requested(session id)`` for the main window.
    """

    watched = ("slot", "session", "room", "trainer", "course", "booking", "planning")
    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_PlanningTab()
        ui.setupUi(self)
        self.monday = monday_of(dt.date.today())
        self.model: RowTableModel[PlanningLine] = RowTableModel(PLANNING_COLUMNS, CONTEXT, self)
        setup_table(ui.slotTable, self.model, sortable=False, stretch_column=3)
        ui.previousButton.clicked.connect(lambda: self.show_week(self.monday - dt.timedelta(7)))
        ui.nextButton.clicked.connect(lambda: self.show_week(self.monday + dt.timedelta(7)))
        ui.todayButton.clicked.connect(lambda: self.show_week(dt.date.today()))
        ui.slotTable.doubleClicked.connect(
            lambda index: self.session_requested.emit(index.data(ID_ROLE))
        )
        self.refresh()

    def show_week(self, day: dt.date) -> None:
        """Show the week that contains ``day``."""
        self.monday = monday_of(day)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        sunday = self.monday + dt.timedelta(days=6)
        start, end = week_bounds(self.monday)
        ui.weekLabel.setText(self.tr("Semaine du {start} au {end}").format(start=start, end=end))
        slots = self.office.resources.slots_between(self.monday, sunday)
        self.model.set_rows(planning_lines(slots))
        ui.stack.setCurrentWidget(ui.slotTable if slots else ui.emptyLabel)
        sessions = len({s.session_id for s in slots})
        ui.countLabel.setText(
            self.tr("{n} séance(s), {m} session(s)").format(n=len(slots), m=sessions)
            if slots
            else ""
        )
        ui.todayButton.setEnabled(self.monday != monday_of(dt.date.today()))
        fit_columns(ui.slotTable, skip=3)
