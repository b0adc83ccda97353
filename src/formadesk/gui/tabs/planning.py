"""The planning tab: week, month and resource timeline, with moves, checks and exports."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.services.resources import SlotRow

from ..bus import ChangeSignal
from ..forms.ui_planning_tab import Ui_PlanningTab
from ..widgets.calendar_month import MonthView
from ..widgets.calendar_week import WeekView
from ..widgets.inputs import fill_combo
from ..widgets.timeline import TimelineView
from .base import RefreshingTab
from .planning_actions import PlanningActions
from .planning_exports import PlanningExports
from .planning_filters import PlanningFilters
from .planning_moves import SlotMover
from .planning_period import (
    View,
    monday_of,
    month_title,
    period_of,
    range_bounds,
    shown_days,
    step,
    week_bounds,
)

__all__ = ["PlanningTab", "monday_of", "week_bounds"]


class PlanningTab(PlanningActions, RefreshingTab):
    """All slots as a week calendar, a month grid or a room/trainer timeline.

    Double-clicking a slot emits ``session_requested(session id)``. Moves (drag and drop in the
    week, or « Déplacer… ») go through the conflict check and onto an undo stack (Ctrl+Z/Ctrl+Y).
    """

    watched = ("slot", "session", "room", "trainer", "course", "booking", "planning", "enrollment")
    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_PlanningTab()
        ui.setupUi(self)
        self.view = View.WEEK
        self.anchor = dt.date.today()
        self.slots: list[SlotRow] = []
        self.selected: SlotRow | None = None
        self.week_view = WeekView(self)
        self.month_view = MonthView(self)
        self.timeline_view = TimelineView(self)
        ui.weekLayout.addWidget(self.week_view)
        ui.monthLayout.addWidget(self.month_view)
        ui.timelineLayout.addWidget(self.timeline_view)
        for view in (self.week_view, self.month_view, self.timeline_view):
            view.session_activated.connect(self.session_requested)
            view.slot_selected.connect(self._select)
            view.context_requested.connect(self._slot_menu)
        self.week_view.slot_dropped.connect(self.drop_slot)
        self.month_view.day_activated.connect(lambda day: self.show_view(View.WEEK, day))
        self.filters = PlanningFilters(office, ui, self)
        self.filters.changed.connect(self.refresh)
        self.mover = SlotMover(office, self, lambda text: self.ask_confirmation(text))
        self.exports = PlanningExports(self)
        fill_combo(
            ui.timelineRowsCombo,
            [("rooms", self.tr("Salles")), ("trainers", self.tr("Formateurs"))],
        )
        fill_combo(ui.timelineSpanCombo, [(1, self.tr("1 semaine")), (2, self.tr("2 semaines"))])
        self._build_actions()
        ui.previousButton.clicked.connect(lambda: self.go(-1))
        ui.nextButton.clicked.connect(lambda: self.go(+1))
        ui.todayButton.clicked.connect(lambda: self.show_day(dt.date.today()))
        ui.weekViewButton.clicked.connect(lambda: self.show_view(View.WEEK))
        ui.monthViewButton.clicked.connect(lambda: self.show_view(View.MONTH))
        ui.timelineViewButton.clicked.connect(lambda: self.show_view(View.TIMELINE))
        ui.timelineRowsCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.timelineSpanCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.moveButton.clicked.connect(lambda: self.open_move_dialog())
        ui.findRoomButton.clicked.connect(lambda: self.open_find_room())
        ui.nextFreeButton.clicked.connect(lambda: self.open_next_free())
        ui.checkButton.clicked.connect(lambda: self.open_check())
        ui.rulesButton.clicked.connect(lambda: self.open_rules())
        self.refresh()

    def _build_actions(self) -> None:
        stack, ui = self.mover.stack, self.ui
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.undo_action = QAction(self.tr("↶ Annuler"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = QAction(self.tr("↷ Rétablir"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for action, enabled, text_changed, slot, verb in (
            (
                self.undo_action,
                stack.canUndoChanged,
                stack.undoTextChanged,
                stack.undo,
                self.tr("Annuler"),
            ),
            (
                self.redo_action,
                stack.canRedoChanged,
                stack.redoTextChanged,
                stack.redo,
                self.tr("Rétablir"),
            ),
        ):
            action.setShortcutContext(context)
            action.setEnabled(False)
            action.triggered.connect(slot)
            enabled.connect(action.setEnabled)
            text_changed.connect(
                lambda text, a=action, v=verb: a.setToolTip(f"{v} : {text}" if text else v)
            )
            self.addAction(action)
        ui.undoButton.setDefaultAction(self.undo_action)
        ui.redoButton.setDefaultAction(self.redo_action)
        for key, direction in (("Alt+Left", -1), ("Alt+Right", +1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(context)
            action.triggered.connect(lambda _c=False, d=direction: self.go(d))
            self.addAction(action)

    # -- what is shown --------------------------------------------------------------------
    @property
    def monday(self) -> dt.date:
        return monday_of(self.anchor)

    def weeks(self) -> int:
        return self.ui.timelineSpanCombo.currentData() or 1

    def period(self) -> tuple[dt.date, dt.date]:
        return period_of(self.view, self.anchor, self.weeks())

    def show_week(self, day: dt.date) -> None:
        """Show the week that contains ``day`` in the week calendar."""
        self.show_view(View.WEEK, day)

    def show_day(self, day: dt.date) -> None:
        self.anchor = day
        self.refresh()

    def show_view(self, view: View, day: dt.date | None = None) -> None:
        self.view = view
        if day is not None:
            self.anchor = day
        self.refresh()

    def go(self, direction: int) -> None:
        self.anchor = step(self.view, self.anchor, direction, self.weeks())
        self.refresh()

    def title(self) -> str:
        start, end = self.period()
        if self.view is View.MONTH:
            return month_title(start)
        if end - start > dt.timedelta(days=6):
            first, last = range_bounds(start, end)
            return self.tr("Du {start} au {end}").format(start=first, end=last)
        first, last = week_bounds(start)
        return self.tr("Semaine du {start} au {end}").format(start=first, end=last)

    def refresh(self) -> None:
        ui, today = self.ui, dt.date.today()
        start, end = self.period()
        self.filters.reload_resources()
        flt = self.filters.current()
        self.slots = self.office.resources.slots_between(start, end, flt)
        everything = self.slots if not self.filters.is_active() else None
        self.filters.show_sessions_of(everything or self.office.resources.slots_between(start, end))
        ui.periodLabel.setText(self.title())
        selected_id = self.selected.id if self.selected else None
        self.selected = next((s for s in self.slots if s.id == selected_id), None)
        pages = {View.WEEK: ui.weekPage, View.MONTH: ui.monthPage, View.TIMELINE: ui.timelinePage}
        ui.viewStack.setCurrentWidget(pages[self.view])
        buttons = {
            View.WEEK: ui.weekViewButton,
            View.MONTH: ui.monthViewButton,
            View.TIMELINE: ui.timelineViewButton,
        }
        buttons[self.view].setChecked(True)
        ui.timelineRowsCombo.setVisible(self.view is View.TIMELINE)
        ui.timelineSpanCombo.setVisible(self.view is View.TIMELINE)
        busy = {s.date for s in self.slots}
        if self.view is View.WEEK:
            self.current_view().selected_slot_id = selected_id
            self.week_view.set_week(shown_days(start, end, busy), self.slots, today)
        elif self.view is View.MONTH:
            self.current_view().selected_slot_id = selected_id
            self.month_view.set_month(start, self.slots, today)
        else:
            self._show_timeline(shown_days(start, end, busy), today, selected_id)
        sessions = len({s.session_id for s in self.slots})
        ui.countLabel.setText(
            fmt.plural(len(self.slots), self.tr("créneau"), self.tr("créneaux"))
            + ", "
            + fmt.plural(sessions, self.tr("session"), self.tr("sessions"))
            if self.slots
            else self.tr("Aucun créneau sur cette période.")
        )
        ui.todayButton.setEnabled(not start <= today <= end)
        self._update_buttons()

    def _show_timeline(self, days: list[dt.date], today: dt.date, selected_id: int | None) -> None:
        self.timeline_view.selected_slot_id = selected_id
        if self.ui.timelineRowsCombo.currentData() == "trainers":
            rows = [(t.id, t.name) for t in self.filters.trainers]
            self.timeline_view.set_timeline(
                days,
                rows,
                self.slots,
                lambda s: s.trainer_ids,
                today=today,
                unassigned=self.tr("Sans formateur"),
            )
        else:
            rows = [(r.id, r.name) for r in self.filters.rooms]
            self.timeline_view.set_timeline(
                days,
                rows,
                self.slots,
                lambda s: (s.room_id,) if s.room_id else (),
                today=today,
                unassigned=self.tr("Sans salle"),
            )

    def current_view(self) -> WeekView | MonthView | TimelineView:
        return {
            View.WEEK: self.week_view,
            View.MONTH: self.month_view,
            View.TIMELINE: self.timeline_view,
        }[self.view]

    def _select(self, slot: SlotRow | None) -> None:
        self.selected = slot
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.moveButton.setEnabled(self.selected is not None)
