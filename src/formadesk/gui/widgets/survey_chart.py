"""Horizontal bars drawn with QPainter: one bar per question, its average on 0..100.

PySide6-Essentials ships without QtCharts; a few bars need no more than a painter. A question's
text wraps over two lines beside its bar (elided only past the second line), and hovering a
row shows the whole text as a tooltip.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_HEIGHT = 18
GAP = 8
LABEL_SHARE = 0.45  # of the width, for the question's text
LABEL_LINES = 2  # a question's text wraps over at most this many lines
DEFAULT_WIDTH = 600
COLOURS = ((75, "#2e8b57"), (50, "#e0a030"), (0, "#c0392b"))  # from this percent up


@dataclass(frozen=True)
class Bar:
    label: str
    percent: float  # 0..100
    caption: str  # what is written at the end of the bar (« 4,3 / 5 », « 82 % oui »)


@dataclass(frozen=True)
class _Row:
    bar: Bar
    lines: tuple[str, ...]  # the label as drawn
    top: float
    height: float


def colour_of(percent: float) -> QColor:
    return QColor(next(c for floor, c in COLOURS if percent >= floor))


def wrap_label(text: str, metrics: QFontMetrics, width: int, lines: int = LABEL_LINES) -> list[str]:
    """``text`` cut at spaces into at most ``lines`` lines of ``width`` pixels; only the last
    line is elided (« … ») when the text does not fit whole."""
    words = text.split()
    result: list[str] = []
    while words and len(result) < lines - 1:
        line = words.pop(0)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
            line = f"{line} {words.pop(0)}"
        if metrics.horizontalAdvance(line) > width:  # one word longer than the room
            line = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        result.append(line)
    if words:
        result.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return result or [""]


class SurveyChart(QWidget):
    """Bars of the questions' averages (best read with the table beside it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._height = self._height_for(DEFAULT_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setObjectName("surveyChart")

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self._height = self._height_for(self.width() if self.isVisible() else DEFAULT_WIDTH)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def label_lines(self) -> list[list[str]]:
        """Each bar's label as drawn at the current width (one entry per line)."""
        return [list(row.lines) for row in self._rows(self.width())]

    def tooltip_at(self, point: QPoint) -> str:
        """The whole question (and its result) under ``point``, or "" between rows."""
        for row in self._rows(self.width()):
            if row.top <= point.y() < row.top + row.height:
                return f"{row.bar.label}\n{row.bar.caption}"
        return ""

    # -- geometry ------------------------------------------------------------------------

    def _label_width(self, width: int) -> int:
        return max(40, int((width - 2 * GAP) * LABEL_SHARE))

    def _rows(self, width: int) -> list[_Row]:
        metrics = QFontMetrics(self.font())
        label_width = self._label_width(width)
        rows: list[_Row] = []
        y = float(GAP)
        for bar in self._bars:
            lines = tuple(wrap_label(bar.label, metrics, label_width))
            height = max(BAR_HEIGHT, len(lines) * metrics.lineSpacing() + 2)
            rows.append(_Row(bar, lines, y, height))
            y += height + GAP
        return rows

    def _height_for(self, width: int) -> int:
        rows = self._rows(width)
        return max(60, int(rows[-1].top + rows[-1].height) + GAP if rows else 0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return self._height_for(width)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(DEFAULT_WIDTH, self._height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        needed = self._height_for(event.size().width())
        if needed != self._height:  # narrower: labels wrap, the rows grow (and back)
            self._height = needed
            self.updateGeometry()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # -- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        if not self._bars:
            painter.setPen(QColor("#5a6270"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucune réponse chiffrée.")
            )
            return
        width = self.width() - 2 * GAP
        label_width = self._label_width(self.width())
        bar_left = GAP + label_width + GAP
        caption_width = metrics.horizontalAdvance("10,0 / 10 ") + GAP
        bar_room = max(20, width - label_width - caption_width - GAP)
        for row in self._rows(self.width()):
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(GAP, row.top, label_width, row.height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                "\n".join(row.lines),
            )
            y = row.top + (row.height - BAR_HEIGHT) / 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8ebef"))
            painter.drawRoundedRect(QRectF(bar_left, y + 2, bar_room, BAR_HEIGHT - 4), 3, 3)
            painter.setBrush(colour_of(row.bar.percent))
            length = bar_room * max(0.0, min(100.0, row.bar.percent)) / 100
            painter.drawRoundedRect(QRectF(bar_left, y + 2, length, BAR_HEIGHT - 4), 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(bar_left + bar_room + GAP, y, caption_width, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                row.bar.caption,
            )
        painter.end()
