"""Editing an enrollment: client, price, discount, status and its funding lines.

Everything is checked before the enrollment changes (French messages keyed by field), then
written in the caller's transaction. A funding line gives either an amount or a share of the
price less the discount (‰); a refused line counts for nothing. What invoicing reads of an
enrollment (``billing_signature``) is compared before and after, so that a change to
something already invoiced can be refused unless credit notes and new invoices are issued.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..errors import BusinessRuleError, ValidationError
from ..model import (
    Attachment,
    Client,
    Enrollment,
    Funder,
    FundingLine,
)
from .attendance.evidence import store_file
from .base import get_or_fail
from .enrollment_edit_checks import check_data, line_amount, share_amount

__all__ = ["check_data", "line_amount", "share_amount"]


@dataclass
class FundingLineData:
    """One funder's part of an enrollment: an amount, or a share (‰) of price less discount."""

    id: int | None = None
    funder_id: int | None = None
    amount_cents: int | None = None
    share_permille: int | None = None
    scheme: str = "plan"
    agreement_number: str = ""  # n° de prise en charge
    subrogation: bool = False
    status: str = "demandee"  # demandee, accordee, refusee
    requested_on: dt.date | None = None
    decided_on: dt.date | None = None
    attachment_id: int | None = None  # the funder's document already kept
    attachment_name: str = ""  # its file name (read only)
    attach_path: str | None = None  # a new file to keep as the funder's document
    funder_name: str = ""  # read only


@dataclass
class EnrollmentData:
    """An enrollment as the edit dialog shows it."""

    id: int
    session_id: int
    learner_id: int
    client_id: int | None = None
    status: str = "inscrit"
    price_cents: int = 0
    discount_cents: int = 0
    funding_scheme: str = "plan"
    prescriber: str = ""
    notes: str = ""
    funding: list[FundingLineData] = field(default_factory=list)
    learner_name: str = ""  # read only

    @property
    def due_cents(self) -> int:
        """The price less the discount."""
        return (self.price_cents or 0) - (self.discount_cents or 0)


@dataclass(frozen=True)
class EnrollmentUpdate:
    """What ``update`` did: the credit notes and new invoices it issued (when re-invoicing)."""

    enrollment_id: int
    credit_note_ids: tuple[int, ...] = ()
    invoice_ids: tuple[int, ...] = ()
    overpaid_cents: int = 0  # payments received beyond the new invoices: to give back


class InvoicedChange(BusinessRuleError):
    """The change alters invoices already issued: call again with ``reinvoice=True`` to cancel
    each by a credit note and invoice again the payers the change concerns."""

    def __init__(self, learner: str, invoices: list[tuple[int, str, str, bool]]):
        self.invoices = invoices  # (id, number, « payer, amount, payée le … », paid)
        listed = " ; ".join(f"{number} ({described})" for _, number, described, _ in invoices)
        paid = [number for _, number, _, is_paid in invoices if is_paid]
        warning = ""
        if paid:
            warning = (
                f" Attention : {', '.join(paid)} "
                f"{'est déjà payée' if len(paid) == 1 else 'sont déjà payées'} ; l'avoir "
                "laissera un trop-perçu à rembourser ou à déduire du nouveau montant."
            )
        super().__init__(
            f"L'inscription {fmt.of_name(learner)} figure sur des factures déjà émises : "
            f"{listed}. Ce changement modifie ce qui a été facturé.{warning} Voulez-vous "
            "annuler ces factures par un avoir et émettre les nouvelles factures ?"
        )


def billing_signature(row: Enrollment) -> tuple:
    """What invoicing reads of an enrollment: a change here alters what was invoiced."""
    lines = sorted(
        (f.funder_id, f.amount_cents, bool(f.subrogation), f.status, f.agreement_number or "")
        for f in row.funding_lines
    )
    return (row.client_id, row.status, row.price_cents, row.discount_cents or 0, tuple(lines))


def read(s: Session, enrollment_id: int) -> EnrollmentData:
    """The enrollment and its funding lines as plain data."""
    row = get_or_fail(s, Enrollment, enrollment_id, "L'inscription")
    names = dict(s.execute(select(Funder.id, Funder.name)).all())
    files = dict(
        s.execute(
            select(Attachment.id, Attachment.filename).where(
                Attachment.id.in_([f.attachment_id for f in row.funding_lines if f.attachment_id])
            )
        ).all()
    )
    funding = [
        FundingLineData(
            id=f.id,
            funder_id=f.funder_id,
            amount_cents=None if f.share_permille is not None else f.amount_cents,
            share_permille=f.share_permille,
            scheme=f.scheme,
            agreement_number=f.agreement_number or "",
            subrogation=bool(f.subrogation),
            status=f.status,
            requested_on=f.requested_on,
            decided_on=f.decided_on,
            attachment_id=f.attachment_id,
            attachment_name=files.get(f.attachment_id, ""),
            funder_name=names.get(f.funder_id, ""),
        )
        for f in sorted(row.funding_lines, key=lambda f: f.id)
    ]
    learner = row.learner
    return EnrollmentData(
        id=row.id,
        session_id=row.session_id,
        learner_id=row.learner_id,
        client_id=row.client_id,
        status=row.status,
        price_cents=row.price_cents or 0,
        discount_cents=row.discount_cents or 0,
        funding_scheme=row.funding_scheme,
        prescriber=row.prescriber or "",
        notes=row.notes or "",
        funding=funding,
        learner_name=f"{learner.first_name} {learner.last_name}".strip(),
    )


def apply(s: Session, row: Enrollment, data: EnrollmentData, now: dt.datetime) -> None:
    """Write the checked data (but the status) onto the enrollment and its funding lines."""
    if data.client_id is not None:
        get_or_fail(s, Client, data.client_id, "Le client")
    row.client_id = data.client_id
    row.price_cents = data.price_cents
    row.discount_cents = data.discount_cents
    row.funding_scheme = data.funding_scheme
    row.prescriber = (data.prescriber or "").strip()
    row.notes = data.notes or ""
    existing = {f.id: f for f in row.funding_lines}
    kept = []
    for index, line in enumerate(data.funding):
        get_or_fail(s, Funder, line.funder_id, "Le financeur")
        target = existing.get(line.id) if line.id is not None else None
        if line.id is not None and target is None:
            raise BusinessRuleError(
                f"Financement ligne {index + 1} : cette ligne a été supprimée entre-temps. "
                "Fermez la fenêtre et rouvrez l'inscription."
            )
        if target is None:
            target = FundingLine(funder_id=line.funder_id)
            row.funding_lines.append(target)
        target.funder_id = line.funder_id
        target.share_permille = line.share_permille
        target.amount_cents = line_amount(line, data.due_cents)
        target.scheme = line.scheme
        target.agreement_number = (line.agreement_number or "").strip()
        target.subrogation = bool(line.subrogation)
        target.status = line.status
        target.requested_on = line.requested_on
        target.decided_on = line.decided_on
        target.attachment_id = line.attachment_id
        if line.attach_path:
            try:
                target.attachment_id = store_file(s, Path(line.attach_path), now).id
            except ValidationError as error:
                message = " ".join(error.errors.values())
                raise ValidationError(
                    {f"funding.{index}.attach_path": f"Financement ligne {index + 1} : {message}"}
                ) from None
        kept.append(target)
    for line in list(row.funding_lines):
        if line not in kept:
            row.funding_lines.remove(line)
    s.flush()
