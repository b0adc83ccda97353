"""Builders of the sign-in sheets and name tents: read the session once, return plain data.

Columns follow the planning: one column per slot, labelled « Matin » or « Après-midi » from
its times; a slot running over lunch gives two columns (one signature per half-day). Learners
are the active enrollments (inscrit, pré-inscrit, terminé), sorted by name. When attendance was
already entered as absent for a half-day, the cell says « Absente » / « Absent excusé » instead
of being left blank, so that nobody signs for an absent learner afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import NotFoundError
from ...model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Attendance,
    Client,
    Enrollment,
    Learner,
    Room,
    SessionTrainer,
    Slot,
    SlotTrainer,
    Trainer,
    TrainingSession,
)
from ..engine.builders import organisation_info, person_name, planned_minutes, room_label
from ..engine.builders import session_place as _session_place
from .data import (
    NOT_CONCERNED,
    DayLine,
    EmargementData,
    LearnerSlotLine,
    SignRow,
    SignSheet,
    SignSlot,
)

NOON, AFTERNOON = dt.time(12, 0), dt.time(14, 0)
BLANK_TIMES = "de ____ h ____ à ____ h ____"


@dataclass(frozen=True)
class Person:
    """Someone on the sheet: a learner (enrollment id) or a trainer (negative id)."""

    key: int
    civility: str
    first_name: str
    last_name: str
    detail: str

    @property
    def filing_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}".strip()


def agree(civility: str, masculine: str, feminine: str, neutral: str) -> str:
    """The word agreed with the person's civility: « Absente », « Absent », « Absent(e) »."""
    return {"Mme": feminine, "M.": masculine}.get(civility, neutral)


def absence_mark(status: str, civility: str) -> str:
    """What an already-entered absence prints in a signature cell ("" = to be signed)."""
    if status == "absent":
        return agree(civility, "Absent", "Absente", "Absent(e)")
    if status == "absent_excuse":
        return agree(civility, "Absent excusé", "Absente excusée", "Absent(e) excusé(e)")
    return ""


def trainer_role(civility: str) -> str:
    return agree(civility, "Formateur", "Formatrice", "Formateur / formatrice")


def half_days(slot: Slot) -> list[tuple[str, str]]:
    """(« Matin », « 9h00 – 12h30 ») for each half-day a slot covers."""
    start, end = slot.start_time, slot.end_time
    if start < NOON and end > AFTERNOON:  # over lunch: two signatures
        return [
            ("Matin", f"dès {fmt.time_short(start)}"),
            ("Après-midi", f"jusqu'à {fmt.time_short(end)}"),
        ]
    part = "Matin" if start < NOON else "Après-midi"
    return [(part, fmt.time_range(start, end))]


def slot_trainers(s: Session, session: TrainingSession) -> dict[int, list[Person]]:
    """Trainers of each slot: those named on the slot, else those of the whole session."""
    ids = [slot.id for slot in session.slots]
    rows = s.execute(
        select(SlotTrainer.slot_id, Trainer)
        .join(Trainer, Trainer.id == SlotTrainer.trainer_id)
        .where(SlotTrainer.slot_id.in_(ids))
        .order_by(Trainer.last_name, Trainer.first_name)
    ).all()
    whole = s.scalars(
        select(Trainer)
        .join(SessionTrainer, SessionTrainer.trainer_id == Trainer.id)
        .where(SessionTrainer.session_id == session.id)
        .order_by(Trainer.last_name, Trainer.first_name)
    ).all()

    def person(t: Trainer) -> Person:
        return Person(-t.id, t.civility, t.first_name, t.last_name, trainer_role(t.civility))

    named: dict[int, list[Person]] = defaultdict(list)
    for slot_id, trainer in rows:
        named[slot_id].append(person(trainer))
    return {sid: named.get(sid) or [person(t) for t in whole] for sid in ids}


def columns(s: Session, session: TrainingSession) -> tuple[list[SignSlot], dict[int, list[Person]]]:
    """Every half-day column of the session, and the trainers of each slot."""
    room_ids = {slot.room_id for slot in session.slots if slot.room_id}
    rooms = {r.id: r for r in s.scalars(select(Room).where(Room.id.in_(room_ids)))}
    trainers = slot_trainers(s, session)
    out = []
    for slot in session.slots:
        if slot.modality == "distanciel":
            place = "À distance"
        else:
            place = room_label(rooms.get(slot.room_id)) or session.place or "À préciser"
        names = tuple(person_name(p.first_name, p.last_name) for p in trainers[slot.id])
        for part, times in half_days(slot):
            date, short = fmt.date_long(slot.date), fmt.date_short(slot.date)
            weekday = fmt.date_long(slot.date)[:3] + "."
            out.append(SignSlot(slot.id, date, short, weekday, part, times, place, names))
    return out, trainers


def learners(
    s: Session, session_id: int, *, client_id: int | None = None, enrollment_id: int | None = None
) -> list[Person]:
    """Active learners of the session (of one client, or one enrollment), sorted by name."""
    query = (
        select(Enrollment.id, Learner, Client.name)
        .join(Learner, Learner.id == Enrollment.learner_id)
        .outerjoin(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.session_id == session_id)
        .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
    )
    if enrollment_id is not None:
        query = query.where(Enrollment.id == enrollment_id)
    else:
        query = query.where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
    if client_id is not None:
        query = query.where(Enrollment.client_id == client_id)
    return [
        Person(eid, ln.civility, ln.first_name, ln.last_name, ln.employer_name or client or "")
        for eid, ln, client in s.execute(query)
    ]


def absences(s: Session, slot_ids: list[int], people: list[Person]) -> dict[tuple[int, int], str]:
    """(slot id, enrollment id) -> status, for the absences already entered."""
    query = select(Attendance.slot_id, Attendance.enrollment_id, Attendance.status).where(
        Attendance.slot_id.in_(slot_ids),
        Attendance.enrollment_id.in_([p.key for p in people]),
        Attendance.status.in_(("absent", "absent_excuse")),
    )
    return {(slot_id, eid): status for slot_id, eid, status in s.execute(query)}


def sheet_rows(
    slots: list[SignSlot],
    people: list[Person],
    trainers: dict[int, list[Person]],
    marks: dict[tuple[int, int], str],
) -> tuple[SignRow, ...]:
    """Trainer lines first (« — » where they do not teach), then one line per learner."""
    teaching: dict[int, Person] = {}
    for slot in slots:
        for trainer in trainers.get(slot.key, []):
            teaching.setdefault(trainer.key, trainer)
    rows = [
        SignRow(
            person_name(t.first_name, t.last_name),
            t.detail,
            tuple("" if t in trainers.get(c.key, []) else NOT_CONCERNED for c in slots),
            is_trainer=True,
        )
        for t in teaching.values()
    ] or [SignRow("", trainer_role(""), tuple("" for _ in slots), is_trainer=True)]
    for p in people:
        cells = tuple(absence_mark(marks.get((c.key, p.key), ""), p.civility) for c in slots)
        rows.append(SignRow(p.filing_name, p.detail, cells))
    return tuple(rows)


def day_place(session_place: str, slots: list[SignSlot]) -> str:
    """« 5 place Béraudier, 69003 Lyon – Salle Lovelace (Lyon Part-Dieu) »."""
    rooms = [p for p in dict.fromkeys(slot.place for slot in slots) if p != session_place]
    return " – ".join(p for p in (session_place, ", ".join(rooms)) if p)


def day_lines(sheets: list[SignSheet]) -> tuple[DayLine, ...]:
    """Word view of grid sheets: one line per person and day, morning and afternoon marks."""
    lines = []
    for sheet in sheets:
        for date in dict.fromkeys(slot.date for slot in sheet.slots):
            for row in sheet.rows:
                halves = {"Matin": [], "Après-midi": []}
                for slot, mark in zip(sheet.slots, row.marks, strict=True):
                    if slot.date == date:
                        halves[slot.part].append(mark)
                morning, afternoon = (
                    " / ".join(marks) if marks else NOT_CONCERNED for marks in halves.values()
                )
                lines.append(DayLine(date, row.name, row.detail, morning, afternoon))
    return tuple(lines)


def learner_lines(sheets: list[SignSheet]) -> tuple[LearnerSlotLine, ...]:
    """Word view of a per-learner sheet: one line per half-day."""
    return tuple(
        LearnerSlotLine(c.date, c.part, c.times, c.place, mark, c.trainer_names)
        for sheet in sheets
        for row in sheet.learner_rows
        for c, mark in zip(sheet.slots, row.marks, strict=True)
    )


def emargement_data(
    s: Session, session: TrainingSession, *, layout: str, audience: str, sheets: list[SignSheet]
) -> EmargementData:
    """The header fields shared by every layout, around the given sheets."""
    slots = tuple(slot for sheet in sheets for slot in sheet.slots)
    trainers = tuple(dict.fromkeys(name for slot in slots for name in slot.trainers))
    return EmargementData(
        organisation=organisation_info(s),
        layout=layout,
        session_code=session.code,
        course_title=session.course.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        place=session_place(s, session),
        trainers=trainers,
        total_hours=fmt.hours(planned_minutes(session)),
        audience=audience,
        sheets=tuple(sheets),
        trainer_names=", ".join(trainers),
        slots=slots,
        day_lines=day_lines(sheets) if layout != "apprenant" else (),
        learner_lines=learner_lines(sheets) if layout == "apprenant" else (),
    )


def session_place(s: Session, session: TrainingSession) -> str:
    if session.slots and all(slot.modality == "distanciel" for slot in session.slots):
        return session.place or "À distance"
    return _session_place(s, session)


def client_name(s: Session, client_id: int) -> str:
    name = s.scalar(select(Client.name).where(Client.id == client_id))
    if name is None:
        raise NotFoundError("Ce client n'existe plus : actualisez la liste des clients.")
    return name
