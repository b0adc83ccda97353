"""Plain, frozen data of the billing documents: invoices, credit notes, dédits, reminders.

Every field is ready-to-print French text (amounts already formatted), so that PDF renderers and
Word templates use the same values; a few raw numbers are kept for spreadsheets and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.data import OrganisationInfo

NBSP = "\u00a0"


def quoted(text: str) -> str:
    """« text » with no-break spaces inside the French quotes (never split across lines)."""
    return f"«{NBSP}{text}{NBSP}»"


@dataclass(frozen=True)
class PartyBlock:
    """A buyer or addressee as printed: name, postal address, identifiers."""

    name: str  # nom du client ou du financeur « Boulangerie Émile & Fils »
    address_lines: tuple[str, ...] = ()  # lignes de l'adresse postale
    address: str = ""  # adresse sur une ligne « 8 rue des Lilas, 69003 Lyon »
    siren: str = ""  # numéro SIREN « 442 981 767 »
    siret: str = ""  # numéro SIRET « 442 981 767 00019 »
    vat_number: str = ""  # numéro de TVA intracommunautaire « FR32442981767 »
    identifiers: str = ""  # SIREN et SIRET « SIREN 442 981 767 · SIRET 442 981 767 00019 »
    role: str = ""  # rôle du destinataire (client ou financeur) « Client »
    attention: str = ""  # destinataire « À l'attention de Mme Julie Morel, responsable formation »
    salutation: str = "Madame, Monsieur,"  # formule d'appel « Madame, »
    is_business: bool = True  # professionnel (l'indemnité de recouvrement de 40 € s'applique)


@dataclass(frozen=True)
class InvoiceLineInfo:
    """One line of an invoice; ``unit_price`` and ``total`` are before VAT."""

    label: str  # désignation de la ligne « Excel intermédiaire — Hélène Lefèvre »
    quantity: str  # quantité « 1 »
    unit_price: str  # prix unitaire hors taxes « 690,00 € »
    vat_rate: str  # taux de TVA (ou Exonérée) « 20 % »
    total: str  # montant hors taxes de la ligne « 690,00 € »
    total_cents: int  # montant hors taxes de la ligne, en centimes « 69000 »


@dataclass(frozen=True)
class VatLine:
    """The VAT of one rate: « TVA 20 % » on a base."""

    label: str  # taux « TVA 20 % »
    base: str  # base hors taxes « 525,00 € »
    amount: str  # montant de TVA « 105,00 € »


@dataclass(frozen=True)
class InvoiceData:
    """Everything an invoice, a credit note (avoir) or a dédit invoice prints."""

    organisation: OrganisationInfo
    seller_identifiers: str  # identifiants de l'organisme « SIREN … · SIRET … · NDA … »
    kind: str  # type de pièce (facture, avoir ou dedit) « facture »
    title: str  # intitulé de la pièce (Facture, Avoir, Facture de dédit) « Facture »
    number: str  # numéro de la pièce « F2026-0001 »
    heading: str  # titre avec le numéro « Facture n° F2026-0001 »
    issued_on: str  # date d'émission « 9 décembre 2026 »
    due_on: str  # date d'échéance (vide pour un avoir) « 8 janvier 2027 »
    buyer: PartyBlock  # client ou financeur facturé
    session_code: str  # code de la session « 2026-EXCEL-INT-003 »
    course_title: str  # intitulé de la formation « Excel intermédiaire »
    dates: str  # dates de la formation « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    duration: str  # durée prévue « 14 h »
    learners: tuple[str, ...]  # stagiaires concernés
    learners_text: str  # stagiaires sur une ligne « Hélène Lefèvre, Marc N'Diaye »
    designation: str  # désignation : formation, session, dates, stagiaires
    lines: tuple[InvoiceLineInfo, ...]  # lignes de la facture
    vat_lines: tuple[VatLine, ...]  # TVA par taux (vide si exonéré)
    total_ht: str  # total hors taxes « 525,00 € »
    total_vat: str  # total de la TVA « 0,00 € »
    total_ttc: str  # total toutes taxes comprises « 525,00 € »
    total_ttc_cents: int  # total toutes taxes comprises, en centimes « 52500 »
    amount_label: str  # libellé du montant dû (ou Montant de l'avoir) « Net à payer »
    vat_exempt: bool  # organisme exonéré de TVA
    vat_mention: str  # mention d'exonération « Exonération de TVA, art. 261-4-4° a du CGI »
    reference: str  # facture annulée « Avoir n° F2026-0005 annulant la facture n° F2026-0002 »
    dedit_notice: str  # mention du dédit, non imputable sur les fonds de la formation
    subrogation_note: str  # mention de la subrogation de paiement
    payment_terms: str  # conditions de paiement « Paiement à 30 jours, par virement. »
    late_penalty: str  # pénalités de retard et indemnité forfaitaire de 40 €
    discount: str  # escompte « Pas d'escompte pour paiement anticipé. »
    bank: str  # coordonnées bancaires « IBAN FR76 … · BIC … »
    notes: str  # motif de l'avoir « Motif : erreur sur le prix », or how it was paid
    paid_note: str = ""  # mention de paiement « Facture acquittée le 20 janvier 2027. »


@dataclass(frozen=True)
class OverdueLine:
    """One unpaid invoice in a payment reminder."""

    number: str  # numéro « F2026-0003 »
    title: str  # type de pièce (Facture ou Facture de dédit) « Facture »
    issued_on: str  # date d'émission « 09/12/2026 »
    due_on: str  # date d'échéance « 08/01/2027 »
    amount: str  # montant toutes taxes comprises « 525,00 € »
    days_late: str  # retard « 12 jours »


@dataclass(frozen=True)
class PaymentReminderData:
    """A reminder letter for the overdue invoices of one client for one session."""

    organisation: OrganisationInfo
    recipient: PartyBlock  # client relancé
    session_code: str  # code de la session « 2026-EXCEL-INT-003 »
    course_title: str  # intitulé de la formation « Excel intermédiaire »
    dates: str  # dates de la formation « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    invoices: tuple[OverdueLine, ...]  # factures échues non réglées
    total_due: str  # montant total restant dû « 1 200,00 € »
    rank: int  # rang de la relance (1, 2, 3…) « 1 »
    subject: str  # objet du courrier « Relance : facture n° F2026-0003 impayée »
    late_penalty: str  # pénalités de retard et indemnité forfaitaire de 40 €
    bank: str  # coordonnées bancaires « IBAN FR76 … · BIC … »
    issued_on: str  # date du courrier « 26 novembre 2026 »
    city: str  # ville de l'organisme (lieu de signature) « Lyon »


@dataclass(frozen=True)
class ConventionReminderData:
    """A letter asking a client to send back the signed convention (or contract)."""

    organisation: OrganisationInfo
    recipient: PartyBlock  # client relancé
    document_label: str  # document attendu « convention de formation »
    session_code: str  # code de la session « 2026-EXCEL-INT-003 »
    course_title: str  # intitulé de la formation « Excel intermédiaire »
    dates: str  # dates de la formation « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    place: str  # lieu de la formation « 5 place Béraudier, 69003 Lyon »
    learners: tuple[str, ...]  # stagiaires du client
    learners_text: str  # stagiaires sur une ligne « Hélène Lefèvre, Marc N'Diaye »
    sent_on: str  # date d'envoi de la convention (vide si inconnue) « 28 octobre 2026 »
    deadline: str  # délai de retour « au plus tard le 27 novembre 2026 »
    subject: str  # objet « Relance : convention de formation à nous retourner signée »
    intro: str  # première phrase : envoi de la convention, formation, dates et lieu
    request: str  # demande de retour signé, avec le délai
    issued_on: str  # date du courrier « 26 novembre 2026 »
    city: str  # ville de l'organisme (lieu de signature) « Lyon »
