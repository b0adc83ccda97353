"""Devis: the priced offer to one client of a session, to sign « Bon pour accord ».

The quote is built from the client's enrollments in the session. When a quote is recorded for
the client and the session (table ``quotes``) its number, dates and lines are used. Otherwise
the document service gives it, at its first issue, a number from the gap-free counter of
quotes in the pattern of ``billing.quote_pattern`` (« D2026-0001 »), and every reprint keeps
that number and the date of the first issue (``engine.issues``). Built outside the service,
without a number, it says « provisoire ».
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import Client, Quote, QuoteLine
from ..engine import docx_spec as d
from ..engine.builders import load_session, organisation_info
from ..engine.docx import docx_renderer
from ..engine.pdf import markup, para, side_by_side, write_letter
from ..engine.registry import DocumentKind, register
from .builders import (
    bank_details,
    client_enrollments,
    client_party,
    course_sheet,
    learner_name,
    price_summary,
    session_price_lines,
    session_sheet,
    setting,
)
from .data import QuoteData
from .pdf import facts, heading, price_table, signatures
from .xlsx import EURO_FORMAT, Column, euros, write_sheet

VALIDITY_KEY = "billing.quote_validity_days"
NUMBER_SETTING = "billing.quote_pattern"
VALIDITY_DAYS = 30
AGREEMENT = "Date, cachet et signature du client, précédés de la mention « Bon pour accord »"


def provisional_number(pattern: str, session_code: str, client_id: int, year: int) -> str:
    """« D2026-EXCEL-INT-003-C4 (provisoire) »: the pattern's prefix, the session and client.

    ``year`` is the year of the session, so that its code does not repeat a different year.
    """
    prefix = pattern.split("{n", 1)[0]
    try:
        prefix = prefix.format(year=year)
    except (KeyError, IndexError, ValueError):
        prefix = f"D{year}-"
    code = re.sub(rf"^{year}-", "", session_code)
    return f"{prefix}{code}-C{client_id} (provisoire)"


def _recorded(s: Session, session_id: int, client_id: int) -> tuple[Quote, list] | None:
    """The latest quote recorded for this client and session, with its lines, if any."""
    quote = s.scalar(
        select(Quote)
        .where(Quote.session_id == session_id, Quote.client_id == client_id)
        .order_by(Quote.issued_on.desc(), Quote.id.desc())
    )
    if quote is None:
        return None
    lines = s.scalars(
        select(QuoteLine).where(QuoteLine.quote_id == quote.id).order_by(QuoteLine.position)
    ).all()
    return (
        (quote, [(li.label, li.quantity, li.unit_price_cents) for li in lines]) if lines else None
    )


def recorded_number(s: Session, session_id: int, client_id: int) -> str | None:
    """The number of the quote recorded in the quotes table for this client, if any."""
    recorded = _recorded(s, session_id, client_id)
    return recorded[0].number if recorded else None


def build_quote(
    s: Session,
    session_id: int,
    client_id: int,
    *,
    today: dt.date | None = None,
    number: str | None = None,
) -> QuoteData:
    """The devis of one client of a session."""
    session = load_session(s, session_id)
    client = s.get(Client, client_id)
    enrollments = client_enrollments(s, session_id, client_id)
    if client is None or (not enrollments and session.intra_client_id != client_id):
        raise NotFoundError(
            f"Ce client n'a aucun inscrit actif dans la session {session.code} : "
            "actualisez la liste des inscrits."
        )
    org = organisation_info(s)
    issued = today or dt.date.today()
    recorded = _recorded(s, session_id, client_id)
    days = setting(s, VALIDITY_KEY).strip()
    valid_until = issued + dt.timedelta(days=int(days) if days.isdigit() else VALIDITY_DAYS)
    if recorded:
        quote, lines = recorded
        number, provisional = quote.number, False
        issued, valid_until = quote.issued_on, quote.valid_until or valid_until
    else:
        provisional = not number
        if provisional:
            pattern = setting(s, NUMBER_SETTING)
            year = session.start_date.year
            number = provisional_number(pattern, session.code, client_id, year)
        lines = session_price_lines(session, enrollments)
    return QuoteData(
        organisation=org,
        number=number,
        provisional=provisional,
        issued_on=fmt.date_medium(issued),
        valid_until=fmt.date_medium(valid_until),
        client=client_party(s, client),
        course=course_sheet(session),
        session=session_sheet(s, session),
        learners=tuple(learner_name(e.learner) for e in enrollments),
        prices=price_summary(lines, org.vat_exempt),
        payment_terms=setting(s, "documents.payment_terms"),
        late_penalty=setting(s, "documents.late_penalty"),
        bank=bank_details(s),
        city=org.city,
    )


def _header(data: QuoteData) -> list[Flowable]:
    client = data.client
    recipient = [markup(f"<b>{escape(client.name)}</b>", "address")]
    recipient += [para(line, "address") for line in client.address_lines]
    if client.siret:
        recipient.append(para(f"SIRET {client.siret}", "address"))
    if client.representative:
        recipient.append(para(f"À l'attention de {client.representative}", "address"))
    reference = [
        para("DEVIS", "title"),
        markup(f"<b>N° {escape(data.number)}</b>"),
        para(f"Date : {data.issued_on}"),
        para(f"Valable jusqu'au : {data.valid_until}"),
    ]
    return [side_by_side(reference, recipient), Spacer(1, 4 * mm)]


def render_quote_pdf(data: QuoteData, out: Path) -> Path:
    """Write the devis as a PDF at ``out``."""
    course, session = data.course, data.session
    rows = [
        ("Formation", f"{course.title} (réf. {course.code})"),
        ("Session", f"{session.code}, {session.dates}"),
        ("Durée", f"{session.total_hours} – {course.modality}"),
        ("Lieu", session.place or "À préciser"),
        (fmt.noun(len(data.learners), "Stagiaire"), ", ".join(data.learners) or "À désigner"),
    ]
    story = [*_header(data), heading("Objet de la proposition"), facts(rows), Spacer(1, 3 * mm)]
    story += price_table(data.prices, "Détail du prix")
    story += [heading("Conditions"), para(f"Modalités de paiement : {data.payment_terms}")]
    if data.bank:
        story.append(para(f"Coordonnées bancaires : {data.bank}"))
    story.append(para(data.late_penalty, "small"))
    story.append(
        para(
            "Le présent devis, retourné signé avec la mention « Bon pour accord », vaut "
            "commande ; la convention de formation et le programme vous seront adressés à "
            "réception."
        )
    )
    org = data.organisation
    office = [f"Pour {org.name}", org.signatory_name, org.signatory_title]
    client = ["Bon pour accord – pour le client", data.client.name]
    story.append(signatures([x for x in office if x], client, right_note=AGREEMENT))
    title = f"Devis {data.number}"
    return write_letter(
        out, story, org, title=title, subject=f"{course.title} – {data.client.name}"
    )


def render_quote_xlsx(data: QuoteData, out: Path) -> Path:
    """Write the devis as a one-sheet workbook (lines and totals as numbers)."""
    prices = data.prices
    columns = [
        Column("Désignation", 70),
        Column("Quantité", 10),
        Column("Prix unitaire HT", 18, EURO_FORMAT),
        Column("Total HT", 18, EURO_FORMAT),
    ]
    rows = [(p.designation, p.count, euros(p.unit_cents), euros(p.total_cents)) for p in
            prices.lines]  # fmt: skip
    return write_sheet(
        out,
        sheet="Devis",
        title=f"Devis n° {data.number} – {data.organisation.name}",
        facts=[
            ("Date", data.issued_on),
            ("Valable jusqu'au", data.valid_until),
            ("Client", data.client.name),
            ("SIRET du client", data.client.siret),
            ("Formation", data.course.title),
            ("Session", f"{data.session.code}, {data.session.dates}"),
            ("Durée", data.session.total_hours),
        ],
        columns=columns,
        rows=rows,
        totals=[
            ("Total HT", euros(prices.total_ht_cents), EURO_FORMAT),
            (prices.vat_label, euros(prices.vat_cents), EURO_FORMAT),
            ("Total TTC", euros(prices.total_cents), EURO_FORMAT),
        ],
        notes=[n for n in (prices.vat_mention, f"Paiement : {data.payment_terms}") if n],
    )


# The priced lines of a quote, also printed in the convention's Word template.
PRICE_LINES_TABLE = d.Table(
    header=("Désignation", "Qté", "Prix unitaire HT", "Total HT"),
    loop="line in prices.lines",
    row=("{{ line.designation }}", "{{ line.quantity }}", "{{ line.unit_price }}",
         "{{ line.total }}"),
    widths=(95, 15, 30, 30),
)  # fmt: skip

DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Devis n° {{ number }}", 0),
    d.Para("Date : {{ issued_on }} – valable jusqu'au {{ valid_until }}"),
    d.Para("{{ client.name }}", bold=True, align="right"),
    d.Para("{{ client.address }}", align="right"),
    d.Para("{% if client.siret %}SIRET {{ client.siret }}{% endif %}", align="right"),
    d.Heading("Objet de la proposition"),
    d.Para("Formation « {{ course.title }} », session {{ session.code }}, {{ session.dates }}"),
    d.Para("Durée : {{ session.total_hours }} – Lieu : {{ session.place }}"),
    d.Para("Stagiaires : {{ learners|join(', ') }}", when="learners|length > 1"),
    d.Para("Stagiaire : {{ learners|join(', ') }}", when="learners|length == 1"),
    PRICE_LINES_TABLE,
    d.Para("Total HT : {{ prices.total_ht }}", align="right"),
    d.Para("{{ prices.vat_label }} : {{ prices.vat }}", align="right"),
    d.Para("Total TTC : {{ prices.total_ttc }}", bold=True, align="right"),
    d.Para("{{ prices.vat_mention }}", size=8),
    d.Heading("Conditions"),
    d.Para("Modalités de paiement : {{ payment_terms }}"),
    d.Para("{% if bank %}Coordonnées bancaires : {{ bank }}{% endif %}"),
    d.Para("{{ late_penalty }}", size=8),
    d.Signature(
        left=("Pour {{ organisation.name }}", "{{ organisation.signatory_name }}"),
        right=("Bon pour accord – pour le client", "{{ client.name }}", AGREEMENT),
    ),
]

KIND = register(
    DocumentKind(
        key="devis",
        label="Devis",
        plural="Devis",
        scope="client",
        builder=build_quote,
        number_setting=NUMBER_SETTING,
        own_number=recorded_number,
        renderers={
            "pdf": render_quote_pdf,
            "docx": docx_renderer("devis"),
            "xlsx": render_quote_xlsx,
        },
    )
)
