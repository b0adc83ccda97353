"""Month charts drawn with QPainter: bars and lines, each value written on the chart.

PySide6-Essentials ships without QtCharts. One widget draws up to a few series over the same
months (bars side by side, lines over them, each with its own scale when asked), with a title,
a legend and the months along the bottom. It exports itself as a PNG image and prints itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontInfo,
    QFontMetrics,
    QImage,
    QPageLayout,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QWidget

PALETTE = ("#2f6fb3", "#8fb8e0", "#e08a2e", "#2e8b57", "#c0392b")
MARGIN = 8


@dataclass(frozen=True)
class Series:
    """One series: a value (or None) per month and the text written at each value."""

    label: str
    values: Sequence[float | None]
    texts: Sequence[str]
    kind: str = "bar"  # "bar" or "line"
    colour: str = PALETTE[0]
    maximum: float | None = None  # top of this series' scale (else the largest value)


class MonthChart(QWidget):
    """A titled chart of monthly series; right-click to export as an image or print."""

    def __init__(self, title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._title = title
        self._note = ""
        self._categories: list[str] = []
        self._series: list[Series] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.setAutoFillBackground(True)
        self.setToolTip(self.tr("Clic droit : exporter en image ou imprimer ce graphique."))

    # -- data --------------------------------------------------------------------------------
    def set_data(self, categories: Sequence[str], series: Sequence[Series], note: str = "") -> None:
        """Months along the bottom (« janv. »…), the series, and a line under the title."""
        self._categories = list(categories)
        self._series = list(series)
        self._note = note
        self.update()

    def title(self) -> str:
        return self._title

    def note(self) -> str:
        return self._note

    def series(self) -> list[Series]:
        return list(self._series)

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    # -- export ------------------------------------------------------------------------------
    def image(self) -> QImage:
        """The chart as drawn on screen, at the widget's size."""
        return self.grab().toImage()

    def export_png(self, path: str | Path) -> bool:
        return self.image().save(str(path), "PNG")

    def print_on(self, printer: QPrinter) -> None:
        """Draw the chart on a printer's page, scaled to the page width, keeping its shape."""
        painter = QPainter(printer)
        try:
            page = printer.pageLayout().paintRectPixels(printer.resolution())
            width, height = max(self.width(), 560), max(self.height(), 280)
            scale = min(page.width() / width, page.height() / height)
            painter.scale(scale, scale)
            self.draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Exporter en image…"), lambda: export_chart(self))
        menu.addAction(self.tr("Imprimer…"), lambda: print_chart(self))
        menu.exec(event.globalPos())

    # -- drawing -----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.draw(painter, QRectF(self.rect()))
        finally:
            painter.end()

    def draw(self, painter: QPainter, area: QRectF) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(area, QColor("white"))
        # Sizes in pixels, not points: on a printer the painter is scaled to the page and the
        # text must scale with the drawing (points would be resolved at the printer's dpi).
        pixels = QFontInfo(self.font()).pixelSize() or 13
        base = QFont(self.font())
        base.setPixelSize(pixels)
        bold = QFont(base)
        bold.setBold(True)
        small = QFont(base)
        small.setPixelSize(max(pixels - 2, 9))
        top = area.top() + MARGIN
        painter.setFont(bold)
        painter.setPen(QColor("#1f2328"))
        line = QFontMetrics(bold).height()
        painter.drawText(
            QRectF(area.left() + MARGIN, top, area.width() - 2 * MARGIN, line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._title,
        )
        top += line
        if self._note:
            painter.setFont(base)
            painter.setPen(QColor("#57606a"))
            height = QFontMetrics(base).height()
            painter.drawText(
                QRectF(area.left() + MARGIN, top, area.width() - 2 * MARGIN, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._note,
            )
            top += height
        top = self._legend(painter, small, area, top + 2)
        if not self._categories or not self._series:
            painter.setFont(base)
            painter.setPen(QColor("#57606a"))
            painter.drawText(
                QRectF(area.left(), top, area.width(), area.bottom() - top),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Aucune donnée sur la période."),
            )
            return
        metrics = QFontMetrics(small)
        bottom = area.bottom() - MARGIN - metrics.height()
        plot = QRectF(area.left() + MARGIN, top + metrics.height() + 4, area.width() - 2 * MARGIN,
                      bottom - top - metrics.height() - 6)  # fmt: skip
        if plot.height() < 20:
            return
        painter.setPen(QPen(QColor("#d0d7de"), 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        slot = plot.width() / len(self._categories)
        painter.setFont(small)
        painter.setPen(QColor("#57606a"))
        for i, label in enumerate(self._categories):
            # Wider than its slot (« janv. 26 » under a narrow bar): centred on it, but kept
            # inside the chart so that the first and last labels are never cut.
            width = max(slot, metrics.horizontalAdvance(label) + 2)
            left = plot.left() + (i + 0.5) * slot - width / 2
            left = min(max(left, area.left()), area.right() - width)
            painter.drawText(
                QRectF(left, plot.bottom() + 2, width, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
        bars = [s for s in self._series if s.kind == "bar"]
        shared = max((v for s in bars for v in s.values if v is not None), default=0)
        for index, series in enumerate(bars):
            self._bars(painter, small, plot, slot, index, len(bars), series, shared)
        for series in self._series:
            if series.kind == "line":
                self._line(painter, small, plot, slot, series)

    def _legend(self, painter: QPainter, font: QFont, area: QRectF, top: float) -> float:
        if len(self._series) < 2:
            return top
        metrics = QFontMetrics(font)
        painter.setFont(font)
        x = area.left() + MARGIN
        for series in self._series:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.colour))
            box = metrics.height() * 0.7
            if series.kind == "line":
                painter.drawRect(QRectF(x, top + metrics.height() / 2 - 1.5, box * 1.4, 3))
                x += box * 1.4 + 4
            else:
                painter.drawRect(QRectF(x, top + (metrics.height() - box) / 2, box, box))
                x += box + 4
            painter.setPen(QColor("#1f2328"))
            width = metrics.horizontalAdvance(series.label)
            painter.drawText(
                QRectF(x, top, width + 2, metrics.height()),
                Qt.AlignmentFlag.AlignVCenter,
                series.label,
            )
            x += width + 14
        return top + metrics.height()

    def _bars(self, painter, font, plot, slot, index, count, series, shared) -> None:
        top_value = series.maximum or shared or 1
        group = slot * 0.74
        width = group / count
        metrics = QFontMetrics(font)
        room = plot.height() - metrics.height() - 2
        for i, value in enumerate(series.values):
            if value is None:
                continue
            height = max(room * min(value / top_value, 1.0), 1 if value else 0)
            x = plot.left() + i * slot + (slot - group) / 2 + index * width
            bar = QRectF(x + 1, plot.bottom() - height, width - 2, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(series.colour))
            painter.drawRect(bar)
            self._value_text(painter, font, series.texts[i], bar, count > 1)

    def _value_text(self, painter, font, text, bar: QRectF, crowded: bool) -> None:
        if not text:
            return
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(QColor("#1f2328"))
        advance = metrics.horizontalAdvance(text)
        if advance <= bar.width() + 6 or not crowded:
            painter.drawText(
                QRectF(
                    bar.center().x() - advance / 2 - 3,
                    bar.top() - metrics.height(),
                    advance + 6,
                    metrics.height(),
                ),  # fmt: skip
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
            return
        # Too narrow: written upwards, inside the bar when it is tall enough, else above it.
        painter.save()
        inside = bar.height() >= advance + 6
        painter.translate(bar.center().x() + metrics.ascent() / 2 - 1, bar.bottom() - 3)
        if not inside:
            painter.translate(0, -bar.height())
        painter.rotate(-90)
        painter.setPen(QColor("white") if inside else QColor("#1f2328"))
        painter.drawText(QPointF(0, 0), text)
        painter.restore()

    def _line(self, painter, font, plot, slot, series) -> None:
        present = [v for v in series.values if v is not None]
        if not present:
            return
        top_value = series.maximum or max(present) or 1
        metrics = QFontMetrics(font)
        room = plot.height() - metrics.height() - 4
        points: list[QPointF | None] = []
        for i, value in enumerate(series.values):
            if value is None:
                points.append(None)
                continue
            y = plot.bottom() - room * min(value / top_value, 1.0)
            points.append(QPointF(plot.left() + (i + 0.5) * slot, y))
        painter.setPen(QPen(QColor(series.colour), 2.2))
        previous = None
        for point in points:
            if point is not None and previous is not None:
                painter.drawLine(previous, point)
            previous = point
        painter.setBrush(QColor(series.colour))
        painter.setFont(font)
        for point, text in zip(points, series.texts, strict=False):
            if point is None:
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(point, 3.2, 3.2)
            if text:
                painter.setPen(QColor(series.colour).darker(140))
                advance = metrics.horizontalAdvance(text)
                painter.drawText(
                    QRectF(
                        point.x() - advance / 2 - 3,
                        point.y() - metrics.height() - 3,
                        advance + 6,
                        metrics.height(),
                    ),  # fmt: skip
                    Qt.AlignmentFlag.AlignCenter,
                    text,
                )


# -- « Exporter en image… » and « Imprimer… » -------------------------------------------------
def _default_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)


def export_widget(widget: QWidget, name: str) -> Path | None:
    """Ask where to save ``widget`` as a PNG image; the path written, or None."""
    stem = "".join(c if c.isalnum() else "-" for c in name).strip("-") or "graphique"
    suggested = str(Path(_default_folder()) / f"{stem}.png")
    path, _ = QFileDialog.getSaveFileName(
        widget, widget.tr("Exporter en image"), suggested, widget.tr("Image PNG (*.png)")
    )
    if not path:
        return None
    if not path.lower().endswith(".png"):
        path += ".png"
    if not widget.grab().save(path, "PNG"):
        from formadesk.core.errors import BusinessRuleError

        from ..messages import show_error

        show_error(
            widget,
            BusinessRuleError("L'image n'a pas pu être écrite. Choisissez un autre dossier."),
        )
        return None
    return Path(path)


def export_chart(chart) -> Path | None:
    return export_widget(chart, chart.title())


def print_widget_on(widget: QWidget, printer: QPrinter, heading: str = "") -> None:
    """Draw ``widget`` and its children on the page, scaled to fit, keeping its proportions;
    ``heading`` (who, what, when) printed above it."""
    painter = QPainter(printer)
    try:
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        top = 0
        if heading:
            font = QFont(widget.font())
            font.setPointSizeF(11)
            font.setBold(True)
            painter.setFont(font)
            top = int(printer.resolution() * 0.45)  # about a centimetre
            painter.drawText(
                QRectF(0, 0, page.width(), top),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                heading,
            )
            painter.translate(0, top)
        height = page.height() - top
        scale = min(page.width() / max(widget.width(), 1), height / max(widget.height(), 1))
        painter.scale(scale, scale)
        # The charts draw themselves as vectors (sharp, with their text searchable in a PDF);
        # any other widget is rendered as on screen.
        charts = [widget] if isinstance(widget, MonthChart) else widget.findChildren(MonthChart)
        if not charts:
            widget.render(painter, QPoint())
        for chart in charts:
            painter.save()
            painter.translate(chart.mapTo(widget, QPoint()) if chart is not widget else QPoint())
            chart.draw(painter, QRectF(0, 0, chart.width(), chart.height()))
            painter.restore()
    finally:
        painter.end()


def print_chart(chart) -> bool:
    """The print dialog, then the chart drawn on the chosen printer."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(chart.title())
    dialog = QPrintDialog(printer, chart)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    chart.print_on(printer)
    return True


def print_widget(widget: QWidget, name: str, heading: str = "") -> bool:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(name)
    if widget.width() > widget.height():
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, widget)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_widget_on(widget, printer, heading)
    return True
