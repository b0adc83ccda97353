"""Invoicing inside the caller's transaction: a session's invoices, a credit note.

``BillingService`` wraps each in its own unit of work; editing an enrollment already invoiced
runs both in the edit's transaction (credit notes, then the session's new invoices), so that
either everything is written or nothing is.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError, ValidationError
from ..model import Enrollment, Funder, Invoice, InvoiceLine, TrainingSession
from ..validation import require_date
from . import billing_facts as facts
from . import billing_rows as rows
from .base import get_or_fail
from .billing_numbers import NewInvoice, issue
from .billing_split import PlannedLine, split_session

Payer = tuple[str, int]  # ("client", id), ("funder", id) or ("person", enrollment id)


def plan_session(
    s: Session, session: TrainingSession, enrollments: list[Enrollment], issued_on: dt.date
) -> dict[Payer, list[PlannedLine]]:
    """What invoicing the session on ``issued_on`` would bill, payer by payer (nothing written).

    Runs every rule that refuses invoicing (agreements still « demandée », a session with
    funders not over, funded half-days without attendance, fundings above the price) as a
    French ``BusinessRuleError``. A learner paying for themself with no client yet is the
    payer ("person", enrollment id).
    """
    if not enrollments:
        return {}
    facts.require_decided_agreements(s, session, enrollments)
    known = facts.facts(s, enrollments)
    if issued_on < session.end_date and any(f.fundings for f in known):
        raise BusinessRuleError(
            f"La session {session.code} n'est pas terminée : les financeurs en "
            "subrogation sont facturés sur les heures réalisées, à partir du "
            f"{session.end_date:%d/%m/%Y} (dernier jour de la session)."
        )
    facts.require_funded_attendance(s, session, known)
    plans = split_session(
        session.course.title,
        rows.planned_minutes(session),
        known,
        facts.group_price(session, len(enrollments)),
    )
    merged: dict[Payer, list[PlannedLine]] = {}
    for plan in plans:
        merged.setdefault(plan.payer, []).extend(plan.lines)
    return merged


def invoice_session_in(
    s: Session,
    session_id: int,
    issued_on: dt.date,
    *,
    strict: bool = True,
    only: set[Payer] | None = None,
) -> list[int]:
    """Issue the invoices of a session not yet invoiced to their payer; return their ids.

    With ``strict`` (the « Facturer la session » action), a session with nothing left to
    invoice is refused with a French message; without it (re-invoicing after an edit), the
    answer is simply no invoice. ``only`` limits the invoices to these payers (re-invoicing
    the payers an edit changed, and nobody else).
    """
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    if session.status == "annulee":
        if not strict:
            return []
        raise BusinessRuleError(
            f"La session {session.code} est annulée : seuls des dédits peuvent être "
            "facturés, inscription par inscription."
        )
    enrollments = facts.billable(s, session_id)
    if not enrollments:
        if not strict:
            return []
        raise BusinessRuleError(
            f"La session {session.code} n'a aucun inscrit à facturer (statut inscrit, "
            "terminé ou abandon) : mettez à jour les inscriptions."
        )
    planned = plan_session(s, session, enrollments, issued_on)
    if not planned:
        if not strict:
            return []
        raise BusinessRuleError(
            f"Rien à facturer pour la session {session.code} : les prix des inscriptions "
            "sont à 0 €. Indiquez les prix avant de facturer."
        )
    if only is not None:
        planned = {payer: lines for payer, lines in planned.items() if payer in only}
    already = rows.active_payers(s, session_id)
    by_enrollment = {e.id: e for e in enrollments}
    merged: dict[Payer, list[PlannedLine]] = {}
    for payer, lines in planned.items():
        kind, ref = payer
        if kind == "person":
            payer = ("client", facts.private_client(s, by_enrollment[ref]))
        merged.setdefault(payer, []).extend(lines)
    todo = [(payer, lines) for payer, lines in merged.items() if payer not in already]
    if not todo:
        if not strict:
            return []
        numbers = ", ".join(sorted(already.values()))
        raise BusinessRuleError(
            f"La session {session.code} est déjà facturée ({numbers}) : pour la "
            "refacturer, annulez d'abord la facture concernée par un avoir."
        )
    require_funder_addresses(s, [ref for (kind, ref), _ in todo if kind == "funder"])
    ids = []
    for (kind, ref), lines in todo:
        new = NewInvoice(
            kind="facture",
            issued_on=issued_on,
            session_id=session_id,
            client_id=ref if kind == "client" else None,
            funder_id=ref if kind == "funder" else None,
            lines=lines,
        )
        ids.append(issue(s, new).id)
    return ids


def require_funder_addresses(s: Session, funder_ids: list[int]) -> None:
    """Refuse to invoice a funder whose invoicing address is not entered."""
    if not funder_ids:
        return
    funders = s.scalars(select(Funder).where(Funder.id.in_(funder_ids)).order_by(Funder.name))
    missing = [
        f.name
        for f in funders
        if not ((f.address or "").strip() and (f.postal_code or "").strip() and f.city.strip())
    ]
    if missing:
        names = ", ".join(f"« {name} »" for name in missing)
        raise BusinessRuleError(
            f"L'adresse de facturation du financeur {names} n'est pas renseignée : une facture "
            "doit porter l'adresse de son destinataire. Saisissez l'adresse, le code postal et "
            "la ville dans la fiche du financeur (Clients, onglet Financeurs), puis facturez "
            "de nouveau."
        )


def cancel_invoice_in(s: Session, invoice_id: int, reason: str, issued_on: dt.date) -> int:
    """Cancel an invoice by a credit note (next number, negative amounts); return its id."""
    if not (reason or "").strip():
        raise ValidationError({"reason": "Indiquez le motif de l'annulation de la facture."})
    issued_on = require_date(issued_on, "La date de la facture", "issued_on")
    invoice = get_or_fail(s, Invoice, invoice_id, "La facture")
    if invoice.kind == "avoir":
        raise BusinessRuleError(
            f"{invoice.number} est un avoir : un avoir ne s'annule pas, émettez une "
            "nouvelle facture si besoin."
        )
    if invoice.status == "annulee":
        raise BusinessRuleError(f"La facture {invoice.number} est déjà annulée.")
    if issued_on < invoice.issued_on:
        raise BusinessRuleError(
            f"L'avoir ne peut pas être daté d'avant la facture {invoice.number}."
        )
    lines = s.scalars(
        select(InvoiceLine)
        .where(InvoiceLine.invoice_id == invoice_id)
        .order_by(InvoiceLine.position)
    ).all()
    credit = NewInvoice(
        kind="avoir",
        issued_on=issued_on,
        session_id=invoice.session_id,
        client_id=invoice.client_id,
        funder_id=invoice.funder_id,
        lines=[
            PlannedLine(line.label, -line.unit_price_cents, line.enrollment_id, line.quantity)
            for line in lines
        ],
        vat_permille={line.position: line.vat_rate_permille for line in lines},
        cancels=invoice.id,
        notes=reason.strip(),
    )
    invoice.status = "annulee"
    return issue(s, credit).id
