"""What the BPF of one financial year reads from the base, once, as plain facts.

A few set-based SELECTs (no ORM rows): the half-days dated in the year and their attendance,
the sessions and enrolments behind them, the invoice lines of the invoices issued in the
year, the costs spent in the year and the trainers of the half-days taught. Minutes attended
go through ``services.attended_hours`` (``minutes_of`` over ``slot_minutes``), the one rule of
hours attended; nothing else here decides where a fact goes (see ``bpf_rules``).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import Connection, and_, select
from sqlalchemy.orm import Session

from ..model import (
    Attendance,
    Client,
    Cost,
    Course,
    Enrollment,
    Funder,
    FundingLine,
    Invoice,
    InvoiceLine,
    Learner,
    SessionTrainer,
    Slot,
    SlotTrainer,
    Trainer,
    TrainingSession,
)
from ..services.attendance.grid import GRID_ENROLLMENT_STATUSES
from ..services.attended_hours import minutes_of, slot_minutes
from .bpf_rules import income_line

LIVE = ("planifiee", "confirmee", "en_cours", "terminee")  # not a draft, not cancelled


@dataclass(frozen=True, slots=True)
class SessionFact:
    id: int
    code: str
    status: str
    subcontractor: str
    course_id: int
    course_code: str
    course_title: str
    objective: str
    nsf: str
    group_price: bool  # an intra-company session priced per group
    within: bool  # all its days in the financial year (not across two years)


@dataclass(slots=True)
class EnrolmentFact:
    """An enrolment of a session holding half-days in the year, with its year's attendance."""

    id: int
    session_id: int
    learner_id: int
    learner_name: str
    learner_status: str
    client_id: int | None
    client_kind: str | None
    client_name: str
    status: str
    scheme: str
    price_cents: int
    minutes: int = 0  # attended on half-days dated in the year
    half_days: int = 0  # half-days of the year with at least one minute attended
    entered: int = 0  # attendance rows on half-days of the year


@dataclass(frozen=True, slots=True)
class LineFact:
    """One line of an invoice, credit note or dédit issued in the year (amounts HT)."""

    id: int
    invoice_id: int
    number: str
    kind: str  # facture, avoir, dedit
    issued_on: dt.date
    payer: str
    session_id: int | None
    session_code: str
    enrollment_id: int | None
    learner_name: str
    label: str
    amount_cents: int
    dedit: bool  # a dédit, or a credit note cancelling one: not training income
    code: str | None  # the C line, None when it cannot be said
    why: str  # how the line was decided, in French


@dataclass(frozen=True, slots=True)
class CostFact:
    id: int
    spent_on: dt.date
    category: str
    label: str
    amount_cents: int
    session_id: int | None
    session_code: str
    trainer_name: str


@dataclass(frozen=True, slots=True)
class TeachingFact:
    """What one trainer taught in one session during the year."""

    trainer_id: int
    trainer_name: str
    internal: bool
    session_id: int
    half_days: int
    minutes: int


@dataclass
class YearFacts:
    """Everything the BPF of a year is made of."""

    year: int
    start: dt.date
    end: dt.date
    today: dt.date
    sessions: dict[int, SessionFact] = field(default_factory=dict)
    enrolments: list[EnrolmentFact] = field(default_factory=list)
    lines: list[LineFact] = field(default_factory=list)
    costs: list[CostFact] = field(default_factory=list)
    teaching: list[TeachingFact] = field(default_factory=list)
    # session id -> dates of its held half-days of the year where attendance is not complete
    incomplete: dict[int, list[dt.date]] = field(default_factory=dict)
    invoiced: set[int] = field(default_factory=set)  # enrolments on a live invoice or dédit

    _trained: list[EnrolmentFact] | None = field(default=None, repr=False)

    def trained(self) -> list[EnrolmentFact]:
        """Enrolments with at least one minute attended on a half-day of the year, in a
        session held (not cancelled, not a draft) and still followed (not cancelled, not on
        the waiting list: the statuses the attendance grid shows)."""
        if self._trained is None:
            self._trained = [e for e in self.enrolments if e.minutes > 0 and self.counts(e)]
        return self._trained

    def set_aside(self) -> list[EnrolmentFact]:
        """Hours entered that the BPF does not count (a cancelled session or enrolment):
        listed as doubtful, for the office to correct one or the other."""
        return [e for e in self.enrolments if e.minutes > 0 and not self.counts(e)]

    def counts(self, enrolment: EnrolmentFact) -> bool:
        return (
            self.sessions[enrolment.session_id].status in LIVE
            and enrolment.status in GRID_ENROLLMENT_STATUSES
        )


_PLANNED: dict[tuple[dt.time, dt.time], int] = {}


def _slot_length(row) -> int:
    """``slot_minutes`` of a half-day, once per pair of times (a year has thousands of
    half-days and a handful of timetables)."""
    key = (row.start_time, row.end_time)
    minutes = _PLANNED.get(key)
    if minutes is None:
        minutes = _PLANNED[key] = slot_minutes(row)
    return minutes


def _name(first: str | None, last: str | None) -> str:
    return f"{first or ''} {last or ''}".strip()


def read_year(
    s: Session | Connection, year: int, start: dt.date, end: dt.date, today: dt.date
) -> YearFacts:
    """The facts of the financial year [start, end]; ``today`` bounds the half-days taught."""
    facts = YearFacts(year, start, end, today)
    s = s.connection()  # plain columns: Core rows, without the ORM's loading machinery
    in_year = Slot.date.between(start, end)
    year_sessions = select(Slot.session_id).where(in_year).distinct()
    _read_sessions(s, facts, year_sessions)
    _read_attendance(s, facts, in_year, year_sessions)
    _read_teaching(s, facts, in_year, year_sessions)
    _read_invoiced(s, facts, year_sessions)
    _read_lines(s, facts)
    _read_costs(s, facts)
    return facts


def _read_sessions(s: Connection, facts: YearFacts, year_sessions) -> None:
    query = (
        select(
            TrainingSession.id,
            TrainingSession.code,
            TrainingSession.status,
            TrainingSession.subcontractor,
            TrainingSession.kind,
            TrainingSession.intra_client_id,
            TrainingSession.price_cents,
            TrainingSession.start_date,
            TrainingSession.end_date,
            Course.id,
            Course.code,
            Course.title,
            Course.bpf_objective,
            Course.nsf_code,
            Course.intra_price_cents,
        )
        .join(Course, Course.id == TrainingSession.course_id)
        .where(TrainingSession.id.in_(year_sessions))
    )
    for row in s.execute(query).all():
        (sid, code, status, sub, kind, intra, price, first, last, cid, ccode, title, objective,
         nsf, intra_price) = row  # fmt: skip
        group = bool(kind == "intra" and intra and (price or intra_price))
        within = facts.start <= first and last <= facts.end
        facts.sessions[sid] = SessionFact(
            sid, code, status, (sub or "").strip(), cid, ccode, title, objective or "",
            (nsf or "").strip(), group, within,
        )  # fmt: skip


def _read_attendance(s: Connection, facts: YearFacts, in_year, year_sessions) -> None:
    enrolments: dict[int, EnrolmentFact] = {}
    query = (
        select(
            Enrollment.id,
            Enrollment.session_id,
            Enrollment.learner_id,
            Learner.first_name,
            Learner.last_name,
            Learner.status,
            Enrollment.client_id,
            Client.kind,
            Client.name,
            Enrollment.status,
            Enrollment.funding_scheme,
            Enrollment.price_cents,
        )
        .join(Learner, Learner.id == Enrollment.learner_id)
        .outerjoin(Client, Client.id == Enrollment.client_id)
        .where(Enrollment.session_id.in_(year_sessions))
        .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
    )
    for row in s.execute(query).all():
        eid, sid, lid, first, last, lstatus, cid, ckind, cname, status, scheme, price = row
        enrolments[eid] = EnrolmentFact(
            eid, sid, lid, _name(first, last), lstatus or "", cid, ckind, cname or "",
            status, scheme or "", price or 0,
        )  # fmt: skip
    facts.enrolments = list(enrolments.values())
    slots: dict[int, tuple[int, dt.date, int]] = {}  # id -> (session, date, planned minutes)
    for row in s.execute(
        select(Slot.id, Slot.session_id, Slot.date, Slot.start_time, Slot.end_time).where(in_year)
    ).all():
        slots[row.id] = (row.session_id, row.date, _slot_length(row))
    expected = GRID_ENROLLMENT_STATUSES
    entered_per_slot: dict[int, int] = defaultdict(int)
    attendance = (
        select(
            Attendance.slot_id,
            Attendance.enrollment_id,
            Attendance.status,
            Attendance.minutes_attended,
        )
        .join(Slot, Slot.id == Attendance.slot_id)
        .where(in_year)
    )
    for slot_id, enrollment_id, status, minutes in s.execute(attendance).all():
        enrolment = enrolments.get(enrollment_id)
        if enrolment is None:
            continue
        enrolment.entered += 1
        counted = minutes_of(status, minutes, slots[slot_id][2])
        if counted:
            enrolment.minutes += counted
            enrolment.half_days += 1
        if enrolment.status in expected:
            entered_per_slot[slot_id] += 1
    awaited: dict[int, int] = defaultdict(int)
    for enrolment in facts.enrolments:
        if enrolment.status in expected:
            awaited[enrolment.session_id] += 1
    for slot_id, (session_id, day, _planned) in sorted(slots.items(), key=lambda i: i[1][1]):
        session = facts.sessions.get(session_id)
        if session is None or session.status not in LIVE or day >= facts.today:
            continue
        if entered_per_slot.get(slot_id, 0) < awaited.get(session_id, 0):
            facts.incomplete.setdefault(session_id, []).append(day)


def _read_invoiced(s: Connection, facts: YearFacts, year_sessions) -> None:
    facts.invoiced = set(
        s.scalars(
            select(InvoiceLine.enrollment_id)
            .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
            .join(Enrollment, Enrollment.id == InvoiceLine.enrollment_id)
            .where(
                Enrollment.session_id.in_(year_sessions),
                Invoice.kind != "avoir",
                Invoice.status != "annulee",
            )
            .distinct()
        )
    )


def _read_teaching(s: Connection, facts: YearFacts, in_year, year_sessions) -> None:
    taught = and_(in_year, Slot.date <= facts.today)
    slots = {
        row.id: (row.session_id, _slot_length(row))
        for row in s.execute(
            select(Slot.id, Slot.session_id, Slot.date, Slot.start_time, Slot.end_time)
            .join(TrainingSession, TrainingSession.id == Slot.session_id)
            .where(taught, TrainingSession.status.in_(LIVE))
        ).all()
    }
    per_slot: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for slot_id, trainer_id, status in s.execute(
        select(SlotTrainer.slot_id, SlotTrainer.trainer_id, SlotTrainer.status)
        .join(Slot, Slot.id == SlotTrainer.slot_id)
        .where(taught)
    ).all():
        if slot_id in slots:
            per_slot[slot_id].append((trainer_id, status or ""))
    of_session: dict[int, list[int]] = defaultdict(list)
    for session_id, trainer_id in s.execute(
        select(SessionTrainer.session_id, SessionTrainer.trainer_id).where(
            SessionTrainer.session_id.in_(year_sessions)
        )
    ).all():
        of_session[session_id].append(trainer_id)
    totals: dict[tuple[int, int], list[int]] = {}
    for slot_id, (session_id, minutes) in slots.items():
        listed = per_slot.get(slot_id)
        if listed:
            trainer_ids = [tid for tid, status in listed if status != "absent"]
        else:
            trainer_ids = of_session.get(session_id, [])
        for trainer_id in trainer_ids:
            total = totals.setdefault((trainer_id, session_id), [0, 0])
            total[0] += 1
            total[1] += minutes
    if not totals:
        return
    people = {
        row.id: (_name(row.first_name, row.last_name), bool(row.internal))
        for row in s.execute(
            select(Trainer.id, Trainer.first_name, Trainer.last_name, Trainer.internal).where(
                Trainer.id.in_({tid for tid, _sid in totals})
            )
        ).all()
    }
    for (trainer_id, session_id), (half_days, minutes) in totals.items():
        name, internal = people[trainer_id]
        facts.teaching.append(
            TeachingFact(trainer_id, name, internal, session_id, half_days, minutes)
        )
    facts.teaching.sort(key=lambda t: (t.trainer_name, t.session_id))


def _read_lines(s: Connection, facts: YearFacts) -> None:
    issued = Invoice.issued_on.between(facts.start, facts.end)
    year_invoices = select(Invoice.id).where(issued)
    rows = s.execute(
        select(
            InvoiceLine.id,
            InvoiceLine.invoice_id,
            InvoiceLine.position,
            InvoiceLine.label,
            InvoiceLine.quantity,
            InvoiceLine.unit_price_cents,
            InvoiceLine.enrollment_id,
            InvoiceLine.bpf_line,
            Invoice.number,
            Invoice.kind,
            Invoice.issued_on,
            Invoice.funder_id,
            Invoice.client_id,
            Invoice.session_id,
            Invoice.cancels_invoice_id,
        )
        .join(Invoice, Invoice.id == InvoiceLine.invoice_id)
        .where(issued)
        .order_by(Invoice.issued_on, Invoice.number, InvoiceLine.position)
    ).all()
    if not rows:
        return
    line_enrolments = select(InvoiceLine.enrollment_id).where(
        InvoiceLine.invoice_id.in_(year_invoices)
    )
    cancelled = select(Invoice.cancels_invoice_id).where(issued, Invoice.kind == "avoir")
    funders = {
        r.id: (r.kind, r.name) for r in s.execute(select(Funder.id, Funder.kind, Funder.name)).all()
    }
    clients = {
        r.id: (r.kind, r.name)
        for r in s.execute(
            select(Client.id, Client.kind, Client.name).where(
                Client.id.in_(select(Invoice.client_id).where(issued))
            )
        ).all()
    }
    codes = dict(
        s.execute(
            select(TrainingSession.id, TrainingSession.code).where(
                TrainingSession.id.in_(select(Invoice.session_id).where(issued))
            )
        ).all()
    )
    enrolments = {
        r.id: (r.funding_scheme, _name(r.first_name, r.last_name))
        for r in s.execute(
            select(Enrollment.id, Enrollment.funding_scheme, Learner.first_name, Learner.last_name)
            .join(Learner, Learner.id == Enrollment.learner_id)
            .where(Enrollment.id.in_(line_enrolments))
        ).all()
    }
    schemes = {
        (r.enrollment_id, r.funder_id): r.scheme
        for r in s.execute(
            select(FundingLine.enrollment_id, FundingLine.funder_id, FundingLine.scheme).where(
                FundingLine.enrollment_id.in_(line_enrolments)
            )
        ).all()
    }
    cancelled_kinds = dict(
        s.execute(select(Invoice.id, Invoice.kind).where(Invoice.id.in_(cancelled))).all()
    )
    # A credit note's line takes the C line chosen by hand on the line it cancels.
    chosen_before = {
        (r.invoice_id, r.position): r.bpf_line
        for r in s.execute(
            select(InvoiceLine.invoice_id, InvoiceLine.position, InvoiceLine.bpf_line).where(
                InvoiceLine.invoice_id.in_(cancelled), InvoiceLine.bpf_line != ""
            )
        ).all()
    }
    for row in rows:
        (line_id, invoice_id, position, label, quantity, unit, enrollment_id, chosen, number,
         kind, issued_on, funder_id, client_id, session_id, cancels) = row  # fmt: skip
        chosen = chosen or chosen_before.get((cancels, position), "")
        funder_kind, payer = funders.get(funder_id, (None, "")) if funder_id else (None, "")
        client_kind = None
        if funder_id is None and client_id is not None:
            client_kind, payer = clients.get(client_id, (None, ""))
        enrolment_scheme, learner = enrolments.get(enrollment_id, (None, ""))
        scheme = schemes.get((enrollment_id, funder_id), enrolment_scheme)
        code, why = income_line(chosen, funder_kind, scheme, client_kind)
        dedit = kind == "dedit" or (kind == "avoir" and cancelled_kinds.get(cancels) == "dedit")
        facts.lines.append(
            LineFact(
                line_id, invoice_id, number, kind, issued_on, payer, session_id,
                codes.get(session_id, ""), enrollment_id, learner, label,
                (quantity or 0) * (unit or 0), dedit, code, why,
            )
        )  # fmt: skip


def _read_costs(s: Connection, facts: YearFacts) -> None:
    query = (
        select(
            Cost.id,
            Cost.spent_on,
            Cost.category,
            Cost.label,
            Cost.amount_cents,
            Cost.session_id,
            TrainingSession.code,
            Trainer.first_name,
            Trainer.last_name,
        )
        .outerjoin(TrainingSession, TrainingSession.id == Cost.session_id)
        .outerjoin(Trainer, Trainer.id == Cost.trainer_id)
        .where(Cost.spent_on.between(facts.start, facts.end))
        .order_by(Cost.spent_on, Cost.id)
    )
    for row in s.execute(query).all():
        cid, spent_on, category, label, amount, sid, code, first, last = row
        facts.costs.append(
            CostFact(
                cid, spent_on, category, label or "", amount or 0, sid, code or "",
                _name(first, last),
            )
        )  # fmt: skip
