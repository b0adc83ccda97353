"""Pages of sheets and lists (sign-in sheets, participant lists), portrait or landscape.

Unlike a letter, every page of a sheet carries the same compact header (the office, with its
logo, and the document's title) so that a page printed alone still says what it is; the footer
holds the office's identity, its activity declaration and « Page n/N ».
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ...files import atomic_path
from ..engine.data import OrganisationInfo
from ..engine.layout import LAYOUT, register_fonts, styles
from ..engine.pdf import para


@dataclass(frozen=True)
class SheetLayout:
    """Margins and sizes of sheet pages (colours and fonts come from ``LAYOUT``)."""

    margin: float = 11 * mm
    header_height: float = 13.5 * mm  # org name and title above the frame
    footer_height: float = 13 * mm
    logo_height: float = 9 * mm
    signature_height: float = 11.5 * mm  # a cell one can sign in
    grid_line: float = 0.6


SHEET = SheetLayout()


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def content_width(wide: bool) -> float:
    return page_size(wide)[0] - 2 * SHEET.margin


class _Decor:
    """Draws the header and footer of every sheet page."""

    def __init__(self, org: OrganisationInfo, title: str, size: tuple[float, float]):
        self.org, self.title, self.size = org, title, size
        self.logo = _logo(org.logo)

    def __call__(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        width, height = self.size
        left, right = SHEET.margin, width - SHEET.margin
        top = height - SHEET.margin
        canvas.saveState()
        x = left
        if self.logo is not None:
            w, h = self.logo.getSize()
            lw = w * SHEET.logo_height / h
            lh = SHEET.logo_height
            canvas.drawImage(self.logo, x, top - lh, lw, lh, mask="auto")
            x += lw + 3 * mm
        canvas.setFillColor(LAYOUT.accent)
        canvas.setFont(LAYOUT.font_bold, 11)
        canvas.drawString(x, top - 10, self.org.name)
        canvas.setFillColor(LAYOUT.muted)
        canvas.setFont(LAYOUT.font, LAYOUT.small_size + 1)
        contact = " · ".join(p for p in (self.org.phone, self.org.email) if p)
        canvas.drawString(x, top - 21, contact)
        canvas.setFont(LAYOUT.font_bold, 10)
        canvas.setFillColor(LAYOUT.accent)
        canvas.drawRightString(right, top - 10, self.title)
        canvas.setStrokeColor(LAYOUT.rule)
        canvas.setLineWidth(0.6)
        rule = top - SHEET.header_height + 3 * mm
        canvas.line(left, rule, right, rule)
        base = SHEET.margin + SHEET.footer_height - 3 * mm
        canvas.line(left, base, right, base)
        siret = f"SIRET {self.org.siret}" if self.org.siret else ""
        identity = " · ".join(p for p in (self.org.name, siret, *self.org.address_lines) if p)
        y = base - 2
        for text in (identity, self.org.nda_sentence):
            if text:
                paragraph = para(text, "footer")
                _, h = paragraph.wrapOn(canvas, right - left - 25 * mm, 20 * mm)
                paragraph.drawOn(canvas, left, y - h)
                y -= h + 1
        canvas.restoreState()


def _logo(data: bytes | None) -> ImageReader | None:
    if not data:
        return None
    try:
        reader = ImageReader(BytesIO(data))
        reader.getSize()
        return reader
    except Exception:  # a damaged logo must not stop the document
        return None


class _Numbered(Canvas):
    """Keeps the pages until the end so that each can say « Page 1/3 »."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab API)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(LAYOUT.font, LAYOUT.small_size + 0.5)
            self.setFillColor(LAYOUT.muted)
            x = self._pagesize[0] - SHEET.margin
            y = SHEET.margin + SHEET.footer_height - 3 * mm - 10
            self.drawRightString(x, y, f"Page {number}/{total}")
            super().showPage()
        super().save()


def write_sheet(
    out: Path,
    story: list[Flowable],
    org: OrganisationInfo,
    *,
    title: str,
    subject: str = "",
    wide: bool = False,
) -> Path:
    """Render ``story`` on sheet pages (landscape when ``wide``) to ``out``, atomically."""
    register_fonts()
    size = page_size(wide)
    frame = Frame(
        SHEET.margin,
        SHEET.margin + SHEET.footer_height,
        size[0] - 2 * SHEET.margin,
        size[1] - 2 * SHEET.margin - SHEET.header_height - SHEET.footer_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    with atomic_path(out) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=size,
            title=title,
            author=org.name,
            subject=subject,
            creator="Formadesk",
            lang="fr-FR",
            initialFontName=LAYOUT.font,
            initialFontSize=LAYOUT.body_size,
        )
        doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=_Decor(org, title, size))])
        doc.build(story, canvasmaker=_Numbered)
    return out


def facts_table(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Label / value pairs in ``columns`` side-by-side groups, for the top of a sheet."""
    st = styles()
    cells = [
        [Paragraph(label, st["cell_head"]), para(value, "cell")] for label, value in pairs if value
    ]
    rows = []
    for start in range(0, len(cells), columns):
        chunk = cells[start : start + columns]
        chunk += [["", ""]] * (columns - len(chunk))
        rows.append([cell for pair in chunk for cell in pair])
    label_w = 28 * mm
    value_w = width / columns - label_w
    table = Table(rows, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("BOX", (0, 0), (-1, -1), 0.5, LAYOUT.rule),
                ("BACKGROUND", (0, 0), (-1, -1), LAYOUT.stripe_fill),
            ]
        )
    )
    return table
