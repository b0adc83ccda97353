"""A session's status follows its dates: planned, in progress once started, finished once over.

The status is stored (lists filter and sort on it in SQL, documents and the CLI read it) and
moved forward by ``advance``: when the office opens and whenever a session is saved. Only the
statuses that dates can contradict move: a draft stays a draft, a cancelled session stays
cancelled. A status chosen by hand that the dates contradict is refused with a French message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import BusinessRuleError
from ..model import SESSION_STATUSES, Enrollment, InvoiceLine, Slot, TrainingSession

UPCOMING = ("planifiee", "confirmee")
MOVING = (*UPCOMING, "en_cours")  # the statuses that dates move forward


@dataclass(frozen=True)
class Span:
    """When a session starts and ends: its first slot's start and its last slot's end."""

    starts_at: dt.datetime
    ends_at: dt.datetime

    @property
    def last_day(self) -> dt.date:
        return (self.ends_at - dt.timedelta(microseconds=1)).date()  # midnight ends the eve


def span_of(
    start_date: dt.date, end_date: dt.date, slots: Iterable[tuple[dt.date, dt.time, dt.time]]
) -> Span:
    """From the slots; a session without slots runs over its whole dates."""
    times = [(dt.datetime.combine(d, a), dt.datetime.combine(d, b)) for d, a, b in slots]
    if not times:
        return Span(
            dt.datetime.combine(start_date, dt.time(0)),
            dt.datetime.combine(end_date + dt.timedelta(days=1), dt.time(0)),
        )
    return Span(min(a for a, _b in times), max(b for _a, b in times))


def status_for(status: str, span: Span, now: dt.datetime) -> str:
    """The status the dates call for, never going back and never leaving draft or cancelled."""
    if status not in MOVING:
        return status
    if now >= span.ends_at:
        return "terminee"
    if now >= span.starts_at:
        return "en_cours"
    return status


def _label(status: str) -> str:
    return SESSION_STATUSES.get(status, status)


def check_chosen_status(
    code: str, status: str, span: Span, now: dt.datetime, *, invoiced: int = 0, was: str = ""
) -> None:
    """Refuse a status the dates (or the invoices) contradict; ``was`` is the stored one."""
    first, last = f"{span.starts_at:%d/%m/%Y}", f"{span.last_day:%d/%m/%Y}"
    if status == "terminee" and now < span.ends_at:
        raise BusinessRuleError(
            f"La session {code} ne peut pas être « Terminée » avant la fin de son dernier "
            f"créneau (le {last}) : gardez son statut actuel, ou annulez-la si elle n'a pas lieu."
        )
    if status == "en_cours" and now < span.starts_at:
        raise BusinessRuleError(
            f"La session {code} ne peut pas être « En cours » avant son premier créneau "
            f"(le {first}) : choisissez « Planifiée » ou « Confirmée »."
        )
    if status in UPCOMING and now >= span.ends_at:
        raise BusinessRuleError(
            f"La session {code} a eu lieu (dernier créneau le {last}) : elle ne peut pas "
            f"redevenir « {_label(status)} ». Choisissez « Terminée » ou « Annulée », ou "
            "modifiez ses dates."
        )
    if status in UPCOMING and now >= span.starts_at:
        raise BusinessRuleError(
            f"La session {code} a commencé le {first} : elle ne peut pas redevenir "
            f"« {_label(status)} ». Gardez « En cours », ou modifiez ses dates."
        )
    if was == "annulee" and status != "annulee" and invoiced:
        raise BusinessRuleError(
            f"La session {code} est annulée et a des inscriptions déjà facturées ({invoiced}) : "
            "elle ne peut pas être rétablie. Créez une nouvelle session, ou annulez d'abord "
            "les factures par un avoir."
        )


def status_to_store(
    s: Session,
    session_id: int | None,
    code: str,
    status: str,
    was: str | None,
    span: Span,
    now: dt.datetime | None,
) -> str:
    """The status to save: checked against the dates when chosen by hand, moved forward.

    ``was`` is the stored status (None for a new session, whose default is not checked).
    """
    now = now or dt.datetime.now()
    chosen = status != was and (was is not None or status not in UPCOMING)
    if chosen or status == "terminee":
        invoiced = 0
        if was == "annulee":
            invoiced = s.scalar(
                select(func.count(func.distinct(InvoiceLine.enrollment_id)))
                .join(Enrollment, Enrollment.id == InvoiceLine.enrollment_id)
                .where(Enrollment.session_id == session_id)
            )
        check_chosen_status(code, status, span, now, invoiced=invoiced, was=was or "")
    return status_for(status, span, now)


def statuses_due(s: Session, now: dt.datetime) -> dict[int, str]:
    """Session id -> the status its dates now call for, for those that must move."""
    query = (
        select(TrainingSession.id, TrainingSession.status, TrainingSession.start_date)
        .add_columns(TrainingSession.end_date, Slot.date, Slot.start_time, Slot.end_time)
        .outerjoin(Slot, Slot.session_id == TrainingSession.id)
        .where(TrainingSession.status.in_(MOVING), TrainingSession.start_date <= now.date())
    )
    found: dict[int, tuple[str, dt.date, dt.date, list]] = {}
    for sid, status, start, end, day, t0, t1 in s.execute(query):
        slots = found.setdefault(sid, (status, start, end, []))[3]
        if day is not None:
            slots.append((day, t0, t1))
    return {
        sid: new
        for sid, (status, start, end, slots) in found.items()
        if (new := status_for(status, span_of(start, end, slots), now)) != status
    }
