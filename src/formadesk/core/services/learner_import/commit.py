"""Writing the chosen rows of a preview in one transaction: new learners, updated ones,
and optionally their enrolment in a session (``enroll_in``, planning rules checked once)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError
from ...model import Client, Enrollment, Learner, TrainingSession
from ...rules.guard import INCOMPLETE_KINDS, WriteGuard
from ..base import copy_onto, get_or_fail, row_to
from ..billing_rows import active_payers
from ..enrollments import enroll_in, taken_places
from ..learners import LearnerData, search_text_of
from .preview import CREATE, DUPLICATE, OK, REFUSED, UPDATE, ImportPreview, ImportRow, merged

CREATED, UPDATED, SKIPPED = "created", "updated", "skipped"
OUTCOME_LABELS = {CREATED: "Créé", UPDATED: "Mis à jour", SKIPPED: "Ignoré", REFUSED: "Refusé"}


@dataclass(frozen=True)
class Enrolment:
    """Where to enrol the imported learners, and who pays."""

    session_id: int
    client_id: int | None = None
    funder_id: int | None = None
    funding_scheme: str = "plan"
    subrogation: bool = False
    agreement_number: str = ""
    confirm: bool = False


@dataclass
class RowOutcome:
    row: ImportRow
    outcome: str
    learner_id: int | None = None

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self.outcome]


@dataclass
class ImportResult:
    """What the import wrote: counts and one outcome per row of the file."""

    outcomes: list[RowOutcome] = field(default_factory=list)
    enrolled: int = 0
    already_enrolled: int = 0

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes if o.outcome == outcome)

    @property
    def created(self) -> int:
        return self.count(CREATED)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def skipped(self) -> int:
        return self.count(SKIPPED)

    @property
    def refused(self) -> int:
        return self.count(REFUSED)

    @property
    def learner_ids(self) -> list[int]:
        return [o.learner_id for o in self.outcomes if o.learner_id is not None]


def _employers(s: Session, rows: list[ImportRow]) -> dict[str, int]:
    sirets = {r.data.employer_siret for r in rows if r.data.employer_siret}
    if not sirets:
        return {}
    query = select(Client.siret, Client.id).where(Client.siret.in_(sirets)).order_by(Client.id)
    found: dict[str, int] = {}
    for siret, client_id in s.execute(query):
        found.setdefault(siret, client_id)
    return found


def _fill(row: Learner, data: LearnerData, employers: dict[str, int]) -> None:
    copy_onto(row, data)
    row.search_text = search_text_of(data)
    if data.employer_siret:
        row.employer_client_id = employers.get(data.employer_siret, row.employer_client_id)


def write_rows(s: Session, preview: ImportPreview, validate) -> tuple[list, list[Learner]]:
    """Add and update the learners of ``preview`` in ``s``; returns the outcomes (with ORM
    rows in place of ids until the flush) and the learners touched, in file order."""
    employers = _employers(s, preview.rows)
    by_number: dict[int, Learner] = {}
    outcomes: list[tuple[ImportRow, str, Learner | None]] = []
    touched: list[Learner] = []
    for item in preview.rows:
        wants = CREATE if item.status == OK else item.decision
        if item.status == REFUSED or (item.status == DUPLICATE and wants not in (CREATE, UPDATE)):
            outcomes.append((item, REFUSED if item.status == REFUSED else SKIPPED, None))
            continue
        if wants == CREATE:
            learner = Learner(last_name=item.data.last_name, first_name=item.data.first_name)
            _fill(learner, item.data, employers)
            s.add(learner)
            outcome = CREATED
        else:
            match = item.match
            learner = (
                s.get(Learner, match.learner_id)
                if match and match.learner_id is not None
                else by_number.get(match.row_number)
                if match
                else None
            )
            if learner is None:  # the earlier row it repeats was not imported
                outcomes.append((item, SKIPPED, None))
                continue
            data = validate(merged(row_to(LearnerData, learner), item))
            _fill(learner, data, employers)
            outcome = UPDATED
        by_number[item.number] = learner
        outcomes.append((item, outcome, learner))
        if learner not in touched:
            touched.append(learner)
    s.flush()
    return outcomes, touched


def closed_reason(session: TrainingSession, today: dt.date, invoiced: bool) -> str:
    """Why an import may not enrol into this session (« est terminée … »), or ""."""
    if session.status == "annulee":
        return "est annulée"
    if session.status == "terminee" or session.end_date < today:
        return f"est terminée (dernier jour le {session.end_date:%d/%m/%Y})"
    if invoiced:
        return "est déjà facturée"
    return ""


def require_enrolment_possible(s: Session, session_id: int, wanted: int) -> None:
    """Refuse, before any row is written, an import that does not fit in the session."""
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    closed = closed_reason(session, dt.date.today(), bool(active_payers(s, session_id)))
    if closed:
        raise BusinessRuleError(
            f"La session {session.code} {closed} : les apprenants importés n'y sont pas "
            "inscrits. Choisissez une session à venir, ou importez-les sans inscription puis "
            "inscrivez-les depuis la session si c'est bien voulu."
        )
    free = session.max_places - taken_places(s, session_id)
    if wanted > free:
        places = (
            f"n'a plus que {fmt.plural(free, 'place libre', 'places libres')}"
            if free > 0
            else "n'a plus aucune place libre"
        )
        raise BusinessRuleError(
            f"La session {session.code} {places} "
            f"pour {fmt.plural(wanted, 'apprenant')} à inscrire : augmentez le nombre de "
            "places de la session, ou importez les apprenants sans les inscrire, puis "
            "inscrivez-les depuis la session (en liste d'attente s'il le faut)."
        )


def enrol_all(s: Session, learners: list[Learner], enrolment: Enrolment) -> tuple[int, int]:
    """Enrol each learner (already enrolled ones are left as they are); returns the counts
    (enrolled, already enrolled). The planning rules run once around the batch."""
    guard = WriteGuard(s, confirm=enrolment.confirm, ignore=INCOMPLETE_KINDS)
    guard.snapshot(session_ids=[enrolment.session_id])
    ids = [learner.id for learner in learners]
    already = set(
        s.scalars(
            select(Enrollment.learner_id).where(
                Enrollment.session_id == enrolment.session_id, Enrollment.learner_id.in_(ids)
            )
        )
    )
    require_enrolment_possible(s, enrolment.session_id, len(set(ids) - already))
    for learner_id in ids:
        if learner_id in already:
            continue
        enroll_in(
            s,
            session_id=enrolment.session_id,
            learner_id=learner_id,
            client_id=enrolment.client_id,
            funder_id=enrolment.funder_id,
            funding_scheme=enrolment.funding_scheme,
            subrogation=enrolment.subrogation,
            agreement_number=enrolment.agreement_number,
            # no agreement number yet: the funder's agreement is still to come, and invoicing
            # waits for it (a funder in subrogation is never billed on an assumed agreement)
            funding_status="accordee" if enrolment.agreement_number.strip() else "demandee",
        )
    guard.verify(session_ids=[enrolment.session_id])
    return len(ids) - len(already), len(already)
