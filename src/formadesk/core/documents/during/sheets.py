"""The five layouts of the feuille d'émargement, as builders (DB -> ``EmargementData``).

- per day (``build_emargement_jour``): one sheet per day of the session, every active learner;
- per client (``build_emargement_client``): the same, with that client's learners only;
- landscape (``build_emargement_paysage``): one sheet holding every half-day of the session,
  split into pages of a few columns by the renderer;
- blank (``build_emargement_vierge``): date and times left to write by hand, the learners
  printed, then empty lines for walk-ins;
- per learner (``build_emargement_apprenant``): one learner, one line per half-day.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import BusinessRuleError, NotFoundError
from ...model import Enrollment, Learner, TrainingSession
from ..engine.builders import load_session, person_name
from .build import (
    BLANK_TIMES,
    absences,
    client_name,
    columns,
    day_place,
    emargement_data,
    learners,
    session_place,
    sheet_rows,
)
from .data import EmargementData, SignRow, SignSheet, SignSlot

BLANK_LINES = 6  # empty lines for walk-ins on the blank sheet
BLANK_SHEET_ROWS = 12  # the blank sheet is filled with empty lines up to this many learners


def _grid(
    s: Session, session_id: int, client_id: int | None, enrollment_id: int | None = None
) -> tuple[TrainingSession, list[SignSlot], Callable[[list[SignSlot]], tuple[SignRow, ...]]]:
    """The session, its half-day columns, and a function giving the rows of some columns."""
    session = load_session(s, session_id)
    slots, trainers = columns(s, session)
    if not slots:
        raise BusinessRuleError(
            f"La session {session.code} n'a aucune séance planifiée : planifiez ses séances, "
            "ou imprimez la feuille d'émargement vierge."
        )
    people = learners(s, session_id, client_id=client_id, enrollment_id=enrollment_id)
    if enrollment_id is not None and not people:
        raise NotFoundError(
            "Cette inscription n'existe plus dans la session : actualisez la liste des inscrits."
        )
    marks = absences(s, [slot.id for slot in session.slots], people)
    return session, slots, lambda some: sheet_rows(some, people, trainers, marks)


def _daily(s: Session, session_id: int, *, client_id: int | None) -> EmargementData:
    session, slots, rows = _grid(s, session_id, client_id)
    place = session_place(s, session)
    by_day: dict[str, list[SignSlot]] = {}
    for slot in slots:
        by_day.setdefault(slot.date, []).append(slot)
    sheets = [
        SignSheet(date, day_place(place, day), tuple(day), rows(day))
        for date, day in by_day.items()
    ]
    audience = client_name(s, client_id) if client_id is not None else ""
    return emargement_data(s, session, layout="jour", audience=audience, sheets=sheets)


def build_emargement_jour(s: Session, session_id: int) -> EmargementData:
    """One sheet per day: every half-day of the day as a column, every active learner."""
    return _daily(s, session_id, client_id=None)


def build_emargement_client(s: Session, session_id: int, client_id: int) -> EmargementData:
    """One sheet per day, with the active learners of one client only."""
    return _daily(s, session_id, client_id=client_id)


def build_emargement_paysage(s: Session, session_id: int) -> EmargementData:
    """A single grid of every half-day of the session (the renderer splits it into pages)."""
    session, slots, rows = _grid(s, session_id, None)
    place = day_place(session_place(s, session), slots)
    sheet = SignSheet("", place, tuple(slots), rows(slots))
    return emargement_data(s, session, layout="paysage", audience="", sheets=[sheet])


def build_emargement_vierge(s: Session, session_id: int) -> EmargementData:
    """A sheet to complete by hand: date, times and trainer left blank, room for walk-ins."""
    session = load_session(s, session_id)
    place = session_place(s, session)
    halves = ("Matin", "Après-midi")
    slots = tuple(SignSlot(0, "", "", "", part, BLANK_TIMES, place) for part in halves)
    people = learners(s, session_id)
    rows = list(sheet_rows(list(slots), people, {}, {}))
    blanks = max(BLANK_LINES, BLANK_SHEET_ROWS - len(people))
    rows += [SignRow("", "", ("", "")) for _ in range(blanks)]
    sheet = SignSheet("", place, slots, tuple(rows))
    return emargement_data(s, session, layout="vierge", audience="", sheets=[sheet])


def build_emargement_apprenant(s: Session, session_id: int, enrollment_id: int) -> EmargementData:
    """One learner's sheet over the whole session: a line per half-day."""
    session, slots, rows = _grid(s, session_id, None, enrollment_id)
    audience = learner_name(s, enrollment_id)
    sheet = SignSheet(audience, session_place(s, session), tuple(slots), rows(slots))
    return emargement_data(s, session, layout="apprenant", audience=audience, sheets=[sheet])


def learner_name(s: Session, enrollment_id: int) -> str:
    """« Mme Hélène Lefèvre »."""
    learner = s.scalar(
        select(Learner)
        .join(Enrollment, Enrollment.learner_id == Learner.id)
        .where(Enrollment.id == enrollment_id)
    )
    return person_name(learner.first_name, learner.last_name, learner.civility)
