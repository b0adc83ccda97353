"""Shared state of one demo build: sizes, records of what was inserted, and the bulk writer."""

from __future__ import annotations

import datetime as dt
import random
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
    "small": Size(200, 40, 15, 5, 15, 25, 3, 400, 0.15),
    "large": Size(30_000, 4_000, 114, 6, 40, 700, 20, 420, 0.1),
}


@dataclass(slots=True)
class CourseRec:
    id: int
    spec: CourseSpec
    objective_ids: list[int]
    slot_count: int


@dataclass(slots=True)
class RoomRec:
    id: int
    name: str
    site: str
    address: str
    capacity: int
    accessible: bool


@dataclass(slots=True)
class TrainerRec:
    id: int
    first_name: str
    last_name: str
    internal: bool
    domain: str
    course_ids: list[int]


@dataclass(slots=True)
class ClientRec:
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
    id: int
    first_name: str
    last_name: str
    status: str
    employer_id: int | None
    needs_accessible_room: bool
    payer_client_id: int | None = None  # a private-person client paying for themself


@dataclass(slots=True)
class SlotRec:
    id: int
    date: dt.date
    half: int  # 0 morning, 1 afternoon
    room_id: int | None
    modality: str
    trainer_id: int


@dataclass(slots=True)
class EnrollmentRec:
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


@dataclass(slots=True)
class SessionRec:
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
    documents_dir: Path = field(default_factory=Path)

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
