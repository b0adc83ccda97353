"""Facture: an invoice, a credit note (avoir) or a dédit invoice, with every legal mention.

Produced per invoice by ``BillingService.render_invoice``; registered as the kind « facture »
too, whose batch makes one file per invoice of a session (clients and funders, see ``targets``).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Heading, Letterhead, Para, Table
from ..engine.layout import LAYOUT
from ..engine.pdf import markup, para, table_heading, write_letter
from ..engine.registry import DocumentKind, register
from .builders import build_latest_invoice
from .data import InvoiceData
from .pdf import (
    RECIPIENT_WIDTH,
    amount_table,
    framed,
    party_lines,
    title_style,
    totals_table,
    two_columns,
)
from .targets import invoice_targets

# Column shares of the text width: with VAT, and for an exempt office (no VAT column).
COLUMNS_VAT = (0.47, 0.07, 0.17, 0.11, 0.18)
COLUMNS_EXEMPT = (0.58, 0.07, 0.17, 0.18)
# Word keeps one layout for both: its VAT column must hold « Exonérée » on one line.
COLUMNS_WORD = (0.43, 0.06, 0.17, 0.15, 0.19)


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
    if data.bank:  # right under the terms: where to pay is read with when to pay
        story.append(para(f"Règlement par virement : {data.bank}"))
    for text in (data.discount, data.late_penalty):
        if text:
            story.append(para(text))
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


# The shipped Word template (fields of InvoiceData): the PDF's columns, amounts on the right,
# and no blank line for a mention that does not apply, so a usual invoice holds on one page.
DOCX_TEMPLATE = [
    Letterhead(extra=("{{ seller_identifiers }}",)),
    Heading("{{ heading }}", level=0),
    Para(
        "Date d'émission : {{ issued_on }}{% if due_on %} – Date d'échéance : {{ due_on }}"
        "{% endif %}{% if session_code %} – Session : {{ session_code }}{% endif %}"
    ),
    Para("{{ reference }}", bold=True, when="reference"),
    Heading("{{ buyer.role }}", level=2),
    Para("{{ buyer.name }}", bold=True),
    Para("{{ buyer.attention }}", when="buyer.attention"),
    Para("{{ buyer.address }}", when="buyer.address"),
    Para("{{ buyer.identifiers }}", size=8, when="buyer.identifiers"),
    Heading("Désignation", level=2),
    Para("{{ designation }}", when="designation"),
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
        shares=COLUMNS_WORD,
        right=(1, 2, 3, 4),
        size=9,  # « Exonérée » and « 12 000,00 € » hold on one line
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
        right=(1,),
    ),
    Heading("Conditions et mentions", level=2),
    Para("{{ vat_mention }}", bold=True, when="vat_mention"),
    Para("{{ dedit_notice }}", when="dedit_notice"),
    Para("{{ subrogation_note }}", when="subrogation_note"),
    Para("{{ notes }}", when="notes"),
    Para("Date d'échéance : {{ due_on }}. {{ payment_terms }}", when="due_on"),
    Para("Règlement par virement : {{ bank }}", when="bank"),
    Para("{{ discount }}", when="discount"),
    Para("{{ late_penalty }}", when="late_penalty"),
    Para("{{ paid_note }}", bold=True, when="paid_note"),
]

KIND = register(
    DocumentKind(
        key="facture",
        label="Facture",
        plural="Factures",
        scope="client",
        builder=build_latest_invoice,
        targets=invoice_targets,
        no_target_note=(
            "Aucune facture n'a été émise pour la session {code} : facturez d'abord la session "
            "(onglet Factures)."
        ),
        renderers={
            "pdf": render_invoice_pdf,
            "docx": docx_renderer("facture", title=lambda d: d.heading),
        },
    )
)
