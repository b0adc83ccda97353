"""Layout of every Formadesk PDF: page, margins, fonts, sizes, colours and paragraph styles.

Kept apart from the data and from the drawing code, so that the look can change in one place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from ... import paths
from .fonts import SharedSubsetFont


@dataclass(frozen=True)
class PageLayout:
    """Margins, font sizes and colours of every Formadesk PDF (A4 portrait)."""

    page_size: tuple[float, float] = A4
    margin_left: float = 20 * mm
    margin_right: float = 20 * mm
    first_top: float = 41 * mm  # first page: the letterhead sits above this line
    later_top: float = 24 * mm  # following pages: a one-line reminder of the office and title
    margin_bottom: float = 24 * mm  # the footer sits below this line
    header_top: float = 14 * mm
    logo_box: tuple[float, float] = (38 * mm, 22 * mm)  # max width, max height
    font: str = "DejaVuSans"
    font_bold: str = "DejaVuSans-Bold"
    font_italic: str = "DejaVuSans-Oblique"
    body_size: float = 9.5
    body_leading: float = 12.5
    paragraph_gap: float = 3.5  # points after a paragraph
    heading_gap: float = 6  # points before a heading
    small_size: float = 7
    heading_size: float = 10.5
    title_size: float = 12
    org_name_size: float = 13
    accent: colors.Color = field(default_factory=lambda: colors.HexColor("#1F3A5F"))
    muted: colors.Color = field(default_factory=lambda: colors.HexColor("#5A6270"))
    rule: colors.Color = field(default_factory=lambda: colors.HexColor("#C3CCD6"))
    header_fill: colors.Color = field(default_factory=lambda: colors.HexColor("#E6ECF3"))
    table_start_room: float = 30 * mm  # room needed to start a table: heading + 2 rows
    cell_padding: float = 3  # points above and below the text of a table cell
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
        return Path(__file__).resolve().parents[5] / "resources" / "fonts"


@functools.cache
def register_fonts() -> None:
    """Register the embedded DejaVu fonts (all French characters, « », –, narrow spaces)."""
    folder = fonts_dir()
    for name, file_name in FONT_FILES.items():
        pdfmetrics.registerFont(SharedSubsetFont(name, str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        LAYOUT.font,
        normal=LAYOUT.font,
        bold=LAYOUT.font_bold,
        italic=LAYOUT.font_italic,
        boldItalic=LAYOUT.font_bold,
    )


@functools.cache
def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles by name (see the keys below); fonts are registered on first use."""
    register_fonts()
    L = LAYOUT  # noqa: N806
    body = ParagraphStyle(
        "body", fontName=L.font, fontSize=L.body_size, leading=L.body_leading,
        spaceAfter=L.paragraph_gap, alignment=TA_LEFT,
    )  # fmt: skip
    bold = {"fontName": L.font_bold}
    cell = {"fontSize": L.body_size - 0.5, "leading": 11.5, "spaceAfter": 0}
    specs: dict[str, dict] = {
        "address": {"spaceAfter": 0, "leading": L.body_leading - 1},
        "small": {"fontSize": L.small_size + 1, "leading": 11, "textColor": L.muted},
        "heading": {
            **bold, "fontSize": L.heading_size, "leading": 14, "textColor": L.accent,
            "spaceBefore": L.heading_gap, "spaceAfter": 2, "keepWithNext": True,
        },
        # Before a table: the table may split across pages, so it is not kept with its heading;
        # a CondPageBreak (see pdf.table_heading) keeps the heading off the foot of a page.
        "table_heading": {
            **bold, "fontSize": L.heading_size, "leading": 14, "textColor": L.accent,
            "spaceBefore": L.heading_gap, "spaceAfter": 2,
        },
        "title": {**bold, "fontSize": L.title_size, "leading": 16, "spaceAfter": 8},
        "cell": cell,
        "cell_head": {**cell, **bold, "textColor": L.accent},
        "right": {"alignment": TA_RIGHT},
        "right_bold": {**bold, "alignment": TA_RIGHT},
        "footer": {"fontSize": L.small_size, "leading": 9, "textColor": L.muted, "spaceAfter": 0},
    }  # fmt: skip
    return {"body": body} | {
        name: ParagraphStyle(name, body, **spec) for name, spec in specs.items()
    }
