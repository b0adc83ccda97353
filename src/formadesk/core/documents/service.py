"""DocumentService: produce documents of any registered kind, file them and record them."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import paths
from ..changes import Change, ChangeBus
from ..db import Database
from ..errors import BusinessRuleError, NotFoundError
from ..model import (
    ACTIVE_ENROLLMENT_STATUSES,
    DOCUMENT_STATUSES,
    Client,
    Enrollment,
    GeneratedDocument,
    Learner,
    Organisation,
    TrainingSession,
)
from .files import safe_file_name
from .registry import DocumentKind, get_kind, kind_label

ENV_DOCUMENTS_DIR = "FORMADESK_DOCUMENTS_DIR"


@dataclass(frozen=True)
class DocumentRow:
    """One generated document, as listed in the documents tab."""

    id: int
    kind: str
    kind_label: str
    session_code: str
    learner_name: str
    path: str
    file_format: str
    version: int
    status: str
    status_label: str
    generated_at: dt.datetime


@dataclass(frozen=True)
class _Target:
    """Who one file is for: the ids recorded with it and the name put in its file name."""

    name: str = ""
    enrollment_id: int | None = None
    learner_id: int | None = None
    client_id: int | None = None


def filing_name(last_name: str, first_name: str) -> str:
    """« LEFÈVRE Hélène »: sorts by family name in a folder and in lists."""
    return f"{last_name.upper()} {first_name}".strip()


class DocumentService:
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
    ) -> list[Path]:
        """One convocation PDF per active enrollment of the session (or of those chosen)."""
        return self.generate(
            "convocation", session_id, out_dir=out_dir, enrollment_ids=enrollment_ids
        )

    def generate(
        self,
        kind_key: str,
        session_id: int,
        *,
        file_format: str = "pdf",
        out_dir: Path | None = None,
        enrollment_ids: list[int] | None = None,
    ) -> list[Path]:
        """Produce the documents of one kind for a session, record them, report the change.

        Files are written first (each one complete or not at all), then recorded in one
        transaction; if recording fails the files written by this call are removed.
        """
        kind = get_kind(kind_key)
        render = kind.renderer(file_format)
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
            targets = self._targets(s, kind, session_id, enrollment_ids)
            if not targets:
                raise BusinessRuleError(self._nothing_to_make(kind, code, enrollment_ids))
            versions = self._next_versions(s, kind, session_id, targets)
            jobs = [
                (t, v, self._build(s, kind, session_id, t))
                for t, v in zip(targets, versions, strict=True)
            ]

        written: list[tuple[_Target, int, Path]] = []
        fresh: list[Path] = []  # files that did not exist before this call
        try:
            for target, version, data in jobs:
                stem = " - ".join(p for p in (kind.label, code, target.name) if p)
                suffix = f" (v{version})" if version > 1 else ""
                path = folder / f"{safe_file_name(stem + suffix)}.{file_format}"
                if not path.exists():
                    fresh.append(path)
                render(data, path)
                written.append((target, version, path))
            now = dt.datetime.now()
            with self.database.unit_of_work() as s:
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
                    )
                    for target, version, path in written
                ]
                s.add_all(rows)
                s.flush()
                ids = tuple(row.id for row in rows)
        except BaseException:
            for path in fresh:
                path.unlink(missing_ok=True)
            raise
        self.changes.emit(Change("document", ids, "created"))
        return [path for _, _, path in written]

    def _targets(
        self, s: Session, kind: DocumentKind, session_id: int, enrollment_ids: list[int] | None
    ) -> list[_Target]:
        if kind.scope == "session":
            return [_Target()]
        query = (
            select(
                Enrollment.id,
                Learner.id,
                Learner.last_name,
                Learner.first_name,
                Enrollment.client_id,
                Client.name,
            )
            .join(Learner, Learner.id == Enrollment.learner_id)
            .outerjoin(Client, Client.id == Enrollment.client_id)
            .where(
                Enrollment.session_id == session_id,
                Enrollment.status.in_(ACTIVE_ENROLLMENT_STATUSES),
            )
            .order_by(Learner.last_name, Learner.first_name, Enrollment.id)
        )
        if enrollment_ids is not None:
            query = query.where(Enrollment.id.in_(enrollment_ids))
        rows = s.execute(query).all()
        if kind.scope == "learner":
            return [
                _Target(filing_name(last, first), eid, lid) for eid, lid, last, first, _, _ in rows
            ]
        clients = {cid: name for *_, cid, name in rows if cid is not None}
        return [
            _Target(name, client_id=cid)
            for cid, name in sorted(clients.items(), key=lambda c: c[1])
        ]

    @staticmethod
    def _build(s: Session, kind: DocumentKind, session_id: int, target: _Target):
        if kind.scope == "learner":
            return kind.builder(s, session_id, target.enrollment_id)
        if kind.scope == "client":
            return kind.builder(s, session_id, target.client_id)
        return kind.builder(s, session_id)

    @staticmethod
    def _next_versions(
        s: Session, kind: DocumentKind, session_id: int, targets: list[_Target]
    ) -> list[int]:
        """Previous highest version of the same kind, session and recipient, plus one."""
        who = (
            GeneratedDocument.client_id if kind.scope == "client" else GeneratedDocument.learner_id
        )
        query = (
            select(who, func.max(GeneratedDocument.version))
            .where(GeneratedDocument.kind == kind.key, GeneratedDocument.session_id == session_id)
            .group_by(who)
        )
        latest = dict(s.execute(query).all())
        key = (lambda t: t.client_id) if kind.scope == "client" else (lambda t: t.learner_id)
        return [(latest.get(key(t)) or 0) + 1 for t in targets]

    @staticmethod
    def _nothing_to_make(kind: DocumentKind, code: str, enrollment_ids: list[int] | None) -> str:
        what = (kind.plural or kind.label).lower()
        if enrollment_ids is not None:
            return (
                f"Aucune des inscriptions choisies n'est active dans la session {code} : "
                f"sélectionnez des inscrits (ou pré-inscrits) pour produire les {what}."
            )
        if kind.scope == "client":
            return (
                f"Aucun inscrit de la session {code} n'est rattaché à un client : indiquez le "
                f"client de chaque inscription avant de produire les {what}."
            )
        return (
            f"La session {code} n'a aucun inscrit actif : inscrivez au moins un apprenant "
            f"(inscrit ou pré-inscrit) avant de produire les {what}."
        )

    # -- history --------------------------------------------------------------------------
    def list_documents(self, session_id: int | None = None, limit: int = 500) -> list[DocumentRow]:
        """Generated documents, newest first (of one session, or of all)."""
        query = (
            select(GeneratedDocument, TrainingSession.code, Learner.last_name, Learner.first_name)
            .outerjoin(TrainingSession, TrainingSession.id == GeneratedDocument.session_id)
            .outerjoin(Learner, Learner.id == GeneratedDocument.learner_id)
            .order_by(GeneratedDocument.generated_at.desc(), GeneratedDocument.id.desc())
            .limit(limit)
        )
        if session_id is not None:
            query = query.where(GeneratedDocument.session_id == session_id)
        with self.database.reading() as s:
            return [
                DocumentRow(
                    id=doc.id,
                    kind=doc.kind,
                    kind_label=kind_label(doc.kind),
                    session_code=code or "",
                    learner_name=filing_name(last or "", first or ""),
                    path=doc.path,
                    file_format=doc.file_format,
                    version=doc.version,
                    status=doc.status,
                    status_label=DOCUMENT_STATUSES.get(doc.status, doc.status),
                    generated_at=doc.generated_at,
                )
                for doc, code, last, first in s.execute(query)
            ]
