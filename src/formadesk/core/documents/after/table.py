"""Lean flowables for documents printed by the hundred (attestations, certificats).

A reportlab ``Table`` of ``Paragraph`` cells parses mini-markup and measures every cell twice;
for plain text cells these flowables wrap with ``simpleSplit`` and draw strings directly, which
makes an attestation about twice as fast. ``LeanTable`` still splits across pages with its
header row repeated; ``SignatureBox`` draws the place, date, signatory and the stamp cell.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import Color, black
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from ..engine.layout import LAYOUT

PAD = 3.2  # points around the text of a cell
SIZE = LAYOUT.body_size - 0.5
LEADING = 11.5


class LeanTable(Flowable):
    """Rows of plain-text cells; bold first column (``label_column``) or bold header row."""

    def __init__(
        self,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        header: Sequence[str] = (),
        label_column: bool = False,
        stripes: bool = True,
        pad: float = PAD,
    ):
        super().__init__()
        self.pad = pad
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.header = list(header)
        self.label_column = label_column
        self.stripes = stripes
        self._lines: list[list[list[str]]] = []
        self._heights: list[float] = []

    def _font(self, row: int, col: int) -> str:
        if (self.header and row == 0) or (self.label_column and col == 0):
            return LAYOUT.font_bold
        return LAYOUT.font

    def _layout(self) -> None:
        every = ([self.header] if self.header else []) + self.rows
        self._lines, self._heights = [], []
        for r, row in enumerate(every):
            cells = [
                simpleSplit(text or "", self._font(r, c), SIZE, w - 2 * PAD) or [""]
                for c, (text, w) in enumerate(zip(row, self.widths, strict=True))
            ]
            self._lines.append(cells)
            self._heights.append(max(len(c) for c in cells) * LEADING + 2 * self.pad)

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        self._layout()
        self.width, self.height = sum(self.widths), sum(self._heights)
        return self.width, self.height

    def split(self, _available_width: float, available_height: float) -> list[Flowable]:
        self._layout()
        head = self._heights[0] if self.header else 0
        used, count = head, 0
        for h in self._heights[1 if self.header else 0 :]:
            if used + h > available_height:
                break
            used, count = used + h, count + 1
        if count == 0 or count == len(self.rows):
            return []
        options = {"header": self.header, "label_column": self.label_column}
        options |= {"stripes": self.stripes, "pad": self.pad}
        first = LeanTable(self.rows[:count], self.widths, **options)
        return [first, LeanTable(self.rows[count:], self.widths, **options)]

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for r, (cells, h) in enumerate(zip(self._lines, self._heights, strict=True)):
            y -= h
            is_head = bool(self.header) and r == 0
            body = r - (1 if self.header else 0)
            fill: Color | None = LAYOUT.header_fill if is_head else None
            if not is_head and self.stripes and body % 2 == 1:
                fill = LAYOUT.stripe_fill
            if fill is not None:
                canvas.setFillColor(fill)
                canvas.rect(0, y, self.width, h, stroke=0, fill=1)
            if self.label_column and not is_head:
                canvas.setFillColor(LAYOUT.stripe_fill)
                canvas.rect(0, y, self.widths[0], h, stroke=0, fill=1)
            x = 0.0
            for c, (lines, w) in enumerate(zip(cells, self.widths, strict=True)):
                bold = is_head or (self.label_column and c == 0)
                canvas.setFillColor(LAYOUT.accent if bold else black)
                canvas.setFont(self._font(r, c), SIZE)
                for i, line in enumerate(lines):
                    canvas.drawString(x + PAD, y + h - self.pad - SIZE - i * LEADING + 1.5, line)
                x += w
            canvas.setStrokeColor(LAYOUT.accent if is_head else LAYOUT.rule)
            canvas.setLineWidth(0.8 if is_head else 0.4)
            canvas.line(0, y, self.width, y)
        if self.label_column:
            canvas.setStrokeColor(LAYOUT.rule)
            canvas.setLineWidth(0.6)
            canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)


class SignatureBox(Flowable):
    """Right-hand block: « Fait à …, le … », signatory, title, and a framed stamp cell."""

    def __init__(
        self,
        lines: Sequence[tuple[str, bool]],
        label: str,
        size: tuple[float, float] = (70 * mm, 26 * mm),
        closing: str = "",
    ):
        super().__init__()
        self.lines = list(lines)  # (text, small)
        self.label = label
        self.box_w, self.box_h = size
        self.closing = closing  # a sentence printed on the left, beside the signature

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 5 * mm + len(self.lines) * 13 + 2 * mm + self.box_h
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = self.width - self.box_w
        y = self.height - 5 * mm
        if self.closing:
            canvas.setFont(LAYOUT.font, LAYOUT.body_size)
            canvas.setFillColor(black)
            room = x - 10 * mm
            for line in simpleSplit(self.closing, LAYOUT.font, LAYOUT.body_size, room):
                canvas.drawString(0, y - 9, line)
                y -= LAYOUT.body_leading
            y = self.height - 5 * mm
        for text, small in self.lines:
            canvas.setFont(LAYOUT.font, LAYOUT.small_size + 1 if small else LAYOUT.body_size)
            canvas.setFillColor(LAYOUT.muted if small else black)
            canvas.drawString(x, y - 9, text)
            y -= 13
        canvas.setStrokeColor(LAYOUT.muted)
        canvas.setLineWidth(0.6)
        canvas.rect(x, 0, self.box_w, self.box_h, stroke=1, fill=0)
        canvas.setFont(LAYOUT.font, LAYOUT.small_size + 1)
        canvas.setFillColor(LAYOUT.muted)
        label = simpleSplit(self.label, LAYOUT.font, LAYOUT.small_size + 1, self.box_w - 8)
        for i, line in enumerate(label):
            canvas.drawString(x + 4, self.box_h - 12 - i * 10, line)
