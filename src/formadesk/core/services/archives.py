"""Closed sessions' dossiers filed in the archive tree, with an index (issue 12).

The archive tree sits beside the generated documents: ``<documents folder>/Archives/<year of
the first day>/<session code>/``. A dossier is gathered (``archive_dossier``) into a hidden
temporary folder, its index written, then the folder is renamed to its final name in one step:
nothing is ever half-filed. Files are copies: the documents stay where the registry has them.

Closing a session files its dossier (``ChecklistService.close_session``), in the same
transaction that records the closing, the folder (``TrainingSession.archive_path``) and the
line « archivage » of the compliance log. If the folder cannot be written the session is not
closed, and the message says where and what to do. Reopening a closed session keeps its
folder, marks it with a « SESSION ROUVERTE » note and forgets it as the session's dossier;
closing again files a new version beside it (« 2026-EXCEL-001 (v2) »).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from .. import paths
from ..errors import BusinessRuleError
from ..model import Organisation, TrainingSession
from ..outputs import OutputPathError, checked_output_folder, describe_os_error
from .archive_index import INDEX_JSON, INDEX_PDF, DossierIndex, write_index
from .base import Service, get_or_fail
from .checklist_facts import read_sessions
from .compliance import SESSION, ComplianceLogReader, record

log = logging.getLogger(__name__)
ARCHIVES = "Archives"
REOPENED_NOTE = "SESSION ROUVERTE - à lire.txt"
_VERSION = re.compile(r" \(v(\d+)\)$")


@dataclass(frozen=True)
class ArchiveResult:
    """A dossier filed: where, which version, how many files, what is missing."""

    session_id: int
    code: str
    folder: Path
    version: int
    files: int
    missing: tuple[str, ...]

    @property
    def index_pdf(self) -> Path:
        return self.folder / INDEX_PDF

    @property
    def index_json(self) -> Path:
        return self.folder / INDEX_JSON

    @property
    def summary(self) -> str:
        """« Dossier archivé dans « … » : 12 fichiers, 2 pièces manquantes (voir index.pdf). »"""
        missing = (
            f", {fmt.plural(len(self.missing), 'pièce manquante', 'pièces manquantes')} "
            "(voir index.pdf)"
            if self.missing
            else ", rien ne manque"
        )
        return (
            f"Dossier archivé dans « {self.folder} » : "
            f"{fmt.plural(self.files, 'fichier', 'fichiers')}{missing}."
        )


@dataclass
class FiledDossier:
    """A dossier written to its final folder, not yet recorded in the database."""

    result: ArchiveResult

    def discard(self) -> None:
        """Remove the folder (its recording failed): nothing stays half-filed."""
        shutil.rmtree(self.result.folder, ignore_errors=True)


def archive_root(s: Session) -> Path:
    """``<documents folder>/Archives``: FORMADESK_DOCUMENTS_DIR, the office's folder, or
    Documents/Formadesk, as for generated documents."""
    configured = s.scalar(select(Organisation.documents_dir).order_by(Organisation.id).limit(1))
    return paths.documents_base(configured) / ARCHIVES


def folder_name(code: str) -> str:
    from ..documents.engine.files import safe_file_name

    return safe_file_name(code, fallback="session")


def archived_versions(year_folder: Path, code: str) -> list[tuple[int, Path]]:
    """The filed versions of a session in its year's folder: (version, folder), oldest first."""
    name = folder_name(code)
    found = []
    try:
        entries = list(year_folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        if entry.name == name:
            found.append((1, entry))
        elif entry.name.startswith(f"{name} (v") and (match := _VERSION.search(entry.name)):
            found.append((int(match.group(1)), entry))
    return sorted(found)


def session_folders(s: Session, session_ids: list[int]) -> dict[int, list[Path]]:
    """Every archived folder (all versions) of these sessions that still holds an index."""
    root = archive_root(s)
    result: dict[int, list[Path]] = {}
    rows = s.execute(
        select(
            TrainingSession.id,
            TrainingSession.code,
            TrainingSession.start_date,
            TrainingSession.archive_path,
        ).where(TrainingSession.id.in_(session_ids))
    ).all()
    for sid, code, start, archive_path in rows:
        folders = [path for _v, path in archived_versions(root / str(start.year), code)]
        if archive_path and Path(archive_path) not in folders:
            folders.append(Path(archive_path))
        folders = [f for f in folders if (f / INDEX_JSON).is_file()]
        if folders:
            result[sid] = folders
    return result


def record_filing(s: Session, session: TrainingSession, filed: FiledDossier) -> None:
    """In the caller's transaction: the session's folder and the line « archivage »."""
    result = filed.result
    session.archive_path = str(result.folder)
    record(
        s,
        "archivage",
        SESSION,
        session.id,
        session.code,
        f"Version {result.version} archivée dans « {result.folder} » : "
        f"{fmt.plural(result.files, 'fichier', 'fichiers')}, "
        f"{fmt.plural(len(result.missing), 'pièce manquante', 'pièces manquantes')}.",
    )


def mark_reopened(folder: Path, code: str, reason: str, today: dt.date) -> bool:
    """Add a note to an archived folder saying it is out of date; False when it cannot."""
    note = folder / REOPENED_NOTE
    text = (
        f"La session {code} a été rouverte le {fmt.date_short(today)}"
        + (f" (motif : {reason})" if reason else "")
        + ".\nCe dossier n'est plus à jour : la prochaine clôture de la session en archivera "
        "une nouvelle version à côté de celui-ci.\n"
    )
    try:
        if not folder.is_dir():
            return False
        with note.open("a", encoding="utf-8") as handle:
            handle.write(text)
        return True
    except OSError:
        log.warning("Could not mark %s as reopened", folder, exc_info=True)
        return False


class ArchiveService(ComplianceLogReader, Service):
    """File a session's dossier in the archive tree; the compliance log."""

    def root(self) -> Path:
        """Where the archive tree is (it may not exist yet)."""
        with self._db.reading() as s:
            return archive_root(s)

    def file_session(self, session_id: int, today: dt.date | None = None) -> ArchiveResult:
        """File the dossier of a finished (or cancelled) session as a new version.

        Closing a session does this itself; call it to file again a closed session whose
        folder was lost, or a session kept open. Nothing is recorded if the folder fails.
        """
        today = today or dt.date.today()
        filed = self.prepare(session_id, today, closing=False)
        try:
            with self._db.unit_of_work() as s:
                session = get_or_fail(s, TrainingSession, session_id, "La session")
                record_filing(s, session, filed)
        except BaseException:
            filed.discard()
            raise
        self._emit("session", session_id, "updated", "archive")
        return filed.result

    def prepare(self, session_id: int, today: dt.date, *, closing: bool) -> FiledDossier:
        """Write the dossier into its final folder (temporary name, then renamed)."""
        from .archive_dossier import gather

        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            code, year, status = session.code, session.start_date.year, session.status
            over = read_sessions(s, [session_id])[session_id].over(today)
            last_day = session.end_date
            root = archive_root(s)
        if status != "annulee" and not over:
            raise BusinessRuleError(
                f"La session {code} n'est pas terminée (dernier jour le "
                f"{fmt.date_short(last_day)}) : son dossier s'archive une fois finie."
            )
        year_folder = root / str(year)
        temporary = year_folder / f".{folder_name(code)}.{secrets.token_hex(4)}.partial"
        try:
            checked_output_folder(year_folder, create=True)
            versions = archived_versions(year_folder, code)
            version = versions[-1][0] + 1 if versions else 1
            final = year_folder / (
                folder_name(code) if version == 1 else f"{folder_name(code)} (v{version})"
            )
            temporary.mkdir()
            index = gather(
                self._db, session_id, temporary, today=today, version=version, closing=closing
            )
            write_index(index, self._organisation(), temporary)
            os.rename(temporary, final)
        except (OSError, OutputPathError) as error:
            shutil.rmtree(temporary, ignore_errors=True)
            raise _filing_error(code, year_folder, error, closing) from error
        except BaseException:
            shutil.rmtree(temporary, ignore_errors=True)
            raise
        return FiledDossier(_result(index, final))

    def folder_of(self, session_id: int) -> Path | None:
        """Where the session's current dossier was filed, or None (not archived, or reopened)."""
        with self._db.reading() as s:
            path = get_or_fail(s, TrainingSession, session_id, "La session").archive_path
        return Path(path) if path else None

    def index_of(self, session_id: int) -> DossierIndex | None:
        """The index of the session's current dossier, or None when it is not archived."""
        from .archive_index import read_index

        with self._db.reading() as s:
            path = get_or_fail(s, TrainingSession, session_id, "La session").archive_path
        return read_index(Path(path)) if path else None

    def _organisation(self):
        from ..documents.engine.builders import organisation_info

        with self._db.reading() as s:
            return organisation_info(s)


def _result(index: DossierIndex, folder: Path) -> ArchiveResult:
    return ArchiveResult(
        index.session_id,
        index.code,
        folder,
        index.version,
        len(index.files),
        tuple(gap.text for gap in index.gaps),
    )


def _filing_error(
    code: str, folder: Path, error: BaseException, closing: bool
) -> BusinessRuleError:
    cause = error.__cause__ if isinstance(error, OutputPathError) else error
    reason = (
        describe_os_error(cause, with_name=False)
        if isinstance(cause, OSError)
        else "dossier inaccessible"
    )
    outcome = "la session n'est pas clôturée" if closing else "rien n'a été archivé"
    again = "clôturez-la à nouveau" if closing else "recommencez"
    return BusinessRuleError(
        f"Le dossier de la session {code} n'a pas pu être archivé dans « {folder} » "
        f"({reason}) : {outcome}. Vérifiez que ce dossier est accessible en écriture (ou "
        f"choisissez un autre dossier des documents dans Paramètres › Documents), puis {again}."
    )
