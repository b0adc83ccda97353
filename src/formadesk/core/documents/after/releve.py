"""Relevé de présence for a payer: the learners a client pays for, or a funder finances.

States only what the database records: each held half-day's status and minutes (through
``attended_hours``, by way of the attendance grid), hours attended over hours planned, and
absences justified or not. A held half-day with nothing entered for one of these learners
refuses the relevé, naming the half-days and learners to enter first. Half-days still to come
are not listed: the relevé is « arrêté au » its date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ... import formatting as fmt
from ...errors import BusinessRuleError, NotFoundError
from ...model import Client, Enrollment, Funder, FundingLine
from ...services.attendance.codes import LETTERS, STATUSES
from ...services.attendance.grid import Grid, GridLearner, HalfDay, read_grid
from ..engine.builders import load_session, organisation_info
from ..engine.data import OrganisationInfo


@dataclass(frozen=True)
class PresenceMark:
    """One learner on one half-day, as entered."""

    status: str  # key: "present", "absent_excuse" …
    label: str  # « Absence excusée »
    attended_minutes: int
    planned_minutes: int
    note: str  # the reason typed, the justification's file name

    @property
    def letter(self) -> str:
        """« P », « A », « E », « X », or « R 2 h 30 » for a partial half-day."""
        letter = LETTERS.get(self.status, "?")
        if self.status in ("retard", "depart_anticipe"):
            return f"{letter} {fmt.hours(self.attended_minutes)}"
        return letter


@dataclass(frozen=True)
class LearnerPresence:
    """A learner's half-days and totals in the relevé."""

    name: str  # « DURAND Léa »
    detail: str  # « prise en charge n° PEC-42 », « Abandon le 03/11/2026 : … »
    marks: tuple[PresenceMark, ...]  # one per half-day of the relevé

    @property
    def attended(self) -> int:
        return sum(m.attended_minutes for m in self.marks)

    @property
    def planned(self) -> int:
        return sum(m.planned_minutes for m in self.marks)

    def missed(self, statuses: tuple[str, ...]) -> int:
        """Minutes not attended on the half-days of these statuses."""
        return sum(
            m.planned_minutes - m.attended_minutes for m in self.marks if m.status in statuses
        )

    @property
    def justified(self) -> int:
        """Minutes of justified absence (still absence: not counted as attended)."""
        return self.missed(("absent_excuse",))

    @property
    def unjustified(self) -> int:
        """Minutes of unjustified absence, late arrivals and early departures."""
        return self.missed(("absent", "retard", "depart_anticipe"))

    @property
    def dropped(self) -> int:
        """Minutes after the learner dropped out for good."""
        return self.missed(("abandon",))

    @property
    def rate(self) -> str:
        return f"{round(100 * self.attended / self.planned)} %" if self.planned else ""


@dataclass(frozen=True)
class PresenceColumn:
    label: str  # « lun. 02/11\nmatin »
    long_label: str  # « lundi 2 novembre 2026 matin »
    times: str  # « 9h00 – 12h30 »
    planned_minutes: int


@dataclass(frozen=True)
class ReleveData:
    """Relevé de présence of the learners one payer pays for, in one session."""

    organisation: OrganisationInfo
    payer: str  # « OPCO Atlas », « Boulangerie Martin »
    payer_kind: str  # « Financeur » or « Client »
    session_code: str
    course_title: str
    dates: str
    stopped_on: str  # « 5 décembre 2026 »
    to_come: int  # half-days of the session still to come (not in the relevé)
    columns: tuple[PresenceColumn, ...]
    learners: tuple[LearnerPresence, ...]

    @property
    def attended(self) -> int:
        return sum(p.attended for p in self.learners)

    @property
    def planned(self) -> int:
        return sum(p.planned for p in self.learners)


@dataclass(frozen=True)
class RelevesData:
    """One relevé per payer (a client's file holds one, the funders' file one per funder)."""

    releves: tuple[ReleveData, ...]


def _missing_text(grid: Grid, held: list[HalfDay], learners: list[GridLearner]) -> list[str]:
    ids = {p.enrollment_id for p in learners}
    found = []
    for half_day in held:
        names = [p.name for p in grid.missing(half_day) if p.enrollment_id in ids]
        if names:
            found.append(f"{long_label(half_day)} ({', '.join(names)})")
    return found


def long_label(half_day: HalfDay) -> str:
    """« lundi 2 novembre 2026 matin »."""
    part = "après-midi" if half_day.afternoon else "matin"
    return f"{fmt.date_long(half_day.date)} {part}"


def _mark(grid: Grid, learner: GridLearner, half_day: HalfDay) -> PresenceMark:
    cell = grid.cell(learner.enrollment_id, half_day.slot_id)
    assert cell is not None  # refused before (``_missing_text``)
    note = "; ".join(p for p in (cell.note, cell.justification) if p)
    label = STATUSES.get(cell.status, cell.status)
    return PresenceMark(cell.status, label, cell.attended, half_day.planned_minutes, note)


def _detail(learner: GridLearner, agreement: str) -> str:
    parts = [f"prise en charge n° {agreement}" if agreement else ""]
    if learner.dropped_on:
        reason = f" : {learner.drop_reason}" if learner.drop_reason else ""
        parts.append(f"abandon le {fmt.date_short(learner.dropped_on)}{reason}")
    return " — ".join(p for p in parts if p)


def releve(
    s: Session,
    grid: Grid,
    payer: tuple[str, str],
    agreements: dict[int, str],
) -> ReleveData:
    """The relevé of the grid's learners listed in ``agreements`` (enrollment id -> n°)."""
    session = load_session(s, grid.session_id)
    learners = [p for p in grid.learners if p.enrollment_id in agreements]
    # Today's half-days count once entered for everyone: the afternoon still going on (or
    # to come) does not stop the relevé of the days before.
    held = [
        h
        for h in grid.held()
        if h.date < grid.today or not [p for p in grid.missing(h) if p in learners]
    ]
    if not held:
        raise BusinessRuleError(
            f"La session {grid.code} n'a pas encore commencé : le relevé de présence pourra "
            f"être établi à partir du {fmt.date_long(session.start_date)}."
        )
    missing = _missing_text(grid, held, learners)
    if missing:
        raise BusinessRuleError(
            f"Le relevé de présence de {payer[0]} ne peut pas être établi : la présence n'est "
            f"pas saisie pour {'; '.join(missing)}. Saisissez ces présences dans la grille de "
            "présence, puis recommencez."
        )
    columns = tuple(
        PresenceColumn(
            f"{fmt.date_abbreviated(h.date, year=False).split()[0]} {h.date:%d/%m}\n"
            f"{'après-midi' if h.afternoon else 'matin'}",
            long_label(h),
            fmt.time_range(h.start_time, h.end_time),
            h.planned_minutes,
        )
        for h in held
    )
    return ReleveData(
        organisation=organisation_info(s),
        payer=payer[0],
        payer_kind=payer[1],
        session_code=grid.code,
        course_title=grid.title,
        dates=fmt.date_range_long(session.start_date, session.end_date),
        stopped_on=fmt.date_long(held[-1].date),
        to_come=len(grid.half_days) - len(held),
        columns=columns,
        learners=tuple(
            LearnerPresence(
                p.name,
                _detail(p, agreements[p.enrollment_id]),
                tuple(_mark(grid, p, h) for h in held),
            )
            for p in learners
        ),
    )


def build_releve_client(
    s: Session, session_id: int, client_id: int, *, today: dt.date | None = None
) -> RelevesData:
    """Relevé de présence of the learners of one client of the session."""
    client = s.get(Client, client_id)
    if client is None:
        raise NotFoundError("Ce client n'existe plus : actualisez la liste.")
    grid = read_grid(s, session_id, today or dt.date.today())
    ids = s.scalars(
        select(Enrollment.id).where(
            Enrollment.session_id == session_id, Enrollment.client_id == client_id
        )
    )
    return RelevesData((releve(s, grid, (client.name, "Client"), dict.fromkeys(ids, "")),))


def build_releve_funders(
    s: Session, session_id: int, *, today: dt.date | None = None
) -> RelevesData:
    """One relevé per funder of the session's learners (from their funding lines)."""
    grid = read_grid(s, session_id, today or dt.date.today())
    rows = s.execute(
        select(Funder.id, Funder.name, FundingLine.enrollment_id, FundingLine.agreement_number)
        .join(FundingLine, FundingLine.funder_id == Funder.id)
        .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
        .where(Enrollment.session_id == session_id)
        .order_by(Funder.name, Funder.id)
    ).all()
    if not rows:
        raise BusinessRuleError(
            f"Aucun inscrit de la session {grid.code} n'a de financeur : indiquez le "
            "financement des inscriptions, ou produisez le relevé de présence par client."
        )
    funders: dict[int, tuple[str, dict[int, str]]] = {}
    for funder_id, name, enrollment_id, agreement in rows:
        funders.setdefault(funder_id, (name, {}))[1][enrollment_id] = agreement or ""
    return RelevesData(
        tuple(
            releve(s, grid, (name, "Financeur"), enrollments)
            for name, enrollments in funders.values()
        )
    )
