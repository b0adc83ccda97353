"""Plain, frozen data of the billing documents: invoices, credit notes, dédits, reminders.

Every field is ready-to-print French text (amounts already formatted), so that PDF renderers and
Word templates use the same values; a few raw numbers are kept for spreadsheets and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from .data import OrganisationInfo

NBSP = "\u00a0"


def quoted(text: str) -> str:
    """« text » with no-break spaces inside the French quotes (never split across lines)."""
    return f"«{NBSP}{text}{NBSP}»"


@dataclass(frozen=True)
class PartyBlock:
    """A buyer or addressee as printed: name, postal address, identifiers."""

    name: str
    address_lines: tuple[str, ...] = ()
    address: str = ""  # the same on one line, for Word: « 8 rue des Lilas, 69003 Lyon »
    siren: str = ""  # « 123 456 789 »
    siret: str = ""  # « 123 456 789 00012 »
    vat_number: str = ""
    identifiers: str = ""  # « SIREN 123 456 789 · SIRET 123 456 789 00012 »
    role: str = ""  # « Client », « Financeur »
    attention: str = ""  # « À l'attention de Mme Julie Morel, responsable formation »
    salutation: str = "Madame, Monsieur,"
    is_business: bool = True  # the 40 € recovery fee applies to businesses and public bodies


@dataclass(frozen=True)
class InvoiceLineInfo:
    """One line of an invoice; ``unit_price`` and ``total`` are before VAT."""

    label: str
    quantity: str
    unit_price: str
    vat_rate: str  # « 20 % » or « Exonérée »
    total: str
    total_cents: int


@dataclass(frozen=True)
class VatLine:
    """The VAT of one rate: « TVA 20 % » on a base."""

    label: str
    base: str
    amount: str


@dataclass(frozen=True)
class InvoiceData:
    """Everything an invoice, a credit note (avoir) or a dédit invoice prints."""

    organisation: OrganisationInfo
    seller_identifiers: str  # « SIREN … · SIRET … · NDA … · N° TVA … »
    kind: str  # facture, avoir, dedit
    title: str  # « Facture », « Avoir », « Facture de dédit »
    number: str  # « F2026-0001 »
    heading: str  # « Facture n° F2026-0001 »
    issued_on: str  # « 9 décembre 2026 »
    due_on: str  # « 8 janvier 2027 », "" for a credit note
    buyer: PartyBlock
    session_code: str
    course_title: str
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    duration: str  # « 14 h »
    learners: tuple[str, ...]
    learners_text: str  # « Hélène Lefèvre, Marc N'Diaye »
    designation: str  # one sentence: course, session, dates, learners
    lines: tuple[InvoiceLineInfo, ...]
    vat_lines: tuple[VatLine, ...]  # empty when exempt
    total_ht: str
    total_vat: str
    total_ttc: str
    total_ttc_cents: int
    amount_label: str  # « Net à payer » or « Montant de l'avoir »
    vat_exempt: bool
    vat_mention: str  # « Exonération de TVA, art. 261-4-4° a du CGI » or ""
    reference: str  # « Avoir n° F2026-0005 annulant la facture n° F2026-0002 du … » or ""
    dedit_notice: str  # why a dédit is due and that no training fund may pay it, or ""
    subrogation_note: str
    payment_terms: str
    late_penalty: str
    discount: str  # « Pas d'escompte pour paiement anticipé. »
    bank: str  # « IBAN … · BIC … » or ""
    notes: str  # reason of a credit note
    paid_note: str = ""  # « Facture acquittée le … » once paid


@dataclass(frozen=True)
class OverdueLine:
    """One unpaid invoice in a payment reminder."""

    number: str
    title: str  # « Facture », « Facture de dédit »
    issued_on: str
    due_on: str
    amount: str
    days_late: str  # « 12 jours »


@dataclass(frozen=True)
class PaymentReminderData:
    """A reminder letter for the overdue invoices of one client for one session."""

    organisation: OrganisationInfo
    recipient: PartyBlock
    session_code: str
    course_title: str
    dates: str
    invoices: tuple[OverdueLine, ...]
    total_due: str
    rank: int  # 1 for the first reminder of these invoices, 2 for the second ...
    subject: str  # « Relance : facture F2026-0003 impayée »
    late_penalty: str
    bank: str
    issued_on: str
    city: str


@dataclass(frozen=True)
class ConventionReminderData:
    """A letter asking a client to send back the signed convention (or contract)."""

    organisation: OrganisationInfo
    recipient: PartyBlock
    document_label: str  # « convention de formation » or « contrat de formation »
    session_code: str
    course_title: str
    dates: str
    place: str
    learners: tuple[str, ...]
    learners_text: str
    sent_on: str  # « 28 octobre 2026 », "" when unknown
    deadline: str  # « au plus tard le 27 novembre 2026 » or « dans les meilleurs délais »
    subject: str
    intro: str  # « Nous vous avons adressé le … la convention de formation relative à … »
    request: str  # « … nous la retourner datée, signée … au plus tard le 27 novembre 2026. »
    issued_on: str
    city: str
