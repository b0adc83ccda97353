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
from ..errors import BusinessRuleError
from ..model import (
    Attendance,
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    TrainingSession,
)
from .attended_hours import attended_by_enrollment, half_day_label
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
    """Price, discount, attended minutes (None without attendance) and the fundings of each:
    subrogated lines whose agreement is granted are the funders' share; the agreement number
    of a line without subrogation is printed on the client's invoice, so they can claim it.

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
            discount_cents=e.discount_cents or 0,
            attended_minutes=attended.get(e.id),
            fundings=tuple(
                FundingFacts(f.funder_id, names[f.funder_id], f.amount_cents, f.agreement_number)
                for f in _lines(e)
                if f.subrogation and f.status == "accordee" and f.amount_cents > 0
            ),
            claims=tuple(
                f"prise en charge {names[f.funder_id]} n° {f.agreement_number}"
                for f in _lines(e)
                if not f.subrogation and f.status != "refusee" and f.agreement_number
            ),
        )
        for e in enrollments
    ]


def _lines(enrollment: Enrollment) -> list[FundingLine]:
    return sorted(enrollment.funding_lines, key=lambda f: f.id)


def require_decided_agreements(
    s: Session, session: TrainingSession, enrollments: list[Enrollment]
) -> None:
    """Refuse while a funder paying in subrogation has not granted its agreement yet.

    Without the agreement, nobody knows whether the funder or the client pays: invoicing
    either would be wrong. A refused line counts for nothing (the client pays).
    """
    pending = [
        (learner_name(e.learner), f.funder_id)
        for e in enrollments
        for f in _lines(e)
        if f.subrogation and f.status == "demandee"
    ]
    if not pending:
        return
    ids = {funder_id for _, funder_id in pending}
    names = dict(s.execute(select(Funder.id, Funder.name).where(Funder.id.in_(ids))).all())
    listed = "; ".join(f"{learner} ({names[funder_id]})" for learner, funder_id in pending)
    raise BusinessRuleError(
        f"La session {session.code} ne peut pas être facturée : l'accord de prise en charge "
        f"en subrogation est encore « demandé » pour {listed}. Ouvrez l'inscription (double-clic "
        "dans la liste des inscrits) et saisissez l'accord reçu (statut « Accordée » et n° de "
        "prise en charge), ou marquez-le « Refusée », ou décochez la subrogation si le client "
        "paie et se fait rembourser par le financeur."
    )


def require_funded_attendance(
    s: Session, session: TrainingSession, known: list[EnrollmentFacts]
) -> None:
    """Refuse while a half-day of a learner paid by a funder has no attendance entered.

    A funder pays the hours actually attended (DOMAIN, Attendance): nothing stands in for a
    half-day not entered, neither the planned hours nor a share of what was entered.
    """
    funded = {f.enrollment_id: f.learner_name for f in known if f.fundings}
    if not funded:
        return
    query = select(Attendance.enrollment_id, Attendance.slot_id).where(
        Attendance.enrollment_id.in_(list(funded))
    )
    entered = {(eid, slot_id) for eid, slot_id in s.execute(query)}
    missing = []
    for slot in sorted(session.slots, key=lambda slot: (slot.date, slot.start_time)):
        names = [name for eid, name in funded.items() if (eid, slot.id) not in entered]
        if names:
            missing.append(f"{half_day_label(slot)} ({', '.join(names)})")
    if missing:
        raise BusinessRuleError(
            f"La session {session.code} ne peut pas être facturée aux financeurs : ils paient "
            "les heures réalisées, et la présence n'est pas saisie pour "
            f"{'; '.join(missing)}. Saisissez ces présences dans la grille de présence, puis "
            "recommencez."
        )


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
