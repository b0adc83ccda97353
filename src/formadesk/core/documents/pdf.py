"""reportlab building blocks shared by every PDF document: fonts, letterhead, footer, tables.

Layout constants live in ``LAYOUT`` and ``styles()``, apart from the data; renderers assemble
flowables from them and call ``write_letter``.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
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

from .. import paths
from .data import OrganisationInfo
from .files import atomic_path

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageLayout:
    """Margins, font sizes and colours of every Formadesk PDF (A4 portrait)."""

    page_size: tuple[float, float] = A4
    margin_left: float = 20 * mm
    margin_right: float = 20 * mm
    first_top: float = 46 * mm  # first page: the letterhead sits above this line
    later_top: float = 24 * mm  # following pages: a one-line reminder of the office and title
    margin_bottom: float = 26 * mm  # the footer sits below this line
    header_top: float = 14 * mm
    logo_box: tuple[float, float] = (38 * mm, 22 * mm)  # max width, max height
    font: str = "DejaVuSans"
    font_bold: str = "DejaVuSans-Bold"
    font_italic: str = "DejaVuSans-Oblique"
    body_size: float = 9.5
    body_leading: float = 13.5
    small_size: float = 7
    heading_size: float = 10.5
    title_size: float = 12
    org_name_size: float = 13
    accent: colors.Color = field(default_factory=lambda: colors.HexColor("#1F3A5F"))
    muted: colors.Color = field(default_factory=lambda: colors.HexColor("#5A6270"))
    rule: colors.Color = field(default_factory=lambda: colors.HexColor("#C3CCD6"))
    header_fill: colors.Color = field(default_factory=lambda: colors.HexColor("#E6ECF3"))
    stripe_fill: colors.Color = field(default_factory=lambda: colors.HexColor("#F6F8FA"))

    @property
    def content_width(self) -> float:
        return self.page_size[0] - self.margin_left - self.margin_right


LAYOUT = PageLayout()
FONT_FILES = {
    "DejaVuSans": "DejaVuSans.ttf",
    "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique": "DejaVuSans-Oblique.ttf",
}


def fonts_dir() -> Path:
    """resources/fonts, whether Formadesk is installed or run from a source checkout."""
    try:
        return paths.resources_dir() / "fonts"
    except ModuleNotFoundError:  # run with PYTHONPATH=src: resources/ is beside src/
        return Path(__file__).resolve().parents[4] / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the embedded DejaVu fonts (all French characters, « », –, narrow spaces)."""
    folder = fonts_dir()
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        LAYOUT.font,
        normal=LAYOUT.font,
        bold=LAYOUT.font_bold,
        italic=LAYOUT.font_italic,
        boldItalic=LAYOUT.font_bold,
    )


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name: body, small, heading, title, cell, cell_head, right, footer."""
    register_fonts()
    L = LAYOUT  # noqa: N806
    body = ParagraphStyle(
        "body",
        fontName=L.font,
        fontSize=L.body_size,
        leading=L.body_leading,
        spaceAfter=5,
        alignment=TA_LEFT,
    )
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", body, fontSize=L.small_size + 1, leading=11, textColor=L.muted
        ),
        "heading": ParagraphStyle(
            "heading",
            body,
            fontName=L.font_bold,
            fontSize=L.heading_size,
            leading=14,
            textColor=L.accent,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=True,
        ),
        "title": ParagraphStyle(
            "title",
            body,
            fontName=L.font_bold,
            fontSize=L.title_size,
            leading=16,
            spaceBefore=4,
            spaceAfter=10,
        ),
        "cell": ParagraphStyle("cell", body, fontSize=L.body_size - 0.5, leading=12, spaceAfter=0),
        "cell_head": ParagraphStyle(
            "cell_head",
            body,
            fontName=L.font_bold,
            fontSize=L.body_size - 0.5,
            leading=12,
            spaceAfter=0,
            textColor=L.accent,
        ),
        "right": ParagraphStyle("right", body, alignment=TA_RIGHT),
        "footer": ParagraphStyle(
            "footer", body, fontSize=L.small_size, leading=9, textColor=L.muted, spaceAfter=0
        ),
    }


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


def data_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """A table that breaks across pages cleanly: its header row is repeated on each page."""
    cells = [[para(text, "cell_head") for text in header]]
    cells += [[para(text, "cell") for text in row] for row in rows]
    table = Table(cells, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), LAYOUT.header_fill),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, LAYOUT.accent),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, LAYOUT.rule),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [
        ("BACKGROUND", (0, i), (-1, i), LAYOUT.stripe_fill) for i in range(2, len(cells), 2)
    ]
    table.setStyle(TableStyle(commands))
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
                paragraph = para(text, "footer")
                _, h = paragraph.wrapOn(canvas, width, 30 * mm)
                paragraph.drawOn(canvas, L.margin_left, y - h)
                y -= h + 1
        canvas.restoreState()


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
        )
        doc.addPageTemplates(
            [
                PageTemplate("first", [frame(L.first_top, "first")], onPage=letterhead.first_page),
                PageTemplate("later", [frame(L.later_top, "later")], onPage=letterhead.later_page),
            ]
        )
        doc.build([NextPageTemplate("later"), *story], canvasmaker=_NumberedCanvas)
    return out
