"""reportlab building blocks shared by every PDF document: fonts, letterhead, footer, tables.

Layout constants live in ``layout``, apart from the data; renderers assemble flowables with
these helpers and call ``write_letter``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ...files import atomic_path
from .data import OrganisationInfo
from .layout import LAYOUT, register_fonts, styles

log = logging.getLogger(__name__)


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), styles()[style])


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph of reportlab mini-markup (<b>, <i>): escape any data put into it."""
    return Paragraph(text, styles()[style])


def bullets(items: Sequence[str], style: str = "body") -> ListFlowable:
    return ListFlowable(
        [ListItem(para(item, style), leftIndent=12, value="•") for item in items],
        bulletType="bullet",
        start="•",
        leftIndent=12,
        bulletFontName=LAYOUT.font,
        bulletFontSize=LAYOUT.body_size,
        spaceAfter=4,
    )


def table_heading(text: str) -> list[Flowable]:
    """A heading for a table that may run over several pages (starts a page if too low)."""
    return [CondPageBreak(LAYOUT.table_start_room), para(text, "table_heading")]


@functools.cache
def _aligned_styles() -> dict[str, ParagraphStyle]:
    """Right-aligned and bold variants of the cell styles, for amounts, hours and totals."""
    st = styles()
    return {
        "cell_right": ParagraphStyle("cell_right", st["cell"], alignment=TA_RIGHT),
        "cell_head_right": ParagraphStyle("cell_head_right", st["cell_head"], alignment=TA_RIGHT),
        "cell_bold": ParagraphStyle("cell_bold", st["cell"], fontName=LAYOUT.font_bold),
        "cell_bold_right": ParagraphStyle(
            "cell_bold_right", st["cell"], fontName=LAYOUT.font_bold, alignment=TA_RIGHT
        ),
    }


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """A table that breaks across pages cleanly: its header row is repeated on each page.

    ``right_columns`` are right-aligned (amounts, hours); ``bold_last`` sets the last row in
    bold (a total).
    """
    right = set(right_columns)
    st, aligned = styles(), _aligned_styles()

    def cells_of(texts: Sequence[str], left: str, right_style: str) -> list[Paragraph]:
        return [
            Paragraph(escape(text).replace("\n", "<br/>"), aligned[right_style])
            if i in right
            else Paragraph(escape(text).replace("\n", "<br/>"), st.get(left) or aligned[left])
            for i, text in enumerate(texts)
        ]

    cells = [cells_of(header, "cell_head", "cell_head_right")]
    cells += [cells_of(row, "cell", "cell_right") for row in rows]
    if bold_last and rows:
        cells[-1] = cells_of(rows[-1], "cell_bold", "cell_bold_right")
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [
        ("FONT", (0, 0), (-1, -1), LAYOUT.font, LAYOUT.body_size),
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, LAYOUT.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LAYOUT.rule),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
    ]
    commands += [
        ("BACKGROUND", (0, i), (-1, i), LAYOUT.stripe_fill) for i in range(2, len(cells), 2)
    ]
    table.setStyle(TableStyle(commands))
    return table


def side_by_side(left: list[Flowable], right: list[Flowable], gap: float = 8 * mm) -> Table:
    """Two blocks next to each other, each half the text width, kept on one page."""
    half = (LAYOUT.content_width - gap) / 2
    table = Table([[left, right]], colWidths=[half + gap, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), LAYOUT.font, LAYOUT.body_size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _draw_logo(canvas: Canvas, logo: bytes, x: float, top: float) -> float:
    """Draw the logo with its top-left corner at (x, top); return the width used (0 if none)."""
    try:
        image = ImageReader(BytesIO(logo))
        width, height = image.getSize()
    except Exception:  # a damaged logo must not stop the document
        log.warning("Logo illisible : document produit sans logo", exc_info=True)
        return 0
    scale = min(LAYOUT.logo_box[0] / width, LAYOUT.logo_box[1] / height)
    w, h = width * scale, height * scale
    canvas.drawImage(image, x, top - h, w, h, mask="auto")
    return w


class _Letterhead:
    """Draws the letterhead (first page), the running header (later pages) and the footer."""

    def __init__(self, org: OrganisationInfo, title: str):
        self.org, self.title = org, title

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        L, org = LAYOUT, self.org  # noqa: N806
        top = L.page_size[1] - L.header_top
        x = L.margin_left
        if org.logo:
            used = _draw_logo(canvas, org.logo, x, top)
            x += used + 6 * mm if used else 0
        canvas.setFillColor(L.accent)
        canvas.setFont(L.font_bold, L.org_name_size)
        canvas.drawString(x, top - L.org_name_size, org.name)
        canvas.setFillColor(L.muted)
        canvas.setFont(L.font, L.body_size - 1)
        contact = " · ".join(p for p in (org.phone, org.email, org.website) if p)
        y = top - L.org_name_size - 13
        for line in (*org.address_lines, contact):
            if line:
                canvas.drawString(x, y, line)
                y -= 11
        self.footer(canvas, doc)

    def later_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        L = LAYOUT  # noqa: N806
        y = L.page_size[1] - L.later_top + 8 * mm
        canvas.setFont(L.font, L.small_size + 1)
        canvas.setFillColor(L.muted)
        canvas.drawString(L.margin_left, y, self.org.name)
        canvas.drawRightString(L.page_size[0] - L.margin_right, y, self.title)
        canvas.setStrokeColor(L.rule)
        canvas.line(L.margin_left, y - 4, L.page_size[0] - L.margin_right, y - 4)
        self.footer(canvas, doc)

    def footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        L, org = LAYOUT, self.org  # noqa: N806
        canvas.saveState()
        top = L.margin_bottom - 8 * mm
        canvas.setStrokeColor(L.rule)
        canvas.setLineWidth(0.5)
        canvas.line(L.margin_left, top, L.page_size[0] - L.margin_right, top)
        identity = " · ".join(
            p
            for p in (org.name, f"SIRET {org.siret}" if org.siret else "", *org.address_lines)
            if p
        )
        width = L.content_width - 22 * mm  # the page number sits on the right
        y = top - 3
        for text in (identity, org.nda_sentence):
            if text:
                paragraph = _footer_paragraph(text)
                _, h = paragraph.wrapOn(canvas, width, 30 * mm)
                paragraph.drawOn(canvas, L.margin_left, y - h)
                y -= h + 1
        canvas.restoreState()


@functools.lru_cache(maxsize=16)
def _footer_paragraph(text: str) -> Paragraph:
    """The office's footer lines, parsed once per process: the same on every page of every
    document (a Paragraph can be wrapped and drawn again on another canvas)."""
    return para(text, "footer")


class _NumberedCanvas(Canvas):
    """Holds pages until the end so that each can say « Page 1/2 »."""

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
            self.drawRightString(
                LAYOUT.page_size[0] - LAYOUT.margin_right,
                LAYOUT.margin_bottom - 8 * mm - 10,
                f"Page {number}/{total}",
            )
            super().showPage()
        super().save()


def write_letter(
    out: Path, story: list[Flowable], org: OrganisationInfo, *, title: str, subject: str = ""
) -> Path:
    """Render ``story`` on letterhead paper to ``out`` (replaced only once fully written)."""
    register_fonts()
    L = LAYOUT  # noqa: N806
    letterhead = _Letterhead(org, title)
    width, height = L.page_size

    def frame(top: float, frame_id: str) -> Frame:
        return Frame(
            L.margin_left,
            L.margin_bottom,
            L.content_width,
            height - top - L.margin_bottom,
            id=frame_id,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )

    with atomic_path(out) as temp:
        doc = BaseDocTemplate(
            str(temp),
            pagesize=L.page_size,
            title=title,
            author=org.name,
            subject=subject,
            creator="Formadesk",
            lang="fr-FR",
            initialFontName=L.font,  # no stray reference to an unembedded Helvetica
            initialFontSize=L.body_size,
        )
        doc.addPageTemplates(
            [
                PageTemplate("first", [frame(L.first_top, "first")], onPage=letterhead.first_page),
                PageTemplate("later", [frame(L.later_top, "later")], onPage=letterhead.later_page),
            ]
        )
        doc.build([NextPageTemplate("later"), *story], canvasmaker=_NumberedCanvas)
    return out
