"""What proves each step of the session procedure done, computed in SQL for many sessions.

Each evidence code reads the database for a whole list of sessions in one or two grouped
queries (the sessions list of ten years asks for all of them at once) and answers, per session,
a ``Proof``: done or not, the day it was done when the data says so, and a French detail
(what proves it, or what is missing). The rules, decided here once:

- ``slots_staffed``: the session has slots, each with a trainer (of the slot or of the whole
  session) and a room, unless the slot is held at a distance.
- ``convention_sent`` / ``convention_signed``: one convention per client of the session, one
  contract per learner paying for themself: every learner holding a place who has a client or
  pays for themself (learner status « particulier ») is covered by a convention or contrat
  « envoyé » or « signé reçu » (signed: « signé reçu » only) for this session, addressed to
  their client, to them, or, intra-company, to the session's client (which must have one). A
  learner funded without a client (CPF, France Travail) signs none with the office: a session
  of such learners only ticks the step as soon as it has one.
- ``convocations_sent``: every learner holding a place has a convocation « envoyée » (or signed).
- ``attendance_complete``: the session is over (no slot after today) and every half-day has an
  attendance row for every learner of the grid (those who left have theirs made by the abandon).
- ``outcomes_complete``: the session is over and no learner still in it lacks a result
  (``outcomes.missing_results``, the rule of the trainers' reminders).
- ``certificates_issued``: the session is over and every learner still in it has a certificat
  de réalisation (a learner who dropped out is not required).
- ``invoiced``: an invoice (not cancelled) of the session exists and every learner to invoice
  (inscrit, terminé, abandon, price above 0) is on one, or the session is intra-company and
  invoiced at its group price; a session over with nothing to invoice needs no invoice.
- ``bilan``: a bilan of the session (document kind « bilan ») was produced.
- ``closed``: the session was closed (``closed_on``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    Attendance,
    Enrollment,
    GeneratedDocument,
    SessionTrainer,
    Slot,
    SlotTrainer,
)
from .attendance.grid import GRID_ENROLLMENT_STATUSES
from .billing_owed import owed
from .checklist_facts import (
    DocumentDays,
    Facts,
    Learners,
    SessionDates,
    Sessions,
    among,
    how_many,
    read_sessions,
)
from .outcomes import missing_results

__all__ = [
    "EVIDENCE_HELP",
    "EVIDENCE_KINDS",
    "Proof",
    "SessionDates",
    "among",
    "prove",
    "read_sessions",
]

# code -> what proves the step, as the procedure editor and the checklist say it.
EVIDENCE_KINDS: dict[str, str] = {
    "": "Cochée à la main",
    "slots_staffed": "Séances pourvues (formateur et salle)",
    "convention_sent": "Convention envoyée",
    "convention_signed": "Convention signée reçue",
    "convocations_sent": "Convocations envoyées à tous les inscrits",
    "attendance_complete": "Présences complètes",
    "outcomes_complete": "Résultats d'évaluation saisis",
    "certificates_issued": "Certificats de réalisation générés",
    "invoiced": "Session facturée",
    "bilan": "Bilan de la session produit",
    "closed": "Session clôturée",
}

# code -> what to do when the proof is missing (said when closing is refused).
EVIDENCE_HELP: dict[str, str] = {
    "": "cochez-la à la main une fois faite",
    "slots_staffed": "affectez formateur et salle (bouton « Réserver… »)",
    "convention_sent": "générez les conventions (« Documents… ») et marquez-les envoyées",
    "convention_signed": "marquez « Signé reçu » les conventions revenues signées",
    "convocations_sent": "générez les convocations (« Documents… ») et marquez-les envoyées",
    "attendance_complete": "saisissez les présences (« Présences… »)",
    "outcomes_complete": "saisissez les résultats (« Évaluation des acquis… »)",
    "certificates_issued": "générez les certificats de réalisation (« Documents… »)",
    "invoiced": "facturez la session (onglet Factures)",
    "bilan": "produisez le bilan de la session (page « Bilan » de la session)",
    "closed": "clôturez la session",
}


@dataclass(frozen=True)
class Proof:
    """Whether a step's evidence exists for one session; ``detail`` says what or what lacks."""

    done: bool
    on: dt.date | None = None
    detail: str = ""


Proofs = dict[int, Proof]


def _people(n: int) -> str:
    return fmt.plural(n, "inscrit", "inscrits")


# -- each evidence ------------------------------------------------------------------------
def _slots_staffed(facts: Facts) -> Proofs:
    trained = or_(
        exists().where(SlotTrainer.slot_id == Slot.id),
        exists().where(SessionTrainer.session_id == Slot.session_id),
    )
    roomless = and_(Slot.room_id.is_(None), Slot.modality != "distanciel")
    query = (
        select(Slot.session_id, func.count(), how_many(~trained), how_many(roomless))
        .where(among(Slot.session_id, facts.sessions))
        .group_by(Slot.session_id)
    )
    found = {sid: Proof(False, None, "aucune séance planifiée") for sid in facts.sessions}
    for sid, count, no_trainer, no_room in facts.s.execute(query):
        if sid not in found:
            continue
        missing = []
        if no_trainer:
            missing.append(
                fmt.plural(no_trainer, "séance sans formateur", "séances sans formateur")
            )
        if no_room:
            missing.append(fmt.plural(no_room, "séance sans salle", "séances sans salle"))
        if missing:
            found[sid] = Proof(False, None, ", ".join(missing))
        else:
            found[sid] = Proof(True, None, fmt.plural(count, "séance pourvue", "séances pourvues"))
    return found


def _conventions(facts: Facts, signed: bool) -> Proofs:
    found = {}
    for sid in facts.sessions:
        row = facts.learners.get(sid, Learners())
        days = facts.days.get(sid, DocumentDays())
        missing = row.convention_unsigned if signed else row.convention_unsent
        intra = row.intra_unsigned if signed else row.intra_unsent
        what = "signé reçu" if signed else "envoyé"
        if not row.active:
            found[sid] = Proof(False, None, "aucun inscrit")
        elif intra:
            what = "signée reçue" if signed else "envoyée"
            found[sid] = Proof(False, None, f"convention du client intra-entreprise non {what}")
        elif missing:
            found[sid] = Proof(False, None, f"{_people(missing)} sans convention ni contrat {what}")
        elif not row.needing_convention:
            found[sid] = Proof(True, None, "aucun client ni particulier : rien à signer")
        else:
            on = days.convention_signed if signed else days.convention_sent
            detail = f"convention ou contrat {what} pour {_people(row.needing_convention)}"
            found[sid] = Proof(True, on, detail)
    return found


def _convocations(facts: Facts) -> Proofs:
    found = {}
    for sid in facts.sessions:
        row = facts.learners.get(sid, Learners())
        if not row.active:
            found[sid] = Proof(False, None, "aucun inscrit")
        elif row.not_convoked:
            found[sid] = Proof(False, None, f"{_people(row.not_convoked)} sans convocation envoyée")
        else:
            on = facts.days.get(sid, DocumentDays()).convocation_sent
            found[sid] = Proof(
                True, on, fmt.plural(row.active, "convocation envoyée", "convocations envoyées")
            )
    return found


def _certificates(facts: Facts) -> Proofs:
    found = {}
    for sid, session in facts.sessions.items():
        row = facts.learners.get(sid, Learners())
        if not session.over(facts.today):
            found[sid] = Proof(False, None, "la session n'est pas terminée")
        elif not row.active:
            found[sid] = Proof(False, None, "aucun apprenant n'a suivi la session")
        elif row.without_certificate:
            detail = fmt.plural(
                row.without_certificate, "certificat manquant", "certificats manquants"
            )
            found[sid] = Proof(False, None, detail)
        else:
            on = facts.days.get(sid, DocumentDays()).certificate
            detail = fmt.plural(row.active, "certificat généré", "certificats générés")
            found[sid] = Proof(True, on, detail)
    return found


def _attendance(facts: Facts) -> Proofs:
    s, today, sessions = facts.s, facts.today, facts.sessions
    slots = {
        sid: (count, later)
        for sid, count, later in s.execute(
            select(Slot.session_id, func.count(), how_many(Slot.date > today))
            .where(among(Slot.session_id, sessions))
            .group_by(Slot.session_id)
        )
    }
    # Only a session whose half-days are all held can be complete: count its rows, and only its.
    held = [sid for sid in sessions if sid in slots and not slots[sid][1]]
    grid = Enrollment.status.in_(GRID_ENROLLMENT_STATUSES)
    learners = dict(
        s.execute(
            select(Enrollment.session_id, func.count())
            .where(among(Enrollment.session_id, held), grid)
            .group_by(Enrollment.session_id)
        ).all()
    )
    entered = (
        dict(
            s.execute(
                select(Enrollment.session_id, func.count())
                .join(Attendance, Attendance.enrollment_id == Enrollment.id)
                .where(among(Enrollment.session_id, held), grid)
                .group_by(Enrollment.session_id)
            ).all()
        )
        if held
        else {}
    )
    found = {}
    for sid in sessions:
        count, later = slots.get(sid, (0, 0))
        if not count:
            found[sid] = Proof(False, None, "aucune séance planifiée")
        elif later:
            found[sid] = Proof(False, None, "la session n'est pas terminée")
        elif (missing := count * learners.get(sid, 0) - entered.get(sid, 0)) > 0:
            detail = fmt.plural(missing, "présence non saisie", "présences non saisies")
            found[sid] = Proof(False, None, detail)
        else:
            found[sid] = Proof(True, None, "toutes les demi-journées sont saisies")
    return found


def _outcomes(facts: Facts) -> Proofs:
    over = [sid for sid, row in facts.sessions.items() if row.over(facts.today)]
    missing = missing_results(facts.s, over) if over else {}
    found = {}
    for sid, session in facts.sessions.items():
        if not session.over(facts.today):
            found[sid] = Proof(False, None, "la session n'est pas terminée")
        elif missing.get(sid):
            detail = f"résultats manquants pour {fmt.plural(missing[sid], 'apprenant')}"
            found[sid] = Proof(False, None, detail)
        else:
            found[sid] = Proof(True, None, "résultats saisis pour tous les apprenants")
    return found


def _invoiced(facts: Facts) -> Proofs:
    """What ``billing_owed`` says is left to invoice (as the task rule reads it)."""
    found = {}
    for sid, left in owed(facts.s, facts.sessions).items():
        session = facts.sessions[sid]
        if left.done and left.invoiced_on is not None:
            found[sid] = Proof(
                True, left.invoiced_on, f"facturée le {fmt.date_short(left.invoiced_on)}"
            )
        elif left.nothing_to_invoice and session.over(facts.today):
            found[sid] = Proof(True, None, "rien à facturer (aucun prix)")
        elif left.nothing_to_invoice:
            found[sid] = Proof(False, None, "aucun inscrit à facturer")
        elif left.group_price:
            found[sid] = Proof(False, None, "prix de groupe à facturer")
        else:
            found[sid] = Proof(False, None, f"{_people(left.unbilled)} à facturer")
    return found


def _bilan(facts: Facts) -> Proofs:
    """The session's bilan (document kind « bilan ») was produced, its first day said."""
    query = (
        select(GeneratedDocument.session_id, func.min(GeneratedDocument.generated_at))
        .where(among(GeneratedDocument.session_id, facts.sessions))
        .where(GeneratedDocument.kind == "bilan")
        .group_by(GeneratedDocument.session_id)
    )
    made = {sid: at.date() for sid, at in facts.s.execute(query)}
    return {
        sid: Proof(True, made[sid], f"bilan produit le {fmt.date_short(made[sid])}")
        if sid in made
        else Proof(False, None, "bilan non produit")
        for sid in facts.sessions
    }


def _closed(facts: Facts) -> Proofs:
    return {
        sid: Proof(True, row.closed_on, f"clôturée le {fmt.date_short(row.closed_on)}")
        if row.closed_on
        else Proof(False, None, "session non clôturée")
        for sid, row in facts.sessions.items()
    }


PROVERS: dict[str, Callable[[Facts], Proofs]] = {
    "slots_staffed": _slots_staffed,
    "convention_sent": lambda facts: _conventions(facts, False),
    "convention_signed": lambda facts: _conventions(facts, True),
    "convocations_sent": _convocations,
    "attendance_complete": _attendance,
    "outcomes_complete": _outcomes,
    "certificates_issued": _certificates,
    "invoiced": _invoiced,
    "bilan": _bilan,
    "closed": _closed,
}
assert set(PROVERS) == set(EVIDENCE_KINDS) - {""}


def prove(
    s: Session, codes: Iterable[str], sessions: Sessions, today: dt.date, *, dated: bool = True
) -> dict[str, Proofs]:
    """{evidence code: {session id: Proof}} for these codes ("" aside) and sessions; without
    ``dated``, the days the proofs were made are not read (a list needs only done or not)."""
    if not sessions:
        return {}
    facts = Facts(s, sessions, today, dated=dated)
    return {code: PROVERS[code](facts) for code in set(codes) if code in PROVERS}
