"""The conflict engine: every planning problem over a period, found in a few queries.

Slots and juries become *occupations* (a time range on a day, with a room, trainers and the
learners expected). Per-occupation checks run on each one; clashes are found per resource and
day by a sweep over occupations sorted by start time. Touching ranges (one ends at 12:30, the
next starts at 12:30) are not a clash.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..formatting import time_short
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    Booking,
    Enrollment,
    Equipment,
    Jury,
    JuryMember,
    Learner,
    Room,
    RoomUnavailability,
    Setting,
    Slot,
    SlotTrainer,
    Trainer,
    TrainerCourse,
    TrainerUnavailability,
    TrainingSession,
)
from ..public_holidays import public_holidays
from .conflict_kinds import (
    CONFLICT_KINDS,
    HOLIDAY_REGION_SETTING,
    IGNORE,
    SETTING_PREFIX,
    Conflict,
)


@dataclass
class Occupation:
    """A slot or a jury sitting: what happens, when, where, with whom."""

    date: dt.date
    start: dt.time
    end: dt.time
    slot_id: int | None = None
    jury_id: int | None = None
    session_id: int | None = None
    label: str = ""  # session code or jury title
    course_id: int | None = None
    room_id: int | None = None
    remote: bool = False
    trainer_ids: list[int] = field(default_factory=list)

    @functools.cached_property
    def when(self) -> str:
        """« le 02/03/2027 de 9h00 à 12h30 », for messages (made only when one is needed)."""
        return f"le {self.date:%d/%m/%Y} de {time_short(self.start)} à {time_short(self.end)}"

    def overlaps(self, other: Occupation) -> bool:
        return self.date == other.date and self.start < other.end and other.start < self.end


def load_policy(s: Session) -> tuple[dict[str, str], str]:
    """Severity of each conflict kind (office settings over defaults) and the holiday region."""
    severities = {kind: default for kind, (_label, default) in CONFLICT_KINDS.items()}
    region = ""
    for key, value in s.execute(select(Setting.key, Setting.value)):
        if key.startswith(SETTING_PREFIX) and key[len(SETTING_PREFIX) :] in severities:
            severities[key[len(SETTING_PREFIX) :]] = value
        elif key == HOLIDAY_REGION_SETTING:
            region = value
    return severities, region


def _plain(run, model: type, *where) -> list[SimpleNamespace]:
    """The rows of ``model`` (matching ``where``) as plain objects with the same fields."""
    table = model.__table__
    rows = run(select(table).where(*where)).mappings().all()
    return [SimpleNamespace(**row) for row in rows]


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    return dt.datetime.combine(day, time)


class ConflictEngine:
    """Finds every conflict between two dates, using the ORM session it is given."""

    def __init__(self, s: Session):
        self.s = s
        self.severities, self.region = load_policy(s)
        self.conflicts: list[Conflict] = []

    # -- loading ----------------------------------------------------------------------
    def _load(self, start: dt.date, end: dt.date) -> None:
        s = self.s
        s.flush()  # what the caller changed is read too; then plain rows, no ORM bookkeeping
        run = s.connection().execute
        self.occupations: list[Occupation] = []
        slots = run(
            select(
                Slot.id,
                Slot.date,
                Slot.start_time,
                Slot.end_time,
                Slot.room_id,
                Slot.modality,
                TrainingSession.id,
                TrainingSession.code,
                TrainingSession.course_id,
            )
            .join(TrainingSession, TrainingSession.id == Slot.session_id)
            .where(Slot.date.between(start, end), TrainingSession.status != "annulee")
        ).all()
        by_slot: dict[int, Occupation] = {}
        for sid, day, t0, t1, room, modality, session_id, code, course in slots:
            occ = Occupation(
                day, t0, t1, sid, None, session_id, code, course, room, modality == "distanciel"
            )
            by_slot[sid] = occ
            self.occupations.append(occ)
        for slot_id, trainer_id in run(
            select(SlotTrainer.slot_id, SlotTrainer.trainer_id)
            .join(Slot, Slot.id == SlotTrainer.slot_id)
            .where(Slot.date.between(start, end))
        ).all():
            if slot_id in by_slot:
                by_slot[slot_id].trainer_ids.append(trainer_id)
        juries: dict[int, Occupation] = {}
        for jury in s.scalars(select(Jury).where(Jury.date.between(start, end))):
            occ = Occupation(
                jury.date,
                jury.start_time,
                jury.end_time,
                None,
                jury.id,
                label=f"jury « {jury.title} »",
                room_id=jury.room_id,
            )
            juries[jury.id] = occ
            self.occupations.append(occ)
        if juries:
            for jury_id, trainer_id in run(
                select(JuryMember.jury_id, JuryMember.trainer_id).where(
                    JuryMember.jury_id.in_(juries), JuryMember.trainer_id.is_not(None)
                )
            ):
                juries[jury_id].trainer_ids.append(trainer_id)
        # Plain rows, not ORM objects: the checks read their fields tens of thousands of times.
        self.rooms = {r.id: r for r in _plain(run, Room)}
        self.trainers = {t.id: t for t in _plain(run, Trainer)}
        self.equipment = {e.id: e for e in _plain(run, Equipment)}
        lo, hi = _at(start, dt.time.min), _at(end, dt.time.max)
        self.room_off = defaultdict(list)
        unavailable = RoomUnavailability
        for u in _plain(run, unavailable, unavailable.starts_at < hi, unavailable.ends_at > lo):
            self.room_off[u.room_id].append(u)
        self.trainer_off = defaultdict(list)
        away = TrainerUnavailability
        for u in _plain(run, away, away.starts_at < hi, away.ends_at > lo):
            self.trainer_off[u.trainer_id].append(u)
        allowed = run(select(TrainerCourse.trainer_id, TrainerCourse.course_id))
        self.allowed = {(trainer_id, course_id) for trainer_id, course_id in allowed}
        session_ids = {o.session_id for o in self.occupations if o.session_id}
        self.learners_of: dict[int, list[int]] = defaultdict(list)
        self.needs_access: set[int] = set()
        self.learner_names: dict[int, str] = {}
        if session_ids:
            for session_id, learner_id, last, first, needs in run(
                select(
                    Enrollment.session_id,
                    Learner.id,
                    Learner.last_name,
                    Learner.first_name,
                    Learner.needs_accessible_room,
                )
                .join(Learner, Learner.id == Enrollment.learner_id)
                .where(
                    Enrollment.session_id.in_(session_ids),
                    Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
                )
            ).all():
                self.learners_of[session_id].append(learner_id)
                self.learner_names[learner_id] = f"{first} {last}"
                if needs:
                    self.needs_access.add(learner_id)
        self.bookings: list[tuple[Occupation, int, int]] = []
        jury_occ = juries
        for slot_id, jury_id, equipment_id, quantity in run(
            select(Booking.slot_id, Booking.jury_id, Booking.equipment_id, Booking.quantity)
            .outerjoin(Slot, Slot.id == Booking.slot_id)
            .outerjoin(Jury, Jury.id == Booking.jury_id)
            .where(or_(Slot.date.between(start, end), Jury.date.between(start, end)))
        ).all():
            occ = by_slot.get(slot_id) if slot_id else jury_occ.get(jury_id)
            if occ is not None:
                self.bookings.append((occ, equipment_id, quantity))
        years = range(start.year, end.year + 1)
        self.holidays = public_holidays(years, self.region)

    # -- reporting --------------------------------------------------------------------
    def _add(self, kind: str, occs: Iterable[Occupation], message: str, *items: str) -> None:
        severity = self.severities.get(kind, IGNORE)
        if severity == IGNORE:
            return
        occs = list(occs)
        first = occs[0]
        self.conflicts.append(
            Conflict(
                kind,
                severity,
                message,
                first.date,
                max(o.start for o in occs),
                min(o.end for o in occs),
                tuple(o.slot_id for o in occs if o.slot_id),
                tuple(dict.fromkeys(o.label for o in occs if o.session_id)),
                tuple(o.jury_id for o in occs if o.jury_id),
                items,
                tuple(dict.fromkeys(o.session_id for o in occs if o.session_id)),
            )
        )

    # -- checks -----------------------------------------------------------------------
    def check(self, start: dt.date, end: dt.date) -> list[Conflict]:
        """Every conflict on slots and juries from ``start`` to ``end`` included, by date."""
        self.conflicts = []
        self._load(start, end)
        for occ in self.occupations:
            self._check_one(occ)
        self._check_clashes()
        self._check_equipment()
        self.conflicts.sort(key=lambda c: (c.date, c.start, c.kind))
        return self.conflicts

    def _room_name(self, room_id: int) -> str:
        return self.rooms[room_id].name

    def _trainer_name(self, trainer_id: int) -> str:
        t = self.trainers[trainer_id]
        return f"{t.first_name} {t.last_name}"

    def _check_one(self, o: Occupation) -> None:
        if o.date in self.holidays:
            self._add(
                "public_holiday",
                [o],
                f"{o.label} : {o.when}, jour férié ({self.holidays.get(o.date)}).",
            )
        if o.room_id is None and not o.remote:
            self._add("slot_without_room", [o], f"{o.label} : aucune salle {o.when}.")
        if not o.trainer_ids and o.slot_id:
            self._add("slot_without_trainer", [o], f"{o.label} : aucun formateur {o.when}.")
        if o.room_id is not None:
            self._check_room(o, self.rooms[o.room_id])
        for trainer_id in o.trainer_ids:
            name = self._trainer_name(trainer_id)
            for u in self.trainer_off[trainer_id]:
                if u.starts_at < _at(o.date, o.end) and _at(o.date, o.start) < u.ends_at:
                    reason = f" ({u.reason})" if u.reason else ""
                    self._add(
                        "trainer_unavailable",
                        [o],
                        f"{name} est indisponible{reason} {o.when} ({o.label}).",
                        name,
                    )
            if o.course_id and (trainer_id, o.course_id) not in self.allowed:
                self._add(
                    "trainer_not_qualified",
                    [o],
                    f"{name} n'est pas habilité(e) pour la formation de {o.label}.",
                    name,
                )

    def _check_room(self, o: Occupation, room: Room) -> None:
        for u in self.room_off[room.id]:
            if u.starts_at < _at(o.date, o.end) and _at(o.date, o.start) < u.ends_at:
                reason = f" ({u.reason})" if u.reason else ""
                self._add(
                    "room_unavailable",
                    [o],
                    f"La salle « {room.name} » est indisponible{reason} {o.when}.",
                    room.name,
                )
        if (room.opens_at and o.start < room.opens_at) or (
            room.closes_at and o.end > room.closes_at
        ):
            self._add(
                "outside_opening_hours",
                [o],
                f"{o.label} : la salle « {room.name} » est ouverte de "
                f"{time_short(room.opens_at)} à {time_short(room.closes_at)} ({o.when}).",
                room.name,
            )
        learners = self.learners_of.get(o.session_id, []) if o.session_id else []
        if len(learners) > room.capacity:
            self._add(
                "room_capacity",
                [o],
                f"La salle « {room.name} » a {room.capacity} places pour {len(learners)} "
                f"inscrits ({o.label}, {o.when}).",
                room.name,
            )
        if not room.accessible:
            for learner_id in learners:
                if learner_id in self.needs_access:
                    name = self.learner_names[learner_id]
                    self._add(
                        "room_not_accessible",
                        [o],
                        f"La salle « {room.name} » n'est pas accessible alors que {name} "
                        f"en a besoin ({o.label}, {o.when}).",
                        room.name,
                        name,
                    )

    def _sweep(self, groups: dict[object, list[Occupation]]):
        """Yield (key, a, b) for each pair of overlapping occupations within a group."""
        for key, occs in groups.items():
            occs.sort(key=lambda o: (o.date, o.start))
            active: list[Occupation] = []
            for occ in occs:
                active = [a for a in active if a.date == occ.date and a.end > occ.start]
                for other in active:
                    yield key, other, occ
                active.append(occ)

    def _check_clashes(self) -> None:
        rooms: dict[object, list[Occupation]] = defaultdict(list)
        trainers: dict[object, list[Occupation]] = defaultdict(list)
        learners: dict[object, list[Occupation]] = defaultdict(list)
        for o in self.occupations:
            if o.room_id is not None:
                rooms[o.room_id].append(o)
            for t in o.trainer_ids:
                trainers[t].append(o)
            for learner_id in self.learners_of.get(o.session_id, []) if o.session_id else []:
                learners[learner_id].append(o)
        for room_id, a, b in self._sweep(rooms):
            name = self._room_name(room_id)
            self._add(
                "room_double_booked",
                [a, b],
                f"La salle « {name} » est réservée deux fois {b.when} : {a.label} et {b.label}.",
                name,
            )
        for trainer_id, a, b in self._sweep(trainers):
            name = self._trainer_name(trainer_id)
            self._add(
                "trainer_double_booked",
                [a, b],
                f"{name} est attendu(e) à deux endroits {b.when} : {a.label} et {b.label}.",
                name,
            )
        learners = {k: v for k, v in learners.items() if len({o.session_id for o in v}) > 1}
        for learner_id, a, b in self._sweep(learners):
            if a.session_id != b.session_id:
                name = self.learner_names[learner_id]
                self._add(
                    "learner_double_booked",
                    [a, b],
                    f"{name} est inscrit(e) à deux "
                    f"créneaux simultanés {b.when} : {a.label} et {b.label}.",
                    name,
                )

    def _check_equipment(self) -> None:
        per_day: dict[tuple[int, dt.date], list[tuple[Occupation, int]]] = defaultdict(list)
        for occ, equipment_id, quantity in self.bookings:
            per_day[(equipment_id, occ.date)].append((occ, quantity))
            item = self.equipment[equipment_id]
            if item.state != "en_service":
                self._add(
                    "equipment_out_of_service",
                    [occ],
                    f"« {item.name} » n'est pas en "
                    f"service ({item.state.replace('_', ' ')}) {occ.when}.",
                    item.name,
                )
        for (equipment_id, _day), uses in per_day.items():
            item = self.equipment[equipment_id]
            uses.sort(key=lambda u: u[0].start)
            for i, (occ, _q) in enumerate(uses):
                # Those started before and still running when this one starts, and this one.
                running = [(o, q) for o, q in uses[: i + 1] if o.end > occ.start]
                total = sum(q for _o, q in running)
                if total > item.quantity:
                    self._add(
                        "equipment_over_quantity",
                        [o for o, _q in running],
                        f"« {item.name} » : {total} demandés pour {item.quantity} "
                        f"disponibles {occ.when}.",
                        item.name,
                    )


def find_conflicts(s: Session, start: dt.date, end: dt.date) -> list[Conflict]:
    return ConflictEngine(s).check(start, end)
