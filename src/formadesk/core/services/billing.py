"""Invoicing: invoices of a session (subrogation split), dédits, credit notes, payments.

Invoice numbers are gap-free and chronological within a year. A number is taken from
``InvoiceCounter`` in the same transaction as the invoice it names, so a failure leaves no gap;
an issued invoice is never deleted nor renumbered: it is cancelled by a credit note (avoir) that
takes the next number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .. import formatting as fmt
from ..errors import BusinessRuleError, ValidationError
from ..model import Enrollment, Invoice
from ..validation import MAX_PRICE_CENTS, require_date
from . import billing_facts as facts
from . import billing_rows as rows
from .base import Service, get_or_fail
from .billing_numbers import NewInvoice, issue, read_setting
from .billing_ops import cancel_invoice_in, invoice_session_in
from .billing_split import LABEL_MAX, PlannedLine

BILLABLE_STATUSES = facts.BILLABLE_STATUSES
InvoiceRow = rows.InvoiceRow
__all__ = ["BILLABLE_STATUSES", "BillingService", "InvoiceRow", "read_setting"]


class BillingService(Service):
    """Factures, avoirs et dédits; payments and overdue invoices."""

    # -- issuing --------------------------------------------------------------------------
    def invoice_session(self, session_id: int, *, issued_on: dt.date | None = None) -> list[int]:
        """Issue every invoice of a session in one transaction; return their ids.

        Funders paying in subrogation (agreement « accordée ») get their share, prorated on
        attended hours, clients the rest, less the discount; a learner without a client pays
        as a private person (a client of kind « particulier » is created for them and set on
        the enrollment). A subrogated agreement still « demandée » blocks the session; a
        funder without an invoicing address is refused. Payers already invoiced for the
        session (invoice not cancelled) are left out; if all are, refused.
        """
        issued_on = require_date(issued_on or dt.date.today(), "La date de la facture", "issued_on")
        with self._db.unit_of_work() as s:
            ids = invoice_session_in(s, session_id, issued_on)
        self._emit("invoice", tuple(ids), "created", "session", "client", "enrollment")
        return ids

    def invoice_cancellation_fee(
        self, enrollment_id: int, amount_cents: int, *, issued_on: dt.date | None = None
    ) -> int:
        """Invoice a dédit (late cancellation fee) on its own invoice of kind « dedit »."""
        if isinstance(amount_cents, bool) or not isinstance(amount_cents, int) or amount_cents <= 0:
            raise ValidationError({"amount_cents": "Le montant du dédit doit être positif."})
        if amount_cents > MAX_PRICE_CENTS:
            raise ValidationError(
                {"amount_cents": "Le montant du dédit dépasse 10 000 000 € : vérifiez-le."}
            )
        issued_on = require_date(issued_on or dt.date.today(), "La date de la facture", "issued_on")
        with self._db.unit_of_work() as s:
            enrollment = get_or_fail(s, Enrollment, enrollment_id, "L'inscription")
            session, name = enrollment.session, facts.learner_name(enrollment.learner)
            if enrollment.status not in ("annule", "abandon"):
                raise BusinessRuleError(
                    f"L'inscription {fmt.of_name(name)} n'est pas annulée : annulez-la (ou notez "
                    "l'abandon) avant de facturer un dédit."
                )
            price = enrollment.price_cents - enrollment.discount_cents
            if enrollment.price_cents and amount_cents > price:
                raise ValidationError(
                    {
                        "amount_cents": f"Le dédit ({fmt.money(amount_cents)}) dépasse le prix "
                        f"de la formation pour {name} ({fmt.money(price)}) : un dédit "
                        "ne peut pas dépasser ce qui aurait été facturé. Corrigez le montant."
                    }
                )
            previous = rows.active_dedit(s, enrollment_id)
            if previous:
                raise BusinessRuleError(
                    f"Un dédit est déjà facturé pour {name} ({previous}) : annulez-le par un "
                    "avoir avant d'en émettre un autre."
                )
            client_id = (
                enrollment.client_id
                or (session.intra_client_id if session.kind == "intra" else None)
                or facts.private_client(s, enrollment)
            )
            label = f"Dédit — {session.course.title} — session {session.code} — {name}"
            new = NewInvoice(
                kind="dedit",
                issued_on=issued_on,
                session_id=session.id,
                client_id=client_id,
                lines=[PlannedLine(label[:LABEL_MAX], amount_cents, enrollment_id)],
            )
            invoice_id = issue(s, new).id
        self._emit("invoice", invoice_id, "created", "session", "client")
        return invoice_id

    def cancel_invoice(
        self, invoice_id: int, reason: str, *, issued_on: dt.date | None = None
    ) -> int:
        """Cancel an invoice by a credit note (next number, negative amounts); return its id.
        The reason and the date are checked by ``cancel_invoice_in``, before any write."""
        with self._db.unit_of_work() as s:
            credit_id = cancel_invoice_in(s, invoice_id, reason, issued_on or dt.date.today())
        self._emit("invoice", (invoice_id, credit_id), "updated", "session", "client")
        return credit_id

    def mark_paid(self, invoice_id: int, paid_on: dt.date | None = None) -> None:
        """Record the payment of an invoice (or a dédit)."""
        paid_on = require_date(paid_on or dt.date.today(), "La date de paiement", "paid_on")
        with self._db.unit_of_work() as s:
            invoice = get_or_fail(s, Invoice, invoice_id, "La facture")
            if invoice.kind == "avoir" or invoice.status == "annulee":
                raise BusinessRuleError(
                    f"{invoice.number} est un avoir ou une facture annulée : il n'y a pas de "
                    "paiement à enregistrer."
                )
            if paid_on < invoice.issued_on:
                raise BusinessRuleError(
                    f"La date de paiement précède la date de la facture {invoice.number}."
                )
            invoice.status, invoice.paid_on = "payee", paid_on
        self._emit("invoice", invoice_id, "updated")

    # -- reading --------------------------------------------------------------------------
    def invoices(
        self, session_id: int | None = None, *, year: int | None = None, unpaid_too: bool = False
    ) -> list[rows.InvoiceRow]:
        """Invoices, credit notes and dédits in number order (of one session or year, or all);
        with ``year`` and ``unpaid_too``, the unpaid invoices of the other years as well (what
        is still to be collected is followed whatever the year)."""
        with self._db.reading() as s:
            return rows.invoice_rows(s, session_id=session_id, year=year, unpaid_too=unpaid_too)

    def invoice_year(self, invoice_id: int) -> int | None:
        """The year an invoice is numbered in (None when it no longer exists)."""
        with self._db.reading() as s:
            return rows.invoice_year(s, invoice_id)

    def invoice_years(self) -> list[int]:
        """Years that have invoices, credit notes or dédits, most recent first."""
        with self._db.reading() as s:
            return rows.invoice_years(s)

    def invoiced_sessions(self) -> dict[int, list[str]]:
        """Numbers of the invoices (not cancelled, not dédits) of each session."""
        with self._db.reading() as s:
            return rows.invoiced_sessions(s)

    def overdue(self, today: dt.date | None = None) -> list[rows.InvoiceRow]:
        """Unpaid invoices whose due date has passed, oldest due first."""
        with self._db.reading() as s:
            return rows.invoice_rows(s, overdue_on=today or dt.date.today())

    def sales_journal(self, out: Path, year: int | None = None) -> Path:
        """Excel journal of the invoices, credit notes and dédits (of one year, or all)."""
        from ..documents.billing.xlsx import write_sales_journal

        with self._db.reading() as s:
            listed = rows.invoice_rows(s, year=year)
        title = f"Journal des ventes {year}" if year else "Journal des ventes"
        return write_sales_journal(listed, out, title=title)

    # -- documents ------------------------------------------------------------------------
    def render_invoice(
        self, invoice_id: int, file_format: str = "pdf", out_dir: Path | None = None
    ) -> Path:
        """Write the invoice's document (same number at every regeneration, new version)."""
        from ..documents.billing.files import render_invoice_file

        path, document_id = render_invoice_file(self._db, invoice_id, file_format, out_dir)
        self._emit("document", document_id, "created")
        return path

    def payment_reminders(
        self, session_id: int | None = None, out_dir: Path | None = None
    ) -> list[Path]:
        """One reminder letter per client and session with overdue invoices (as of today)."""
        from ..documents.billing.files import make_payment_reminders

        return make_payment_reminders(self._db, self._changes, session_id, out_dir)
