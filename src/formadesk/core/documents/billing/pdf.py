"""reportlab pieces of the billing documents: amount tables, party boxes, letter blocks.

Built on the shared ``pdf`` helpers and ``layout`` styles; the sizes below are the only layout
constants of the billing documents.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..engine.data import OrganisationInfo
from ..engine.docx_spec import Letterhead, Para
from ..engine.layout import LAYOUT, styles
from ..engine.pdf import data_table, markup, para, write_letter
from .data import PartyBlock

RECIPIENT_WIDTH = 85 * mm  # the address sits where a windowed envelope shows it
TOTALS_WIDTH = 80 * mm
BOX_PADDING = 6  # points inside the buyer's frame


@functools.cache
def _right_styles() -> dict[str, ParagraphStyle]:
    base = styles()
    return {
        "cell": ParagraphStyle("cell_right", base["cell"], alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head_right", base["cell_head"], alignment=TA_RIGHT),
        "total": ParagraphStyle("total_right", base["body"], alignment=TA_RIGHT, spaceAfter=0),
        "total_bold": ParagraphStyle(
            "total_bold_right", base["right_bold"], spaceAfter=0, textColor=LAYOUT.accent
        ),
    }


def _cell(text: str, style: str, right: bool) -> Paragraph:
    if right:
        return Paragraph(escape(text), _right_styles()[style])
    return para(text, style)


def amount_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    right_columns: Sequence[int],
) -> Table:
    """A table of amounts: header repeated on each page, amounts aligned on the right."""
    return data_table(header, rows, widths, right_columns=right_columns)


def totals_table(rows: Sequence[tuple[str, str, bool]]) -> Table:
    """Label / amount pairs on the right of the page; bold rows are framed (net to pay)."""
    styles_ = _right_styles()
    cells = [
        [
            Paragraph(escape(label), styles_["total_bold" if bold else "total"]),
            Paragraph(escape(amount), styles_["total_bold" if bold else "total"]),
        ]
        for label, amount, bold in rows
    ]
    table = Table(cells, colWidths=[TOTALS_WIDTH * 0.55, TOTALS_WIDTH * 0.45], hAlign="RIGHT")
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEABOVE", (0, 0), (-1, 0), 0.4, LAYOUT.rule),
    ]
    for i, (_, _, bold) in enumerate(rows):
        if bold:
            commands += [
                ("BACKGROUND", (0, i), (-1, i), LAYOUT.header_fill),
                ("LINEABOVE", (0, i), (-1, i), 0.8, LAYOUT.accent),
            ]
    table.setStyle(TableStyle(commands))
    return table


def party_lines(party: PartyBlock) -> list[Flowable]:
    """Name (bold), « à l'attention de », address lines and identifiers of a party."""
    lines: list[Flowable] = [markup(f"<b>{escape(party.name)}</b>", "address")]
    if party.attention:
        lines.append(para(party.attention, "address"))
    lines += [para(line, "address") for line in party.address_lines]
    if party.identifiers:
        lines.append(para(party.identifiers, "small"))
    if party.vat_number and "TVA" not in party.identifiers:
        lines.append(para(f"N° TVA {party.vat_number}", "small"))
    return lines


def framed(content: list[Flowable], width: float, caption: str = "") -> Table:
    """A block in a thin frame, with an optional small caption above its content."""
    inner = ([para(caption, "small")] if caption else []) + content
    table = Table([[inner]], colWidths=[width], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, LAYOUT.rule),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), BOX_PADDING - 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), BOX_PADDING),
            ]
        )
    )
    return table


def two_columns(left: list[Flowable], right: Flowable | list[Flowable]) -> Table:
    """Free text on the left, the addressee's block on the right (envelope window)."""
    table = Table(
        [[left, right]],
        colWidths=[LAYOUT.content_width - RECIPIENT_WIDTH, RECIPIENT_WIDTH],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def letter_opening(
    references: Sequence[str], recipient: PartyBlock, city: str, issued_on: str, subject: str
) -> list[Flowable]:
    """Reference lines and addressee, place and date, subject, salutation."""
    signed_at = f"À {city}, le {issued_on}" if city else f"Le {issued_on}"
    return [
        two_columns([para(text, "small") for text in references], party_lines(recipient)),
        Spacer(1, 6 * mm),
        para(signed_at, "right"),
        Spacer(1, 2 * mm),
        markup(f"Objet : {escape(subject)}", "title"),
        para(recipient.salutation),
    ]


def letter_closing(org: OrganisationInfo, salutation: str, text: str) -> Flowable:
    """The polite closing sentence and the signatory, kept together."""
    who = salutation.rstrip(",")
    polite = f"Nous vous prions d'agréer, {who}, l'expression de nos salutations distinguées."
    signature = [para(org.signatory_title or org.name, "right")]
    if org.signatory_name:
        signature.append(para(org.signatory_name, "right_bold"))
    return KeepTogether(
        [
            Spacer(1, 2 * mm),
            para(f"{text} {polite}".strip()),
            Spacer(1, 4 * mm),
            *signature,
        ]
    )


@functools.cache
def title_style() -> ParagraphStyle:
    """The big title of an invoice: « Facture n° F2026-0001 »."""
    return ParagraphStyle(
        "invoice_title",
        styles()["title"],
        fontSize=LAYOUT.title_size + 4,
        leading=LAYOUT.title_size + 8,
        textColor=LAYOUT.accent,
        spaceAfter=4,
    )


def write_reminder(data, out: Path, references: list[str], body: list[Flowable]) -> Path:
    """A reminder letter (payment, convention): references, recipient, body, closing."""
    story = [
        *letter_opening(references, data.recipient, data.city, data.issued_on, data.subject),
        *body,
        letter_closing(data.organisation, data.recipient.salutation, ""),
    ]
    return write_letter(
        out,
        story,
        data.organisation,
        title=data.subject,
        subject=f"{data.recipient.name} – session {data.session_code}",
    )


# The opening of every reminder's Word template: letterhead, recipient, date, subject.
REMINDER_OPENING = [
    Letterhead(),
    Para("{{ recipient.name }}", bold=True, align="right"),
    Para("{% if recipient.attention %}{{ recipient.attention }}{% endif %}", align="right"),
    Para("{{ recipient.address }}", align="right"),
    Para("{% if city %}À {{ city }}, le{% else %}Le{% endif %} {{ issued_on }}", align="right"),
    Para("Objet : {{ subject }}", bold=True),
    Para("{{ recipient.salutation }}"),
]
