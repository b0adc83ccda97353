"""Contrat de formation professionnelle with a private person (L6353-3 to L6353-7).

Only for a learner who pays for themself (status « particulier » or a private-person client):
any other enrollment is refused with a French sentence pointing to the convention.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session, selectinload

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import LEARNER_STATUSES, Client, Enrollment
from ...rules.payers import private_person
from ..engine.builders import learner_info, load_session, organisation_info, person_name
from ..engine.docx import docx_renderer
from ..engine.registry import DocumentKind, register
from .builders import (
    course_sheet,
    funding_infos,
    price_summary,
    session_sheet,
    session_trainers,
    subrogated_cents,
    unit_price,
)
from .contract_docx import DOCX_TEMPLATE  # noqa: F401  (read by templates_build)
from .contract_pdf import render_contract_pdf
from .data import ContractData, TrainerLine
from .programme import build_programme

WITHDRAWAL_DAYS = 10  # L6353-5
DISTANCE_WITHDRAWAL_DAYS = 14  # contract signed at a distance (Code de la consommation)
UPFRONT_PERCENT = 30  # L6353-6: at most 30 % once the withdrawal period is over


def is_private_person(enrollment: Enrollment, client: Client | None) -> bool:
    """A learner paying for themself: status « particulier » or a private-person client."""
    return private_person(enrollment.learner.status, client.kind if client else None)


def _refusal(enrollment: Enrollment, client: Client | None) -> BusinessRuleError:
    learner = enrollment.learner
    status = LEARNER_STATUSES.get(learner.status, learner.status).lower()
    payer = f" pour le client « {client.name} »" if client is not None else ""
    return BusinessRuleError(
        f"{person_name(learner.first_name, learner.last_name)} est inscrit(e) comme "
        f"{status}{payer} : le contrat de formation est réservé aux particuliers qui financent "
        "eux-mêmes leur formation. Produisez plutôt la convention de formation de son client."
    )


def build_contract(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> ContractData:
    """The training contract of one privately paying learner."""
    session = load_session(s, session_id)
    enrollment = s.get(
        Enrollment,
        enrollment_id,
        options=[selectinload(Enrollment.learner), selectinload(Enrollment.funding_lines)],
    )
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    client = s.get(Client, enrollment.client_id) if enrollment.client_id else None
    if not is_private_person(enrollment, client):
        raise _refusal(enrollment, client)
    org = organisation_info(s)
    learner = enrollment.learner
    prices = price_summary([("", 1, unit_price(enrollment, session))], org.vat_exempt)
    share = max(0, prices.total_cents - subrogated_cents([enrollment]))
    upfront = share * UPFRONT_PERCENT // 100
    trainers = tuple(
        TrainerLine(
            person_name(t.first_name, t.last_name, t.civility),
            t.qualifications.strip() or t.skills.strip() or "Formateur confirmé du domaine",
        )
        for t in session_trainers(s, session_id)
    )
    return ContractData(
        organisation=org,
        learner=learner_info(learner),
        birth_date=fmt.date_medium(learner.birth_date),
        email=learner.email,
        phone=learner.phone,
        course=course_sheet(session),
        session=session_sheet(s, session),
        trainers=trainers,
        price=prices.total_ttc,
        funders=funding_infos(s, [enrollment]),
        learner_share=fmt.money(share),
        upfront_max=fmt.money(upfront),
        balance=fmt.money(share - upfront),
        learner_pays=share > 0,
        withdrawal_days=WITHDRAWAL_DAYS,
        distance_withdrawal_days=DISTANCE_WITHDRAWAL_DAYS,
        city=org.city,
        programme=build_programme(s, session_id, today=today),
        vat_mention=prices.vat_mention,
    )


def learner_is_private(s: Session, enrollment_id: int) -> bool:
    """Whether a contract (rather than a convention) fits this enrollment; for target filters."""
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None:
        return False
    client = s.get(Client, enrollment.client_id) if enrollment.client_id else None
    return is_private_person(enrollment, client)


KIND = register(
    DocumentKind(
        key="contrat",
        label="Contrat de formation",
        plural="Contrats de formation",
        scope="learner",
        builder=build_contract,
        renderers={"pdf": render_contract_pdf, "docx": docx_renderer("contrat")},
        applies_to=learner_is_private,
        applies_note="les particuliers qui financent eux-mêmes leur formation",
    )
)
