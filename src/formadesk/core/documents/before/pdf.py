"""PDF pieces shared by the documents sent before a training (contracts, quotes, forms).

Built on ``pdf`` and ``layout``: key/value boxes, parties, price tables with totals,
signature boxes and the office's long texts (articles, paragraphs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..engine.data import OrganisationInfo, SlotLine
from ..engine.layout import LAYOUT
from ..engine.pdf import bullets, data_table, markup, para, table_heading
from .data import PartyInfo, PriceSummary
from .data_admin import TextSection

Articles = Callable[[str], Flowable]  # numbered(): title -> « Article N – title » heading
SIGNATURE_HEIGHT = 24 * mm
LABEL_SHARE = 0.26  # width of the label column of a key/value box
_ARTICLE = re.compile(
    r"^((?:Article|Art\.|Chapitre|Section)\s+[\w.]+\s*[-–:.]?[^:]{0,70}?)\s*:\s+(.+)$"
)
_TITLE = re.compile(r"^(?:Article|Art\.|Chapitre|Section|Titre)\s+[\w.]+\b.{0,80}$")


def _box_style(extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), LAYOUT.font, LAYOUT.body_size),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
            ("BOTTOMPADDING", (0, 0), (-1, -1), LAYOUT.cell_padding),
            *extra,
        ]
    )


def facts(
    rows: Sequence[tuple[str, str]], label_share: float = LABEL_SHARE, *, padding: float = 0
) -> Table:
    """A framed two-column box: bold labels on the left, values on the right.

    ``padding`` (points above and below each row) defaults to the layout's cell padding.
    """
    width = LAYOUT.content_width
    cells = [[para(label, "cell_head"), para(value or "—", "cell")] for label, value in rows]
    table = Table(
        cells, colWidths=[width * label_share, width * (1 - label_share)], hAlign="LEFT",
        repeatRows=0,
    )  # fmt: skip
    table.setStyle(
        _box_style(
            [
                ("BOX", (0, 0), (-1, -1), 0.6, LAYOUT.rule),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, LAYOUT.rule),
                ("BACKGROUND", (0, 0), (0, -1), LAYOUT.header_fill),
                ("TOPPADDING", (0, 0), (-1, -1), padding or LAYOUT.cell_padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding or LAYOUT.cell_padding),
            ]
        )
    )
    return table


def heading(text: str) -> Flowable:
    return para(text, "heading")


def article(number: int, title: str) -> Flowable:
    """« Article 3 – Prix et modalités de paiement »"""
    return para(f"Article {number} – {title}", "heading")


def party_lines(party: PartyInfo, role: str) -> list[Flowable]:
    """A party of a contract: name in bold, address, SIRET, who represents it, its role."""
    story = [markup(f"<b>{escape(party.name)}</b>")]
    details = [party.address]
    details.append(f"SIRET {party.siret}" if party.siret else "")
    if party.representative:
        details.append(f"représenté(e) par {party.representative}")
    story.append(para(" – ".join(d for d in details if d)))
    story.append(markup(f"ci-après dénommé(e) <i>{escape(role)}</i>"))
    return story


def office_party(org: OrganisationInfo, role: str = "l'organisme de formation") -> list[Flowable]:
    """The office as a party: name, address, SIRET, NDA and signatory."""
    details = [", ".join(org.address_lines), f"SIRET {org.siret}" if org.siret else ""]
    if org.nda:
        region = f" (préfet de région {org.nda_region})" if org.nda_region else ""
        details.append(f"déclaration d'activité n° {org.nda}{region}")
    if org.signatory_name:
        title = f", {org.signatory_title}" if org.signatory_title else ""
        details.append(f"représenté par {org.signatory_name}{title}")
    return [
        markup(f"<b>{escape(org.name)}</b>"),
        para(" – ".join(d for d in details if d)),
        markup(f"ci-après dénommé <i>{escape(role)}</i>"),
    ]


def numbers_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: int,
    *,
    total: bool = False,
) -> Table:
    """``pdf.data_table`` with the last ``numeric`` columns right-aligned, as amounts and hours
    are; ``total`` sets the last row in bold."""
    first = len(header) - numeric
    return data_table(
        header, rows, widths, right_columns=range(first, len(header)), bold_last=total
    )


def price_table(prices: PriceSummary, heading_text: str = "") -> list[Flowable]:
    """Priced lines (header repeated over pages), then the totals and the VAT mention."""
    width = LAYOUT.content_width
    story: list[Flowable] = table_heading(heading_text) if heading_text else []
    rows = [(p.designation, p.quantity, p.unit_price, p.total) for p in prices.lines]
    widths = [width * share for share in (0.54, 0.07, 0.2, 0.19)]
    header = ("Désignation", "Qté", "Prix unitaire HT", "Total HT")
    story.append(numbers_table(header, rows, widths, numeric=3))
    totals = [
        ("Total HT", prices.total_ht),
        (prices.vat_label, prices.vat),
        ("Total TTC", prices.total_ttc),
    ]
    cells = [[para(label, "right"), para(value, "right")] for label, value in totals]
    cells[-1] = [para(totals[-1][0], "right_bold"), para(totals[-1][1], "right_bold")]
    box = Table(cells, colWidths=[width * 0.26, width * 0.18], hAlign="RIGHT")
    box.setStyle(
        _box_style(
            [
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, LAYOUT.accent),
                ("BACKGROUND", (0, -1), (-1, -1), LAYOUT.header_fill),
            ]
        )
    )
    story.append(KeepTogether([Spacer(1, 1 * mm), box]))
    if prices.vat_mention:
        story.append(para(prices.vat_mention, "small"))
    return story


def signatures(
    left: Sequence[str],
    right: Sequence[str],
    *,
    left_note: str = "",
    right_note: str = "",
    lead: Sequence[Flowable] = (),
    height: float = SIGNATURE_HEIGHT,
) -> Flowable:
    """Two signature boxes side by side, kept on one page with ``lead`` (« Fait à … »)."""
    half = LAYOUT.content_width / 2

    def block(lines: Sequence[str], note: str) -> list[Flowable]:
        story = [para(lines[0], "cell_head")] if lines else []
        story += [para(line, "cell") for line in lines[1:]]
        if note:
            story.append(para(note, "small"))
        return story

    table = Table(
        [[block(left, left_note), block(right, right_note)]],
        colWidths=[half - 3 * mm, half - 3 * mm],
        rowHeights=[None],
        hAlign="LEFT",
    )
    table.setStyle(
        _box_style(
            [
                ("BOX", (0, 0), (0, 0), 0.6, LAYOUT.rule),
                ("BOX", (1, 0), (1, 0), 0.6, LAYOUT.rule),
                ("BOTTOMPADDING", (0, 0), (-1, -1), height),
            ]
        )
    )
    table.hAlign = "CENTER"
    return KeepTogether([*lead, Spacer(1, 3 * mm), table])


def signed_at(city: str, date: str = "") -> str:
    """« Fait à Lyon, le 26 novembre 2026 » (dots for the date when it is to be written)."""
    where = f"Fait à {city}, " if city else "Fait "
    return where + f"le {date or '……………………'}"


def text_flowables(lines: Sequence[str]) -> list[Flowable]:
    """Paragraphs of an office text: « Article 1 – Objet : … » gets its label in bold."""
    story: list[Flowable] = []
    for line in lines:
        match = _ARTICLE.match(line)
        if match:
            label, rest = match.groups()
            story.append(markup(f"<b>{escape(label)} :</b> {escape(rest)}"))
        elif line.startswith(("- ", "• ")):
            story.append(bullets([line[2:]]))
        else:
            story.append(para(line))
    return story


def sections_flowables(sections: Sequence[TextSection]) -> list[Flowable]:
    """Titled sections of an office text, each title kept with its first paragraph."""
    story: list[Flowable] = []
    for section in sections:
        if section.title:
            story.append(heading(section.title))
        story += text_flowables(section.paragraphs)
    return story


def is_title(line: str) -> bool:
    """A short line naming an article or a chapter, with no text after a colon."""
    return bool(_TITLE.match(line)) and ":" not in line and not line.endswith(".")


def slot_table(slots: Sequence[SlotLine], title: str = "Calendrier") -> list[Flowable]:
    """The timetable of a session: date, times, room (header repeated over pages)."""
    if not slots:
        return []
    widths = [w * LAYOUT.content_width for w in (0.34, 0.2, 0.46)]
    rows = [(slot.date, slot.times, slot.place) for slot in slots]
    return [*table_heading(title), data_table(("Date", "Horaires", "Lieu"), rows, widths)]


def numbered(start: int = 1) -> Articles:
    """A counter of articles: ``art = numbered(); art("Objet")`` -> « Article 1 – Objet »."""
    counter = iter(range(start, 1000))

    def next_article(title: str) -> Flowable:
        return article(next(counter), title)

    return next_article
