"""DocumentService: produce documents of any registered kind, file them and record them.

Files go to ``<base>/<year>/<session code>/`` with names that sort and explain themselves
(« Convocation - 2026-EXCEL-INT-003 - LEFÈVRE Hélène.pdf »). A batch reports its progress,
stops cleanly when cancelled (what was written is kept and recorded) and can add one merged
PDF to print. The history (``list_documents``, ``set_status``, ``email_draft``) is in
``engine.history``; dates and numbers of first issue in ``engine.issues``; the batch report
(skipped recipients) in ``engine.batch``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import paths, workers
from ..changes import Change, ChangeBus
from ..db import Database
from ..errors import BusinessRuleError, NotFoundError
from ..model import GeneratedDocument, Organisation, TrainingSession
from ..outputs import checked_output_folder
from .engine import parallel
from .engine.batch import GeneratedFiles, Skipped, nothing_concerned, refused
from .engine.delivery import merge_pdfs
from .engine.files import safe_file_name
from .engine.history import DocumentHistory, DocumentRow
from .engine.issues import Issue, Numbering, builder_options, commit_numbers, earlier_issues
from .engine.registry import DocumentKind, NotConcerned, get_kind
from .engine.targets import (
    Target,
    build_data,
    file_stem,
    filing_name,
    next_versions,
    nothing_to_make,
    session_targets,
)

ENV_DOCUMENTS_DIR = paths.ENV_DOCUMENTS_DIR
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]

__all__ = ["DocumentService", "DocumentRow", "GeneratedFiles", "Skipped", "filing_name"]


class DocumentService(DocumentHistory):
    """Generates documents into ``<base>/<year>/<session code>/`` and keeps their history."""

    def __init__(self, database: Database, changes: ChangeBus):
        self.database = database
        self.changes = changes

    # -- where files go -------------------------------------------------------------------
    def _base(self, s: Session) -> Path:
        configured = s.scalar(select(Organisation.documents_dir).order_by(Organisation.id))
        return paths.documents_base(configured)

    def output_folder(self, session_code: str, year: int) -> Path:
        """The folder of a session's documents (not created until a file is written in it)."""
        with self.database.reading() as s:
            base = self._base(s)
        return base / str(year) / safe_file_name(session_code, fallback="session")

    # -- generation -----------------------------------------------------------------------
    def make_convocations(
        self,
        session_id: int,
        *,
        out_dir: Path | None = None,
        enrollment_ids: list[int] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        merged: bool = False,
    ) -> GeneratedFiles:
        """One convocation PDF per active enrollment of the session (or of those chosen)."""
        return self.generate(
            "convocation",
            session_id,
            out_dir=out_dir,
            enrollment_ids=enrollment_ids,
            progress=progress,
            cancelled=cancelled,
            merged=merged,
        )

    def start_workers(self) -> None:
        """Start, in the background, the processes that render large batches on every core
        (about a second; a batch made before they are ready is rendered in this process)."""
        workers.start_in_background()

    def generate(
        self,
        kind_key: str,
        session_id: int,
        *,
        file_format: str = "pdf",
        out_dir: Path | None = None,
        enrollment_ids: list[int] | None = None,
        trainer_ids: list[int] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        merged: bool = False,
    ) -> GeneratedFiles:
        """Produce the documents of one kind for a session, record them, report the change.

        One file per learner, client or trainer as the kind's scope says (or one for the
        session). ``progress(message, fraction)`` is called as files are made; when
        ``cancelled()`` turns true the batch stops after the current file, and the files
        already written are kept and recorded (``result.cancelled`` says so). With ``merged``
        and PDF files, ``result.merged`` is one PDF of them all, to print in one go.
        Each file is complete or absent; if anything fails, this call's new files are removed.
        Recipients the kind does not concern are skipped (``result.skipped``); a recipient
        refused (attendance missing …) refuses the batch with every reason in one message.
        Each file is dated the day of its first issue and keeps its number (``issues``).
        """
        kind = get_kind(kind_key)
        render = kind.renderer(file_format)
        told = progress or (lambda _message, _fraction: None)
        reached = [0.0]  # files reported while planning: the bar never goes back

        def report(message: str, fraction: float) -> None:
            reached[0] = max(reached[0], fraction)
            told(message, reached[0])

        stop = cancelled or (lambda: False)
        label = kind.plural or kind.label
        report(f"Préparation : {label.lower()}…", 0.0)
        spread: parallel.Spread | None = None
        jobs: list[tuple[Target, int, Issue, object]] = []
        paths: list[Path] = []
        fresh: list[Path] = []  # the files this batch creates: removed if it fails
        written: list[tuple[Target, int, Issue, Path]] = []
        skipped: list[Skipped] = []
        reasons: list[str] = []
        planned = 0  # files the batch will make (known once every recipient is looked at)
        stopped = False

        def done(index: int) -> None:
            target, version, issue, _data = jobs[index]
            written.append((target, version, issue, paths[index]))
            total = planned or len(targets) - len(skipped) - len(reasons)  # so far
            report(
                f"{kind.label} {index + 1}/{total} : {target.name or code}",
                0.1 + 0.85 * (index + 1) / total,
            )

        try:
            with self.database.reading() as s:
                session = s.get(TrainingSession, session_id)
                if session is None:
                    raise NotFoundError(
                        "Cette session n'existe plus : actualisez la liste des sessions."
                    )
                code = session.code
                folder = checked_output_folder(  # created when the first file is written
                    out_dir or self._base(s) / str(session.start_date.year) / safe_file_name(code),
                    create=False,
                )
                targets = session_targets(s, kind, session_id, enrollment_ids, trainer_ids)
                if not targets:
                    chosen = "enrollments" if enrollment_ids is not None else ""
                    chosen = "trainers" if trainer_ids is not None else chosen
                    raise BusinessRuleError(nothing_to_make(kind, code, chosen))
                versions = next_versions(s, kind, session_id, code, targets, file_format)
                earlier = earlier_issues(s, kind, session_id, code, targets)
                today = dt.date.today()
                numbering = Numbering(s, kind, today)
                if parallel.can_spread(render, len(targets)):
                    spread = parallel.Spread(render, done)  # files start while planning
                plan = zip(targets, versions, earlier, strict=True)
                for index, (target, version, before) in enumerate(plan):
                    if stop():
                        stopped = True
                        break
                    issue = numbering.issue(s, session_id, target, before, today)
                    try:
                        data = build_data(s, kind, session_id, target, builder_options(kind, issue))
                    except NotConcerned as error:
                        skipped.append(Skipped(target.name or code, error.reason, str(error)))
                        continue
                    except BusinessRuleError as error:
                        if len(targets) == 1:
                            raise
                        reasons.append(str(error))
                        continue
                    numbering.take(issue)
                    jobs.append((target, version, issue, data))
                    suffix = f" (v{version})" if version > 1 else ""
                    paths.append(folder / f"{file_stem(kind, code, target)}{suffix}.{file_format}")
                    new = not paths[-1].exists()
                    if new:
                        fresh.append(paths[-1])
                    if spread is not None:  # a file already there waits for the whole plan
                        spread.add(data, paths[-1], now=new and not reasons)
                    fraction = 0.1 * (index + 1) / len(targets)
                    report(f"Préparation {index + 1}/{len(targets)}", fraction)
                if stopped and (reasons or not jobs):  # cancelled: nothing, as before a file
                    self._undo(spread, fresh)
                    return GeneratedFiles(planned=len(targets), cancelled=True)
                if reasons:
                    raise refused(reasons)
                if not jobs:
                    raise nothing_concerned(kind, code, skipped)
                planned = len(targets) - len(skipped) if stopped else len(jobs)
            if spread is not None:
                stopped = spread.finish(stop=stop, stopped=stopped)
            else:
                for index, (*_, data) in enumerate(jobs):
                    if stopped or stop():
                        stopped = True
                        break
                    render(data, paths[index])
                    done(index)
            merged_path = None
            if merged and file_format == "pdf" and written and not stopped:
                report("Assemblage du PDF à imprimer…", 0.97)
                merged_path = folder / f"{safe_file_name(f'{kind.label} - {code} - tous')}.pdf"
                merge_pdfs([w[-1] for w in written], merged_path, title=f"{label} – {code}")
            ids = self._record(kind, session_id, file_format, written, numbering)
        except BaseException:
            self._undo(spread, fresh)
            raise
        if ids:
            self.changes.emit(Change("document", ids, "created"))
        result = GeneratedFiles(
            [w[-1] for w in written],
            planned=planned,
            cancelled=stopped,
            merged=merged_path,
            document_ids=ids,
            skipped=tuple(skipped),
        )
        report(result.summary, 1.0)
        return result

    @staticmethod
    def _undo(spread: parallel.Spread | None, fresh: list[Path]) -> None:
        """A batch that failed: no file of it stays (none is still being written)."""
        if spread is not None:
            spread.abandon()
        for path in fresh:
            path.unlink(missing_ok=True)

    def _record(
        self,
        kind: DocumentKind,
        session_id: int,
        file_format: str,
        written: list[tuple[Target, int, Issue, Path]],
        numbering: Numbering,
    ) -> tuple[int, ...]:
        """One GeneratedDocument per written file, and the numbers taken, in one transaction."""
        if not written:
            return ()
        now = dt.datetime.now()
        new_numbers = sum(1 for _, _, issue, _ in written if issue.new_number)
        with self.database.unit_of_work() as s:
            commit_numbers(s, kind, numbering.year, numbering.base, new_numbers)
            rows = [
                GeneratedDocument(
                    kind=kind.key,
                    session_id=session_id,
                    learner_id=target.learner_id,
                    client_id=target.client_id,
                    path=str(path.resolve()),
                    file_format=file_format,
                    version=version,
                    status="genere",
                    generated_at=now,
                    number=issue.number,
                )
                for target, version, issue, path in written
            ]
            s.add_all(rows)
            s.flush()
            return tuple(row.id for row in rows)
