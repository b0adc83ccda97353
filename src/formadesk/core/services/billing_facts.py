"""Reading a session for invoicing: billable enrollments, attendance, funders, payers.

Runs inside the caller's transaction and turns rows into the plain facts of ``billing_split``.
A learner who pays for themself is represented by a client of kind « particulier » (as the
demo data and the contrat de formation do): found by name and postal code, else created, and
set on the enrollment so that later documents address the same client.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from .. import formatting as fmt
from ..model import Client, Enrollment, Funder, Learner, TrainingSession
from .attended_hours import attended_by_enrollment
from .billing_split import LABEL_MAX, EnrollmentFacts, FundingFacts, GroupPrice

BILLABLE_STATUSES = ("inscrit", "termine", "abandon")


def learner_name(learner: Learner) -> str:
    """« Hélène Lefèvre »."""
    return f"{learner.first_name} {learner.last_name}".strip()


def billable(s: Session, session_id: int) -> list[Enrollment]:
    """Enrollments to invoice (registered, finished or dropped out), by learner name."""
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


def facts(s: Session, enrollments: list[Enrollment]) -> list[EnrollmentFacts]:
    """Price, attended minutes (None without attendance) and subrogated fundings of each.

    Minutes attended come from ``attended_hours`` (a half-day « present » with no minutes
    entered counts in full), as on the certificat de réalisation.
    """
    attended = attended_by_enrollment(s, [e.id for e in enrollments])
    funder_ids = {f.funder_id for e in enrollments for f in e.funding_lines}
    names = dict(s.execute(select(Funder.id, Funder.name).where(Funder.id.in_(funder_ids))).all())
    return [
        EnrollmentFacts(
            enrollment_id=e.id,
            learner_name=learner_name(e.learner),
            client_id=e.client_id,
            price_cents=e.price_cents or 0,
            attended_minutes=attended.get(e.id),
            fundings=tuple(
                FundingFacts(f.funder_id, names[f.funder_id], f.amount_cents, f.agreement_number)
                for f in e.funding_lines
                if f.subrogation and f.amount_cents > 0
            ),
        )
        for e in enrollments
    ]


def group_price(session: TrainingSession, count: int) -> GroupPrice | None:
    """The group price of an intra-company session, or None (each learner's price is used)."""
    if session.kind != "intra" or session.intra_client_id is None:
        return None
    price = session.price_cents or session.course.intra_price_cents
    if not price:
        return None
    label = (
        f"Formation intra-entreprise « {session.course.title} » — session {session.code}, "
        f"{fmt.plural(count, 'participant')}"
    )
    return GroupPrice(session.intra_client_id, price, label[:LABEL_MAX])


def private_client(s: Session, enrollment: Enrollment) -> int:
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
