"""Enrolling learners in sessions, with capacity and duplicate checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import french, locked
from ..errors import BusinessRuleError, ValidationError
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    ENROLLMENT_STATUSES,
    FUNDING_SCHEMES,
    FUNDING_STATUSES,
    Client,
    Course,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    TrainingSession,
)
from ..rules.guard import INCOMPLETE_KINDS, WriteGuard
from ..validation import Checker, check_money, optional_id, require_id
from . import billing_rows as rows
from . import enrollment_edit as edit
from . import enrollment_reinvoice as reinvoicing
from .base import Service, get_or_fail
from .billing_facts import BILLABLE_STATUSES
from .enrollment_edit import EnrollmentData, EnrollmentUpdate, FundingLineData, InvoicedChange
from .learners import refuse_if_anonymised

__all__ = [
    "EnrollmentData",
    "EnrollmentRow",
    "EnrollmentService",
    "EnrollmentUpdate",
    "FundingLineData",
    "InvoicedChange",
    "enroll_in",
]


@dataclass(frozen=True)
class EnrollmentRow:
    """A learner enrolled in a session, as listed in the session's tab."""

    id: int
    learner_id: int
    learner_name: str
    email: str
    status: str
    client_name: str
    funder_name: str
    funding_scheme: str
    price_cents: int

    @property
    def status_label(self) -> str:
        return ENROLLMENT_STATUSES.get(self.status, self.status)


def check_enrollment_input(
    session_id: int,
    learner_id: int,
    client_id: int | None,
    funder_id: int | None,
    price_cents: int | None,
    funder_amount_cents: int | None,
) -> None:
    """Ids that may exist and amounts that make sense, checked before any SQL."""
    require_id(session_id, "La session")
    require_id(learner_id, "L'apprenant")
    optional_id(client_id, "Le client")
    optional_id(funder_id, "Le financeur")
    check = Checker()
    check.field("price_cents", check_money, price_cents, "Le prix", allow_none=True)
    check.field(
        "funder_amount_cents",
        check_money,
        funder_amount_cents,
        "Le montant pris en charge par le financeur",
        allow_none=True,
    )
    check.raise_if_any()


def lock_places(s: Session, session_id: int) -> None:
    """Hold the session's row until the commit before counting its places: a second
    workstation enrolling at the same second waits, then counts this enrolment too (the last
    place is never given twice). On SQLite the unit of work holds the base already."""
    s.execute(locked(select(TrainingSession.id).where(TrainingSession.id == session_id)))


def taken_places(s: Session, session_id: int) -> int:
    """Places taken in a session (pre-registered, registered, finished)."""
    return s.scalar(
        select(func.count()).where(
            Enrollment.session_id == session_id,
            Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
        )
    )


def require_not_invoiced(
    s: Session,
    session: TrainingSession,
    status: str,
    client_id: int | None,
    funder_ids: Iterable[int] = (),
) -> None:
    """Refuse a new billable enrollment whose payer is already invoiced for the session: a
    payer invoiced is not invoiced twice, so the learner would appear on no invoice. A payer
    not invoiced yet is invoiced by « Facturer la session »."""
    if status not in BILLABLE_STATUSES:
        return
    payers = {("funder", funder_id) for funder_id in funder_ids}
    if client_id is not None:
        payers.add(("client", client_id))
    if session.kind == "intra" and session.intra_client_id is not None:
        payers.add(("client", session.intra_client_id))
    numbers = sorted(n for payer, n in rows.active_payers(s, session.id).items() if payer in payers)
    if numbers:
        raise BusinessRuleError(
            f"La session {session.code} est déjà facturée à ce payeur ({', '.join(numbers)}) : "
            "une inscription ajoutée maintenant n'apparaîtrait sur aucune facture. Inscrivez "
            "l'apprenant(e) en liste d'attente, puis passez l'inscription à « Inscrit(e) » "
            "dans sa fiche (double-clic dans la liste des inscrits) : Formadesk proposera "
            "l'avoir et la nouvelle facture."
        )


def enroll_in(
    s: Session,
    *,
    session_id: int,
    learner_id: int,
    status: str = "inscrit",
    client_id: int | None = None,
    funder_id: int | None = None,
    funding_scheme: str = "plan",
    price_cents: int | None = None,
    discount_cents: int = 0,
    funder_amount_cents: int | None = None,
    subrogation: bool = False,
    agreement_number: str = "",
    funding_status: str = "accordee",
) -> Enrollment:
    """Add one enrollment inside the caller's transaction, after every check of ``enroll``
    except the planning rules (the caller runs its ``WriteGuard`` around the batch).

    Used by ``enroll``, by enrolling several learners at once and by the learner import, so
    that every path refuses the same things with the same French messages.
    """
    if status not in ENROLLMENT_STATUSES:
        raise ValidationError({"status": "Choisissez le statut de l'inscription."})
    if funding_scheme not in FUNDING_SCHEMES:
        raise ValidationError({"funding_scheme": "Choisissez le dispositif de financement."})
    if funding_status not in FUNDING_STATUSES:
        raise ValidationError({"funding_status": "Choisissez où en est l'accord du financeur."})
    check_enrollment_input(
        session_id, learner_id, client_id, funder_id, price_cents, funder_amount_cents
    )
    check = Checker()
    check.field("discount_cents", check_money, discount_cents, "Le montant de la remise")
    check.raise_if_any()
    session = get_or_fail(s, TrainingSession, session_id, "La session")
    learner = get_or_fail(s, Learner, learner_id, "L'apprenant")
    refuse_if_anonymised(learner)
    name = f"{learner.first_name} {learner.last_name}"
    if session.status == "annulee":
        raise BusinessRuleError(
            f"La session {session.code} est annulée : choisissez une autre session."
        )
    already = s.scalar(
        select(Enrollment.status).where(
            Enrollment.session_id == session_id, Enrollment.learner_id == learner_id
        )
    )
    if already is not None:
        raise BusinessRuleError(
            f"{name} est déjà inscrit(e) à la session {session.code} "
            f"(statut : {ENROLLMENT_STATUSES[already]}). Modifiez cette inscription."
        )
    if status in ACTIVE_ENROLLMENT_STATUSES:
        lock_places(s, session_id)
        taken = taken_places(s, session_id)
        if taken >= session.max_places:
            raise BusinessRuleError(
                f"La session {session.code} est complète ({taken}/{session.max_places} "
                "places). Inscrivez l'apprenant(e) en liste d'attente ou augmentez le "
                "nombre de places."
            )
    require_not_invoiced(
        s, session, status, client_id, [funder_id] if funder_id and subrogation else []
    )
    if client_id is not None:
        get_or_fail(s, Client, client_id, "Le client")
    if price_cents is None:
        course = s.get(Course, session.course_id)
        price_cents = session.price_cents if session.price_cents is not None else course.price_cents
    price_cents = price_cents or 0
    if discount_cents > price_cents:
        raise ValidationError(
            {"discount_cents": "La remise dépasse le prix : indiquez une remise plus petite."}
        )
    row = Enrollment(
        session_id=session_id,
        learner_id=learner_id,
        client_id=client_id,
        status=status,
        funding_scheme=funding_scheme,
        price_cents=price_cents,
        discount_cents=discount_cents,
        enrolled_on=dt.date.today(),
    )
    if funder_id is not None:
        get_or_fail(s, Funder, funder_id, "Le financeur")
        due = price_cents - discount_cents
        amount = due if funder_amount_cents is None else funder_amount_cents
        if amount > due:
            raise ValidationError(
                {
                    "funder_amount_cents": "La prise en charge dépasse le prix de l'inscription "
                    "(remise déduite) : indiquez un montant plus petit."
                }
            )
        row.funding_lines.append(
            FundingLine(
                funder_id=funder_id,
                amount_cents=amount,
                scheme=funding_scheme,
                subrogation=subrogation,
                agreement_number=agreement_number.strip(),
                status=funding_status,
                requested_on=dt.date.today(),
            )
        )
    s.add(row)
    s.flush()
    return row


def change_status(
    s: Session, row: Enrollment, status: str, *, reason: str = "", confirm: bool = False
) -> None:
    """Change an enrollment's status in the caller's transaction: taking a place checks the
    capacity and runs the planning rules (``PlanningBlocked`` / ``ConfirmationNeeded``)."""
    if status == row.status:
        return
    session = s.get(TrainingSession, row.session_id)
    takes_place = (
        status in ACTIVE_ENROLLMENT_STATUSES and row.status not in ACTIVE_ENROLLMENT_STATUSES
    )
    guard = WriteGuard(s, confirm=confirm, ignore=INCOMPLETE_KINDS)
    if takes_place:
        guard.snapshot(session_ids=[row.session_id])
        lock_places(s, row.session_id)
        taken = taken_places(s, row.session_id)
        if taken >= session.max_places:
            raise BusinessRuleError(
                f"La session {session.code} est complète ({taken}/{session.max_places} "
                "places) : libérez une place ou augmentez le nombre de places."
            )
    row.status = status
    if status in ("annule", "abandon"):
        row.cancelled_on = dt.date.today()
        row.cancel_reason = reason
    if takes_place:
        guard.verify(session_ids=[row.session_id])


class EnrollmentService(Service):
    """Inscriptions: enroll, change status, list a session's learners."""

    def enroll(
        self,
        *,
        session_id: int,
        learner_id: int,
        status: str = "inscrit",
        client_id: int | None = None,
        funder_id: int | None = None,
        funding_scheme: str = "plan",
        price_cents: int | None = None,
        discount_cents: int = 0,
        funder_amount_cents: int | None = None,
        subrogation: bool = False,
        agreement_number: str = "",
        funding_status: str = "accordee",
        confirm: bool = False,
    ) -> int:
        """Enroll one learner; refused with a French message when full or already enrolled.

        A place taken runs the planning rules (room too small or not accessible, learner
        expected elsewhere at the same time): ``PlanningBlocked``, or ``ConfirmationNeeded``
        unless ``confirm``.
        """
        with self._db.unit_of_work() as s:
            guard = WriteGuard(s, confirm=confirm, ignore=INCOMPLETE_KINDS)
            active = status in ACTIVE_ENROLLMENT_STATUSES
            if active:
                guard.snapshot(session_ids=[session_id])
            row = enroll_in(
                s,
                session_id=session_id,
                learner_id=learner_id,
                status=status,
                client_id=client_id,
                funder_id=funder_id,
                funding_scheme=funding_scheme,
                price_cents=price_cents,
                discount_cents=discount_cents,
                funder_amount_cents=funder_amount_cents,
                subrogation=subrogation,
                agreement_number=agreement_number,
                funding_status=funding_status,
            )
            if active:
                guard.verify(session_ids=[session_id])
            enrollment_id = row.id
        self._emit("enrollment", enrollment_id, "created", "session", "learner")
        return enrollment_id

    @staticmethod
    def _taken(s, session_id: int) -> int:
        return taken_places(s, session_id)

    def set_status(
        self, enrollment_id: int, status: str, *, reason: str = "", confirm: bool = False
    ) -> None:
        """Change an enrollment's status (a waiting learner only gets a place if one is free).

        Taking a place runs the planning rules, as ``enroll`` does.
        """
        if status not in ENROLLMENT_STATUSES:
            raise ValidationError({"status": "Choisissez le statut de l'inscription."})
        require_id(enrollment_id, "L'inscription")
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Enrollment, enrollment_id, "L'inscription")
            if row.status not in BILLABLE_STATUSES:
                funders = [f.funder_id for f in row.funding_lines if f.subrogation]
                require_not_invoiced(s, row.session, status, row.client_id, funders)
            change_status(s, row, status, reason=reason, confirm=confirm)
        self._emit("enrollment", enrollment_id, "updated", "session", "learner")

    def get(self, enrollment_id: int) -> EnrollmentData:
        """The enrollment with its funding lines, for the edit dialog."""
        require_id(enrollment_id, "L'inscription")
        with self._db.reading() as s:
            return edit.read(s, enrollment_id)

    def update(
        self, data: EnrollmentData, *, confirm: bool = False, reinvoice: bool = False
    ) -> EnrollmentUpdate:
        """Save an edited enrollment and its funding lines in one transaction.

        A status that takes a place runs the capacity and planning rules (``confirm``). When
        the change alters what issued invoices say, ``InvoicedChange`` is raised unless
        ``reinvoice``: then each such invoice is cancelled by a credit note and the session's
        new invoices are issued, in the same transaction.
        """
        edit.check_data(data)
        today = dt.date.today()
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Enrollment, data.id, "L'inscription")
            before = reinvoicing.before_edit(s, row, today)
            change_status(s, row, data.status, confirm=confirm)
            edit.apply(s, row, data, dt.datetime.now())
            credits: list[int] = []
            invoices: list[int] = []
            overpaid = 0
            concerned = reinvoicing.concerned_by(s, row, before, today)
            if concerned is not None:
                if not reinvoice:
                    learner = f"{row.learner.first_name} {row.learner.last_name}".strip()
                    raise edit.InvoicedChange(learner, concerned.invoices)
                credits, invoices, overpaid = reinvoicing.reinvoice(s, row, concerned, today)
        self._emit("enrollment", data.id, "updated", "session", "learner")
        if credits or invoices:
            self._emit("invoice", tuple(credits + invoices), "created", "session", "client")
        return EnrollmentUpdate(data.id, tuple(credits), tuple(invoices), overpaid)

    def remove(self, enrollment_id: int) -> None:
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Enrollment, enrollment_id, "L'inscription")
            s.delete(row)
        self._emit("enrollment", enrollment_id, "deleted", "session", "learner")

    def for_session(self, session_id: int) -> list[EnrollmentRow]:
        first_funder = (
            select(FundingLine.enrollment_id, func.min(Funder.name).label("funder"))
            .join(Funder, Funder.id == FundingLine.funder_id)
            .where(FundingLine.status != "refusee")  # a refused funder pays nothing
            .group_by(FundingLine.enrollment_id)
            .subquery()
        )
        query = (
            select(
                Enrollment.id,
                Learner.id,
                Learner.last_name,
                Learner.first_name,
                Learner.email,
                Enrollment.status,
                func.coalesce(Client.name, ""),
                func.coalesce(first_funder.c.funder, ""),
                Enrollment.funding_scheme,
                Enrollment.price_cents,
            )
            .join(Learner, Learner.id == Enrollment.learner_id)
            .outerjoin(Client, Client.id == Enrollment.client_id)
            .outerjoin(first_funder, first_funder.c.enrollment_id == Enrollment.id)
            .where(Enrollment.session_id == session_id)
            .order_by(french(Learner.last_name), french(Learner.first_name))
        )
        with self._db.reading() as s:
            return [
                EnrollmentRow(e, lid, f"{last.upper()} {first}", email, *rest)
                for e, lid, last, first, email, *rest in s.execute(query)
            ]

    def enroll_many(self, session_id: int, learner_ids: list[int], **options: object) -> list[int]:
        """Enrol several learners in one transaction, all or none (``enrollment_batch``)."""
        from .enrollment_batch import enroll_many

        with self._db.unit_of_work() as s:
            ids = enroll_many(s, session_id, learner_ids, **options)
        self._emit("enrollment", tuple(ids), "created", "session", "learner")
        return ids

    def suggestion(self, learner_id: int):
        """Client, scheme and funder proposed when enrolling this learner."""
        from .enrollment_batch import suggestion_for

        with self._db.reading() as s:
            return suggestion_for(s, learner_id)
