"""Enrolling quickly: several learners at once, with the client and scheme proposed for each.

The client is proposed from the learner's employer (the linked client, else a client with the
employer's SIRET), the funder from that client's earlier funded enrolments (its OPCO), the
funding scheme from the learner's status. ``enroll_many`` writes the whole batch in the
caller's transaction, or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError
from ..formatting import noun
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    ENROLLMENT_STATUSES,
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    TrainingSession,
)
from ..rules.guard import INCOMPLETE_KINDS, WriteGuard
from .base import get_or_fail
from .enrollments import enroll_in, taken_places

# A private person ("particulier") is proposed "personnel" rather than "cpf": CPF needs a
# certifying course booked by the learner on Mon Compte Formation, which the office cannot
# assume; the user switches to CPF when the learner has booked that way.
SCHEME_BY_STATUS = {
    "salarie": "plan",
    "demandeur_emploi": "demandeur_emploi",
    "apprenti": "apprentissage",
    "particulier": "personnel",
    "autre": "autre",
}


@dataclass(frozen=True)
class EnrollmentSuggestion:
    """What the enrolment dialog proposes for one learner; the user may change all of it."""

    client_id: int | None
    client_label: str
    funding_scheme: str
    funder_id: int | None


def scheme_for_status(learner_status: str) -> str:
    """The funding scheme proposed for a learner of this status (« Autre » when unknown)."""
    return SCHEME_BY_STATUS.get(learner_status, "autre")


def employer_client(s: Session, learner: Learner) -> Client | None:
    """The learner's employer as a client: the linked one, else the one with its SIRET."""
    if learner.employer_client_id is not None:
        client = s.get(Client, learner.employer_client_id)
        if client is not None:
            return client
    siret = "".join(learner.employer_siret.split())
    if not siret:
        return None
    return s.scalars(select(Client).where(Client.siret == siret).order_by(Client.id)).first()


def usual_funder(s: Session, client_id: int) -> int | None:
    """The funder of the client's latest funded enrolment, an OPCO preferred (active ones)."""
    rows = s.execute(
        select(FundingLine.funder_id, Funder.kind)
        .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
        .join(Funder, Funder.id == FundingLine.funder_id)
        .where(Enrollment.client_id == client_id, Funder.active.is_(True))
        .order_by(Enrollment.id.desc(), FundingLine.id.desc())
        .limit(50)
    ).all()
    opcos = [funder_id for funder_id, kind in rows if kind == "opco"]
    if opcos:
        return opcos[0]
    return rows[0][0] if rows else None


def suggestion_for(s: Session, learner_id: int) -> EnrollmentSuggestion:
    """Client, scheme and funder proposed when enrolling this learner."""
    learner = get_or_fail(s, Learner, learner_id, "L'apprenant")
    client = employer_client(s, learner)
    return EnrollmentSuggestion(
        client_id=client.id if client else None,
        client_label=client.name if client else "",
        funding_scheme=scheme_for_status(learner.status),
        funder_id=usual_funder(s, client.id) if client else None,
    )


def _full_name(learner: Learner) -> str:
    return f"{learner.last_name.upper()} {learner.first_name}"


def _refuse_already_enrolled(s: Session, session: TrainingSession, learner_ids: list[int]) -> None:
    rows = s.execute(
        select(Learner, Enrollment.status)
        .join(Enrollment, Enrollment.learner_id == Learner.id)
        .where(Enrollment.session_id == session.id, Enrollment.learner_id.in_(learner_ids))
        .order_by(Learner.last_name, Learner.first_name)
    ).all()
    if rows:
        names = ", ".join(
            f"{_full_name(learner)} ({ENROLLMENT_STATUSES[status]})" for learner, status in rows
        )
        raise BusinessRuleError(
            f"Déjà inscrit(e) à la session {session.code} : {names}. Retirez "
            f"{'cet apprenant' if len(rows) == 1 else 'ces apprenants'} de la sélection ; "
            "rien n'a été enregistré."
        )


def _refuse_beyond_places(s: Session, session: TrainingSession, wanted: int) -> None:
    free = max(session.max_places - taken_places(s, session.id), 0)
    if wanted <= free:
        return
    if free == 0:
        raise BusinessRuleError(
            f"La session {session.code} est complète ({session.max_places} places) : "
            "inscrivez les apprenants en liste d'attente ou augmentez le nombre de places."
        )
    raise BusinessRuleError(
        f"{free} {noun(free, 'place libre', 'places libres')} pour {wanted} apprenants : "
        "inscrivez les autres en liste d'attente ou augmentez le nombre de places."
    )


def enroll_many(
    s: Session,
    session_id: int,
    learner_ids: Sequence[int],
    *,
    status: str = "inscrit",
    client_id: int | None = None,
    employer_as_client: bool = True,
    funder_id: int | None = None,
    funding_scheme: str | None = None,
    price_cents: int | None = None,
    discount_cents: int = 0,
    funder_amount_cents: int | None = None,
    subrogation: bool = False,
    agreement_number: str = "",
    funding_status: str = "accordee",
    confirm: bool = False,
) -> list[int]:
    """Enrol every learner in the caller's transaction; the first refusal aborts them all.

    ``client_id`` None gives each learner the client proposed from their employer (no client
    when ``employer_as_client`` is False: the user emptied the field), and
    ``funding_scheme`` None the scheme of their status. More learners than free places is
    refused before anything is written. Taking places runs the planning rules once for the
    batch (``PlanningBlocked``, or ``ConfirmationNeeded`` unless ``confirm``).
    """
    ids = list(dict.fromkeys(learner_ids))
    if not ids:
        raise BusinessRuleError("Choisissez au moins un apprenant à inscrire.")
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    learners = {i: get_or_fail(s, Learner, i, "L'apprenant") for i in ids}
    _refuse_already_enrolled(s, session, ids)
    active = status in ACTIVE_ENROLLMENT_STATUSES
    if active:
        _refuse_beyond_places(s, session, len(ids))
    guard = WriteGuard(s, confirm=confirm, ignore=INCOMPLETE_KINDS)
    if active:
        guard.snapshot(session_ids=[session_id])
    enrolled: list[int] = []
    for learner_id in ids:
        learner = learners[learner_id]
        proposed = None
        if client_id is None or not funding_scheme:
            proposed = suggestion_for(s, learner_id)
        try:
            row = enroll_in(
                s,
                session_id=session_id,
                learner_id=learner_id,
                status=status,
                client_id=client_id
                if client_id is not None or not employer_as_client
                else proposed.client_id,
                funder_id=funder_id,
                funding_scheme=funding_scheme or proposed.funding_scheme,
                price_cents=price_cents,
                discount_cents=discount_cents,
                funder_amount_cents=funder_amount_cents,
                subrogation=subrogation,
                agreement_number=agreement_number,
                funding_status=funding_status,
            )
        except BusinessRuleError as error:
            name = _full_name(learner)
            message = str(error)
            if learner.last_name not in message:
                message = f"{name} : {message}"
            raise BusinessRuleError(f"{message} Rien n'a été enregistré.") from error
        enrolled.append(row.id)
    if active:
        guard.verify(session_ids=[session_id])
    return enrolled
