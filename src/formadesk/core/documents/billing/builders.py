"""Builders of the billing documents: an invoice (or credit note, or dédit) and its parties.

Reminder letters are built in ``letters``; both return data from ``data``.
"""

from __future__ import annotations

from babel.numbers import format_decimal
from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import (
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Invoice,
    InvoiceLine,
    Learner,
    Organisation,
    TrainingSession,
)
from ...services.billing_facts import BILLABLE_STATUSES
from ...services.billing_numbers import terms_of
from ...services.billing_rows import planned_minutes, vat_breakdown
from ...services.settings_checks import MISSING_IBAN, asks_transfer, bank_line
from ..engine.builders import address_lines, organisation_info, person_name, spaced_siret
from ..engine.registry import NotConcerned
from .data import InvoiceData, InvoiceLineInfo, PartyBlock, VatLine, quoted

VAT_EXEMPTION = "Exonération de TVA, art. 261-4-4° a du CGI"
RECOVERY_FEE = (
    "Indemnité forfaitaire pour frais de recouvrement due en cas de retard de paiement : "
    "40 € (art. L441-10 et D441-5 du Code de commerce)."
)
PRIVATE_LATE_PENALTY = (
    "En cas de retard de paiement, des pénalités au taux de l'intérêt légal pourront être "
    "appliquées."
)
NO_DISCOUNT = "Pas d'escompte pour paiement anticipé."
DEDIT_NOTICE = (
    "Dédit : somme due en application de la clause de dédit, à la suite de l'annulation de "
    "l'inscription. Ce dédit ne constitue pas une dépense de formation : il n'est pas imputable "
    "sur les fonds de la formation professionnelle et ne peut pas être pris en charge par un "
    "OPCO ni par aucun autre financeur de la formation."
)
TITLES = {"facture": "Facture", "avoir": "Avoir", "dedit": "Facture de dédit"}


def identifiers(siret: str, vat_number: str = "", nda: str = "") -> str:
    """« SIREN 123 456 789 · SIRET 123 456 789 00012 · NDA … · N° TVA FR… »."""
    digits = (siret or "").replace(" ", "")
    parts = []
    if len(digits) >= 9:
        parts.append(f"SIREN {digits[:3]} {digits[3:6]} {digits[6:9]}")
    if len(digits) == 14:
        parts.append(f"SIRET {spaced_siret(digits)}")
    if nda:
        parts.append(f"NDA {nda}")
    if vat_number:
        parts.append(f"N° TVA {vat_number}")
    return " · ".join(parts)


def client_block(client: Client, role: str = "Client") -> PartyBlock:
    """A client as addressee, with the first of its contacts as « à l'attention de »."""
    lines = address_lines(client.address, client.postal_code, client.city)
    digits = (client.siret or "").replace(" ", "")
    attention, salutation = "", "Madame, Monsieur,"
    if client.kind == "particulier":
        salutation = "Madame, Monsieur,"
    elif client.contacts:
        contact = client.contacts[0]
        who = person_name(contact.first_name, contact.last_name, contact.civility)
        attention = f"À l'attention de {who}" + (f", {contact.role}" if contact.role else "")
        salutation = {"Mme": "Madame,", "M.": "Monsieur,"}.get(contact.civility, salutation)
    return PartyBlock(
        name=client.name,
        address_lines=lines,
        address=", ".join(lines),
        siren=f"{digits[:3]} {digits[3:6]} {digits[6:9]}" if len(digits) >= 9 else "",
        siret=spaced_siret(digits),
        vat_number=client.vat_number or "",
        identifiers=identifiers(digits, client.vat_number),
        role=role,
        attention=attention,
        salutation=salutation,
        is_business=client.kind != "particulier",
    )


def funder_block(funder: Funder) -> PartyBlock:
    lines = address_lines(funder.address, funder.postal_code, funder.city)
    digits = (funder.siret or "").replace(" ", "")
    attention = f"À l'attention de {funder.contact_name}" if funder.contact_name else ""
    return PartyBlock(
        name=funder.name,
        address_lines=lines,
        address=", ".join(lines),
        siren=f"{digits[:3]} {digits[3:6]} {digits[6:9]}" if len(digits) >= 9 else "",
        siret=spaced_siret(digits),
        identifiers=identifiers(digits),
        role="Financeur",
        attention=attention,
    )


def bank_text(terms: dict[str, str]) -> str:
    """« IBAN FR76 3000 … 189 · BIC … » (grouped by four), or "" without an IBAN."""
    return bank_line(terms["billing.iban"], terms["billing.bic"])


def payment_terms_text(terms: dict[str, str]) -> str:
    """The office's payment terms; refused when they ask for a transfer and no IBAN is
    given, so that no invoice tells to pay « par virement » without saying where."""
    text = terms["documents.payment_terms"].strip()
    if asks_transfer(text) and not bank_text(terms):
        raise BusinessRuleError(MISSING_IBAN)
    return text


def late_penalty_text(terms: dict[str, str], business: bool) -> str:
    """The office's late-payment sentence; the 40 € recovery fee for businesses only."""
    if not business:
        return PRIVATE_LATE_PENALTY
    text = terms["documents.late_penalty"].strip()
    return text if "40" in text else f"{text} {RECOVERY_FEE}".strip()


def _vat_label(permille: int) -> str:
    return f"{format_decimal(permille / 10, format='#,##0.#', locale=fmt.LOCALE)} %"


def _learners(s: Session, invoice: Invoice, lines: list[InvoiceLine]) -> tuple[str, ...]:
    ids = [line.enrollment_id for line in lines if line.enrollment_id]
    query = select(Learner.first_name, Learner.last_name).join(
        Enrollment, Enrollment.learner_id == Learner.id
    )
    if ids:
        query = query.where(Enrollment.id.in_(ids))
    else:  # a group line (intra-company): the learners of the session
        query = query.where(
            Enrollment.session_id == invoice.session_id,
            Enrollment.status.in_(BILLABLE_STATUSES),
        )
    names = s.execute(query.order_by(Learner.last_name, Learner.first_name)).all()
    return tuple(dict.fromkeys(person_name(first, last) for first, last in names))


def _subrogation_note(s: Session, invoice: Invoice, lines: list[InvoiceLine]) -> str:
    ids = [line.enrollment_id for line in lines if line.enrollment_id]
    if invoice.funder_id is not None:
        clients = s.scalars(
            select(Client.name)
            .join(Enrollment, Enrollment.client_id == Client.id)
            .where(Enrollment.id.in_(ids))
            .distinct()
        ).all()
        behalf = f", pour le compte de : {', '.join(sorted(clients))}" if clients else ""
        return f"Facture adressée au financeur en subrogation de paiement{behalf}."
    if invoice.kind != "facture" or not ids:
        return ""
    funders = s.scalars(
        select(Funder.name)
        .join(FundingLine, FundingLine.funder_id == Funder.id)
        .where(
            FundingLine.enrollment_id.in_(ids),
            FundingLine.subrogation.is_(True),
            FundingLine.status == "accordee",
        )
        .distinct()
    ).all()
    if not funders:
        return ""
    return (
        "Montant restant à votre charge, déduction faite de la prise en charge réglée "
        f"directement par {', '.join(sorted(funders))} (subrogation de paiement)."
    )


def invoice_data(s: Session, invoice_id: int) -> InvoiceData:
    """Everything the document of one invoice prints (the same at every regeneration)."""
    invoice = s.get(Invoice, invoice_id)
    if invoice is None:
        raise NotFoundError("Cette facture n'existe plus : actualisez la liste des factures.")
    lines = list(
        s.scalars(
            select(InvoiceLine)
            .where(InvoiceLine.invoice_id == invoice_id)
            .order_by(InvoiceLine.position)
        )
    )
    session = s.get(TrainingSession, invoice.session_id) if invoice.session_id else None
    if invoice.funder_id is not None:
        buyer = funder_block(s.get(Funder, invoice.funder_id))
    elif invoice.client_id is not None:
        buyer = client_block(s.get(Client, invoice.client_id))
    else:
        buyer = PartyBlock(name="")
    org = organisation_info(s)
    org_vat = s.scalar(select(Organisation.vat_number).order_by(Organisation.id).limit(1)) or ""
    breakdown = vat_breakdown(
        (ln.quantity, ln.unit_price_cents, ln.vat_rate_permille) for ln in lines
    )
    exempt = all(rate == 0 for rate in breakdown)
    total_ht = sum(base for base, _ in breakdown.values())
    total_vat = sum(vat for _, vat in breakdown.values())
    learners = _learners(s, invoice, lines)
    title = TITLES.get(invoice.kind, "Facture")
    course = session.course.title if session else ""
    dates = fmt.date_range_long(session.start_date, session.end_date) if session else ""
    duration = fmt.hours(planned_minutes(session)) if session else ""
    designation = ""
    if session:
        designation = f"Formation {quoted(course)} – session {session.code} – {dates} ({duration})"
        designation += (
            f" – {fmt.noun(len(learners), 'Stagiaire')} : {', '.join(learners)}" if learners else ""
        )
    reference = ""
    if invoice.cancels_invoice_id:
        cancelled = s.get(Invoice, invoice.cancels_invoice_id)
        what = "la facture de dédit" if cancelled.kind == "dedit" else "la facture"
        reference = (
            f"Avoir n° {invoice.number} annulant {what} n° {cancelled.number} "
            f"du {fmt.date_medium(cancelled.issued_on)}."
        )
    payable = invoice.kind != "avoir"
    terms = terms_of(s, invoice)
    return InvoiceData(
        organisation=org,
        seller_identifiers=identifiers(org.siret, org_vat, org.nda),
        kind=invoice.kind,
        title=title,
        number=invoice.number,
        heading=f"{title} n° {invoice.number}",
        issued_on=fmt.date_medium(invoice.issued_on),
        due_on=fmt.date_medium(invoice.due_on) if payable else "",
        buyer=buyer,
        session_code=session.code if session else "",
        course_title=course,
        dates=dates,
        duration=duration,
        learners=learners,
        learners_text=", ".join(learners),
        designation=designation,
        lines=tuple(
            InvoiceLineInfo(
                label=ln.label,
                quantity=str(ln.quantity),
                unit_price=fmt.money(ln.unit_price_cents),
                vat_rate=_vat_label(ln.vat_rate_permille) if ln.vat_rate_permille else "Exonérée",
                total=fmt.money(ln.quantity * ln.unit_price_cents),
                total_cents=ln.quantity * ln.unit_price_cents,
            )
            for ln in lines
        ),
        vat_lines=()
        if exempt
        else tuple(
            VatLine(f"TVA {_vat_label(rate)}", fmt.money(base), fmt.money(vat))
            for rate, (base, vat) in breakdown.items()
        ),
        total_ht=fmt.money(total_ht),
        total_vat=fmt.money(total_vat),
        total_ttc=fmt.money(total_ht + total_vat),
        total_ttc_cents=total_ht + total_vat,
        amount_label="Net à payer" if payable else "Montant de l'avoir",
        vat_exempt=exempt,
        vat_mention=VAT_EXEMPTION if exempt else "",
        reference=reference,
        dedit_notice=DEDIT_NOTICE if invoice.kind == "dedit" else "",
        subrogation_note=_subrogation_note(s, invoice, lines),
        payment_terms=payment_terms_text(terms) if payable else "",
        late_penalty=late_penalty_text(terms, buyer.is_business) if payable else "",
        discount=NO_DISCOUNT if payable else "",
        bank=bank_text(terms) if payable else "",
        notes=(f"Motif : {invoice.notes}" if invoice.kind == "avoir" else invoice.notes)
        if invoice.notes
        else "",
        paid_note=f"Facture acquittée le {fmt.date_medium(invoice.paid_on)}."
        if invoice.status == "payee" and invoice.paid_on
        else "",
    )


def build_latest_invoice(
    s: Session, session_id: int, client_id: int | None, record_id: int | None = None
) -> InvoiceData:
    """The registry's builder: the invoice ``record_id`` of the session (the batch lists every
    invoice, see ``targets``), or else the latest invoice of a client for the session."""
    if record_id is not None:
        invoice = s.get(Invoice, record_id)
        if invoice is None or invoice.session_id != session_id:
            raise NotFoundError("Cette facture n'existe plus : actualisez la liste des factures.")
        return invoice_data(s, record_id)
    invoice_id = s.scalar(
        select(Invoice.id)
        .where(Invoice.session_id == session_id, Invoice.client_id == client_id)
        .order_by(Invoice.year.desc(), Invoice.sequence.desc())
        .limit(1)
    )
    if invoice_id is None:
        code = s.scalar(select(TrainingSession.code).where(TrainingSession.id == session_id))
        name = s.scalar(select(Client.name).where(Client.id == client_id))
        invoiced = s.scalar(select(Invoice.id).where(Invoice.session_id == session_id).limit(1))
        if invoiced is None:
            raise BusinessRuleError(
                f"Aucune facture n'a été émise pour {name} dans la session {code} : "
                "facturez d'abord la session."
            )
        funded = s.scalar(
            select(FundingLine.id)
            .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
            .where(
                Enrollment.session_id == session_id,
                Enrollment.client_id == client_id,
                FundingLine.subrogation.is_(True),
            )
            .limit(1)
        )
        reason = "pris en charge par un financeur" if funded else "aucune facture à son nom"
        raise NotConcerned(
            f"Aucune facture n'a été émise pour {name} dans la session {code} : "
            + (
                "sa part est entièrement prise en charge par un financeur, à qui la facture est "
                "adressée."
                if funded
                else "rien ne lui a été facturé."
            ),
            reason,
        )
    return invoice_data(s, invoice_id)
