"""Facture: an invoice, a credit note (avoir) or a dédit invoice, with every legal mention.

Produced per invoice by ``BillingService.render_invoice``; registered as the client-scoped kind
« facture » too (the latest invoice of each client of a session).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .billing_builders import build_latest_invoice
from .billing_data import InvoiceData
from .billing_pdf import (
    RECIPIENT_WIDTH,
    amount_table,
    framed,
    party_lines,
    title_style,
    totals_table,
    two_columns,
)
from .docx import docx_renderer
from .docx_spec import Heading, Letterhead, Para, Table
from .layout import LAYOUT
from .pdf import markup, para, table_heading, write_letter
from .registry import DocumentKind, register

# Column shares of the text width: with VAT, and for an exempt office (no VAT column).
COLUMNS_VAT = (0.47, 0.07, 0.17, 0.11, 0.18)
COLUMNS_EXEMPT = (0.58, 0.07, 0.17, 0.18)


def _header(data: InvoiceData) -> list[Flowable]:
    facts = [markup(f"Date d'émission : <b>{escape(data.issued_on)}</b>", "address")]
    if data.due_on:
        facts.append(markup(f"Date d'échéance : <b>{escape(data.due_on)}</b>", "address"))
    if data.session_code:
        facts.append(para(f"Session : {data.session_code}", "address"))
    buyer = framed(party_lines(data.buyer), RECIPIENT_WIDTH, data.buyer.role)
    story: list[Flowable] = [
        Paragraph(escape(data.heading), title_style()),
        two_columns(facts, buyer),
        Spacer(1, 4 * mm),
    ]
    if data.reference:
        story.append(markup(f"<b>{escape(data.reference)}</b>"))
    seller = " · ".join(p for p in (data.organisation.name, data.seller_identifiers) if p)
    story.append(para(f"Émetteur : {seller}", "small"))
    return story


def _lines(data: InvoiceData) -> list[Flowable]:
    story: list[Flowable] = []
    if data.designation:
        story += [para("Désignation", "heading"), para(data.designation)]
    story += table_heading("Détail")
    if data.vat_exempt:
        header = ("Désignation", "Qté", "Prix unitaire", "Montant")
        rows = [(ln.label, ln.quantity, ln.unit_price, ln.total) for ln in data.lines]
        shares, right = COLUMNS_EXEMPT, (1, 2, 3)
    else:
        header = ("Désignation", "Qté", "Prix unitaire HT", "TVA", "Total HT")
        rows = [(ln.label, ln.quantity, ln.unit_price, ln.vat_rate, ln.total) for ln in data.lines]
        shares, right = COLUMNS_VAT, (1, 2, 3, 4)
    widths = [share * LAYOUT.content_width for share in shares]
    return [*story, amount_table(header, rows, widths, right), Spacer(1, 3 * mm)]


def _totals(data: InvoiceData) -> Flowable:
    rows = [("Total HT", data.total_ht, False)]
    if data.vat_exempt:
        rows.append(("TVA (exonérée)", data.total_vat, False))
    else:
        rows += [(vat.label, vat.amount, False) for vat in data.vat_lines]
    rows += [("Total TTC", data.total_ttc, False), (data.amount_label, data.total_ttc, True)]
    return KeepTogether([totals_table(rows), Spacer(1, 4 * mm)])


def _conditions(data: InvoiceData) -> list[Flowable]:
    story: list[Flowable] = [para("Conditions et mentions", "heading")]
    if data.vat_mention:
        story.append(markup(f"<b>{escape(data.vat_mention)}</b>"))
    for text in (data.dedit_notice, data.subrogation_note, data.notes):
        if text:
            story.append(para(text))
    if data.due_on:
        terms = f"Date d'échéance : {data.due_on}. {data.payment_terms}".strip()
        story.append(para(terms))
    for text in (data.discount, data.late_penalty):
        if text:
            story.append(para(text))
    if data.bank:
        story.append(para(f"Règlement par virement : {data.bank}"))
    if data.paid_note:
        story.append(markup(f"<b>{escape(data.paid_note)}</b>"))
    return story


def render_invoice_pdf(data: InvoiceData, out: Path) -> Path:
    """Write the invoice (credit note, dédit) of ``data`` as a PDF at ``out``; return ``out``."""
    story = [*_header(data), *_lines(data), _totals(data), *_conditions(data)]
    return write_letter(
        out,
        story,
        data.organisation,
        title=data.heading,
        subject=f"{data.buyer.name} – session {data.session_code}".strip(" –"),
    )


# The shipped Word template (fields of InvoiceData).
DOCX_TEMPLATE = [
    Letterhead(extra=("{{ seller_identifiers }}",)),
    Heading("{{ heading }}", level=0),
    Para(
        "Date d'émission : {{ issued_on }}{% if due_on %} – Date d'échéance : {{ due_on }}"
        "{% endif %}{% if session_code %} – Session : {{ session_code }}{% endif %}"
    ),
    Para("{{ reference }}", bold=True),
    Heading("{{ buyer.role }}", level=2),
    Para("{{ buyer.name }}", bold=True),
    Para("{% if buyer.attention %}{{ buyer.attention }}{% endif %}"),
    Para("{{ buyer.address }}"),
    Para("{{ buyer.identifiers }}", size=8),
    Heading("Désignation", level=2),
    Para("{{ designation }}"),
    Table(
        header=("Désignation", "Qté", "Prix unitaire HT", "TVA", "Total HT"),
        loop="line in lines",
        row=(
            "{{ line.label }}",
            "{{ line.quantity }}",
            "{{ line.unit_price }}",
            "{{ line.vat_rate }}",
            "{{ line.total }}",
        ),
        widths=(80, 12, 28, 20, 30),
    ),
    Table(
        header=("Récapitulatif", "Montant"),
        rows=(
            ("Total HT", "{{ total_ht }}"),
            ("TVA", "{{ total_vat }}"),
            ("Total TTC", "{{ total_ttc }}"),
            ("{{ amount_label }}", "{{ total_ttc }}"),
        ),
        widths=(60, 40),
    ),
    Heading("Conditions et mentions", level=2),
    Para("{{ vat_mention }}", bold=True),
    Para("{{ dedit_notice }}"),
    Para("{{ subrogation_note }}"),
    Para("{{ notes }}"),
    Para("{% if due_on %}Date d'échéance : {{ due_on }}. {{ payment_terms }}{% endif %}"),
    Para("{{ discount }}"),
    Para("{{ late_penalty }}"),
    Para("{% if bank %}Règlement par virement : {{ bank }}{% endif %}"),
    Para("{{ paid_note }}", bold=True),
]

KIND = register(
    DocumentKind(
        key="facture",
        label="Facture",
        plural="Factures",
        scope="client",
        builder=build_latest_invoice,
        renderers={"pdf": render_invoice_pdf, "docx": docx_renderer("facture")},
    )
)
