"""Invoicing: invoices of a session (subrogation split), dédits, credit notes, payments.

Invoice numbers are gap-free and chronological within a year. A number is taken from
``InvoiceCounter`` in the same transaction as the invoice it names, so a failure leaves no gap;
an issued invoice is never deleted nor renumbered: it is cancelled by a credit note (avoir) that
takes the next number.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..errors import BusinessRuleError, ValidationError
from ..model import (
    Attendance,
    Client,
    Enrollment,
    Funder,
    Invoice,
    InvoiceCounter,
    InvoiceLine,
    Learner,
    Organisation,
    Setting,
    TrainingSession,
)
from . import billing_rows as rows
from .base import Service, get_or_fail
from .billing_split import (
    EnrollmentFacts,
    FundingFacts,
    GroupPrice,
    PlannedLine,
    split_session,
)
from .settings import DEFAULTS

BILLABLE_STATUSES = ("inscrit", "termine", "abandon")
STANDARD_VAT_PERMILLE = 200  # 20 %, when the office is not exempt
InvoiceRow = rows.InvoiceRow


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
            f"Le modèle de numéro de facture « {pattern} » n'est pas valide : il doit contenir "
            "l'année et le numéro d'ordre, par exemple F{year}-{n:04d} (paramètres)."
        )
    return number


def learner_name(learner: Learner) -> str:
    return f"{learner.first_name} {learner.last_name}".strip()


class BillingService(Service):
    """Factures, avoirs et dédits; payments and overdue invoices."""

    # -- issuing --------------------------------------------------------------------------
    def invoice_session(self, session_id: int, *, issued_on: dt.date | None = None) -> list[int]:
        """Issue every invoice of a session in one transaction; return their ids.

        Funders paying in subrogation get their share (prorated on attended hours), clients
        the rest; a learner without a client pays as a private person (a client of kind
        « particulier » is created for them and set on the enrollment). Payers already
        invoiced for the session (invoice not cancelled) are left out; if all are, refused.
        """
        issued_on = issued_on or dt.date.today()
        with self._db.unit_of_work() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            if session.status == "annulee":
                raise BusinessRuleError(
                    f"La session {session.code} est annulée : seuls des dédits peuvent être "
                    "facturés, inscription par inscription."
                )
            enrollments = self._billable(s, session_id)
            if not enrollments:
                raise BusinessRuleError(
                    f"La session {session.code} n'a aucun inscrit à facturer (statut inscrit, "
                    "terminé ou abandon) : mettez à jour les inscriptions."
                )
            plans = split_session(
                session.course.title,
                rows.planned_minutes(session),
                self._facts(s, enrollments),
                self._group(session, len(enrollments)),
            )
            if not plans:
                raise BusinessRuleError(
                    f"Rien à facturer pour la session {session.code} : les prix des inscriptions "
                    "sont à 0 €. Indiquez les prix avant de facturer."
                )
            already = rows.active_payers(s, session_id)
            by_enrollment = {e.id: e for e in enrollments}
            todo = []
            for plan in plans:
                kind, ref = plan.payer
                if kind == "person":
                    plan.payer = ("client", self._private_client(s, by_enrollment[ref]))
                if plan.payer not in already:
                    todo.append(plan)
            if not todo:
                numbers = ", ".join(sorted(already.values()))
                raise BusinessRuleError(
                    f"La session {session.code} est déjà facturée ({numbers}) : pour la "
                    "refacturer, annulez d'abord la facture concernée par un avoir."
                )
            ids = []
            for plan in todo:
                kind, ref = plan.payer
                invoice = self._issue(
                    s,
                    kind="facture",
                    issued_on=issued_on,
                    session_id=session_id,
                    client_id=ref if kind == "client" else None,
                    funder_id=ref if kind == "funder" else None,
                    lines=plan.lines,
                )
                ids.append(invoice.id)
        self._emit("invoice", tuple(ids), "created", "session", "client", "enrollment")
        return ids

    def invoice_cancellation_fee(
        self, enrollment_id: int, amount_cents: int, *, issued_on: dt.date | None = None
    ) -> int:
        """Invoice a dédit (late cancellation fee) on its own invoice of kind « dedit »."""
        if amount_cents <= 0:
            raise ValidationError({"amount_cents": "Le montant du dédit doit être positif."})
        issued_on = issued_on or dt.date.today()
        with self._db.unit_of_work() as s:
            enrollment = get_or_fail(s, Enrollment, enrollment_id, "L'inscription")
            session, name = enrollment.session, learner_name(enrollment.learner)
            if enrollment.status not in ("annule", "abandon"):
                raise BusinessRuleError(
                    f"L'inscription de {name} n'est pas annulée : annulez-la (ou notez "
                    "l'abandon) avant de facturer un dédit."
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
                or self._private_client(s, enrollment)
            )
            label = f"Dédit — {session.course.title} — session {session.code} — {name}"
            invoice = self._issue(
                s,
                kind="dedit",
                issued_on=issued_on,
                session_id=session.id,
                client_id=client_id,
                lines=[PlannedLine(label[:300], amount_cents, enrollment_id)],
            )
            invoice_id = invoice.id
        self._emit("invoice", invoice_id, "created", "session", "client")
        return invoice_id

    def cancel_invoice(
        self, invoice_id: int, reason: str, *, issued_on: dt.date | None = None
    ) -> int:
        """Cancel an invoice by a credit note (next number, negative amounts); return its id."""
        if not (reason or "").strip():
            raise ValidationError({"reason": "Indiquez le motif de l'annulation de la facture."})
        issued_on = issued_on or dt.date.today()
        with self._db.unit_of_work() as s:
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
            credit = self._issue(
                s,
                kind="avoir",
                issued_on=issued_on,
                session_id=invoice.session_id,
                client_id=invoice.client_id,
                funder_id=invoice.funder_id,
                lines=[
                    PlannedLine(line.label, -line.unit_price_cents, line.enrollment_id,
                                line.quantity)
                    for line in lines
                ],
                vat_permille={line.position: line.vat_rate_permille for line in lines},
                cancels=invoice.id,
                notes=reason.strip(),
            )
            invoice.status = "annulee"
            credit_id = credit.id
        self._emit("invoice", (invoice_id, credit_id), "updated", "session", "client")
        return credit_id

    def mark_paid(self, invoice_id: int, paid_on: dt.date | None = None) -> None:
        """Record the payment of an invoice (or a dédit)."""
        paid_on = paid_on or dt.date.today()
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
    def invoices(self, session_id: int | None = None) -> list[rows.InvoiceRow]:
        """Invoices, credit notes and dédits in number order (of one session, or all)."""
        with self._db.reading() as s:
            return rows.invoice_rows(s, session_id=session_id)

    def overdue(self, today: dt.date | None = None) -> list[rows.InvoiceRow]:
        """Unpaid invoices whose due date has passed, oldest due first."""
        with self._db.reading() as s:
            return rows.invoice_rows(s, overdue_on=today or dt.date.today())

    # -- documents ------------------------------------------------------------------------
    def render_invoice(
        self, invoice_id: int, file_format: str = "pdf", out_dir: Path | None = None
    ) -> Path:
        """Write the invoice's document (same number at every regeneration, new version)."""
        from ..documents.billing_files import render_invoice_file

        path, document_id = render_invoice_file(self._db, invoice_id, file_format, out_dir)
        self._emit("document", document_id, "created")
        return path

    def payment_reminders(
        self, session_id: int | None = None, out_dir: Path | None = None
    ) -> list[Path]:
        """One reminder letter per client and session with overdue invoices (as of today)."""
        from ..documents.billing_files import make_payment_reminders

        return make_payment_reminders(self._db, self._changes, session_id, out_dir)

    # -- inside a transaction -------------------------------------------------------------
    @staticmethod
    def _billable(s: Session, session_id: int) -> list[Enrollment]:
        query = (
            select(Enrollment)
            .join(Learner, Learner.id == Enrollment.learner_id)
            .where(
                Enrollment.session_id == session_id,
                Enrollment.status.in_(BILLABLE_STATUSES),
            )
            .options(selectinload(Enrollment.learner), selectinload(Enrollment.funding_lines))
            .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
        )
        return list(s.scalars(query))

    @staticmethod
    def _facts(s: Session, enrollments: list[Enrollment]) -> list[EnrollmentFacts]:
        ids = [e.id for e in enrollments]
        attended = dict(
            s.execute(
                select(Attendance.enrollment_id, func.sum(Attendance.minutes_attended))
                .where(Attendance.enrollment_id.in_(ids))
                .group_by(Attendance.enrollment_id)
            ).all()
        )
        funder_ids = {f.funder_id for e in enrollments for f in e.funding_lines}
        names = dict(s.execute(select(Funder.id, Funder.name).where(Funder.id.in_(funder_ids))))
        return [
            EnrollmentFacts(
                enrollment_id=e.id,
                learner_name=learner_name(e.learner),
                client_id=e.client_id,
                price_cents=e.price_cents or 0,
                attended_minutes=attended.get(e.id),
                fundings=tuple(
                    FundingFacts(f.funder_id, names[f.funder_id], f.amount_cents,
                                 f.agreement_number)
                    for f in e.funding_lines
                    if f.subrogation and f.amount_cents > 0
                ),
            )
            for e in enrollments
        ]

    @staticmethod
    def _group(session: TrainingSession, count: int) -> GroupPrice | None:
        if session.kind != "intra" or session.intra_client_id is None:
            return None
        price = session.price_cents or session.course.intra_price_cents
        if not price:
            return None  # no group price: each learner's own price is invoiced
        label = (
            f"Formation intra-entreprise « {session.course.title} » — session {session.code}, "
            f"{count} participant(s)"
        )
        return GroupPrice(session.intra_client_id, price, label[:300])

    @staticmethod
    def _private_client(s: Session, enrollment: Enrollment) -> int:
        """The client standing for a learner who pays for themself (created when missing)."""
        learner = enrollment.learner
        name = learner_name(learner)
        client = s.scalar(
            select(Client)
            .where(
                Client.kind == "particulier",
                Client.name == name,
                Client.postal_code == (learner.postal_code or ""),
            )
            .order_by(Client.id)
            .limit(1)
        )
        if client is None:
            client = Client(
                kind="particulier",
                name=name,
                address=learner.address or "",
                postal_code=learner.postal_code or "",
                city=learner.city or "",
                email=learner.email or "",
                phone=learner.phone or "",
                notes="Créé à la facturation : l'apprenant(e) finance sa formation.",
            )
            s.add(client)
            s.flush()
        enrollment.client_id = client.id
        return client.id

    def _issue(
        self,
        s: Session,
        *,
        kind: str,
        issued_on: dt.date,
        session_id: int | None,
        lines: list[PlannedLine],
        client_id: int | None = None,
        funder_id: int | None = None,
        vat_permille: dict[int, int] | None = None,
        cancels: int | None = None,
        notes: str = "",
    ) -> Invoice:
        """Number and insert one invoice with its lines (the caller's transaction)."""
        year, sequence, number = self._next_number(s, issued_on)
        days = read_setting(s, "billing.payment_days").strip()
        due_on = None
        if kind != "avoir":
            due_on = issued_on + dt.timedelta(days=int(days) if days.isdigit() else 30)
        invoice = Invoice(
            number=number,
            year=year,
            sequence=sequence,
            kind=kind,
            client_id=client_id,
            funder_id=funder_id,
            session_id=session_id,
            issued_on=issued_on,
            due_on=due_on,
            status="emise",
            cancels_invoice_id=cancels,
            notes=notes,
        )
        s.add(invoice)
        s.flush()
        exempt = s.scalar(select(Organisation.vat_exempt).order_by(Organisation.id).limit(1))
        default_rate = 0 if exempt in (None, True) else STANDARD_VAT_PERMILLE
        rates = vat_permille or {}
        self._write_lines(s, invoice, lines, rates, default_rate)
        return invoice

    @staticmethod
    def _write_lines(
        s: Session,
        invoice: Invoice,
        lines: list[PlannedLine],
        rates: dict[int, int],
        default_rate: int,
    ) -> None:
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

    @staticmethod
    def _next_number(s: Session, issued_on: dt.date) -> tuple[int, int, str]:
        """Year, sequence and number of the next invoice; increments the year's counter."""
        year = issued_on.year
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
        counter = s.scalar(
            select(InvoiceCounter).where(InvoiceCounter.year == year).with_for_update()
        )
        if counter is None:
            counter = InvoiceCounter(year=year, last_sequence=0)
            s.add(counter)
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
