"""The week calendar: days as columns, hours as rows, slots as coloured blocks you can drag."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QMouseEvent, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.services.resources import SlotRow

from .calendar_common import (
    GRID_COLOUR,
    HEADER_COLOUR,
    MUTED_COLOUR,
    SELECTED_COLOUR,
    SNAP_MINUTES,
    TODAY_COLOUR,
    hour_range,
    lanes,
    minutes_of,
    snap,
    time_of,
)
from .calendar_view import CalendarView, SlotBlock

GUTTER = 44.0
HEADER = 34.0
MIN_HOUR_HEIGHT = 42.0
MAX_WEIGHT = 2.5  # a day with parallel slots gets up to 2.5 times the width of a quiet one


class WeekView(CalendarView):
    """Slots of some days (usually Monday to Saturday) on an hour grid.

    Dragging a block and releasing it on another day or time emits ``slot_dropped`` with the
    new date and times (snapped to 15 minutes, duration kept); the owner decides whether the
    move is allowed and redraws the week either way.
    """

    slot_dropped = Signal(int, object, object, object)  # slot id, date, start, end

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weekView")
        self.days: list[dt.date] = []
        self.slots: list[SlotRow] = []
        self.today = dt.date.today()
        self.first_hour, self.last_hour = 8, 19
        self.edges: list[float] = [GUTTER, GUTTER + 100.0]  # x of each day's left side, and the end
        self.hour_height = MIN_HOUR_HEIGHT
        self._pressed: SlotBlock | None = None

    def set_week(self, days: list[dt.date], slots: list[SlotRow], today: dt.date) -> None:
        self.days, self.slots, self.today = days, slots, today
        self.rebuild()

    # -- geometry -------------------------------------------------------------------------
    def x_of_day(self, index: int) -> float:
        return self.edges[index]

    def width_of_day(self, index: int) -> float:
        return self.edges[index + 1] - self.edges[index]

    def day_index_at(self, x: float) -> int:
        """The column under ``x`` (the first or last one when outside)."""
        for index in range(len(self.edges) - 1):
            if x < self.edges[index + 1]:
                return index
        return len(self.edges) - 2

    def y_of(self, minutes: float) -> float:
        return HEADER + (minutes - self.first_hour * 60) * self.hour_height / 60

    def point_of(self, day: dt.date, time: dt.time) -> QPointF:
        """Scene point in the middle of ``day``'s column at ``time`` (used by tests)."""
        index = self.days.index(day)
        return QPointF(
            self.x_of_day(index) + self.width_of_day(index) / 2, self.y_of(minutes_of(time))
        )

    # -- drawing --------------------------------------------------------------------------
    def build(self, width: float, height: float) -> None:
        scene = self.scene()
        days = self.days or [self.today]
        self.first_hour, self.last_hour = hour_range(self.slots)
        hours = self.last_hour - self.first_hour
        self._place_columns(days, width)
        self.hour_height = max(MIN_HOUR_HEIGHT, (height - HEADER - 2) / hours)
        bottom = self.y_of(self.last_hour * 60)
        scene.addRect(QRectF(0, 0, width, HEADER), QPen(Qt.PenStyle.NoPen), HEADER_COLOUR)
        for index, day in enumerate(days):
            x = self.x_of_day(index)
            if day == self.today:
                scene.addRect(
                    QRectF(x, HEADER, self.width_of_day(index), bottom - HEADER),
                    QPen(Qt.PenStyle.NoPen),
                    TODAY_COLOUR,
                )
            self._header(day, x, self.width_of_day(index))
        self._grid(width, bottom, hours, len(days))
        for index, day in enumerate(days):
            self._blocks(index, [s for s in self.slots if s.date == day])

    def _place_columns(self, days: list[dt.date], width: float) -> None:
        """Share the width between days, giving more to a day with slots side by side."""
        weights = []
        for day in days:
            placement = lanes([s for s in self.slots if s.date == day])
            most = max((count for _lane, count in placement.values()), default=1)
            weights.append(min(1 + (most - 1) * 0.5, MAX_WEIGHT))
        unit = (width - GUTTER - 1) / sum(weights)
        self.edges = [GUTTER]
        for weight in weights:
            self.edges.append(self.edges[-1] + weight * unit)

    def _header(self, day: dt.date, x: float, width: float) -> None:
        text = fmt.date_abbreviated(day, year=False).capitalize()
        label = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setBold(day == self.today)
        label.setFont(font)
        label.setBrush(QBrush(SELECTED_COLOUR if day == self.today else QColor("#1f2933")))
        box = label.boundingRect()
        label.setPos(x + (width - box.width()) / 2, (HEADER - box.height()) / 2)
        self.scene().addItem(label)

    def _grid(self, width: float, bottom: float, hours: int, columns: int) -> None:
        scene = self.scene()
        solid = QPen(GRID_COLOUR)
        dotted = QPen(QColor("#e8ebef"), 1, Qt.PenStyle.DotLine)
        for step in range(hours + 1):
            y = self.y_of((self.first_hour + step) * 60)
            scene.addLine(GUTTER, y, width, y, solid)
            if step < hours:
                half = y + self.hour_height / 2
                scene.addLine(GUTTER, half, width, half, dotted)
                label = QGraphicsSimpleTextItem(f"{self.first_hour + step}h")
                label.setFont(self.small_font)
                label.setBrush(QBrush(MUTED_COLOUR))
                label.setPos(GUTTER - label.boundingRect().width() - 6, y + 1)
                scene.addItem(label)
        for index in range(columns + 1):
            x = self.x_of_day(index)
            scene.addLine(x, 0 if index else HEADER, x, bottom, solid)

    def _blocks(self, index: int, slots: list[SlotRow]) -> None:
        placement = lanes(slots)
        inner = self.width_of_day(index) - 6
        for slot in slots:
            lane, count = placement[slot.id]
            width = inner / count
            top = self.y_of(minutes_of(slot.start_time))
            rect = QRectF(
                self.x_of_day(index) + 3 + lane * width,
                top + 1,
                width - 2,
                self.y_of(minutes_of(slot.end_time)) - top - 2,
            )
            lines = [
                f"{fmt.time_short(slot.start_time)}–{fmt.time_short(slot.end_time)}",
                slot.session_code,
                slot.room_name or self.tr("Salle à réserver"),
                slot.trainer_names or self.tr("Formateur à affecter"),
                slot.course_title,
            ]
            block = SlotBlock(slot, rect, lines, self.small_font)
            block.make_movable(lambda offset, b=block: self._snap(b, offset))
            self.scene().addItem(block)

    # -- dragging -------------------------------------------------------------------------
    def _snap(self, block: SlotBlock, offset: QPointF) -> QPointF:
        """Round a drag offset to whole days and 15 minutes, inside the grid."""
        if block.slot.date not in self.days:
            return QPointF(0, 0)
        home = self.days.index(block.slot.date)
        target = self.day_index_at(block.rect().center().x() + offset.x())
        start = minutes_of(block.slot.start_time)
        end = minutes_of(block.slot.end_time)
        moved = snap(offset.y() * 60 / self.hour_height)
        moved = max(self.first_hour * 60 - start, min(moved, self.last_hour * 60 - end))
        dx = self.x_of_day(target) - self.x_of_day(home)
        return QPointF(dx, moved * self.hour_height / 60)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = None
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.block_at(event.position().toPoint())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        block, self._pressed = self._pressed, None
        super().mouseReleaseEvent(event)
        if block is None or block.pos() == QPointF(0, 0) or block.slot.date not in self.days:
            return
        slot = block.slot
        day = self.days[self.day_index_at(block.rect().center().x() + block.pos().x())]
        shift = snap(block.pos().y() * 60 / self.hour_height, SNAP_MINUTES)
        start = time_of(minutes_of(slot.start_time) + shift)
        end = time_of(minutes_of(slot.end_time) + shift)
        if (day, start) != (slot.date, slot.start_time):
            self.slot_dropped.emit(slot.id, day, start, end)
        else:
            block.setPos(0, 0)
