"""Builders: read the database once and return the plain data a renderer prints.

Each builder takes an ORM session (opened by the caller) and ids, and returns a frozen
dataclass from ``data``; nothing it returns holds a reference to an ORM row.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import (
    Course,
    Enrollment,
    Learner,
    Organisation,
    Room,
    Setting,
    TrainingSession,
)
from ...services import settings as office_settings
from ...services.session_people import person_name, trainer_names  # noqa: F401 (re-exported)
from .data import ContactInfo, ConvocationData, OrganisationInfo, PersonInfo, SlotLine

REMOTE = "distanciel"
BRING_SETTING = "documents.what_to_bring"
MAX_NAMED_DAYS = 4  # beyond, the opening sentence gives the span and the calendar the days


def spaced_siret(siret: str) -> str:
    """« 12345678900012 » -> « 123 456 789 00012 »."""
    digits = (siret or "").replace(" ", "")
    if len(digits) != 14:
        return siret or ""
    return f"{digits[:3]} {digits[3:6]} {digits[6:9]} {digits[9:]}"


def address_lines(address: str, postal_code: str, city: str) -> tuple[str, ...]:
    """Street lines (one per line of the stored text) then « 69003 Lyon »."""
    lines = [line.strip() for line in (address or "").splitlines() if line.strip()]
    town = f"{postal_code or ''} {city or ''}".strip()
    if town:
        lines.append(town)
    return tuple(lines)


def organisation_info(s: Session) -> OrganisationInfo:
    """The office's letterhead data (an empty one when the office is not set up yet)."""
    org = s.scalar(select(Organisation).order_by(Organisation.id).limit(1))
    if org is None:
        return OrganisationInfo(name="")
    return OrganisationInfo(
        name=org.name,
        address_lines=address_lines(org.address, org.postal_code, org.city),
        city=org.city,
        siret=spaced_siret(org.siret),
        nda=org.nda,
        nda_region=org.nda_region,
        phone=org.phone,
        email=org.email,
        website=org.website,
        logo=bytes(org.logo) if org.logo else None,
        signatory_name=org.signatory_name,
        signatory_title=org.signatory_title,
        disability_referent=ContactInfo(
            name=org.disability_referent_name,
            phone=org.disability_referent_phone,
            email=org.disability_referent_email,
        ),
        vat_exempt=org.vat_exempt,
    )


def learner_info(learner: Learner) -> PersonInfo:
    return PersonInfo(
        civility=learner.civility,
        full_name=person_name(learner.first_name, learner.last_name),
        address_lines=address_lines(learner.address, learner.postal_code, learner.city),
    )


def room_label(room: Room | None) -> str:
    if room is None:
        return ""
    return f"{room.name} ({room.site})" if room.site else room.name


def slot_lines(s: Session, session: TrainingSession) -> tuple[SlotLine, ...]:
    """The timetable of a session, in date and time order, with the room of each slot."""
    room_ids = {slot.room_id for slot in session.slots if slot.room_id}
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    lines = []
    for slot in session.slots:
        if slot.modality == REMOTE:
            place = "À distance"
        else:
            place = room_label(rooms.get(slot.room_id)) or session.place or "À préciser"
        lines.append(
            SlotLine(
                fmt.date_long(slot.date), fmt.time_range(slot.start_time, slot.end_time), place
            )
        )
    return tuple(lines)


def planned_minutes(session: TrainingSession) -> int:
    """Planned duration: the sum of the slots, or the course duration when there is no slot."""
    total = 0
    for slot in session.slots:
        start = dt.datetime.combine(slot.date, slot.start_time)
        end = dt.datetime.combine(slot.date, slot.end_time)
        total += max(0, int((end - start).total_seconds() // 60))
    return total or session.course.duration_minutes


def session_place(s: Session, session: TrainingSession) -> str:
    """Where the session is held: its place, else the addresses of its rooms."""
    if session.place:
        return session.place
    room_ids = [slot.room_id for slot in session.slots if slot.room_id]
    rooms = s.scalars(select(Room).where(Room.id.in_(room_ids)).order_by(Room.name)).all()
    places = dict.fromkeys(" – ".join(p for p in (r.site, r.address) if p) for r in rooms)
    return " ; ".join(p for p in places if p)


def load_session(s: Session, session_id: int) -> TrainingSession:
    session = s.scalar(
        select(TrainingSession)
        .where(TrainingSession.id == session_id)
        .options(
            selectinload(TrainingSession.slots),
            selectinload(TrainingSession.course).selectinload(Course.objectives),
        )
    )
    if session is None:
        raise NotFoundError("Cette session n'existe plus : actualisez la liste des sessions.")
    return session


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip(" -•\t") for line in (text or "").splitlines() if line.strip(" -•\t"))


def what_to_bring_lines(s: Session, session: TrainingSession) -> tuple[str, ...]:
    """What the learner brings: the session's list, else the course's, else the office's
    default (settings)."""
    own = _lines(session.what_to_bring) or _lines(session.course.what_to_bring)
    if own:
        return own
    stored = s.scalar(select(Setting.value).where(Setting.key == BRING_SETTING))
    return _lines(office_settings.DEFAULTS.get(BRING_SETTING, "") if stored is None else stored)


def slot_days_text(days: list[dt.date]) -> str:
    """The days a learner is expected, from the slots: « le lundi 7 décembre 2026 », « du
    lundi 7 … au mardi 8 décembre 2026 » for consecutive days, else each day named (« les
    lundi 7 décembre 2026, mardi 8 décembre 2026 et lundi 14 décembre 2026 »), or the span and
    the number of days when there are too many to name."""
    days = sorted(set(days))
    if not days:
        return ""
    if all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False)):
        return fmt.date_range_long(days[0], days[-1])
    if len(days) > MAX_NAMED_DAYS:
        span = fmt.date_range_long(days[0], days[-1])
        return f"{span}, sur {len(days)} jours (voir le calendrier ci-dessous)"
    named = [fmt.date_long(day) for day in days]
    return f"les {', '.join(named[:-1])} et {named[-1]}"


def build_convocation(
    s: Session, session_id: int, enrollment_id: int, *, today: dt.date | None = None
) -> ConvocationData:
    """Everything the convocation of one enrolled learner prints; its dates are those of the
    slots (the days the learner is expected), so a session without slots is refused."""
    session = load_session(s, session_id)
    if not session.slots:
        raise BusinessRuleError(
            f"La session {session.code} n'a aucun créneau : planifiez ses créneaux (dates et "
            "horaires) avant de produire les convocations."
        )
    enrollment = s.get(Enrollment, enrollment_id)
    if enrollment is None or enrollment.session_id != session_id:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    org = organisation_info(s)
    remote = session.modality == REMOTE or (
        bool(session.slots) and all(slot.modality == REMOTE for slot in session.slots)
    )
    what_to_bring = what_to_bring_lines(s, session)
    return ConvocationData(
        organisation=org,
        learner=learner_info(enrollment.learner),
        session_code=session.code,
        course_title=session.course.title,
        objectives=tuple(o.text for o in session.course.objectives if o.text.strip()),
        dates=slot_days_text([slot.date for slot in session.slots]),
        slots=slot_lines(s, session),
        total_hours=fmt.hours(planned_minutes(session)),
        place="À distance" if remote and not session.place else session_place(s, session),
        access_info=session.access_info.strip(),
        what_to_bring=what_to_bring,
        contact=ContactInfo(name=org.name, phone=org.phone, email=org.email),
        trainers=trainer_names(s, session_id),
        issued_on=fmt.date_medium(today or dt.date.today()),
        city=org.city,
        remote=remote,
    )
