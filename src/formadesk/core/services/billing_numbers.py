"""Issuing one invoice: its gap-free number, due date, VAT rate and lines.

Everything here runs inside the caller's transaction: the year's counter is incremented in the
same transaction as the invoice insert, so an error anywhere rolls both back and no number is
lost. Numbers follow the order of the dates within a year.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import number_patterns
from ..db import insert_if_missing, locked
from ..errors import BusinessRuleError
from ..model import Invoice, InvoiceCounter, InvoiceLine, Organisation, Setting
from ..validation import require_date
from .billing_split import PlannedLine
from .settings import DEFAULTS
from .settings_checks import MISSING_IBAN, asks_transfer

STANDARD_VAT_PERMILLE = 200  # 20 %, when the office is not exempt
DEFAULT_PAYMENT_DAYS = 30
MAX_PAYMENT_DAYS = 60  # Code de commerce, L441-10: 60 days from the invoice at most


def read_setting(s: Session, key: str) -> str:
    """An office setting, or its default text when the office has not written its own."""
    value = s.scalar(select(Setting.value).where(Setting.key == key))
    return DEFAULTS.get(key, "") if value is None else value


def format_number(pattern: str, year: int, n: int) -> str:
    """« F2026-0001 » from the pattern setting; refuses a pattern that would repeat numbers."""
    try:
        number = pattern.format(year=year, n=n)
        repeats = number in (pattern.format(year=year, n=n + 1), pattern.format(year=year + 1, n=n))
    except (KeyError, IndexError, ValueError):
        repeats = True
    if repeats:
        raise BusinessRuleError(
            f"Le modèle de numéro de facture « {number_patterns.label(pattern)} » n'est pas "
            "valide : il doit contenir les mots Année et Numéro, par exemple F-Année-Numéro "
            "(Paramètres de l'organisme)."
        )
    return number


def next_number(s: Session, issued_on: dt.date) -> tuple[int, int, str]:
    """Year, sequence and number of the next invoice; increments the year's counter."""
    year = issued_on.year
    # The year's counter row is locked first: a second workstation issuing at the same moment
    # waits here until this transaction ends, then reads the number this one took.
    insert_if_missing(s, InvoiceCounter, year=year, last_sequence=0)
    counter = s.scalar(locked(select(InvoiceCounter).where(InvoiceCounter.year == year)))
    last = s.execute(
        select(Invoice.number, Invoice.issued_on, Invoice.sequence)
        .where(Invoice.year == year)
        .order_by(Invoice.sequence.desc())
        .limit(1)
    ).first()
    if last is not None and last.issued_on > issued_on:
        raise BusinessRuleError(
            f"La facture {last.number} est datée du {last.issued_on:%d/%m/%Y} : les numéros "
            "suivent l'ordre des dates, une nouvelle facture ne peut pas être antérieure."
        )
    sequence = max(counter.last_sequence or 0, last.sequence if last else 0) + 1
    counter.last_sequence = sequence
    number = format_number(read_setting(s, "billing.invoice_pattern"), year, sequence)
    if s.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
        raise BusinessRuleError(
            f"Le numéro {number} existe déjà : vérifiez le modèle de numéro de facture "
            "dans les paramètres."
        )
    s.flush()
    return year, sequence, number


@dataclass(frozen=True)
class NewInvoice:
    """What an invoice to issue is about; lines come from the split (or the cancelled one)."""

    kind: str  # facture, avoir, dedit
    issued_on: dt.date
    session_id: int | None
    lines: list[PlannedLine]
    client_id: int | None = None
    funder_id: int | None = None
    vat_permille: dict[int, int] | None = None  # per line position; default: the office's rate
    cancels: int | None = None
    notes: str = ""


TERMS_KEYS = (
    "billing.iban",
    "billing.bic",
    "documents.payment_terms",
    "documents.late_penalty",
)


def frozen_terms(s: Session) -> dict[str, str]:
    """The settings an invoice prints about payment, as they are when it is issued."""
    return {key: read_setting(s, key) for key in TERMS_KEYS}


def terms_of(s: Session, invoice: Invoice) -> dict[str, str]:
    """What an invoice prints about payment: as issued; what was blank then (an invoice
    issued before they were kept, or before the IBAN was entered) from the settings."""
    kept = json.loads(invoice.terms) if invoice.terms else {}
    return frozen_terms(s) | {key: value for key, value in kept.items() if value.strip()}


def issue(s: Session, new: NewInvoice) -> Invoice:
    """Number and insert one invoice with its lines, in the caller's transaction."""
    # Before the counter: no year's counter is created for a mistyped date.
    require_date(new.issued_on, "La date de la facture", "issued_on")
    terms = {} if new.kind == "avoir" else frozen_terms(s)
    if terms and asks_transfer(terms["documents.payment_terms"]) and not terms["billing.iban"]:
        raise BusinessRuleError(MISSING_IBAN)  # it could not be printed: refused before a number
    year, sequence, number = next_number(s, new.issued_on)
    days = read_setting(s, "billing.payment_days").strip()
    due_on = None
    if new.kind != "avoir":
        delay = int(days) if days.isdigit() else DEFAULT_PAYMENT_DAYS
        if delay > MAX_PAYMENT_DAYS:
            raise BusinessRuleError(
                f"Le délai de paiement ({delay} jours) dépasse {MAX_PAYMENT_DAYS} jours : "
                "corrigez-le dans les paramètres de facturation."
            )
        due_on = new.issued_on + dt.timedelta(days=delay)
    invoice = Invoice(
        number=number,
        year=year,
        sequence=sequence,
        kind=new.kind,
        client_id=new.client_id,
        funder_id=new.funder_id,
        session_id=new.session_id,
        issued_on=new.issued_on,
        due_on=due_on,
        status="emise",
        cancels_invoice_id=new.cancels,
        notes=new.notes,
        terms=json.dumps(terms, ensure_ascii=False) if terms else "",
    )
    s.add(invoice)
    s.flush()
    exempt = s.scalar(select(Organisation.vat_exempt).order_by(Organisation.id).limit(1))
    default_rate = 0 if exempt in (None, True) else STANDARD_VAT_PERMILLE
    write_lines(s, invoice, new.lines, new.vat_permille or {}, default_rate)
    return invoice


def write_lines(
    s: Session,
    invoice: Invoice,
    lines: list[PlannedLine],
    rates: dict[int, int],
    default_rate: int,
) -> None:
    """Insert the lines of a freshly numbered invoice."""
    for position, line in enumerate(lines, start=1):
        s.add(
            InvoiceLine(
                invoice_id=invoice.id,
                position=position,
                label=line.label,
                quantity=line.quantity,
                unit_price_cents=line.unit_price_cents,
                vat_rate_permille=rates.get(position, default_rate),
                enrollment_id=line.enrollment_id,
            )
        )
    s.flush()
