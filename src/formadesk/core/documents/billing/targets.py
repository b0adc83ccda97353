"""The targets of the « facture » batch: every invoice of a session, not every client.

A client may have an invoice, a credit note and a dédit for one session, a client whose
enrollment was cancelled still has its dédit invoice, and a funder (OPCO, CPF, France Travail)
is no client: the batch makes one file per invoice, each carrying the invoice's own number.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...model import Client, Enrollment, Funder, Invoice, InvoiceLine
from ..engine.targets import Target


def invoice_targets(
    s: Session, session_id: int, enrollment_ids: list[int] | None = None
) -> list[Target]:
    """One target per invoice of the session, in number order; named « buyer - number ».

    With ``enrollment_ids``, the invoices of those enrollments (a line for one of them) and of
    their clients.
    """
    query = (
        select(Invoice.id, Invoice.number, Invoice.client_id, Client.name, Funder.name)
        .outerjoin(Client, Client.id == Invoice.client_id)
        .outerjoin(Funder, Funder.id == Invoice.funder_id)
        .where(Invoice.session_id == session_id)
        .order_by(Invoice.year, Invoice.sequence, Invoice.id)
    )
    if enrollment_ids is not None:
        lines = select(InvoiceLine.invoice_id).where(InvoiceLine.enrollment_id.in_(enrollment_ids))
        clients = select(Enrollment.client_id).where(Enrollment.id.in_(enrollment_ids))
        query = query.where(or_(Invoice.id.in_(lines), Invoice.client_id.in_(clients)))
    return [
        Target(
            f"{client or funder or ''} - {number}".strip(" -"),
            client_id=client_id,
            record_id=invoice_id,
            number=number,
        )
        for invoice_id, number, client_id, client, funder in s.execute(query)
    ]
