"""Horizontal bars drawn with QPainter: one bar per question, its average on 0..100.

PySide6-Essentials ships without QtCharts; a few bars need no more than a painter.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_HEIGHT = 18
GAP = 8
LABEL_SHARE = 0.45  # of the width, for the question's text
COLOURS = ((75, "#2e8b57"), (50, "#e0a030"), (0, "#c0392b"))  # from this percent up


@dataclass(frozen=True)
class Bar:
    label: str
    percent: float  # 0..100
    caption: str  # what is written at the end of the bar (« 4,3 / 5 », « 82 % oui »)


def colour_of(percent: float) -> QColor:
    return QColor(next(c for floor, c in COLOURS if percent >= floor))


class SurveyChart(QWidget):
    """Bars of the questions' averages (best read with the table beside it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setObjectName("surveyChart")

    def set_bars(self, bars: list[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(600, max(60, len(self._bars) * (BAR_HEIGHT + GAP) + GAP))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

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
        label_width = int(width * LABEL_SHARE)
        bar_left = GAP + label_width + GAP
        caption_width = metrics.horizontalAdvance("10,0 / 10 ") + GAP
        bar_room = max(20, width - label_width - caption_width - GAP)
        y = GAP
        for bar in self._bars:
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(GAP, y, label_width, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8ebef"))
            painter.drawRoundedRect(QRectF(bar_left, y + 2, bar_room, BAR_HEIGHT - 4), 3, 3)
            painter.setBrush(colour_of(bar.percent))
            length = bar_room * max(0.0, min(100.0, bar.percent)) / 100
            painter.drawRoundedRect(QRectF(bar_left, y + 2, length, BAR_HEIGHT - 4), 3, 3)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(bar_left + bar_room + GAP, y, caption_width, BAR_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                bar.caption,
            )
            y += BAR_HEIGHT + GAP
        painter.end()
