"""Sessions of courses and their half-day slots."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..errors import BusinessRuleError, NotFoundError
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    SESSION_KINDS,
    SESSION_STATUSES,
    Attendance,
    Client,
    Course,
    Enrollment,
    Organisation,
    Slot,
    TrainingSession,
)
from ..public_holidays import public_holidays
from ..rules.guard import INCOMPLETE_KINDS, WriteGuard
from ..rules.session_status import span_of, status_to_store, statuses_due
from ..validation import FIRST_YEAR, LAST_YEAR, Checker, require_count
from .base import Service, copy_onto, get_or_fail, row_to
from .session_checks import ascii_lower, check_session_input, duration_warning

MORNING = (dt.time(9, 0), dt.time(12, 30))
AFTERNOON = (dt.time(13, 30), dt.time(17, 0))


@dataclass
class SlotData:
    """One half-day of a session."""

    date: dt.date
    start_time: dt.time
    end_time: dt.time
    id: int | None = None
    room_id: int | None = None
    modality: str | None = None  # None: the session's (see slot_modality)

    @property
    def minutes(self) -> int:
        start = dt.datetime.combine(self.date, self.start_time)
        return int((dt.datetime.combine(self.date, self.end_time) - start).total_seconds() // 60)


@dataclass
class SessionData:
    """A session as edited in its dialog."""

    course_id: int
    start_date: dt.date
    end_date: dt.date
    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    code: str = ""
    place: str = ""
    access_info: str = ""
    what_to_bring: str = ""
    min_places: int = 1
    max_places: int = 12
    kind: str = "inter"
    intra_client_id: int | None = None
    status: str = "planifiee"
    price_cents: int | None = None
    modality: str = "presentiel"
    notes: str = ""
    # the training office the session is entrusted to (BPF cadre F-2, « formés par un autre
    # organisme »); "" = run by the office
    subcontractor: str = ""
    slots: list[SlotData] = field(default_factory=list)

    @property
    def planned_minutes(self) -> int:
        return sum(s.minutes for s in self.slots)


@dataclass(frozen=True)
class SessionRow:
    id: int
    code: str
    course_id: int
    course_title: str
    start_date: dt.date
    end_date: dt.date
    status: str
    kind: str
    place: str
    enrolled: int
    min_places: int
    max_places: int

    @property
    def status_label(self) -> str:
        return SESSION_STATUSES.get(self.status, self.status)


def half_day_slots(
    start: dt.date,
    end: dt.date,
    *,
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4),
    morning: tuple[dt.time, dt.time] | None = MORNING,
    afternoon: tuple[dt.time, dt.time] | None = AFTERNOON,
    skip_holidays: bool = True,
) -> list[SlotData]:
    """Slots for each chosen weekday from start to end, skipping French public holidays."""
    public = public_holidays(range(start.year, end.year + 1)) if skip_holidays else {}
    slots: list[SlotData] = []
    day = start
    while day <= end:
        if day.weekday() in weekdays and day not in public:
            for times in (morning, afternoon):
                if times:
                    slots.append(SlotData(day, times[0], times[1]))
        day += dt.timedelta(days=1)
    return slots


def slot_modality(session_modality: str, given: str | None) -> str:
    """A slot's modality: the one given, else its session's (a mixed session's are on site)."""
    if given:
        return given
    return session_modality if session_modality == "distanciel" else "presentiel"


class SessionService(Service):
    """Create, edit and list sessions, with their slots and readable codes."""

    def choices(self) -> list[tuple[int, str, str, dt.date]]:
        """(id, code, course title, first day) of every session, newest first: the lists
        to pick a session from (thousands in a ten-year office, read as plain columns)."""
        query = (
            select(
                TrainingSession.id, TrainingSession.code, Course.title, TrainingSession.start_date
            )
            .join(Course, Course.id == TrainingSession.course_id)
            .order_by(TrainingSession.start_date.desc(), TrainingSession.code)
        )
        with self._db.reading() as s:
            return [tuple(row) for row in s.connection().execute(query)]  # no ORM bookkeeping

    def list(
        self,
        *,
        text: str = "",
        year: int | None = None,
        status: str | None = None,
        course_id: int | None = None,
        session_id: int | None = None,
        starts_between: tuple[dt.date, dt.date] | None = None,
        limit: int | None = None,
    ) -> list[SessionRow]:
        enrolled = (
            select(Enrollment.session_id, func.count().label("n"))
            .where(Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES))
            .group_by(Enrollment.session_id)
            .subquery()
        )
        query = (
            select(TrainingSession, Course.title, func.coalesce(enrolled.c.n, 0))
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(enrolled, enrolled.c.session_id == TrainingSession.id)
            .order_by(TrainingSession.start_date.desc(), TrainingSession.code)
        )
        if text:
            like = f"%{text.strip()}%"
            query = query.where(TrainingSession.code.ilike(like) | Course.title.ilike(like))
        if year:
            year = require_count(year, "L'année", "year", low=FIRST_YEAR, high=LAST_YEAR)
            query = query.where(
                TrainingSession.start_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))
            )
        if status:
            query = query.where(TrainingSession.status == status)
        if course_id:
            query = query.where(TrainingSession.course_id == course_id)
        if session_id:
            query = query.where(TrainingSession.id == session_id)
        if starts_between:
            query = query.where(TrainingSession.start_date.between(*starts_between))
        if limit:
            query = query.limit(limit)
        with self._db.reading() as s:
            return [
                SessionRow(
                    t.id,
                    t.code,
                    t.course_id,
                    title,
                    t.start_date,
                    t.end_date,
                    t.status,
                    t.kind,
                    t.place,
                    n,
                    t.min_places,
                    t.max_places,
                )
                for t, title, n in s.execute(query)
            ]

    def years(self) -> list[int]:
        """The years in which sessions start, newest first (for the year filter)."""
        with self._db.reading() as s:
            starts = s.execute(
                select(func.min(TrainingSession.start_date), func.max(TrainingSession.start_date))
            ).one()
        if starts[0] is None:
            return [dt.date.today().year]
        return list(range(starts[1].year, starts[0].year - 1, -1))

    def get(self, session_id: int) -> SessionData:
        with self._db.reading() as s:
            row = get_or_fail(s, TrainingSession, session_id, "La session")
            slots = [row_to(SlotData, slot) for slot in row.slots]
            return row_to(SessionData, row, slots=slots)

    def row(self, session_id: int) -> SessionRow:
        rows = self.list(session_id=session_id)
        if not rows:
            raise NotFoundError(f"La session n° {session_id} n'existe plus. Actualisez la liste.")
        return rows[0]

    def next_code(self, course_id: int, start_date: dt.date) -> str:
        """The next free code following the office's pattern, e.g. 2026-EXCEL-INT-004."""
        with self._db.reading() as s:
            course = get_or_fail(s, Course, course_id, "La formation")
            pattern = s.scalar(select(Organisation.session_code_pattern).limit(1))
            return self._free_code(s, pattern or "{year}-{course}-{n:03d}", course, start_date)

    @staticmethod
    def _free_code(s, pattern: str, course: Course, start: dt.date) -> str:
        def make(n: int) -> str:
            return pattern.format(year=start.year, month=start.month, course=course.code, n=n)

        prefix = make(0)[:3]
        existing = set(
            s.scalars(select(TrainingSession.code).where(TrainingSession.code.like(f"{prefix}%")))
        )
        n = 1
        while make(n) in existing:
            n += 1
        return make(n)

    def save(
        self, data: SessionData, *, confirm: bool = False, now: dt.datetime | None = None
    ) -> int:
        """Create or update a session and its slots; returns its id. Raises ValidationError.

        The planning rules run before commit: a blocking conflict raises ``PlanningBlocked``,
        warnings raise ``ConfirmationNeeded`` unless ``confirm``. The status follows the dates
        (``now`` for tests); a status the dates contradict is refused.
        """
        check = Checker()
        check_session_input(check, data)
        if check.errors:
            check.raise_if_any()
        if data.end_date < data.start_date:
            check.fail("end_date", "La date de fin est avant la date de début : corrigez-la.")
        if data.min_places < 0 or data.max_places < 1:
            check.fail("max_places", "Le nombre maximum de places doit être d'au moins 1.")
        elif data.min_places > data.max_places:
            check.fail(
                "min_places",
                f"Le minimum ({data.min_places}) dépasse le maximum ({data.max_places}) de places.",
            )
        if data.kind not in SESSION_KINDS:
            check.fail("kind", "Choisissez inter-entreprises ou intra-entreprise.")
        if data.kind == "intra" and not data.intra_client_id:
            check.fail(
                "intra_client_id", "Une session intra-entreprise a un client : choisissez-le."
            )
        if data.status not in SESSION_STATUSES:
            check.fail("status", "Choisissez un statut de session.")
        for slot in data.slots:
            if slot.end_time <= slot.start_time:
                check.fail("slots", f"Le créneau du {slot.date:%d/%m/%Y} finit avant de commencer.")
            elif not data.start_date <= slot.date <= data.end_date:
                check.fail(
                    "slots",
                    f"Le créneau du {slot.date:%d/%m/%Y} est en dehors des dates de la session.",
                )
        check.raise_if_any()
        for slot in data.slots:
            slot.modality = slot_modality(data.modality, slot.modality)
        with self._db.unit_of_work() as s:
            guard = WriteGuard(s, confirm=confirm, ignore=INCOMPLETE_KINDS)
            if data.id is not None:
                guard.snapshot(session_ids=[data.id])
            course = get_or_fail(s, Course, data.course_id, "La formation")
            guard.warn(duration_warning(s, data, course))
            if data.intra_client_id:
                get_or_fail(s, Client, data.intra_client_id, "Le client")
            if data.id is None:
                if not data.code.strip():
                    pattern = s.scalar(select(Organisation.session_code_pattern).limit(1))
                    data.code = self._free_code(s, pattern, course, data.start_date)
                row = TrainingSession(course_id=course.id, code=data.code.strip())
                s.add(row)
            else:
                row = get_or_fail(s, TrainingSession, data.id, "La session")
                if data.max_places < row.max_places:
                    taken = s.scalar(
                        select(func.count()).where(
                            Enrollment.session_id == row.id,
                            Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
                        )
                    )
                    if taken > data.max_places:
                        raise BusinessRuleError(
                            f"{taken} apprenants sont déjà inscrits : le maximum ne peut pas "
                            f"descendre à {data.max_places}."
                        )
            data.code = data.code.strip()
            clash = s.scalar(
                select(TrainingSession.id)
                # SQL lower() folds ASCII letters only: fold the same ones here.
                .where(func.lower(TrainingSession.code) == ascii_lower(data.code))
                .limit(1)
            )
            if clash and clash != data.id:
                raise BusinessRuleError(
                    f"Le code « {data.code} » est déjà utilisé par une autre session."
                )
            slots = [(x.date, x.start_time, x.end_time) for x in data.slots]
            span = span_of(data.start_date, data.end_date, slots)
            was = row.status if data.id is not None else None
            data.status = status_to_store(s, row.id, data.code, data.status, was, span, now)
            copy_onto(row, data, skip=("id", "slots"))
            s.flush()
            self._sync_slots(s, row, data.slots)
            guard.verify(session_ids=[row.id])
            session_id = row.id
        self._emit("session", session_id, "created" if data.id is None else "updated", "slot")
        data.id = session_id
        return session_id

    def advance_statuses(self, now: dt.datetime | None = None) -> list[int]:
        """Move planned and running sessions forward by their dates, in one transaction.

        Run when the office opens; returns the ids of the sessions it moved.
        """
        now = now or dt.datetime.now()
        with self._db.reading() as s:
            moves = statuses_due(s, now)
        if not moves:
            return []
        with self._db.unit_of_work() as s:
            for sid, new in moves.items():
                s.get(TrainingSession, sid).status = new
        self._emit("session", tuple(moves), "updated")
        return list(moves)

    @staticmethod
    def _sync_slots(s, row: TrainingSession, slots: list[SlotData]) -> None:
        existing = {slot.id: slot for slot in row.slots}
        kept = {slot.id for slot in slots if slot.id is not None}
        for slot_id, slot in existing.items():
            if slot_id not in kept:
                signed = s.scalar(select(func.count()).where(Attendance.slot_id == slot_id))
                if signed:
                    raise BusinessRuleError(
                        f"Le créneau du {slot.date:%d/%m/%Y} a déjà des présences saisies : "
                        "il ne peut pas être supprimé."
                    )
                row.slots.remove(slot)
        for data in slots:
            target = existing.get(data.id) if data.id is not None else None
            if target is None:
                target = Slot(session_id=row.id)
                row.slots.append(target)
            copy_onto(target, data)
        s.flush()

    def delete(self, session_id: int) -> None:
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, TrainingSession, session_id, "La session")
            if row.enrollments:
                raise BusinessRuleError(
                    f"La session {row.code} a des inscrits : annulez-la plutôt que de la supprimer."
                )
            s.delete(row)
        self._emit("session", session_id, "deleted")
