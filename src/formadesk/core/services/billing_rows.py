"""Invoices as listed and totalled: rows for the screens, totals with VAT, payers already billed."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from ..model import Client, Funder, Invoice, InvoiceLine, TrainingSession

INVOICE_KINDS = {"facture": "Facture", "avoir": "Avoir", "dedit": "Facture de dédit"}
INVOICE_STATUSES = {"emise": "Émise", "payee": "Payée", "annulee": "Annulée"}
PAYABLE_KINDS = ("facture", "dedit")


def vat_amount(base_cents: int, permille: int) -> int:
    """VAT on an amount, rounded half away from zero to the cent (negative for a credit)."""
    whole, rest = divmod(abs(base_cents) * permille, 1000)
    value = whole + (1 if rest >= 500 else 0)
    return value if base_cents >= 0 else -value


def vat_breakdown(lines: Iterable[tuple[int, int, int]]) -> dict[int, tuple[int, int]]:
    """(quantity, unit cents, VAT per mille) lines -> {rate: (base HT, VAT)}, rates ascending."""
    bases: dict[int, int] = defaultdict(int)
    for quantity, unit, rate in lines:
        bases[rate] += quantity * unit
    return {rate: (base, vat_amount(base, rate)) for rate, base in sorted(bases.items())}


@dataclass(frozen=True)
class InvoiceRow:
    """One invoice, credit note or dédit as listed in the invoices tab."""

    id: int
    number: str
    kind: str
    status: str
    payer_name: str
    client_id: int | None
    funder_id: int | None
    session_id: int | None
    session_code: str
    issued_on: dt.date
    due_on: dt.date | None
    paid_on: dt.date | None
    total_ht_cents: int
    total_vat_cents: int
    cancels_number: str = ""
    cancelled_by_number: str = ""  # the avoir that cancelled this invoice, whatever its year

    @property
    def total_ttc_cents(self) -> int:
        return self.total_ht_cents + self.total_vat_cents

    @property
    def kind_label(self) -> str:
        return INVOICE_KINDS.get(self.kind, self.kind)

    @property
    def status_label(self) -> str:
        return INVOICE_STATUSES.get(self.status, self.status)

    def days_late(self, today: dt.date) -> int:
        """Days past the due date while unpaid (0 when not late)."""
        if self.due_on is None or self.status != "emise" or self.kind not in PAYABLE_KINDS:
            return 0
        return max((today - self.due_on).days, 0)


def invoice_rows(
    s: Session,
    *,
    session_id: int | None = None,
    client_id: int | None = None,
    overdue_on: dt.date | None = None,
    year: int | None = None,
    funder_id: int | None = None,
    unpaid_too: bool = False,
) -> list[InvoiceRow]:
    """Invoices in number order; with ``overdue_on``, only those unpaid and past due; with
    ``year`` and ``unpaid_too``, that year's and the unpaid ones of any year."""
    where = []
    if year is not None:
        unpaid = and_(Invoice.status == "emise", Invoice.kind.in_(PAYABLE_KINDS))
        # both sides indexed (year; status): SQLite reads the two and joins them
        where.append(or_(Invoice.year == year, unpaid) if unpaid_too else Invoice.year == year)
    if session_id is not None:
        where.append(Invoice.session_id == session_id)
    if client_id is not None:
        where.append(Invoice.client_id == client_id)
    if funder_id is not None:
        where.append(Invoice.funder_id == funder_id)
    if overdue_on is not None:
        where += [
            Invoice.kind.in_(PAYABLE_KINDS),
            Invoice.status == "emise",
            Invoice.due_on < overdue_on,
        ]
    cancelled = aliased(Invoice)
    query = (
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.status,
            Invoice.client_id,
            Invoice.funder_id,
            Invoice.session_id,
            Invoice.issued_on,
            Invoice.due_on,
            Invoice.paid_on,
            Client.name,
            Funder.name,
            TrainingSession.code,
            cancelled.number,
        )
        .outerjoin(Client, Client.id == Invoice.client_id)
        .outerjoin(Funder, Funder.id == Invoice.funder_id)
        .outerjoin(TrainingSession, TrainingSession.id == Invoice.session_id)
        .outerjoin(cancelled, cancelled.id == Invoice.cancels_invoice_id)
        .where(*where)
    )
    order = (Invoice.due_on, Invoice.year, Invoice.sequence) if overdue_on else ()
    query = query.order_by(*order, Invoice.year, Invoice.sequence)
    # the base of each VAT rate summed by the database: one row per invoice and rate
    totals: dict[int, list[int]] = defaultdict(lambda: [0, 0])  # invoice -> [HT, VAT]
    line_query = (
        select(
            InvoiceLine.invoice_id,
            func.sum(InvoiceLine.quantity * InvoiceLine.unit_price_cents),
            InvoiceLine.vat_rate_permille,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(*where)
        .group_by(InvoiceLine.invoice_id, InvoiceLine.vat_rate_permille)
    )
    run = s.connection().execute  # plain rows: no ORM bookkeeping (tens of thousands)
    for invoice_id, base, rate in run(line_query).all():  # one fetch, not one per row
        total = totals[invoice_id]  # VAT rounded per rate and invoice, as ``vat_breakdown``
        total[0] += base
        total[1] += vat_amount(base, rate)
    listed = run(query).all()
    # the credit note of each cancelled invoice (in any year: a 2025 invoice cancelled in 2026)
    cancelled_ids = [row[0] for row in listed if row[3] == "annulee"]
    credited = credit_numbers(s, cancelled_ids) if cancelled_ids else {}
    result = []
    for row in listed:
        (invoice_id, number, kind, status, client_id, funder_id, session_id, issued_on,
         due_on, paid_on, client, funder, code, cancels) = row  # fmt: skip
        ht, vat = totals.get(invoice_id, (0, 0))
        result.append(
            InvoiceRow(
                id=invoice_id,
                number=number,
                kind=kind,
                status=status,
                payer_name=client or funder or "",
                client_id=client_id,
                funder_id=funder_id,
                session_id=session_id,
                session_code=code or "",
                issued_on=issued_on,
                due_on=due_on,
                paid_on=paid_on,
                total_ht_cents=ht,
                total_vat_cents=vat,
                cancels_number=cancels or "",
                cancelled_by_number=credited.get(invoice_id, "") if status == "annulee" else "",
            )
        )
    if overdue_on is not None:
        result = [r for r in result if r.total_ttc_cents > 0]
    return result


def credit_numbers(s: Session, invoice_ids: list[int]) -> dict[int, str]:
    """The number of the credit note (avoir) that cancelled each of these invoices."""
    query = select(Invoice.cancels_invoice_id, Invoice.number).where(
        Invoice.kind == "avoir", Invoice.cancels_invoice_id.in_(invoice_ids)
    )
    return dict(s.connection().execute(query).all())


def invoice_year(s: Session, invoice_id: int) -> int | None:
    return s.scalar(select(Invoice.year).where(Invoice.id == invoice_id))


def invoice_years(s: Session) -> list[int]:
    """Years that have invoices, credit notes or dédits, most recent first."""
    query = select(Invoice.year).distinct().order_by(Invoice.year.desc())
    return list(s.scalars(query))


def invoiced_sessions(s: Session) -> dict[int, list[str]]:
    """Numbers of the invoices (not cancelled, not dédits) of each session, in number order."""
    query = (
        select(Invoice.session_id, Invoice.number)
        .where(
            Invoice.session_id.is_not(None), Invoice.kind == "facture", Invoice.status != "annulee"
        )
        .order_by(Invoice.year, Invoice.sequence)
    )
    invoiced: dict[int, list[str]] = {}
    for session_id, number in s.execute(query):
        invoiced.setdefault(session_id, []).append(number)
    return invoiced


def active_payers(s: Session, session_id: int) -> dict[tuple[str, int], str]:
    """Payers with an invoice (not cancelled) for the session: ("client"|"funder", id) -> n°."""
    query = select(Invoice.client_id, Invoice.funder_id, Invoice.number).where(
        Invoice.session_id == session_id,
        Invoice.kind == "facture",
        Invoice.status != "annulee",
    )
    payers = {}
    for client_id, funder_id, number in s.execute(query):
        key = ("funder", funder_id) if funder_id is not None else ("client", client_id)
        payers[key] = number
    return payers


def active_dedit(s: Session, enrollment_id: int) -> str:
    """Number of the dédit (not cancelled) already invoiced for an enrollment, or ""."""
    return (
        s.scalar(
            select(Invoice.number)
            .join(InvoiceLine, InvoiceLine.invoice_id == Invoice.id)
            .where(
                InvoiceLine.enrollment_id == enrollment_id,
                Invoice.kind == "dedit",
                Invoice.status != "annulee",
            )
            .limit(1)
        )
        or ""
    )


def planned_minutes(session: TrainingSession) -> int:
    """Planned duration: the sum of the slots, or the course duration when there is no slot."""
    total = 0
    for slot in session.slots:
        start = dt.datetime.combine(slot.date, slot.start_time)
        end = dt.datetime.combine(slot.date, slot.end_time)
        total += max(0, int((end - start).total_seconds() // 60))
    return total or session.course.duration_minutes
