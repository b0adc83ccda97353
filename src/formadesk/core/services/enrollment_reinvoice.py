"""What an enrollment edit changes on invoices already issued, and re-invoicing it.

The session's invoices are planned twice in the edit's transaction, before and after the edit,
with the same attendance and the same date: the payers whose lines differ are the ones the
edit changes. Only their issued invoices are concerned (cancelled by a credit note, then
issued again); every other payer's invoice, paid or not, is left alone. A change that does not
move any line (a discount in an intra-company session priced per group, the notes of an
enrollment) touches no invoice.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..errors import BusinessRuleError
from ..model import Client, Enrollment, Funder, Invoice, InvoiceLine
from . import billing_facts as facts
from . import billing_rows as rows
from .billing_ops import Payer, cancel_invoice_in, invoice_session_in, plan_session
from .billing_split import PlannedLine
from .enrollment_edit import billing_signature


@dataclass
class Before:
    """The enrollment and its session's planned invoices, read before the edit."""

    signature: tuple
    client_id: int | None
    payers: set[Payer]
    plan: dict[Payer, list[PlannedLine]] | None  # None: invoicing would be refused
    dedit: str  # number of the dédit invoiced for this enrollment, or ""


@dataclass(frozen=True)
class Concerned:
    """Issued invoices an edit changes, and every payer whose invoice changes."""

    invoices: list[tuple[int, str, str, bool]]  # (id, number, description, paid)
    payers: set[Payer]


def _payers(row: Enrollment) -> set[Payer]:
    """Who pays for this enrollment, whatever the split: its client and its funders."""
    payers: set[Payer] = {("funder", f.funder_id) for f in row.funding_lines}
    payers.add(("client", row.client_id) if row.client_id else ("person", row.id))
    if row.session.kind == "intra" and row.session.intra_client_id:
        payers.add(("client", row.session.intra_client_id))
    return payers


def _plan(s: Session, row: Enrollment, today: dt.date) -> dict[Payer, list[PlannedLine]]:
    session = row.session
    if session.status == "annulee":
        return {}
    return plan_session(s, session, facts.billable(s, session.id), today)


def before_edit(s: Session, row: Enrollment, today: dt.date) -> Before:
    plan = None
    if rows.active_payers(s, row.session_id):  # nothing invoiced: nothing to compare
        try:
            plan = _plan(s, row, today)
        except BusinessRuleError:
            plan = None
    return Before(
        billing_signature(row), row.client_id, _payers(row), plan, rows.active_dedit(s, row.id)
    )


def concerned_by(s: Session, row: Enrollment, before: Before, today: dt.date) -> Concerned | None:
    """The issued invoices the edit changes, or None when it changes none.

    Refused (French message) when the change cannot be invoiced again: the client of an
    enrollment whose dédit is invoiced, or a change the session's invoicing rules refuse.
    """
    if billing_signature(row) == before.signature:
        return None
    name = facts.learner_name(row.learner)
    if before.dedit and row.client_id != before.client_id:
        raise BusinessRuleError(
            f"Le dédit {before.dedit} {fmt.of_name(name)} est facturé au client de l'inscription : "
            "annulez-le d'abord par un avoir (onglet Factures), puis changez le client et "
            "facturez de nouveau le dédit."
        )
    active = rows.active_payers(s, row.session_id)
    if not active:
        return None
    try:
        after = _plan(s, row, today)
        error = None
    except BusinessRuleError as refused:
        after, error = None, refused
    if before.plan is not None and after is not None:
        changed = {
            payer
            for payer in before.plan.keys() | after.keys()
            if before.plan.get(payer) != after.get(payer)
        }
    else:
        changed = before.payers | _payers(row)
    numbers = {payer: number for payer, number in active.items() if payer in changed}
    if not numbers:
        return None
    if error is not None:
        listed = ", ".join(sorted(numbers.values()))
        raise BusinessRuleError(
            f"Cette modification change des factures déjà émises ({listed}), qui devraient "
            f"être refaites. {error}"
        )
    return Concerned(_described(s, sorted(numbers.values())), changed)


def _described(s: Session, numbers: list[str]) -> list[tuple[int, str, str, bool]]:
    """(id, number, « payer, amount TTC, payée le … ») of each invoice, in number order."""
    query = (
        select(Invoice, Client.name, Funder.name)
        .outerjoin(Client, Client.id == Invoice.client_id)
        .outerjoin(Funder, Funder.id == Invoice.funder_id)
        .where(Invoice.number.in_(numbers))
        .order_by(Invoice.year, Invoice.sequence)
    )
    described = []
    for invoice, client, funder in s.execute(query):
        total = _total_ttc(s, invoice.id)
        parts = [client or funder or "destinataire inconnu", f"{fmt.money(total)} TTC"]
        if invoice.status == "payee":
            paid = f" le {invoice.paid_on:%d/%m/%Y}" if invoice.paid_on else ""
            parts.append(f"payée{paid}")
        described.append((invoice.id, invoice.number, ", ".join(parts), invoice.status == "payee"))
    return described


def _total_ttc(s: Session, invoice_id: int) -> int:
    """Total TTC as printed (VAT rounded once per rate, as on the invoice)."""
    query = select(
        InvoiceLine.quantity, InvoiceLine.unit_price_cents, InvoiceLine.vat_rate_permille
    ).where(InvoiceLine.invoice_id == invoice_id)
    breakdown = rows.vat_breakdown(s.execute(query).all())
    return sum(base + vat for base, vat in breakdown.values())


def _payer_of(invoice: Invoice) -> Payer:
    return ("funder", invoice.funder_id) if invoice.funder_id else ("client", invoice.client_id)


def reinvoice(
    s: Session, row: Enrollment, concerned: Concerned, today: dt.date
) -> tuple[list[int], list[int], int]:
    """Cancel the concerned invoices by credit notes, then invoice the changed payers again.

    A payment already received is carried onto the payer's new invoice, which is then paid:
    returns (credit notes, new invoices, overpaid cents to give back). A new invoice above
    what was paid is refused (Formadesk records no partial payment).
    """
    paid: dict[Payer, tuple[Invoice, int]] = {}
    for invoice_id, *_ in concerned.invoices:
        invoice = s.get(Invoice, invoice_id)
        if invoice.status == "payee":
            paid[_payer_of(invoice)] = (invoice, _total_ttc(s, invoice_id))
    reason = f"Modification de l'inscription {fmt.of_name(facts.learner_name(row.learner))}"
    credits = [cancel_invoice_in(s, i, reason, today) for i, *_ in concerned.invoices]
    invoices = invoice_session_in(s, row.session_id, today, strict=False, only=concerned.payers)
    overpaid = 0
    for invoice_id in invoices:
        invoice = s.get(Invoice, invoice_id)
        if _payer_of(invoice) not in paid:
            continue
        old, received = paid.pop(_payer_of(invoice))
        due = _total_ttc(s, invoice_id)
        if due > received:
            raise BusinessRuleError(
                f"La facture {old.number} est déjà payée ({fmt.money(received)}) et la "
                f"nouvelle facture serait de {fmt.money(due)} : Formadesk n'enregistre pas de "
                "paiement partiel. Annulez d'abord la facture payée par un avoir (onglet "
                "Factures), puis modifiez l'inscription et facturez de nouveau la session."
            )
        received_on = old.paid_on or today
        invoice.status, invoice.paid_on = "payee", received_on
        invoice.notes = (
            f"Réglée par le paiement de la facture {old.number} (annulée par avoir) reçu le "
            f"{received_on:%d/%m/%Y}."
        )
        overpaid += received - due
    overpaid += sum(received for _, received in paid.values())  # nothing to invoice any more
    return credits, invoices, overpaid
