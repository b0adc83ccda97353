"""Columns of the « Clients » place: clients, funders, and what the selected one is linked to."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from formadesk.core import formatting as fmt
from formadesk.core.documents.engine.registry import kind_label
from formadesk.core.services.billing_rows import InvoiceRow
from formadesk.core.services.parties import ClientListRow, ContactData
from formadesk.core.services.parties_overview import (
    DocumentLine,
    FundedLine,
    LearnerLine,
    QuoteLineRow,
    SessionLine,
    open_cents,
)
from formadesk.core.vocabulary import (
    CLIENT_KINDS,
    DOCUMENT_STATUSES,
    ENROLLMENT_STATUSES,
    FUNDER_KINDS,
    FUNDING_SCHEMES,
    FUNDING_STATUSES,
    SESSION_STATUSES,
)

from .simple import RIGHT, Column

CONTEXT = "ClientsModel"


def _amount(header: str, get) -> Column:
    return Column(header, lambda r: fmt.money(get(r)), sort_key=get, align=RIGHT)


CLIENT_COLUMNS: list[Column[ClientListRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda r: r.name, tooltip=lambda r: r.name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: CLIENT_KINDS.get(r.kind, r.kind)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Ville"), lambda r: r.city),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "SIRET"), lambda r: r.siret),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Reste dû"),
        lambda r: fmt.money(r.open_cents) if r.open_cents else "",
        sort_key=lambda r: r.open_cents,
        align=RIGHT,
        hint=lambda r: "warning" if r.open_cents > 0 else None,
    ),
]

FUNDER_COLUMNS: list[Column[ClientListRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: FUNDER_KINDS.get(r.kind, r.kind)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Ville"), lambda r: r.city),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "SIRET"), lambda r: r.siret),
]

CONTACT_COLUMNS: list[Column[ContactData]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda c: c.full_name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Fonction"), lambda c: c.role),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Courriel"), lambda c: c.email),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Téléphone"), lambda c: c.phone),
]

SESSION_COLUMNS: list[Column[SessionLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Code"), lambda r: r.code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Formation"), lambda r: r.course_title),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Du"),
        lambda r: fmt.date_short(r.start_date),
        lambda r: r.start_date,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Au"), lambda r: fmt.date_short(r.end_date), lambda r: r.end_date
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: SESSION_STATUSES.get(r.status, r.status)
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Intra"), lambda r: "intra" if r.intra else ""),
]

LEARNER_COLUMNS: list[Column[LearnerLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Apprenant"), lambda r: r.learner_name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: ENROLLMENT_STATUSES.get(r.status, r.status)
    ),
]

QUOTE_COLUMNS: list[Column[QuoteLineRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N°"), lambda r: r.number),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: fmt.date_short(r.issued_on),
        lambda r: r.issued_on,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Montant HT"), lambda r: r.total_ht_cents),
]

INVOICE_COLUMNS: list[Column[InvoiceRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N°"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: r.kind_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: fmt.date_short(r.issued_on),
        lambda r: r.issued_on,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Montant TTC"), lambda r: r.total_ttc_cents),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Reste dû"),
        lambda r: fmt.money(open_cents(r)) if open_cents(r) else "",
        sort_key=open_cents,
        align=RIGHT,
    ),
]

DOCUMENT_COLUMNS: list[Column[DocumentLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Document"), lambda r: kind_label(r.kind)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Apprenant"), lambda r: r.learner_name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Généré le"),
        lambda r: fmt.date_short(r.generated_at.date()),
        lambda r: r.generated_at,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: DOCUMENT_STATUSES.get(r.status, r.status)
    ),
]

FUNDED_COLUMNS: list[Column[FundedLine]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Apprenant"), lambda r: r.learner_name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    _amount(QT_TRANSLATE_NOOP(CONTEXT, "Montant"), lambda r: r.amount_cents),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Dispositif"), lambda r: FUNDING_SCHEMES.get(r.scheme, r.scheme)
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Accord"), lambda r: FUNDING_STATUSES.get(r.status, r.status)
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N° de prise en charge"), lambda r: r.agreement_number),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Subrogation"), lambda r: "oui" if r.subrogation else "non"),
]
