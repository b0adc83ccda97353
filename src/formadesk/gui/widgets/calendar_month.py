"""The month calendar: one cell a day, with a line per slot (as many as fit, then « + 3 »)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt, Signal
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
    short_code,
)
from .calendar_view import CalendarView, SlotBlock

HEADER = 26.0
DAY_NUMBER = 20.0
MIN_CELL_HEIGHT = 92.0
CONTEXT = "MonthView"
WEEKDAYS = (
    QT_TRANSLATE_NOOP(CONTEXT, "Lundi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Mardi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Mercredi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Jeudi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Vendredi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Samedi"),
    QT_TRANSLATE_NOOP(CONTEXT, "Dimanche"),
)


def month_days(first: dt.date) -> list[dt.date]:
    """Every day of the weeks (Monday to Sunday) that cover the month of ``first``."""
    first = first.replace(day=1)
    start = first - dt.timedelta(days=first.weekday())
    following = (first + dt.timedelta(days=32)).replace(day=1)
    last = following - dt.timedelta(days=1)
    end = last + dt.timedelta(days=6 - last.weekday())
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


class MonthView(CalendarView):
    """A month grid; double-click a slot line to open its session, a day to see its week."""

    day_activated = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthView")
        self.month = dt.date.today().replace(day=1)
        self.slots: list[SlotRow] = []
        self.today = dt.date.today()
        self.days: list[dt.date] = month_days(self.month)
        self.cell = QRectF(0, 0, 100, MIN_CELL_HEIGHT)

    def set_month(self, month: dt.date, slots: list[SlotRow], today: dt.date) -> None:
        self.month, self.slots, self.today = month.replace(day=1), slots, today
        self.days = month_days(self.month)
        self.rebuild()

    def day_at(self, scene_pos: QPointF) -> dt.date | None:
        if scene_pos.y() < HEADER:
            return None
        column = int(scene_pos.x() // self.cell.width())
        row = int((scene_pos.y() - HEADER) // self.cell.height())
        index = row * 7 + column
        return self.days[index] if 0 <= column < 7 and 0 <= index < len(self.days) else None

    def background_double_clicked(self, scene_pos: QPointF) -> None:
        day = self.day_at(scene_pos)
        if day is not None:
            self.day_activated.emit(day)

    def build(self, width: float, height: float) -> None:
        scene = self.scene()
        weeks = len(self.days) // 7
        cell_w = (width - 1) / 7
        cell_h = max(MIN_CELL_HEIGHT, (height - HEADER - 2) / weeks)
        self.cell = QRectF(0, 0, cell_w, cell_h)
        scene.addRect(QRectF(0, 0, width, HEADER), QPen(Qt.PenStyle.NoPen), HEADER_COLOUR)
        for column, name in enumerate(WEEKDAYS):
            label = QGraphicsSimpleTextItem(QCoreApplication.translate(CONTEXT, name))
            box = label.boundingRect()
            label.setPos(column * cell_w + (cell_w - box.width()) / 2, (HEADER - box.height()) / 2)
            scene.addItem(label)
        by_day: dict[dt.date, list[SlotRow]] = {}
        for slot in self.slots:
            by_day.setdefault(slot.date, []).append(slot)
        pen = QPen(GRID_COLOUR)
        for index, day in enumerate(self.days):
            rect = QRectF((index % 7) * cell_w, HEADER + (index // 7) * cell_h, cell_w, cell_h)
            other_month = day.month != self.month.month
            if day == self.today:
                background = TODAY_COLOUR
            elif other_month or day.weekday() == 6:
                background = QColor("#f7f8fa")
            else:
                background = QColor("#ffffff")
            scene.addRect(rect, pen, QBrush(background))
            self._day_number(day, rect, other_month)
            self._lines(rect, by_day.get(day, []))

    def _day_number(self, day: dt.date, rect: QRectF, other_month: bool) -> None:
        text = "1er" if day.day == 1 else str(day.day)
        if day.day == 1:
            text += " " + fmt.date_medium(day).split(" ")[1]
        label = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setBold(day == self.today)
        label.setFont(font)
        colour = SELECTED_COLOUR if day == self.today else QColor("#1f2933")
        label.setBrush(QBrush(MUTED_COLOUR if other_month else colour))
        label.setPos(rect.left() + 5, rect.top() + 2)
        self.scene().addItem(label)

    def _lines(self, rect: QRectF, slots: list[SlotRow]) -> None:
        if not slots:
            return
        line_h = QFontMetrics(self.small_font).height() + 3
        room = int((rect.height() - DAY_NUMBER - 4) // line_h)
        shown = slots if len(slots) <= room else slots[: max(room - 1, 0)]
        y = rect.top() + DAY_NUMBER + 2
        for slot in shown:
            text = f"{fmt.time_short(slot.start_time)} {short_code(slot.session_code)}"
            if slot.room_name:
                text += f" · {slot.room_name}"
            block = SlotBlock(
                slot,
                QRectF(rect.left() + 3, y, rect.width() - 6, line_h - 2),
                [text],
                self.small_font,
                bold_first=False,
                wrap=False,
            )
            self.scene().addItem(block)
            y += line_h
        hidden = len(slots) - len(shown)
        if hidden:
            more = QGraphicsSimpleTextItem(
                "+ " + fmt.plural(hidden, self.tr("autre"), self.tr("autres"))
            )
            more.setFont(self.small_font)
            more.setBrush(QBrush(MUTED_COLOUR))
            more.setToolTip(self.tr("Double-cliquez sur le jour pour voir sa semaine."))
            more.setPos(rect.left() + 6, y)
            self.scene().addItem(more)
