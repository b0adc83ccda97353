"""PDF pieces of the lists: a titled header with facts, and tables that span pages."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from .data import OrganisationInfo
from .layout import LAYOUT, styles
from .lists_page import content_width, facts_table, write_sheet
from .pdf import para, table_heading


@functools.cache
def _cell_styles() -> dict[tuple[bool, bool], ParagraphStyle]:
    """Cell styles by (bold, right-aligned), derived from the shared "cell" style."""
    cell = styles()["cell"]
    return {
        (bold, right): ParagraphStyle(
            f"list_cell_{bold}_{right}",
            cell,
            fontName=LAYOUT.font_bold if bold else LAYOUT.font,
            alignment=TA_RIGHT if right else TA_LEFT,
        )
        for bold in (False, True)
        for right in (False, True)
    }


def list_table(
    title: str,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    shares: Sequence[float],
    *,
    wide: bool,
    right: Sequence[int] = (),
    total: bool = False,
) -> list[Flowable]:
    """A heading and its table (header row repeated on each page); « Aucun. » when empty.

    Looks like ``pdf.data_table``; ``right``: columns aligned right (amounts); ``total``:
    the last row is a bold total under a rule.
    """
    story = table_heading(title)
    if not rows:
        return [*story, para("Aucun.", "small")]
    looks = _cell_styles()
    head = ParagraphStyle("list_head_right", styles()["cell_head"], alignment=TA_RIGHT)
    cells: list[list[Paragraph]] = [
        [Paragraph(escape(text), head) if col in right else para(text, "cell_head")]
        for col, text in enumerate(header)
    ]
    cells = [[cell for group in cells for cell in group]]
    for index, row in enumerate(rows, start=1):
        bold = total and index == len(rows)
        cells.append(
            [
                Paragraph(escape(text).replace("\n", "<br/>"), looks[(bold, col in right)])
                for col, text in enumerate(row)
            ]
        )
    widths = [share * content_width(wide) for share in shares]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands = [
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
    if total:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, LAYOUT.accent))
        commands.append(("BACKGROUND", (0, -1), (-1, -1), LAYOUT.header_fill))
    table.setStyle(TableStyle(commands))
    return [*story, table]


def write_list(
    out: Path,
    org: OrganisationInfo,
    *,
    title: str,
    facts: Sequence[tuple[str, str]],
    body: list[Flowable],
    issued_on: str,
    subject: str,
    wide: bool,
) -> Path:
    """Title, facts, the tables of ``body`` and the date the list was printed."""
    story: list[Flowable] = [
        para(title, "title"),
        facts_table(facts, content_width(wide)),
        Spacer(1, 2 * mm),
        *body,
        Spacer(1, 4 * mm),
        para(f"Liste éditée le {issued_on}.", "small"),
    ]
    return write_sheet(out, story, org, title=title, subject=subject, wide=wide)
