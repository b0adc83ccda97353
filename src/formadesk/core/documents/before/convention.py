"""Convention de formation with a company, public body or funder (L6353-1, D6353-1).

One per client of the session, naming that client's learners, with the programme attached.
A private person paying for themself signs a contrat de formation instead (``contract``).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import FUNDING_SCHEMES, Client, Enrollment, Funder
from ..engine import docx_spec as d
from ..engine.builders import load_session, organisation_info
from ..engine.docx import docx_renderer
from ..engine.registry import DocumentKind, register
from .builders import (
    bank_details,
    client_enrollments,
    client_party,
    course_sheet,
    funding_infos,
    learner_name,
    price_summary,
    session_price_lines,
    session_sheet,
    setting,
    subrogated_cents,
    today_text,
)
from .convention_pdf import render_convention_pdf
from .data import ConventionData, LearnerLine
from .programme import build_programme, programme_annex
from .quote import PRICE_LINES_TABLE


def _funding_text(enrollment: Enrollment, funder_names: dict[int, str]) -> str:
    """« Plan de développement des compétences – OPCO Atlas (subrogation) »"""
    scheme = FUNDING_SCHEMES.get(enrollment.funding_scheme, enrollment.funding_scheme)
    funders = [
        funder_names.get(line.funder_id, "") + (" (subrogation)" if line.subrogation else "")
        for line in enrollment.funding_lines
    ]
    return fmt.join_distinct([scheme, ", ".join(f for f in funders if f)])


def refuse_private_client(client: Client) -> None:
    """A private person signs a contract, not a convention: say so in French."""
    if client.kind == "particulier":
        raise BusinessRuleError(
            f"{client.name} est un particulier : une convention de formation ne le concerne "
            "pas. Produisez pour ses inscriptions un « Contrat de formation »."
        )


def build_convention(
    s: Session, session_id: int, client_id: int, *, today: dt.date | None = None
) -> ConventionData:
    """The convention between the office and one client of a session."""
    session = load_session(s, session_id)
    client = s.get(Client, client_id)
    enrollments = client_enrollments(s, session_id, client_id)
    if client is None or (not enrollments and session.intra_client_id != client_id):
        raise NotFoundError(
            f"Ce client n'a aucun inscrit actif dans la session {session.code} : "
            "actualisez la liste des inscrits."
        )
    refuse_private_client(client)
    org = organisation_info(s)
    prices = price_summary(session_price_lines(session, enrollments), org.vat_exempt)
    funder_ids = {line.funder_id for e in enrollments for line in e.funding_lines}
    names = dict(s.execute(select(Funder.id, Funder.name).where(Funder.id.in_(funder_ids))).all())
    learners = tuple(
        LearnerLine(learner_name(e.learner), e.learner.job_title, _funding_text(e, names))
        for e in enrollments
    )
    return ConventionData(
        organisation=org,
        client=client_party(s, client),
        course=course_sheet(session),
        session=session_sheet(s, session),
        learners=learners,
        prices=prices,
        funders=funding_infos(s, enrollments),
        client_share=fmt.money(max(0, prices.total_cents - subrogated_cents(enrollments))),
        payment_terms=setting(s, "documents.payment_terms"),
        late_penalty=setting(s, "documents.late_penalty"),
        cancellation_clause=setting(s, "documents.cancellation_clause"),
        bank=bank_details(s),
        issued_on=today_text(today),
        city=org.city,
        programme=build_programme(s, session_id, today=today),
    )


def client_is_organisation(s: Session, client_id: int) -> bool:
    """A convention is signed by a company, public body or training office, not a person."""
    client = s.get(Client, client_id)
    return client is not None and client.kind != "particulier"


DOCX_TEMPLATE: list[d.Block] = [
    d.Letterhead(),
    d.Heading("Convention de formation professionnelle", 0),
    d.Para("(articles L6353-1 et D6353-1 du Code du travail) – session {{ session.code }}"),
    d.Para("Entre les soussignés :", bold=True),
    d.Para(
        "{{ organisation.name }}, {{ organisation.address_lines|join(', ') }}, SIRET "
        "{{ organisation.siret }}, déclaration d'activité n° {{ organisation.nda }} "
        "({{ organisation.nda_region }}), représenté par {{ organisation.signatory_name }}, "
        "ci-après l'organisme de formation ;"
    ),
    d.Para(
        "{{ client.name }}, {{ client.address }}, SIRET {{ client.siret }}"
        "{% if client.representative %}, représenté(e) par {{ client.representative }}"
        "{% endif %}, ci-après le client."
    ),
    d.Heading("Article 1 – Objet"),
    d.Para(
        "L'organisme de formation réalise pour le client l'action de formation « "
        "{{ course.title }} » (réf. {{ course.code }}). Nature : {{ course.nature }} "
        "(article L6313-1 du Code du travail). Sanction : {{ course.sanction }}."
    ),
    d.Heading("Article 2 – Objectifs et contenu"),
    d.Bullets("objective in course.objectives", "{{ objective }}"),
    d.Para("Public : {{ course.audience }} Prérequis : {{ course.prerequisites }}"),
    d.Para("Le contenu détaillé figure dans le programme annexé à la présente convention."),
    d.Heading("Article 3 – Durée, dates, horaires et lieu"),
    d.Para("{{ session.total_hours }}, {{ session.dates }}, {{ session.place }}."),
    d.Table(
        header=("Date", "Horaires", "Lieu"),
        loop="slot in session.slots",
        row=("{{ slot.date }}", "{{ slot.times }}", "{{ slot.place }}"),
        widths=(58, 34, 78),
    ),
    d.Heading("Article 4 – Moyens pédagogiques et techniques"),
    d.Para("{{ course.teaching_means }}"),
    d.Heading("Article 5 – Déroulement, suivi et évaluation"),
    d.Para("{{ course.assessment }}"),
    d.Heading("Article 6 – Stagiaires"),
    d.Table(
        header=("Stagiaire", "Fonction", "Financement"),
        loop="learner in learners",
        row=("{{ learner.name }}", "{{ learner.job }}", "{{ learner.funding }}"),
        widths=(55, 45, 70),
    ),
    d.Heading("Article 7 – Prix et modalités de paiement"),
    PRICE_LINES_TABLE,
    d.Para("Total TTC : {{ prices.total_ttc }} – {{ prices.vat_mention }}", bold=True),
    d.Para("{{ payment_terms }} {{ late_penalty }}"),
    d.Heading("Article 8 – Financement"),
    d.Table(
        header=("Financeur", "Montant", "Subrogation", "N° de prise en charge"),
        loop="funder in funders",
        row=(
            "{{ funder.funder }}",
            "{{ funder.amount }}",
            "{% if funder.subrogation %}oui{% else %}non{% endif %}",
            "{{ funder.agreement }}",
        ),
        widths=(60, 30, 30, 50),
    ),  # fmt: skip
    d.Para("Reste à la charge du client : {{ client_share }}"),
    d.Heading("Article 9 – Dédit et abandon"),
    d.Para("{{ cancellation_clause }}"),
    d.Para("Fait en deux exemplaires, à {{ city }}, le {{ issued_on }}."),
    d.Signature(
        left=("Pour l'organisme de formation", "{{ organisation.signatory_name }}"),
        right=("Pour le client", "{{ client.name }}", "Cachet et signature"),
    ),
    *programme_annex(),
]

KIND = register(
    DocumentKind(
        key="convention",
        label="Convention de formation",
        plural="Conventions de formation",
        scope="client",
        builder=build_convention,
        renderers={"pdf": render_convention_pdf, "docx": docx_renderer("convention")},
        applies_to=client_is_organisation,
        applies_note="les entreprises et organismes clients (un particulier signe un contrat)",
    )
)
