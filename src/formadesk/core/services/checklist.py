"""The office's session procedure and each session's checklist (« suivi de procédure »).

The procedure is a list of steps (``ProcedureStep``) the office edits: a label, a deadline
relative to the first (« début ») or last day (« fin ») of a session, what proves it done (an
evidence code of ``checklist_evidence``, or none: ticked by hand) and whether closing the session
requires it. A session's checklist is that procedure with, for each step, its deadline date and
whether it is done: by its evidence (computed from the database, never stored) or by hand
(``SessionStep``, with a note). A session is closed when its required steps are done.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, select

from .. import formatting as fmt
from ..errors import BusinessRuleError, NotFoundError, ValidationError
from ..model import ProcedureStep, SessionStep, Task, TrainingSession
from .base import Service, get_or_fail
from .checklist_evidence import (
    EVIDENCE_HELP,
    EVIDENCE_KINDS,
    Proof,
    SessionDates,
    among,
    prove,
    read_sessions,
)
from .checklist_procedure import StepData, StepRow, check_procedure, relative_label
from .compliance import SESSION, record

if TYPE_CHECKING:
    from .archives import ArchiveResult

__all__ = [
    "EVIDENCE_KINDS",
    "Checklist",
    "ChecklistItem",
    "ChecklistService",
    "Progress",
    "StepData",
    "StepRow",
    "relative_label",
]


@dataclass(frozen=True)
class Progress:
    """How far a session's checklist is: steps done out of the active ones, and late ones."""

    done: int
    total: int
    late: int
    closed: bool = False
    cancelled: bool = False

    @property
    def text(self) -> str:
        """« 6/9 »."""
        return f"{self.done}/{self.total}"


@dataclass(frozen=True)
class ChecklistItem:
    """One step of a session's checklist."""

    step_id: int
    label: str
    relative: str  # « J-30 », « Fin+8 »
    deadline: dt.date
    evidence: str  # code, "" = by hand
    evidence_label: str
    done: bool
    how: str  # "preuve" (its evidence exists), "main" (ticked by hand), "" (not done)
    done_on: dt.date | None
    late: bool  # not done and its deadline is past
    required: bool  # checked when closing the session
    note: str = ""  # the note of a hand tick
    detail: str = ""  # French: what proves it, or what is missing

    @property
    def deadline_text(self) -> str:
        """« J-30 · 12/01/2027 »."""
        return f"{self.relative} · {fmt.date_short(self.deadline)}"


@dataclass(frozen=True)
class Checklist:
    session_id: int
    code: str
    status: str
    items: list[ChecklistItem]
    progress: Progress
    over: bool  # the session is finished (it can be closed)
    closed_on: dt.date | None

    @property
    def can_close(self) -> bool:
        return self.closed_on is None and (self.over or self.status == "annulee")


NONE: tuple[dt.date | None, str] = (None, "")


def _deadline(row: SessionDates, anchor: str, offset: int) -> dt.date:
    base = row.end_date if anchor == "fin" else row.start_date
    return base + dt.timedelta(days=offset)


class ChecklistService(Service):
    """Edit the procedure; read, tick and close each session's checklist."""

    # -- the procedure --------------------------------------------------------------------
    def steps(self) -> list[StepRow]:
        """The procedure, by position: active and inactive steps."""
        with self._db.reading() as s:
            ticks = dict(
                s.execute(
                    select(SessionStep.step_id, func.count())
                    .where(SessionStep.done_on.is_not(None))
                    .group_by(SessionStep.step_id)
                ).all()
            )
            rows = s.scalars(
                select(ProcedureStep).order_by(ProcedureStep.position, ProcedureStep.id)
            )
            return [
                StepRow(
                    r.id,
                    r.position,
                    r.label,
                    r.anchor,
                    r.offset_days,
                    r.evidence,
                    bool(r.required),
                    bool(r.active),
                    ticks.get(r.id, 0),
                )
                for r in rows
            ]

    def save_procedure(self, steps: list[StepData]) -> None:
        """Replace the procedure by ``steps`` (in this order), in one transaction.

        A step left out is deleted, unless sessions had it ticked by hand: then it is kept,
        deactivated (its ticks stay in the sessions' history) and listed last.
        """
        errors = check_procedure(steps)
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            existing = {r.id: r for r in s.scalars(select(ProcedureStep))}
            kept_ids = {d.id for d in steps if d.id is not None}
            unknown = kept_ids - set(existing)
            if unknown:
                raise NotFoundError(
                    "Une étape de la procédure a été effacée entre-temps : fermez la fenêtre "
                    "et rouvrez-la."
                )
            ticked = set(
                s.scalars(
                    select(SessionStep.step_id).where(SessionStep.done_on.is_not(None)).distinct()
                )
            )
            position = 0
            for data in steps:
                position += 1
                row = existing.get(data.id) if data.id is not None else None
                if row is None:
                    row = ProcedureStep()
                    s.add(row)
                row.position = position
                row.label = data.label.strip()
                row.anchor = data.anchor
                row.offset_days = int(data.offset_days)
                row.evidence = data.evidence
                row.required = bool(data.required)
                row.active = bool(data.active)
            for step_id, row in existing.items():
                if step_id in kept_ids:
                    continue
                if step_id in ticked:
                    position += 1
                    row.position, row.active = position, False
                else:
                    s.execute(delete(SessionStep).where(SessionStep.step_id == step_id))
                    s.delete(row)
        self._emit("procedure", (), "updated", "session")

    # -- a session's checklist ------------------------------------------------------------
    def of_session(self, session_id: int, today: dt.date | None = None) -> Checklist:
        """The checklist of one session: each active step with its deadline and state."""
        today = today or dt.date.today()
        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            code, status = session.code, session.status
            items = self._items(s, [session_id], today)[session_id]
            row = read_sessions(s, [session_id])[session_id]
        return Checklist(
            session_id,
            code,
            status,
            items,
            _progress(items, row),
            row.over(today),
            row.closed_on,
        )

    def progress(
        self, session_ids: Iterable[int], today: dt.date | None = None
    ) -> dict[int, Progress]:
        """{session id: Progress} for any number of sessions, in a few queries."""
        today = today or dt.date.today()
        ids = list(dict.fromkeys(session_ids))
        if not ids:
            return {}
        with self._db.reading() as s:
            sessions = read_sessions(s, ids)
            # A closed or cancelled session is not followed any more: its proofs are not read
            # (the list of ten years asks for every session; most are closed).
            followed = {
                sid: row
                for sid, row in sessions.items()
                if row.closed_on is None and row.status != "annulee"
            }
            steps, proofs, hands = self._read(s, followed, today, dated=False)
        result = {}
        for sid, row in sessions.items():
            if sid not in followed:
                result[sid] = Progress(
                    0, len(steps), 0, row.closed_on is not None, row.status == "annulee"
                )
                continue
            done = late = 0
            live = row.status != "annulee" and row.closed_on is None
            for step in steps:
                proof = proofs.get(step.evidence, {}).get(sid)
                if (proof is not None and proof.done) or hands.get((sid, step.id), NONE)[0]:
                    done += 1
                elif live and _deadline(row, step.anchor, step.offset_days) < today:
                    late += 1
            closed, cancelled = row.closed_on is not None, row.status == "annulee"
            result[sid] = Progress(done, len(steps), late, closed, cancelled)
        return result

    def _read(self, s, sessions: dict[int, SessionDates], today: dt.date, *, dated: bool):
        """The active steps, their proofs for these sessions, and the hand ticks."""
        step = ProcedureStep
        steps = s.execute(
            select(step.id, step.label, step.anchor, step.offset_days, step.evidence, step.required)
            .where(step.active.is_(True))
            .order_by(step.position, step.id)
        ).all()
        proofs = prove(s, (step.evidence for step in steps), sessions, today, dated=dated)
        hands: dict[tuple[int, int], tuple[dt.date | None, str]] = {}
        query = select(SessionStep.session_id, SessionStep.step_id, SessionStep.done_on)
        query = query.add_columns(SessionStep.note).where(among(SessionStep.session_id, sessions))
        for sid, step_id, done_on, note in s.execute(query):
            hands[(sid, step_id)] = (done_on, note or "")
        return steps, proofs, hands

    def _items(
        self,
        s,
        session_ids: list[int],
        today: dt.date,
        sessions: dict[int, SessionDates] | None = None,
        *,
        dated: bool = True,
    ) -> dict[int, list[ChecklistItem]]:
        sessions = sessions if sessions is not None else read_sessions(s, session_ids)
        steps, proofs, hands = self._read(s, sessions, today, dated=dated)
        result: dict[int, list[ChecklistItem]] = {}
        for sid, row in sessions.items():
            items = []
            for step in steps:
                proof = proofs.get(step.evidence, {}).get(sid) or Proof(False)
                hand_on, note = hands.get((sid, step.id), (None, ""))
                done = proof.done or hand_on is not None
                how = "preuve" if proof.done else "main" if hand_on is not None else ""
                deadline = _deadline(row, step.anchor, step.offset_days)
                live = row.status != "annulee" and row.closed_on is None
                items.append(
                    ChecklistItem(
                        step.id,
                        step.label,
                        relative_label(step.anchor, step.offset_days),
                        deadline,
                        step.evidence,
                        EVIDENCE_KINDS.get(step.evidence, step.evidence),
                        done,
                        how,
                        proof.on if proof.done else hand_on,
                        live and not done and deadline < today,
                        bool(step.required),
                        note,
                        proof.detail,
                    )
                )
            result[sid] = items
        return result

    # -- by hand --------------------------------------------------------------------------
    def tick(
        self,
        session_id: int,
        step_id: int,
        done: bool,
        note: str = "",
        *,
        today: dt.date | None = None,
    ) -> None:
        """Tick (or untick) a step by hand, with a short note.

        A step whose evidence exists stays ticked by it: unticking it is refused (the
        evidence is not hidden). Ticking by hand a step that has an evidence code needs a note
        saying how it was done outside Formadesk.
        """
        today = today or dt.date.today()
        note = (note or "").strip()
        if len(note) > 300:
            raise ValidationError({"note": "La note dépasse 300 caractères : raccourcissez-la."})
        with self._db.unit_of_work() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            step = get_or_fail(s, ProcedureStep, step_id, "L'étape")
            if session.closed_on is not None:
                raise BusinessRuleError(
                    f"La session {session.code} est clôturée depuis le "
                    f"{fmt.date_short(session.closed_on)} : rouvrez-la pour modifier son suivi."
                )
            if not step.active:
                raise BusinessRuleError(
                    f"L'étape « {step.label} » n'est plus dans la procédure : réactivez-la "
                    "(Paramètres › Procédure de session…) pour la cocher."
                )
            if step.evidence == "closed":
                raise BusinessRuleError(
                    f"L'étape « {step.label} » se coche en clôturant la session : utilisez "
                    "« Clôturer la session… »."
                )
            if step.evidence:
                row = read_sessions(s, [session_id])[session_id]
                proof = prove(s, [step.evidence], {session_id: row}, today)[step.evidence]
                proven = proof[session_id]
                if proven.done and not done:
                    raise BusinessRuleError(
                        f"L'étape « {step.label} » est cochée par sa preuve ({proven.detail}) : "
                        "la décocher ne cacherait pas cette preuve. Corrigez plutôt les données "
                        "(document, présence, facture) qui la prouvent."
                    )
                if done and not proven.done and not note:
                    raise ValidationError(
                        {
                            "note": f"Formadesk ne trouve pas la preuve de « {step.label} » "
                            f"({proven.detail}) : dites en une note comment elle a été faite."
                        }
                    )
            mark = s.scalar(
                select(SessionStep).where(
                    SessionStep.session_id == session_id, SessionStep.step_id == step_id
                )
            )
            if mark is None:
                mark = SessionStep(session_id=session_id, step_id=step_id, note="")
                s.add(mark)
            mark.done_on = today if done else None
            mark.note = note
        self._emit("session", session_id, "updated", "checklist")

    # -- closing --------------------------------------------------------------------------
    def close_session(
        self, session_id: int, today: dt.date | None = None, *, confirm: bool = False
    ) -> ArchiveResult:
        """Close a finished session whose required steps are all done (else say what lacks),
        and file its dossier in the archive tree (``services/archives``).

        A cancelled session may be closed at any time: it has nothing left to do. Tasks still
        open for the session are named first (``TasksStillOpen``): with ``confirm`` they are
        closed with it, and said so (« closed_by » « cloture »), never shown as done.

        The dossier is written first (a temporary folder renamed when complete), then the
        closing, the folder and the line « archivage » of the compliance log are recorded in
        one transaction. If the dossier cannot be written, the session stays open and the
        message says where and what to do; if the recording fails, the folder is removed.
        """
        from .archives import ArchiveService, record_filing

        today = today or dt.date.today()
        with self._db.reading() as s:
            self._check_closing(s, session_id, today, confirm)
        filed = ArchiveService(self._db, self._changes).prepare(session_id, today, closing=True)
        try:
            with self._db.unit_of_work() as s:
                session = self._check_closing(s, session_id, today, confirm)
                for task in self._open_tasks(s, session_id):
                    task.done_on, task.closed_by = today, "cloture"
                session.closed_on = today
                record_filing(s, session, filed)
        except BaseException:
            filed.discard()
            raise
        self._emit("session", session_id, "updated", "checklist", "task", "archive")
        return filed.result

    def _check_closing(self, s, session_id: int, today: dt.date, confirm: bool) -> TrainingSession:
        """The session, once every rule of closing holds; else the refusal saying what lacks."""
        session = get_or_fail(s, TrainingSession, session_id, "La session")
        if session.closed_on is not None:
            raise BusinessRuleError(
                f"La session {session.code} est déjà clôturée (le "
                f"{fmt.date_short(session.closed_on)})."
            )
        row = read_sessions(s, [session_id])[session_id]
        if session.status != "annulee":
            if not row.over(today):
                raise BusinessRuleError(
                    f"La session {session.code} n'est pas terminée (dernier jour le "
                    f"{fmt.date_short(session.end_date)}) : elle se clôture une fois finie."
                )
            items = self._items(s, [session_id], today, {session_id: row})[session_id]
            missing = [
                item
                for item in items
                if item.required and not item.done and item.evidence != "closed"
            ]
            if missing:
                lines = "\n".join(
                    f"• {item.label}"
                    + (f" ({item.detail})" if item.detail else "")
                    + f" : {EVIDENCE_HELP.get(item.evidence, '')}"
                    for item in missing
                )
                raise BusinessRuleError(
                    f"La session {session.code} ne peut pas être clôturée. Il manque :\n"
                    f"{lines}\nFaites ces étapes, ou cochez-les à la main avec une note si "
                    "elles ont été faites hors de Formadesk."
                )
        still_open = self._open_tasks(s, session_id)
        if still_open and not confirm:
            raise TasksStillOpen(session.code, [task.title for task in still_open])
        return session

    @staticmethod
    def _open_tasks(s, session_id: int) -> list[Task]:
        return list(
            s.scalars(
                select(Task)
                .where(
                    Task.session_id == session_id,
                    Task.done_on.is_(None),
                    Task.dismissed_on.is_(None),
                )
                .order_by(Task.due_on, Task.id)
            )
        )

    def reopen_session(
        self, session_id: int, reason: str = "", *, today: dt.date | None = None
    ) -> None:
        """Reopen a closed session (its checklist can be changed again), with its reason.

        Recorded as « reouverture » in the compliance log. The archived folder is kept and
        marked with a « SESSION ROUVERTE » note (when it can be written: the log says if not);
        the session forgets it, and closing it again files a new version.
        """
        from .archives import mark_reopened

        today = today or dt.date.today()
        reason = " ".join((reason or "").split())
        if len(reason) > 300:
            raise ValidationError({"reason": "Le motif dépasse 300 caractères : raccourcissez-le."})
        with self._db.unit_of_work() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            if session.closed_on is None:
                raise BusinessRuleError(f"La session {session.code} n'est pas clôturée.")
            session.closed_on = None
            # The tasks closed with it come back; their rules say again whether they hold.
            for task in s.scalars(
                select(Task).where(Task.session_id == session_id, Task.closed_by == "cloture")
            ):
                task.done_on, task.closed_by = None, ""
            detail = [f"Motif : {reason}." if reason else "Sans motif donné."]
            folder = session.archive_path
            if folder:
                marked = mark_reopened(Path(folder), session.code, reason, today)
                detail.append(
                    f"Dossier archivé conservé dans « {folder} »"
                    + (
                        ", marqué « session rouverte »."
                        if marked
                        else " (il n'a pas pu être marqué)."
                    )
                )
            session.archive_path = ""
            record(s, "reouverture", SESSION, session.id, session.code, " ".join(detail))
        self._emit("session", session_id, "updated", "checklist", "task", "archive")


class TasksStillOpen(BusinessRuleError):
    """Closing a session whose tasks are still open: call again with ``confirm=True``."""

    def __init__(self, code: str, titles: list[str]):
        self.titles = titles
        shown = "\n".join(f"• {title}" for title in titles[:8])
        more = f"\n… et {len(titles) - 8} autres" if len(titles) > 8 else ""
        super().__init__(
            f"{fmt.plural(len(titles), 'tâche reste ouverte', 'tâches restent ouvertes')} pour "
            f"la session {code} :\n{shown}{more}\nClôturer quand même ? Elles seront closes "
            "avec la session (et rouvertes si vous la rouvrez)."
        )


def _progress(items: list[ChecklistItem], row: SessionDates) -> Progress:
    return Progress(
        sum(1 for item in items if item.done),
        len(items),
        sum(1 for item in items if item.late),
        row.closed_on is not None,
        row.status == "annulee",
    )
