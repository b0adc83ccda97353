"""Quotes and invoices, with gap-free invoice numbering per year."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps


class Quote(Timestamps, Base):
    """Devis."""

    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("courses.id", ondelete="SET NULL"), nullable=True
    )
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="brouillon")
    notes: Mapped[str] = mapped_column(Text, default="")


class QuoteLine(Base):
    __tablename__ = "quote_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate_permille: Mapped[int] = mapped_column(Integer, default=0)


class Invoice(Timestamps, Base):
    """Facture (or avoir / dédit), numbered without gaps within a year."""

    __tablename__ = "invoices"
    __table_args__ = (UniqueConstraint("year", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20), default="facture")  # facture, avoir, dedit
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id"), nullable=True)
    funder_id: Mapped[int | None] = mapped_column(ForeignKey("funders.id"), nullable=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    issued_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="emise", index=True)
    cancels_invoice_id: Mapped[int | None] = mapped_column(
        ForeignKey("invoices.id"), nullable=True, index=True
    )
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # IBAN, BIC, payment terms and late-payment clause as issued (JSON), so that every copy
    # prints what was sent; "" for invoices issued before they were kept
    terms: Mapped[str] = mapped_column(Text, default="")


class InvoiceLine(Base):
    __tablename__ = "invoice_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoices.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    label: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_cents: Mapped[int] = mapped_column(Integer, default=0)
    vat_rate_permille: Mapped[int] = mapped_column(Integer, default=0)
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The BPF line (cadre C: "1", "2a" … "2h", "3" … "11") chosen by hand when the invoice's
    # payer and the enrolment's scheme cannot say it; "" = derived (see reporting/bpf).
    bpf_line: Mapped[str] = mapped_column(String(4), default="")


# Cadre D of the BPF: what a cost is.
COST_CATEGORIES = {
    "salaires_formateurs": "Salaires des formateurs",
    "achats_formation": "Achats de prestations de formation et honoraires",
    "autre": "Autres charges de formation",
}


class Cost(Timestamps, Base):
    """A cost of the training activity (BPF cadre D), of a session or of the office."""

    __tablename__ = "costs"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    spent_on: Mapped[dt.date] = mapped_column(Date, index=True)
    category: Mapped[str] = mapped_column(String(30), default="autre")  # COST_CATEGORIES
    label: Mapped[str] = mapped_column(String(300), default="")
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)  # hors taxes


class InvoiceCounter(Base):
    """Last invoice sequence used in a year; incremented in the same transaction as the invoice."""

    __tablename__ = "invoice_counters"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_sequence: Mapped[int] = mapped_column(Integer, default=0)
