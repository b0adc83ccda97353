"""Shared state of one demo build: sizes, records of what was inserted, and the bulk writer."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, insert, select

from ..model import Base
from .catalogue import CourseSpec


@dataclass(frozen=True, slots=True)
class Size:
    """How big a demo office is."""

    learners: int
    sessions: int
    months_back: int  # first session, in months before today
    months_ahead: int  # last session, in months after today
    trainers: int
    companies: int
    public_bodies: int
    documents_days: int  # documents exist for sessions started less than this many days ago
    interactions_ratio: float  # logged contacts per enrollment


SIZES: dict[str, Size] = {
    # Tests and the quick start: a year and a half of a small office, built in a second or two.
    "small": Size(
        learners=200, sessions=40, months_back=15, months_ahead=5, trainers=15, companies=25,
        public_bodies=3, documents_days=400, interactions_ratio=0.15,
    ),
    # The "ten-year office" of the benchmarks: ~60,000 enrollments, ~600,000 attendance rows.
    "large": Size(
        learners=30_000, sessions=4_000, months_back=114, months_ahead=6, trainers=40,
        companies=700, public_bodies=20, documents_days=420, interactions_ratio=0.1,
    ),
}  # fmt: skip


@dataclass(slots=True)
class CourseRec:
    """A course as inserted, with its objectives' ids."""

    id: int
    spec: CourseSpec
    objective_ids: list[int]
    slot_count: int


@dataclass(slots=True)
class RoomRec:
    """A room as inserted."""

    id: int
    name: str
    site: str
    address: str
    capacity: int
    accessible: bool


@dataclass(slots=True)
class TrainerRec:
    """A trainer as inserted, with the courses they may teach."""

    id: int
    first_name: str
    last_name: str
    internal: bool
    domain: str
    course_ids: list[int]
    hourly_cents: int = 0  # internal: gross hourly wage
    daily_cents: int = 0  # external: daily fee
    company: str = ""


@dataclass(slots=True)
class ClientRec:
    """A client as inserted, with the learners it employs."""

    id: int
    kind: str
    name: str
    siret: str
    address: str
    postal_code: str
    city: str
    opco: str  # funder key, "" when none
    employees: list[int] = field(default_factory=list)  # learner ids


@dataclass(slots=True)
class LearnerRec:
    """A learner as inserted."""

    id: int
    first_name: str
    last_name: str
    status: str
    employer_id: int | None
    needs_accessible_room: bool
    payer_client_id: int | None = None  # a private-person client paying for themself


@dataclass(slots=True)
class SlotRec:
    """A half-day slot as inserted."""

    id: int
    date: dt.date
    half: int  # 0 morning, 1 afternoon
    room_id: int | None
    modality: str
    trainer_id: int


@dataclass(slots=True)
class EnrollmentRec:
    """An enrollment as inserted, with its funding and attended minutes."""

    id: int
    learner: LearnerRec
    client_id: int | None
    status: str
    scheme: str
    price_cents: int
    enrolled_on: dt.date
    cancelled_on: dt.date | None = None
    # (funder id, amount in cents, subrogation)
    funding: list[tuple[int, int, bool]] = field(default_factory=list)
    minutes: int = 0  # minutes actually attended
    dropped_on: dt.date | None = None  # abandon: the last day attended
    drop_reason: str = ""


@dataclass(slots=True)
class SessionRec:
    """A session as inserted, with its slots and enrollments."""

    id: int
    code: str
    course: CourseRec
    start: dt.date
    end: dt.date
    status: str
    kind: str
    intra_client: ClientRec | None
    modality: str
    min_places: int
    max_places: int
    price_cents: int  # per learner (inter) or per group (intra)
    trainer_ids: list[int]
    slots: list[SlotRec]
    enrollments: list[EnrollmentRec] = field(default_factory=list)
    showcase: bool = False  # the session running today that shows every attendance state
    subcontractor: str = ""  # the training office the session is entrusted to (BPF F-2)


class Writer:
    """Buffers rows per table and inserts them with Core executemany, parents first."""

    def __init__(self, conn: Connection, flush_every: int = 50_000):
        self.conn = conn
        self.flush_every = flush_every
        self.tables = {table.name: table for table in Base.metadata.sorted_tables}
        self.buffers: dict[str, list[dict[str, Any]]] = {}
        self.pending = 0
        self.last_ids: dict[str, int] = {}

    def new_id(self, table: str) -> int:
        """The next free primary key of ``table`` (ids are chosen here, not by the database)."""
        if table not in self.last_ids:
            column = self.tables[table].c.id
            self.last_ids[table] = self.conn.scalar(select(func.max(column))) or 0
        self.last_ids[table] += 1
        return self.last_ids[table]

    def reserve(self, table: str, count: int) -> int:
        """Reserve ``count`` consecutive ids of ``table``; return the first one."""
        first = self.new_id(table)
        self.last_ids[table] += count - 1
        return first

    def add_many(self, table: str, rows: list[dict[str, Any]]) -> None:
        """Queue several rows of one table."""
        self.buffers.setdefault(table, []).extend(rows)
        self.pending += len(rows)
        if self.pending >= self.flush_every:
            self.flush()

    def add(self, table: str, row: dict[str, Any]) -> None:
        """Queue one row; every row of a table must have the same keys."""
        self.buffers.setdefault(table, []).append(row)
        self.pending += 1
        if self.pending >= self.flush_every:
            self.flush()

    def flush(self) -> None:
        """Insert every queued row, in foreign-key order."""
        for name, table in self.tables.items():
            rows = self.buffers.pop(name, None)
            if rows:
                self.conn.execute(insert(table), rows)
        self.pending = 0


@dataclass
class Context:
    """Everything the build steps share."""

    rng: random.Random
    today: dt.date
    size: Size
    writer: Writer
    courses: list[CourseRec] = field(default_factory=list)
    rooms: list[RoomRec] = field(default_factory=list)
    equipment: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # use -> (id, qty)
    funders: dict[str, int] = field(default_factory=dict)  # key -> id
    trainers: list[TrainerRec] = field(default_factory=list)
    clients: list[ClientRec] = field(default_factory=list)
    learners: list[LearnerRec] = field(default_factory=list)
    sessions: list[SessionRec] = field(default_factory=list)
    # (trainer id, date, half) taken by an unavailability or a slot
    trainer_busy: set[tuple[int, dt.date, int]] = field(default_factory=set)
    room_busy: set[tuple[int, dt.date, int]] = field(default_factory=set)
    # learner id -> (first day, last day) of the sessions they are enrolled in
    learner_busy: dict[int, list[tuple[dt.date, dt.date]]] = field(default_factory=dict)
    is_open_day: Callable[[dt.date], bool] = field(default=lambda day: day.weekday() < 5)
    documents_dir: Path = field(default_factory=Path)
    # enrolments whose learning outcomes were entered (their attestation de fin can be issued)
    assessed: set[int] = field(default_factory=set)
    # Draws of the issue-12 additions (BPF: subcontracting, costs, remarks) come from this side
    # stream, so that every record drawn from ``rng`` stays as it was for a given seed.
    side: random.Random = field(default_factory=lambda: random.Random("formadesk-bpf"))
    # training offices that send learners to the office (clients of kind organisme_formation)
    partner_offices: list[ClientRec] = field(default_factory=list)

    _clients_by_id: dict[int, ClientRec] = field(default_factory=dict)
    _learners_by_id: dict[int, LearnerRec] = field(default_factory=dict)

    def add(self, table: str, row: dict[str, Any]) -> None:
        self.writer.add(table, row)

    def client(self, client_id: int | None) -> ClientRec | None:
        """The client record with this id (None for None)."""
        if client_id is None:
            return None
        if len(self._clients_by_id) != len(self.clients):
            self._clients_by_id = {client.id: client for client in self.clients}
        return self._clients_by_id[client_id]

    def learner(self, learner_id: int) -> LearnerRec:
        """The learner record with this id."""
        if len(self._learners_by_id) != len(self.learners):
            self._learners_by_id = {learner.id: learner for learner in self.learners}
        return self._learners_by_id[learner_id]

    def new_id(self, table: str) -> int:
        return self.writer.new_id(table)
