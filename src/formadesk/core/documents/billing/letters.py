"""Builders of the reminder letters (relances): unpaid invoices, convention not signed back."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Client,
    Enrollment,
    GeneratedDocument,
    Learner,
)
from ...services.billing_numbers import frozen_terms
from ...services.billing_rows import invoice_rows
from ..engine.builders import load_session, organisation_info, person_name, session_place
from ..engine.registry import NotConcerned
from .builders import TITLES, bank_text, client_block, late_penalty_text
from .data import ConventionReminderData, OverdueLine, PaymentReminderData, quoted

CONVENTION_KINDS = ("convention", "contrat")  # GeneratedDocument.kind of the signed paper
SIGN_BACK_DAYS = 10  # the signed convention is due back ten days before the first day


def _client(s: Session, client_id: int) -> Client:
    client = s.get(Client, client_id)
    if client is None:
        raise NotFoundError("Ce client n'existe plus : actualisez la liste des clients.")
    return client


def _days(n: int) -> str:
    return f"{n} jour" if n <= 1 else f"{n} jours"


def build_payment_reminder(
    s: Session, session_id: int, client_id: int, *, today: dt.date | None = None
) -> PaymentReminderData:
    """The reminder of a client's overdue invoices for one session."""
    today = today or dt.date.today()
    session, client = load_session(s, session_id), _client(s, client_id)
    late = invoice_rows(s, session_id=session_id, client_id=client_id, overdue_on=today)
    if not late:
        raise NotConcerned(
            f"{client.name} n'a aucune facture en retard de paiement pour la session "
            f"{session.code} : il n'y a rien à relancer.",
            "rien d'échu",
        )
    earlier = s.scalars(
        select(GeneratedDocument.generated_at).where(
            GeneratedDocument.kind == "relance",
            GeneratedDocument.session_id == session_id,
            GeneratedDocument.client_id == client_id,
        )
    )
    # One step per earlier day: a letter made again the same day (Word, a typo) is no new step.
    rank = len({at.date() for at in earlier if at.date() < today}) + 1
    numbers = ", ".join(row.number for row in late)
    what = f"facture n° {numbers} impayée" if len(late) == 1 else f"factures n° {numbers} impayées"
    org = organisation_info(s)
    return PaymentReminderData(
        organisation=org,
        recipient=client_block(client),
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        invoices=tuple(
            OverdueLine(
                number=row.number,
                title=TITLES.get(row.kind, "Facture"),
                issued_on=fmt.date_short(row.issued_on),
                due_on=fmt.date_short(row.due_on),
                amount=fmt.money(row.total_ttc_cents),
                days_late=_days(row.days_late(today)),
            )
            for row in late
        ),
        total_due=fmt.money(sum(row.total_ttc_cents for row in late)),
        rank=rank,
        subject=("Relance" if rank == 1 else f"{rank}e relance") + f" : {what}",
        late_penalty=late_penalty_text(frozen_terms(s), client.kind != "particulier"),
        bank=bank_text(frozen_terms(s)),  # where to pay today
        issued_on=fmt.date_medium(today),
        city=org.city,
    )


def _deadline(start: dt.date, today: dt.date) -> str:
    due = start - dt.timedelta(days=SIGN_BACK_DAYS)
    if due >= today:
        return f"au plus tard le {fmt.date_medium(due)}"
    if start > today:
        return f"avant le début de la formation, le {fmt.date_long(start)}"
    return "dans les meilleurs délais"


def build_convention_reminder(
    s: Session, session_id: int, client_id: int, *, today: dt.date | None = None
) -> ConventionReminderData:
    """The letter asking a client to send back the signed convention (or contract)."""
    today = today or dt.date.today()
    session, client = load_session(s, session_id), _client(s, client_id)
    contract = client.kind == "particulier"
    label = "contrat de formation" if contract else "convention de formation"
    the, e = ("Le", "") if contract else ("La", "e")
    sent = s.execute(
        select(GeneratedDocument.status, GeneratedDocument.sent_at, GeneratedDocument.generated_at)
        .where(
            GeneratedDocument.kind.in_(CONVENTION_KINDS),
            GeneratedDocument.session_id == session_id,
            GeneratedDocument.client_id == client_id,
        )
        .order_by(GeneratedDocument.generated_at.desc(), GeneratedDocument.id.desc())
    ).all()
    if any(row.status == "signe" for row in sent):
        raise NotConcerned(
            f"{the} {label} de {client.name} pour la session {session.code} est déjà "
            f"revenu{e} signé{e} : il n'y a rien à relancer.",
            f"{label} déjà signé{e}",
        )
    sent_at = next((row.sent_at for row in sent if row.sent_at), None)
    sent_at = sent_at or (sent[0].generated_at if sent else None)
    names = s.execute(
        select(Learner.first_name, Learner.last_name)
        .join(Enrollment, Enrollment.learner_id == Learner.id)
        .where(
            Enrollment.session_id == session_id,
            Enrollment.client_id == client_id,
            Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
        )
        .order_by(Learner.last_name, Learner.first_name)
    ).all()
    learners = tuple(person_name(first, last) for first, last in names)
    org = organisation_info(s)
    deadline = _deadline(session.start_date, today)
    dates = fmt.date_range_long(session.start_date, session.end_date)
    place = session_place(s, session)
    sent_on = fmt.date_medium(sent_at.date()) if sent_at else ""
    article, about = ("le", "relatif") if contract else ("la", "relative")
    signed = (
        "daté et signé" if contract else "datée, signée et revêtue du cachet de votre structure"
    )
    intro = (
        f"Nous vous avons adressé {f'le {sent_on} ' if sent_on else ''}{article} {label} {about} "
        f"à la formation {quoted(session.course.title)} (session {session.code}), qui se déroule "
        f"{dates}{f', à {place}' if place else ''}."
    )
    request = (
        "Sauf erreur de notre part, nous n'avons pas encore reçu l'exemplaire signé. Nous vous "
        f"remercions de bien vouloir nous {article} retourner {signed}, {deadline}."
    )
    return ConventionReminderData(
        organisation=org,
        recipient=client_block(client),
        document_label=label,
        session_code=session.code,
        course_title=session.course.title,
        dates=dates,
        place=place,
        learners=learners,
        learners_text=", ".join(learners),
        sent_on=sent_on,
        deadline=deadline,
        subject=f"Relance : {label} à nous retourner signé{e}",
        intro=intro,
        request=request,
        issued_on=fmt.date_medium(today),
        city=org.city,
    )
