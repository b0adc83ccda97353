"""The base of the planning views, and the slot blocks they draw.

The three views (week, month, timeline) are QGraphicsViews whose scene is rebuilt to the size of
the viewport whenever the data or the size changes; slots are ``SlotBlock`` items that keep their
``SlotRow``, so clicks and double-clicks lead back to the slot and its session.
"""

from __future__ import annotations

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

from formadesk.core.services.resources import SlotRow

from .calendar_common import (
    MIN_TEXT_WIDTH,
    SELECTED_COLOUR,
    TEXT_COLOUR,
    course_colour,
    slot_tooltip,
    wrap_text,
)


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
