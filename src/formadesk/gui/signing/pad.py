"""A signature pad: strokes drawn with a finger, a stylus or a mouse, rendered to a PNG."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

IMAGE_WIDTH, IMAGE_HEIGHT = 600, 200  # the stored PNG; the pad keeps the same 3:1 shape
INK = QColor("#10206b")  # dark blue ink, as on paper sheets
MOUSE_WIDTH = 3.0  # pen width in image pixels when no pressure is known
MIN_WIDTH, MAX_WIDTH = 1.5, 6.0  # pressure 0 → 1 maps to these widths
MIN_EXTENT = 6.0  # a signature smaller than this (image pixels) is a stray tap


@dataclass
class Stroke:
    """One pen-down → pen-up line: points in image coordinates, each with its width."""

    points: list[tuple[QPointF, float]] = field(default_factory=list)


class SignaturePad(QWidget):
    """Records strokes from mouse events and, where a tablet is present, from ``QTabletEvent``
    (with pressure turned into pen width). Touch screens reach it as synthesised mouse events.

    Points are kept in image coordinates (600 × 200) so that the PNG does not depend on the
    size of the screen; the pad draws a 3:1 frame centred in the widget.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("signaturePad")
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.setMinimumSize(IMAGE_WIDTH // 2, IMAGE_HEIGHT // 2)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    # -- geometry ---------------------------------------------------------------------------
    def frame(self) -> QRectF:
        """The largest 3:1 rectangle centred in the widget: where one signs."""
        width = min(float(self.width()), self.height() * IMAGE_WIDTH / IMAGE_HEIGHT)
        height = width * IMAGE_HEIGHT / IMAGE_WIDTH
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_image(self, position: QPointF) -> QPointF:
        frame = self.frame()
        scale = IMAGE_WIDTH / frame.width() if frame.width() else 1.0
        x = min(max(position.x() - frame.left(), 0.0), frame.width()) * scale
        y = min(max(position.y() - frame.top(), 0.0), frame.height()) * scale
        return QPointF(x, y)

    # -- state ------------------------------------------------------------------------------
    def clear(self) -> None:
        self.strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        """True when nothing that looks like a signature was drawn (nothing, or one tap)."""
        points = [p for stroke in self.strokes for p, _w in stroke.points]
        if len(points) < 2:
            return True
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        return max(xs) - min(xs) < MIN_EXTENT and max(ys) - min(ys) < MIN_EXTENT

    # -- input ------------------------------------------------------------------------------
    def _begin(self, position: QPointF, width: float) -> None:
        self._drawing = True
        self.strokes.append(Stroke([(self._to_image(position), width)]))
        self.update()

    def _extend(self, position: QPointF, width: float) -> None:
        if self._drawing and self.strokes:
            self.strokes[-1].points.append((self._to_image(position), width))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), MOUSE_WIDTH)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position(), MOUSE_WIDTH)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), MOUSE_WIDTH)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        """A stylus: accepted here, so Qt does not also send the synthesised mouse events."""
        pressure = event.pressure()
        width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * pressure if pressure > 0 else MOUSE_WIDTH
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position(), width)
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position(), width)
        elif kind == QTabletEvent.Type.TabletRelease:
            self._extend(event.position(), width)
            self._end()
        event.accept()

    # -- drawing ----------------------------------------------------------------------------
    def _draw_strokes(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for stroke in self.strokes:
            points = stroke.points
            if len(points) == 1:
                point, width = points[0]
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(INK)
                painter.drawEllipse(point, width / 2, width / 2)
                continue
            for (start, width), (end, _next) in zip(points, points[1:], strict=False):
                pen = QPen(INK, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                painter.drawLine(start, end)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        frame = self.frame()
        painter.fillRect(frame, Qt.GlobalColor.white)
        painter.setPen(QPen(QColor("#9aa3b5"), 1, Qt.PenStyle.DashLine))
        baseline = frame.top() + frame.height() * 0.75
        painter.drawLine(
            QPointF(frame.left() + 20, baseline), QPointF(frame.right() - 20, baseline)
        )
        painter.setPen(QColor("#9aa3b5"))
        painter.drawRect(frame.adjusted(0, 0, -1, -1))
        if not self.strokes:
            painter.drawText(frame, Qt.AlignmentFlag.AlignCenter, self.tr("Signez ici"))
        painter.translate(frame.topLeft())
        scale = frame.width() / IMAGE_WIDTH if frame.width() else 1.0
        painter.scale(scale, scale)
        self._draw_strokes(painter)
        painter.end()

    def to_image(self) -> QImage:
        image = QImage(IMAGE_WIDTH, IMAGE_HEIGHT, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        self._draw_strokes(painter)
        painter.end()
        return image

    def to_png(self) -> bytes:
        """The signature as PNG bytes (white background, 600 × 200), as the core stores it."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.to_image().save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())
