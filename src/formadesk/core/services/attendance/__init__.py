"""Attendance on the facade (``office.attendance``): the grid, marks entered in bulk, drop-outs,
scanned sheets and justifications, signatures drawn on screen and their verification, rates.

Every figure of hours attended comes from ``services.attended_hours`` (one function);
every write is one transaction; ``today``/``now`` are parameters so that tests pin the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ...model import Enrollment, Slot, TrainingSession
from ...validation import require_id
from ..base import Service
from . import evidence, marks, signatures
from . import today as today_view
from .codes import EVIDENCE, KEYS, LETTERS, PARTIAL, STATUSES, TRAINER_STATUSES
from .evidence import MissingEvidence
from .grid import Cell, Grid, GridLearner, HalfDay, TrainerMark, read_grid
from .marks import Mark, TrainerPresence
from .signatures import ChainBreak, StoredSignature, Verification
from .today import Expected, TodayHalfDay

__all__ = [
    "EVIDENCE",
    "KEYS",
    "LETTERS",
    "PARTIAL",
    "STATUSES",
    "TRAINER_STATUSES",
    "AttendanceService",
    "Cell",
    "ChainBreak",
    "Expected",
    "Grid",
    "GridLearner",
    "HalfDay",
    "LearnerRate",
    "Mark",
    "MissingEvidence",
    "StoredSignature",
    "TodayHalfDay",
    "TrainerMark",
    "TrainerPresence",
    "Verification",
]


@dataclass(frozen=True)
class LearnerRate:
    """One enrollment of a learner and its attendance so far (for the learner's file)."""

    enrollment_id: int
    session_id: int
    session_code: str
    title: str
    attended_minutes: int
    planned_minutes: int
    absences: int

    @property
    def rate(self) -> float | None:
        return self.attended_minutes / self.planned_minutes if self.planned_minutes else None


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now().replace(microsecond=0)


class AttendanceService(Service):
    """Attendance of learners and trainers, per half-day."""

    # -- reading ----------------------------------------------------------------------------
    def grid(self, session_id: int, *, today: dt.date | None = None) -> Grid:
        require_id(session_id, "La session")
        with self._db.reading() as s:
            return read_grid(s, session_id, _today(today))

    def day(self, day: dt.date | None = None) -> list[TodayHalfDay]:
        """Today's half-days (or ``day``'s): who is expected, who is entered, who signed."""
        with self._db.reading() as s:
            return today_view.day_view(s, _today(day))

    def missing_evidence(
        self,
        session_id: int | None = None,
        *,
        today: dt.date | None = None,
        since: dt.date | None = None,
    ) -> list[MissingEvidence]:
        """Held half-days with attendance not entered, no evidence, or no trainer presence."""
        with self._db.reading() as s:
            return evidence.missing_evidence(s, _today(today), session_id, since)

    def learner_rates(self, learner_id: int, *, today: dt.date | None = None) -> list[LearnerRate]:
        require_id(learner_id, "L'apprenant")
        with self._db.reading() as s:
            rows = s.execute(
                select(Enrollment.id, Enrollment.session_id)
                .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
                .where(Enrollment.learner_id == learner_id)
                .order_by(TrainingSession.start_date.desc())
            ).all()
            found = []
            for enrollment_id, session_id in rows:
                grid = read_grid(s, session_id, _today(today))
                if not any(p.enrollment_id == enrollment_id for p in grid.learners):
                    continue
                found.append(
                    LearnerRate(
                        enrollment_id,
                        session_id,
                        grid.code,
                        grid.title,
                        grid.attended_minutes(enrollment_id),
                        grid.planned_minutes(enrollment_id),
                        grid.absences(enrollment_id),
                    )
                )
            return found

    def verify(self, session_id: int) -> Verification:
        """Recompute every signature chain of the session; ``breaks`` say where it fails."""
        require_id(session_id, "La session")
        with self._db.reading() as s:
            return signatures.verify_session(s, session_id)

    def signatures(self, session_id: int) -> list[StoredSignature]:
        with self._db.reading() as s:
            return signatures.signatures_of_session(s, session_id)

    def scans(self, session_id: int) -> list[tuple[int, str, dt.datetime, list[int]]]:
        with self._db.reading() as s:
            return evidence.scans_of_session(s, session_id)

    def attachment(self, attachment_id: int) -> tuple[str, str, bytes]:
        """(file name, media type, bytes) of a scan or justification."""
        require_id(attachment_id, "La pièce jointe")
        with self._db.reading() as s:
            return evidence.read_attachment(s, attachment_id)

    # -- writing ----------------------------------------------------------------------------
    def save(
        self,
        session_id: int,
        marks_: Sequence[Mark] = (),
        trainers: Sequence[TrainerPresence] = (),
        *,
        today: dt.date | None = None,
    ) -> int:
        """Record a batch of marks in one transaction: all are checked before any is written."""
        require_id(session_id, "La session")
        with self._db.unit_of_work() as s:
            # On the real clock, a half-day not begun yet is refused (a pinned day: tests)
            now = None if today else _now(None)
            count = marks.save_marks(s, session_id, marks_, trainers, _today(today), now)
        self._emit("attendance", session_id, "updated", "session", "enrollment")
        return count

    def drop_out(
        self, enrollment_id: int, on: dt.date, reason: str, *, today: dt.date | None = None
    ) -> int:
        """Abandon: the learner leaves for good on ``on``; returns the later half-days marked."""
        require_id(enrollment_id, "L'inscription")
        with self._db.unit_of_work() as s:
            count = marks.drop_out(s, enrollment_id, on, reason, _today(today))
            session_id = s.get(Enrollment, enrollment_id).session_id
        self._emit("attendance", session_id, "updated", "session", "enrollment")
        return count

    def undo_drop_out(self, enrollment_id: int) -> None:
        require_id(enrollment_id, "L'inscription")
        with self._db.unit_of_work() as s:
            marks.undo_drop_out(s, enrollment_id)
            session_id = s.get(Enrollment, enrollment_id).session_id
        self._emit("attendance", session_id, "updated", "session", "enrollment")

    def attach_scan(
        self,
        session_id: int,
        path: Path,
        slot_ids: Sequence[int],
        *,
        today: dt.date | None = None,
        now: dt.datetime | None = None,
    ) -> int:
        """Keep a scanned paper sheet (PDF or image) for the half-days it covers."""
        require_id(session_id, "La session")
        with self._db.unit_of_work() as s:
            attachment_id = evidence.attach_scan(
                s, session_id, Path(path), slot_ids, _today(today), _now(now)
            )
        self._emit("attendance", session_id, "updated", "session")
        return attachment_id

    def attach_justification(
        self,
        enrollment_id: int,
        slot_ids: Sequence[int],
        path: Path,
        *,
        now: dt.datetime | None = None,
    ) -> int:
        """Keep a justification (medical certificate, e-mail) for absences: they become excused."""
        require_id(enrollment_id, "L'inscription")
        with self._db.unit_of_work() as s:
            attachment_id = evidence.attach_justification(
                s, enrollment_id, slot_ids, Path(path), _now(now)
            )
            session_id = s.get(Enrollment, enrollment_id).session_id
        self._emit("attendance", session_id, "updated", "session")
        return attachment_id

    def sign(
        self,
        slot_id: int,
        image_png: bytes,
        *,
        enrollment_id: int | None = None,
        trainer_id: int | None = None,
        now: dt.datetime | None = None,
    ) -> str:
        """Store one signature drawn on screen; returns its digest."""
        require_id(slot_id, "La demi-journée")
        with self._db.unit_of_work() as s:
            row = signatures.sign(
                s, slot_id, image_png, _now(now), enrollment_id=enrollment_id, trainer_id=trainer_id
            )
            digest, session_id = row.digest, s.get(Slot, slot_id).session_id
        self._emit("attendance", session_id, "updated", "session")
        return digest
