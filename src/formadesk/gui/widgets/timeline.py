"""The resource timeline: rooms or trainers as rows, days as columns, slots as blocks in time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from babel.dates import format_date
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.services.resources import SlotRow

from .calendar_common import (
    GRID_COLOUR,
    HEADER_COLOUR,
    MUTED_COLOUR,
    SELECTED_COLOUR,
    TODAY_COLOUR,
    hour_range,
    lanes,
    minutes_of,
    short_code,
)
from .calendar_view import CalendarView, SlotBlock

GUTTER = 150.0
HEADER = 40.0
MIN_ROW, MAX_ROW = 40.0, 64.0
TICK_SPACING = 32.0
LANE_HEIGHT = 17.0  # a slot side by side with others keeps one readable line

Key = int | None


class TimelineView(CalendarView):
    """One row per resource (plus « sans salle » / « sans formateur » when needed)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.days: list[dt.date] = []
        self.rows: list[tuple[Key, str]] = []
        self.slots: list[SlotRow] = []
        self.keys_of: Callable[[SlotRow], Sequence[Key]] = lambda s: (s.room_id,)
        self.today = dt.date.today()
        self.first_hour, self.last_hour = 8, 19
        self.row_height = MIN_ROW
        self.row_tops: list[float] = [HEADER]

    def set_timeline(
        self,
        days: list[dt.date],
        rows: list[tuple[Key, str]],
        slots: list[SlotRow],
        keys_of: Callable[[SlotRow], Sequence[Key]],
        *,
        today: dt.date,
        unassigned: str,
    ) -> None:
        """Show ``slots`` in the row of each key ``keys_of(slot)`` gives (None: unassigned)."""
        self.days, self.slots, self.keys_of, self.today = days, slots, keys_of, today
        known = {key for key, _name in rows}
        self.rows = list(rows)
        if any(key not in known for s in slots for key in keys_of(s) or (None,)):
            self.rows.append((None, unassigned))
        self.rebuild()

    def build(self, width: float, height: float) -> None:
        scene = self.scene()
        days = self.days or [self.today]
        self.first_hour, self.last_hour = hour_range(self.slots)
        day_w = (width - GUTTER - 1) / len(days)
        rows = self.rows or [(None, self.tr("Aucune ressource"))]
        cells = self._cells(days, rows)
        base = max(MIN_ROW, min(MAX_ROW, (height - HEADER - 2) / len(rows)))
        self.row_height = base
        heights = [base] * len(rows)
        for (_day, number), slots in cells.items():  # a crowded row grows instead of shredding
            most = max(count for _lane, count in lanes(slots).values())
            heights[number] = max(heights[number], most * LANE_HEIGHT + 6)
        self.row_tops = [HEADER]
        for row_h in heights:
            self.row_tops.append(self.row_tops[-1] + row_h)
        bottom = self.row_tops[-1]
        scene.addRect(QRectF(0, 0, width, HEADER), QPen(Qt.PenStyle.NoPen), HEADER_COLOUR)
        for index, day in enumerate(days):
            x = GUTTER + index * day_w
            if day == self.today:
                scene.addRect(
                    QRectF(x, HEADER, day_w, bottom - HEADER), QPen(Qt.PenStyle.NoPen), TODAY_COLOUR
                )
            self._day_header(day, x, day_w, bottom)
        metrics = QFontMetrics(self.font())
        pen = QPen(GRID_COLOUR)
        for number, (_key, name) in enumerate(rows):
            y, row_h = self.row_tops[number], heights[number]
            if number % 2:
                scene.addRect(
                    QRectF(0, y, GUTTER, row_h), QPen(Qt.PenStyle.NoPen), QColor("#f7f8fa")
                )
            label = QGraphicsSimpleTextItem(
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, GUTTER - 12)
            )
            label.setPos(8, y + (min(row_h, MAX_ROW) - label.boundingRect().height()) / 2)
            scene.addItem(label)
        for y in self.row_tops:
            scene.addLine(0, y, width, y, pen)
        for index in range(len(days) + 1):
            x = GUTTER + index * day_w
            scene.addLine(x, 0, x, bottom, pen)
        scene.addLine(0, 0, 0, bottom, pen)
        for (day_index, number), slots in cells.items():
            self._blocks(slots, GUTTER + day_index * day_w, day_w, number)

    def _day_header(self, day: dt.date, x: float, day_w: float, bottom: float) -> None:
        if day_w > 90:
            text = fmt.date_abbreviated(day, year=False)  # « jeu. 1er oct. »
        else:
            narrow = format_date(day, "EEEEE", locale=fmt.LOCALE)
            text = f"{narrow} {fmt.day_number(day)}"  # « J 1er »
        label = QGraphicsSimpleTextItem(text.capitalize())
        font = QFont(self.font())
        font.setBold(day == self.today)
        label.setFont(font)
        label.setBrush(QBrush(SELECTED_COLOUR if day == self.today else QColor("#1f2933")))
        label.setPos(x + (day_w - label.boundingRect().width()) / 2, 3)
        self.scene().addItem(label)
        span = self.last_hour - self.first_hour
        per_hour = day_w / span
        step = next((n for n in (2, 3, 4, 6) if n * per_hour >= TICK_SPACING), 0)
        dotted = QPen(QColor("#e3e6ea"), 1, Qt.PenStyle.DotLine)
        for hour in range(self.first_hour + step, self.last_hour, step) if step else ():
            hx = x + (hour - self.first_hour) * per_hour
            self.scene().addLine(hx, HEADER, hx, bottom, dotted)
            tick = QGraphicsSimpleTextItem(f"{hour}h")
            tick.setFont(self.small_font)
            tick.setBrush(QBrush(MUTED_COLOUR))
            tick.setPos(hx - tick.boundingRect().width() / 2, HEADER - 16)
            self.scene().addItem(tick)

    def _cells(
        self, days: list[dt.date], rows: list[tuple[Key, str]]
    ) -> dict[tuple[int, int], list[SlotRow]]:
        """The slots of each (day, row)."""
        row_of = {key: number for number, (key, _name) in enumerate(rows)}
        cells: dict[tuple[int, int], list[SlotRow]] = {}
        for slot in self.slots:
            if slot.date not in days:
                continue
            for key in self.keys_of(slot) or (None,):
                number = row_of.get(key, row_of.get(None))
                if number is not None:
                    cells.setdefault((days.index(slot.date), number), []).append(slot)
        return cells

    def _blocks(self, slots: list[SlotRow], x0: float, day_w: float, number: int) -> None:
        placement = lanes(slots)
        span = (self.last_hour - self.first_hour) * 60
        top = self.row_tops[number] + 3
        row_h = self.row_tops[number + 1] - self.row_tops[number]
        for slot in slots:
            lane, count = placement[slot.id]
            lane_h = (row_h - 6) / count
            start = (minutes_of(slot.start_time) - self.first_hour * 60) / span * day_w
            end = (minutes_of(slot.end_time) - self.first_hour * 60) / span * day_w
            rect = QRectF(x0 + start + 1, top + lane * lane_h, end - start - 2, lane_h - 1)
            lines = [short_code(slot.session_code), fmt.time_short(slot.start_time)]
            self.scene().addItem(SlotBlock(slot, rect, lines, self.small_font))
