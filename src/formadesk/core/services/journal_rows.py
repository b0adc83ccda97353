"""Rows of the contact journal as the screens list them, and the sessions offered for an
exchange: read in a few queries per page, whatever the size of the journal."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import String, and_, cast, func, literal, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..model import (
    INTERACTION_CHANNELS,
    Contact,
    Course,
    Enrollment,
    FundingLine,
    Interaction,
    InteractionAttachment,
    Slot,
    SlotTrainer,
    Task,
    TrainingSession,
)
from .journal_people import WHO_COLUMNS, Who, names_of

DIRECTIONS = {"entrant": "Reçu", "sortant": "Émis"}
# Who the lists name first when an exchange carries several ids (a contact and its client).
WHO_ORDER = ("contact", "learner", "trainer", "funder", "client")
SESSIONS_AROUND_DAYS = 90


@dataclass(frozen=True)
class JournalFilter:
    """What the journal shows: any of these narrows the list (None or "" = no condition)."""

    text: str = ""
    channel: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    pending: bool = False  # only the follow-ups still to make
    learner_id: int | None = None
    client_id: int | None = None
    contact_id: int | None = None
    trainer_id: int | None = None
    funder_id: int | None = None
    session_id: int | None = None
    ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class InteractionRow:
    """An exchange as listed: who (« Marc Petit — Contact chez Acme »), about what, follow-up."""

    id: int
    happened_at: dt.datetime
    channel: str
    direction: str
    who: str
    who_detail: str
    session_id: int | None
    session_code: str
    subject: str
    notes: str
    follow_up_on: dt.date | None
    follow_up_done_on: dt.date | None
    attachments: int

    @property
    def channel_label(self) -> str:
        return INTERACTION_CHANNELS.get(self.channel, self.channel)

    @property
    def direction_label(self) -> str:
        return DIRECTIONS.get(self.direction, self.direction)

    @property
    def pending(self) -> bool:
        return self.follow_up_on is not None and self.follow_up_done_on is None

    def is_late(self, today: dt.date | None = None) -> bool:
        return self.pending and self.follow_up_on < (today or dt.date.today())

    @property
    def follow_up_text(self) -> str:
        """« 12/03/2027 », « faite le 10/03/2027 », or "" without follow-up."""
        if self.follow_up_on is None:
            return ""
        if self.follow_up_done_on is not None:
            return f"faite le {fmt.date_short(self.follow_up_done_on)}"
        return fmt.date_short(self.follow_up_on)

    @property
    def who_label(self) -> str:
        return f"{self.who} ({self.who_detail})" if self.who_detail else self.who


@dataclass(frozen=True)
class SessionChoice:
    id: int
    code: str
    title: str
    start_date: dt.date
    own: bool  # one of the person's sessions

    @property
    def label(self) -> str:
        return f"{self.code} — {self.title} ({fmt.date_short(self.start_date)})"


def _follow_up_key():
    """« interaction:<id>:follow_up » in SQL, to reach the task through its unique index."""
    return literal("interaction:") + cast(Interaction.id, String) + literal(":follow_up")


def list_rows(s: Session, flt: JournalFilter, limit: int, text_condition) -> list[InteractionRow]:
    """One page of the journal: the ids first (filters, order, limit), then their details."""
    query = select(Interaction.id)
    for name in (*WHO_COLUMNS.values(), "session_id"):
        value = getattr(flt, name)
        if value is not None:
            query = query.where(getattr(Interaction, name) == value)
    if flt.ids:
        query = query.where(Interaction.id.in_(flt.ids))
    if flt.channel:
        query = query.where(Interaction.channel == flt.channel)
    if flt.since is not None:
        query = query.where(Interaction.happened_at >= dt.datetime.combine(flt.since, dt.time()))
    if flt.until is not None:
        end = dt.datetime.combine(flt.until + dt.timedelta(days=1), dt.time())
        query = query.where(Interaction.happened_at < end)
    if text_condition is not None:
        query = query.where(text_condition)
    if flt.pending:
        done = select(Task.id).where(Task.rule_key == _follow_up_key(), Task.done_on.is_not(None))
        query = query.where(Interaction.follow_up_on.is_not(None), ~done.exists()).order_by(
            Interaction.follow_up_on, Interaction.happened_at, Interaction.id
        )
    else:
        query = query.order_by(Interaction.happened_at.desc(), Interaction.id.desc())
    ids = list(s.scalars(query.limit(limit)))
    if not ids:
        return []
    rows = {
        row.id: (row, code)
        for row, code in s.execute(
            select(Interaction, TrainingSession.code)
            .outerjoin(TrainingSession, TrainingSession.id == Interaction.session_id)
            .where(Interaction.id.in_(ids))
        )
    }
    keys = {f"interaction:{i}:follow_up": i for i in ids}
    done_on = {
        keys[key]: day
        for key, day in s.execute(
            select(Task.rule_key, Task.done_on).where(Task.rule_key.in_(list(keys)))
        )
    }
    files = dict(
        s.execute(
            select(InteractionAttachment.interaction_id, func.count())
            .where(InteractionAttachment.interaction_id.in_(ids))
            .group_by(InteractionAttachment.interaction_id)
        ).all()
    )
    wanted: dict[str, list[int]] = {kind: [] for kind in WHO_COLUMNS}
    for row, _code in rows.values():
        for kind, column in WHO_COLUMNS.items():
            if getattr(row, column):
                wanted[kind].append(getattr(row, column))
    names = names_of(s, wanted)
    return [
        _row(rows[i][0], rows[i][1], done_on.get(i), files.get(i, 0), names)
        for i in ids
        if i in rows
    ]


def _row(row: Interaction, code, done, count, names: dict[tuple[str, int], Who]) -> InteractionRow:
    chosen = [
        names[kind, getattr(row, WHO_COLUMNS[kind])]
        for kind in WHO_ORDER
        if (kind, getattr(row, WHO_COLUMNS[kind])) in names
    ]
    if chosen:
        main = chosen[0]
        detail = main.detail or main.kind_label
        if main.kind == "learner" and row.client_id and ("client", row.client_id) in names:
            detail = f"{main.kind_label}, {names['client', row.client_id].name}"
        who = main.name
        if row.person and main.kind in ("client", "funder"):
            who, detail = row.person, f"chez {main.name}"  # who was on the line there
    else:
        who, detail = row.person, ""
    return InteractionRow(
        id=row.id,
        happened_at=row.happened_at,
        channel=row.channel,
        direction=row.direction,
        who=who,
        who_detail=detail,
        session_id=row.session_id,
        session_code=code or "",
        subject=row.subject,
        notes=row.notes,
        follow_up_on=row.follow_up_on,
        follow_up_done_on=done if row.follow_up_on else None,
        attachments=count,
    )


def session_choices(s: Session, who: Who | None, around: dt.date) -> list[SessionChoice]:
    """The person's sessions (newest first), then the sessions running near ``around``."""
    base = select(
        TrainingSession.id, TrainingSession.code, Course.title, TrainingSession.start_date
    ).join(Course, Course.id == TrainingSession.course_id)
    own_ids: list[int] = []
    if who is not None:
        if who.kind == "learner":
            own = select(Enrollment.session_id).where(Enrollment.learner_id == who.id)
        elif who.kind == "client":
            own = select(Enrollment.session_id).where(Enrollment.client_id == who.id)
        elif who.kind == "contact":
            own = (
                select(Enrollment.session_id)
                .join(Contact, Contact.client_id == Enrollment.client_id)
                .where(Contact.id == who.id)
            )
        elif who.kind == "funder":
            own = (
                select(Enrollment.session_id)
                .join(FundingLine, FundingLine.enrollment_id == Enrollment.id)
                .where(FundingLine.funder_id == who.id)
            )
        elif who.kind == "trainer":
            own = (
                select(Slot.session_id)
                .join(SlotTrainer, SlotTrainer.slot_id == Slot.id)
                .where(SlotTrainer.trainer_id == who.id)
            )
        else:
            own = None
        if own is not None:
            query = base.where(TrainingSession.id.in_(own)).order_by(
                TrainingSession.start_date.desc()
            )
            mine = s.execute(query.limit(60)).all()
            own_ids = [r[0] for r in mine]
            choices = [SessionChoice(*r, own=True) for r in mine]
        else:
            choices = []
    else:
        choices = []
    window = dt.timedelta(days=SESSIONS_AROUND_DAYS)
    near = base.where(
        and_(
            TrainingSession.end_date >= around - window,
            TrainingSession.start_date <= around + window,
        ),
        or_(TrainingSession.status != "annulee", TrainingSession.status.is_(None)),
    ).order_by(TrainingSession.start_date, TrainingSession.code)
    for r in s.execute(near.limit(300)):
        if r[0] not in own_ids:
            choices.append(SessionChoice(*r, own=False))
    return choices
