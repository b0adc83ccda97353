"""DocumentService: produce documents of any registered kind, file them and record them.

Files go to ``<base>/<year>/<session code>/`` with names that sort and explain themselves
(« Convocation - 2026-EXCEL-INT-003 - LEFÈVRE Hélène.pdf »). A batch reports its progress,
stops cleanly when cancelled (what was written is kept and recorded) and can add one merged
PDF to print. The history (``list_documents``, ``set_status``, ``email_draft``) is in
``history``.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import paths
from ..changes import Change, ChangeBus
from ..db import Database
from ..errors import BusinessRuleError, NotFoundError
from ..model import GeneratedDocument, Organisation, TrainingSession
from .delivery import merge_pdfs
from .files import safe_file_name
from .history import DocumentHistory, DocumentRow
from .registry import get_kind
from .targets import (
    Target,
    build_data,
    file_stem,
    filing_name,
    next_versions,
    nothing_to_make,
    session_targets,
)

ENV_DOCUMENTS_DIR = "FORMADESK_DOCUMENTS_DIR"
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]

__all__ = ["DocumentService", "DocumentRow", "GeneratedFiles", "filing_name"]


class GeneratedFiles(list):
    """The paths written by one call (a list, in target order) and what else happened.

    ``planned`` files were due; ``cancelled`` is True when the user stopped the batch (the
    files written before are kept and recorded); ``merged`` is the single PDF to print, when
    asked for; ``document_ids`` are the recorded rows.
    """

    def __init__(
        self,
        files: Iterable[Path] = (),
        *,
        planned: int = 0,
        cancelled: bool = False,
        merged: Path | None = None,
        document_ids: tuple[int, ...] = (),
    ):
        super().__init__(files)
        self.planned = planned or len(self)
        self.cancelled = cancelled
        self.merged = merged
        self.document_ids = document_ids

    @property
    def summary(self) -> str:
        """« 2 documents sur 5 ont été écrits : production interrompue. » and the like."""
        done = len(self)
        if self.cancelled:
            return (
                f"Production interrompue : {done} document(s) sur {self.planned} ont été écrits "
                "et enregistrés ; relancez la production pour les autres."
            )
        text = f"{done} document(s) écrit(s)."
        if self.merged:
            text += f" Un PDF unique à imprimer : « {self.merged.name} »."
        return text


class DocumentService(DocumentHistory):
    """Generates documents into ``<base>/<year>/<session code>/`` and keeps their history."""

    def __init__(self, database: Database, changes: ChangeBus):
        self.database = database
        self.changes = changes

    # -- where files go -------------------------------------------------------------------
    def _base(self, s: Session) -> Path:
        env = os.environ.get(ENV_DOCUMENTS_DIR)
        if env:
            return Path(env).expanduser()
        configured = s.scalar(select(Organisation.documents_dir).order_by(Organisation.id))
        return Path(configured).expanduser() if configured else paths.documents_dir()

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
        """
        kind = get_kind(kind_key)
        render = kind.renderer(file_format)
        report = progress or (lambda _message, _fraction: None)
        stop = cancelled or (lambda: False)
        label = kind.plural or kind.label
        report(f"Préparation : {label.lower()}…", 0.0)
        with self.database.reading() as s:
            session = s.get(TrainingSession, session_id)
            if session is None:
                raise NotFoundError(
                    "Cette session n'existe plus : actualisez la liste des sessions."
                )
            code = session.code
            folder = out_dir or (
                self._base(s) / str(session.start_date.year) / safe_file_name(code)
            )
            targets = session_targets(s, kind, session_id, enrollment_ids, trainer_ids)
            if not targets:
                chosen = "enrollments" if enrollment_ids is not None else ""
                chosen = "trainers" if trainer_ids is not None else chosen
                raise BusinessRuleError(nothing_to_make(kind, code, chosen))
            versions = next_versions(s, kind, session_id, code, targets, file_format)
            jobs: list[tuple[Target, int, object]] = []
            for index, (target, version) in enumerate(zip(targets, versions, strict=True)):
                if stop():
                    return GeneratedFiles(planned=len(targets), cancelled=True)
                jobs.append((target, version, build_data(s, kind, session_id, target)))
                report(f"Préparation {index + 1}/{len(targets)}", 0.1 * (index + 1) / len(targets))

        written: list[tuple[Target, int, Path]] = []
        fresh: list[Path] = []  # files that did not exist before this call
        stopped = False
        try:
            for index, (target, version, data) in enumerate(jobs):
                if stop():
                    stopped = True
                    break
                suffix = f" (v{version})" if version > 1 else ""
                path = folder / f"{file_stem(kind, code, target)}{suffix}.{file_format}"
                if not path.exists():
                    fresh.append(path)
                render(data, path)
                written.append((target, version, path))
                name = target.name or code
                report(
                    f"{kind.label} {index + 1}/{len(jobs)} : {name}",
                    0.1 + 0.85 * (index + 1) / len(jobs),
                )
            merged_path = None
            if merged and file_format == "pdf" and written and not stopped:
                report("Assemblage du PDF à imprimer…", 0.97)
                merged_path = folder / f"{safe_file_name(f'{kind.label} - {code} - tous')}.pdf"
                merge_pdfs([p for _, _, p in written], merged_path, title=f"{label} – {code}")
            ids = self._record(kind.key, session_id, file_format, written)
        except BaseException:
            for path in fresh:
                path.unlink(missing_ok=True)
            raise
        if ids:
            self.changes.emit(Change("document", ids, "created"))
        result = GeneratedFiles(
            [path for _, _, path in written],
            planned=len(jobs),
            cancelled=stopped,
            merged=merged_path,
            document_ids=ids,
        )
        report(result.summary, 1.0)
        return result

    def _record(
        self, kind_key: str, session_id: int, file_format: str, written: list
    ) -> tuple[int, ...]:
        """One GeneratedDocument per written file, in one transaction."""
        if not written:
            return ()
        now = dt.datetime.now()
        with self.database.unit_of_work() as s:
            rows = [
                GeneratedDocument(
                    kind=kind_key,
                    session_id=session_id,
                    learner_id=target.learner_id,
                    client_id=target.client_id,
                    path=str(path.resolve()),
                    file_format=file_format,
                    version=version,
                    status="genere",
                    generated_at=now,
                )
                for target, version, path in written
            ]
            s.add_all(rows)
            s.flush()
            return tuple(row.id for row in rows)
