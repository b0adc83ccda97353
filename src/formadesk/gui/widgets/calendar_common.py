"""What the planning views share: course colours, time arithmetic, slot blocks, a base view.

The three views (week, month, timeline) are QGraphicsViews whose scene is rebuilt to the size of
the viewport whenever the data or the size changes; slots are ``SlotBlock`` items that keep their
``SlotRow``, so clicks and double-clicks lead back to the slot and its session.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.services.resources import SlotRow

DAY_START_HOUR = 8
DAY_END_HOUR = 19
SNAP_MINUTES = 15
GRID_COLOUR = QColor("#d5d9de")
HEADER_COLOUR = QColor("#f2f4f7")
TODAY_COLOUR = QColor("#fff8dc")
TEXT_COLOUR = QColor("#1f2933")
MUTED_COLOUR = QColor("#6b7480")
SELECTED_COLOUR = QColor("#1f5fbf")
MIN_TEXT_WIDTH = 22


def course_colour(course_id: int | None) -> QColor:
    """A light colour that stays the same for a course from one day to the next."""
    if not course_id:
        return QColor("#e4e7eb")
    hue = (course_id * 0.618033988749895) % 1.0  # golden ratio: neighbours differ clearly
    return QColor.fromHsvF(hue, 0.30, 0.97)


def minutes_of(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> dt.time:
    minutes = max(0, min(minutes, 23 * 60 + 45))
    return dt.time(minutes // 60, minutes % 60)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(round(minutes / step) * step)


def hour_range(slots: Sequence[SlotRow]) -> tuple[int, int]:
    """First and last hour to draw: 8h-19h, widened for a slot that starts or ends outside."""
    first, last = DAY_START_HOUR, DAY_END_HOUR
    for slot in slots:
        first = min(first, slot.start_time.hour)
        last = max(last, math.ceil(minutes_of(slot.end_time) / 60))
    return first, min(last, 24)


def lanes(slots: Sequence[SlotRow]) -> dict[int, tuple[int, int]]:
    """Side-by-side placement of overlapping slots: slot id -> (lane, lanes in its group)."""
    placed: dict[int, tuple[int, int]] = {}
    group: list[tuple[SlotRow, int]] = []
    lane_ends: list[dt.time] = []
    group_end: dt.time | None = None

    def close_group() -> None:
        for row, lane in group:
            placed[row.id] = (lane, len(lane_ends))

    for slot in sorted(slots, key=lambda s: (s.start_time, s.end_time, s.id)):
        if group_end is not None and slot.start_time >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= slot.start_time), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(slot.end_time)
        else:
            lane_ends[lane] = slot.end_time
        group.append((slot, lane))
        group_end = max(group_end or slot.end_time, slot.end_time)
    close_group()
    return placed


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Break a line after spaces or hyphens so that each piece fits ``width`` when it can."""
    pieces: list[str] = []
    current = ""
    for token in re.split(r"(?<=[\s\-–])", text):
        if current and metrics.horizontalAdvance(current + token) > width:
            pieces.append(current.rstrip())
            current = token
        else:
            current += token
    if current.strip() or not pieces:
        pieces.append(current.rstrip())
    if any(metrics.horizontalAdvance(piece) > width for piece in pieces):
        return [text]  # a word wider than the block: one elided line reads better than shreds
    return pieces


def short_code(code: str) -> str:
    """« 2026-EXCEL-INT-004 » -> « EXCEL-INT-004 » where the year is already on screen."""
    return re.sub(r"^\d{4}-", "", code)


def slot_tooltip(slot: SlotRow) -> str:
    """Everything about a slot, for the tooltip of its block."""
    lines = [
        f"<b>{slot.session_code}</b> — {slot.course_title}",
        fmt.date_long(slot.date).capitalize()
        + ", "
        + fmt.time_range(slot.start_time, slot.end_time),
        "Salle : " + (slot.room_name or "<i>à réserver</i>"),
        "Formateur(s) : " + (slot.trainer_names or "<i>à affecter</i>"),
    ]
    return "<br>".join(lines)


class SlotBlock(QGraphicsRectItem):
    """A slot drawn as a coloured rounded box with lines of text (the first one bold)."""

    def __init__(
        self,
        slot: SlotRow,
        rect: QRectF,
        lines: Sequence[str],
        font: QFont,
        *,
        bold_first: bool = True,
        wrap: bool = True,
    ):
        super().__init__(rect)
        self.slot = slot
        self.lines = list(lines)
        self.font = font
        self.bold_first = bold_first
        self.wrap = wrap
        self.snapper: Callable[[QPointF], QPointF] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(slot_tooltip(slot))
        self.setZValue(2)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def make_movable(self, snapper: Callable[[QPointF], QPointF]) -> None:
        """Let the mouse drag the block; ``snapper`` rounds the offset to the grid."""
        self.snapper = snapper
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and self.snapper:
            self.setZValue(5)
            return self.snapper(QPointF(value))
        return super().itemChange(change, value)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        rect = self.rect().adjusted(0.5, 0.5, -0.5, -0.5)
        radius = min(4.0, rect.height() / 3)
        fill = course_colour(self.slot.course_id)
        missing = not self.slot.room_name or not self.slot.trainer_names
        pen = QPen(SELECTED_COLOUR if self.isSelected() else fill.darker(150))
        pen.setWidthF(2.2 if self.isSelected() else 1.0)
        if missing and not self.isSelected():
            pen.setColor(QColor("#c0392b"))
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(rect, radius, radius)
        margin = 2 if rect.height() > 20 else 0
        self._paint_text(painter, rect.adjusted(4, margin, -3, -margin))

    def _paint_text(self, painter: QPainter, area: QRectF) -> None:
        if area.width() < MIN_TEXT_WIDTH or area.height() < 8:
            return  # a sliver: the colour and the tooltip say enough
        painter.save()
        painter.setClipRect(area)
        bold = QFont(self.font)
        bold.setBold(True)
        width = int(area.width())
        y = area.top()
        for number, line in enumerate(self.lines):
            font = bold if number == 0 and self.bold_first else self.font
            metrics = QFontMetrics(font)
            pieces = wrap_text(line, metrics, width) if self.wrap else [line]
            for piece in pieces:
                if y > area.top() and y + metrics.height() > area.bottom() + 1:
                    painter.restore()
                    return
                painter.setFont(font)
                painter.setPen(TEXT_COLOUR if number == 0 else QColor("#36404a"))
                text = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, width)
                painter.drawText(QPointF(area.left(), y + metrics.ascent()), text)
                y += metrics.height()
        painter.restore()


class CalendarView(QGraphicsView):
    """Base of the planning views: rebuilds its scene to fit, reports clicks on slots.

    Subclasses implement ``build(width, height)``, adding items to ``self.scene()``.
    """

    session_activated = Signal(int)  # double-click on a slot: its session id
    slot_selected = Signal(object)  # SlotRow or None
    context_requested = Signal(object, QPoint)  # SlotRow, global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setBackgroundBrush(QBrush(QColor("#ffffff")))
        self.selected_slot_id: int | None = None
        self.scene().selectionChanged.connect(self._on_selection)
        self.small_font = QFont(self.font())
        self.small_font.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))

    # -- to implement ---------------------------------------------------------------------
    def build(self, width: float, height: float) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def background_double_clicked(self, scene_pos: QPointF) -> None:
        """Double-click outside any slot (the month view opens that day's week)."""

    # -- shared ---------------------------------------------------------------------------
    def rebuild(self) -> None:
        scene = self.scene()
        scene.blockSignals(True)
        scene.clear()
        size = self.viewport().size()
        self.build(float(max(size.width(), 300)), float(max(size.height(), 200)))
        for block in self.blocks():
            if block.slot.id == self.selected_slot_id:
                block.setSelected(True)
        scene.blockSignals(False)
        rect = scene.itemsBoundingRect()
        scene.setSceneRect(QRectF(0, 0, size.width(), max(rect.bottom(), size.height() - 2)))

    def blocks(self) -> list[SlotBlock]:
        return [item for item in self.scene().items() if isinstance(item, SlotBlock)]

    def block_of(self, slot_id: int) -> SlotBlock | None:
        return next((b for b in self.blocks() if b.slot.id == slot_id), None)

    def block_at(self, pos: QPoint) -> SlotBlock | None:
        for item in self.items(pos):
            if isinstance(item, SlotBlock):
                return item
        return None

    def _on_selection(self) -> None:
        selected = [i for i in self.scene().selectedItems() if isinstance(i, SlotBlock)]
        slot = selected[0].slot if selected else None
        self.selected_slot_id = slot.id if slot else None
        self.slot_selected.emit(slot)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.rebuild()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.session_activated.emit(block.slot.session_id)
            return
        self.background_double_clicked(self.mapToScene(event.position().toPoint()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        block = self.block_at(event.pos())
        if block is None:
            return
        self.scene().clearSelection()
        block.setSelected(True)
        self.context_requested.emit(block.slot, event.globalPos())
