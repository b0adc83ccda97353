"""Builders of the lists (participants, session sheet, learners of a client).

A learner's price is the enrollment's own price, else the session's, else, for an
inter-company session, the catalogue price per learner (an intra-company price is per group).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import (
    ACTIVE_ENROLLMENT_STATUSES,
    ENROLLMENT_STATUSES,
    FUNDING_SCHEMES,
    MODALITIES,
    SESSION_KINDS,
    SESSION_STATUSES,
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    Room,
    TrainingSession,
)
from ..during.build import session_place, slot_trainers
from ..engine.builders import (
    address_lines,
    load_session,
    organisation_info,
    person_name,
    planned_minutes,
    room_label,
    spaced_siret,
)
from .data import (
    ClientListData,
    ParticipantLine,
    ParticipantsData,
    SessionInfo,
    SessionSheetData,
    SlotRow,
)


def session_info(s: Session, session: TrainingSession) -> SessionInfo:
    trainers = {p.key: p for people in slot_trainers(s, session).values() for p in people}
    course = session.course
    return SessionInfo(
        code=session.code,
        course_title=course.title,
        course_code=course.code,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        place=session_place(s, session),
        total_hours=fmt.hours(planned_minutes(session)),
        trainers=", ".join(person_name(p.first_name, p.last_name) for p in trainers.values()),
        status=SESSION_STATUSES.get(session.status, session.status),
        kind=SESSION_KINDS.get(session.kind, session.kind),
        modality=MODALITIES.get(session.modality, session.modality),
        min_places=session.min_places,
        max_places=session.max_places,
    )


def participant_lines(
    s: Session, session: TrainingSession, client_id: int | None = None
) -> tuple[ParticipantLine, ...]:
    """Every enrollment of the session (of one client), active ones first, by name."""
    funders: dict[int, list[str]] = {}
    funding = (
        select(FundingLine.enrollment_id, Funder.name, FundingLine.amount_cents)
        .join(Funder, Funder.id == FundingLine.funder_id)
        .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
        .where(Enrollment.session_id == session.id)
        .order_by(FundingLine.id)
    )
    for enrollment_id, name, cents in s.execute(funding):
        funders.setdefault(enrollment_id, []).append(f"{name} : {fmt.money(cents)}")
    query = (
        select(Enrollment, Learner, Client.name)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .outerjoin(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.session_id == session.id)
        .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
    )
    if client_id is not None:
        query = query.where(Enrollment.client_id == client_id)
    default_price = session.price_cents
    if default_price is None and session.kind == "inter":
        default_price = session.course.price_cents
    lines = [
        ParticipantLine(
            last_name=learner.last_name,
            first_name=learner.first_name,
            civility=learner.civility,
            employer=learner.employer_name,
            client=client or "",
            email=learner.email,
            phone=learner.phone,
            status=ENROLLMENT_STATUSES.get(enrollment.status, enrollment.status),
            active=enrollment.status in ACTIVE_ENROLLMENT_STATUSES,
            funding=FUNDING_SCHEMES.get(enrollment.funding_scheme, enrollment.funding_scheme),
            funders="; ".join(funders.get(enrollment.id, [])),
            price_cents=enrollment.price_cents or default_price or 0,
        )
        for enrollment, learner, client in s.execute(query)
    ]
    return tuple(sorted(lines, key=lambda line: not line.active))  # stable: names kept in order


def _today(today: dt.date | None) -> str:
    return fmt.date_medium(today or dt.date.today())


def build_participants(
    s: Session, session_id: int, *, today: dt.date | None = None
) -> ParticipantsData:
    """Liste des participants: every enrollment with employer, client, contacts, funding."""
    session = load_session(s, session_id)
    return ParticipantsData(
        organisation=organisation_info(s),
        session=session_info(s, session),
        lines=participant_lines(s, session),
        issued_on=_today(today),
    )


def build_session_sheet(
    s: Session, session_id: int, *, today: dt.date | None = None
) -> SessionSheetData:
    """Fiche session: identity, slots with rooms and trainers, places, learners."""
    session = load_session(s, session_id)
    room_ids = {slot.room_id for slot in session.slots if slot.room_id}
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    trainers = slot_trainers(s, session)
    slots = tuple(
        SlotRow(
            fmt.date_long(slot.date),
            fmt.time_range(slot.start_time, slot.end_time),
            "À distance" if slot.modality == "distanciel" else room_label(rooms.get(slot.room_id)),
            ", ".join(person_name(p.first_name, p.last_name) for p in trainers[slot.id]),
        )
        for slot in session.slots
    )
    client = ""
    if session.intra_client_id:
        client = s.scalar(select(Client.name).where(Client.id == session.intra_client_id)) or ""
    return SessionSheetData(
        organisation=organisation_info(s),
        session=session_info(s, session),
        lines=participant_lines(s, session),
        issued_on=_today(today),
        slots=slots,
        rooms=tuple(sorted({room_label(r) for r in rooms.values()})),
        client=client,
    )


def build_client_list(
    s: Session, session_id: int, client_id: int, *, today: dt.date | None = None
) -> ClientListData:
    """The learners one client has in the session, with status, funding and price."""
    session = load_session(s, session_id)
    client = s.get(Client, client_id)
    if client is None:
        raise NotFoundError("Ce client n'existe plus : actualisez la liste des clients.")
    return ClientListData(
        organisation=organisation_info(s),
        session=session_info(s, session),
        lines=participant_lines(s, session, client_id),
        issued_on=_today(today),
        client=client.name,
        client_address=", ".join(address_lines(client.address, client.postal_code, client.city)),
        client_siret=spaced_siret(client.siret),
    )
