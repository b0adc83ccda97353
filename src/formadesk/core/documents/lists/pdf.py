"""PDF pieces of the lists: a titled header with facts, and tables that span pages."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from ..engine.data import OrganisationInfo
from ..engine.layout import LAYOUT, styles
from ..engine.pdf import para, table_heading
from .page import content_width, facts_table, write_sheet


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


def _email_markup(text: str, width: float) -> str:
    """An e-mail address on one line, in a smaller size when needed; cut after its « @ » only
    when even 6 points do not fit (reportlab would otherwise cut it in the middle of a word)."""
    cell = styles()["cell"]
    room = width - 2 * LAYOUT.cell_padding - 1
    size = cell.fontSize
    while size > 6 and stringWidth(text, cell.fontName, size) > room:
        size -= 0.5
    if stringWidth(text, cell.fontName, size) <= room:
        return (
            escape(text) if size == cell.fontSize else f'<font size="{size}">{escape(text)}</font>'
        )
    user, _, domain = text.partition("@")
    return f'<font size="{size}">{escape(user)}@<br/>{escape(domain)}</font>'


def _is_email(text: str) -> bool:
    return "@" in text and " " not in text.strip() and "\n" not in text


def _amount_commands(right: Sequence[int], total: bool) -> list[tuple]:
    """Font, size and alignment of the amount columns (plain strings, on one line)."""
    cell = styles()["cell"]
    commands: list[tuple] = []
    for col in right:
        commands += [
            ("FONTNAME", (col, 1), (col, -1), LAYOUT.font),
            ("FONTSIZE", (col, 1), (col, -1), cell.fontSize),
            ("LEADING", (col, 1), (col, -1), cell.leading),
            ("TEXTCOLOR", (col, 1), (col, -1), cell.textColor),
            ("ALIGN", (col, 1), (col, -1), "RIGHT"),
        ]
        if total:
            commands.append(("FONTNAME", (col, -1), (col, -1), LAYOUT.font_bold))
    return commands


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
    cells: list[list[Paragraph | str]] = [
        [Paragraph(escape(text), head) if col in right else para(text, "cell_head")]
        for col, text in enumerate(header)
    ]
    cells = [[cell for group in cells for cell in group]]
    widths = [share * content_width(wide) for share in shares]
    for index, row in enumerate(rows, start=1):
        bold = total and index == len(rows)
        line: list[Paragraph | str] = []
        for col, text in enumerate(row):
            if col in right:  # an amount is a plain string: reportlab breaks lines at U+202F
                line.append(text)
            elif _is_email(text):
                line.append(Paragraph(_email_markup(text, widths[col]), looks[(bold, False)]))
            else:
                line.append(Paragraph(escape(text).replace("\n", "<br/>"), looks[(bold, False)]))
        cells.append(line)
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
    commands += _amount_commands(right, total)
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
