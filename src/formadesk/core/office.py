"""The facade: ``Office.open(path)`` gives every service of Formadesk on one database."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from . import db as dbmod
from .backup import BackupService
from .changes import ChangeBus
from .errors import DatabaseOpenError
from .model import Organisation

log = logging.getLogger(__name__)


class Office:
    """One open Formadesk database and the services that work on it.

    Services: ``organisation``, ``courses``, ``sessions``, ``learners``, ``enrollments``,
    ``parties`` (clients and funders), ``resources``, ``planning``, ``availability``,
    ``incidents``, ``juries``, ``settings``, ``search``, ``stats``, ``billing``,
    ``backups``;
    ``exports`` and ``documents`` load on first use.
    """

    def __init__(self, database: dbmod.Database):
        from .services.availability import AvailabilityService
        from .services.billing import BillingService
        from .services.catalogue import CourseService
        from .services.enrollments import EnrollmentService
        from .services.incidents import IncidentService
        from .services.juries import JuryService
        from .services.learners import LearnerService
        from .services.organisation import OrganisationService
        from .services.parties import PartyService
        from .services.planning import PlanningService
        from .services.resources import ResourceService
        from .services.search import SearchService
        from .services.sessions import SessionService
        from .services.settings import SettingsService
        from .services.stats import StatsService

        self.database = database
        self.path = database.path
        self.changes = ChangeBus()
        self.organisation = OrganisationService(database, self.changes)
        self.courses = CourseService(database, self.changes)
        self.sessions = SessionService(database, self.changes)
        self.learners = LearnerService(database, self.changes)
        self.enrollments = EnrollmentService(database, self.changes)
        self.parties = PartyService(database, self.changes)
        self.resources = ResourceService(database, self.changes)
        self.planning = PlanningService(database, self.changes)
        self.availability = AvailabilityService(database, self.changes)
        self.incidents = IncidentService(database, self.changes)
        self.juries = JuryService(database, self.changes)
        self.settings = SettingsService(database, self.changes)
        self.search = SearchService(database)
        self.stats = StatsService(database)
        self.backups = BackupService(database, self.changes)
        self.billing = BillingService(database, self.changes)

    @cached_property
    def documents(self):
        """Document generation (imported on first use: reportlab is slow to load)."""
        from .documents.service import DocumentService

        return DocumentService(self.database, self.changes)

    @cached_property
    def exports(self):
        """Excel exports (imported on first use)."""
        from .services.exports import ExportService

        return ExportService(self.database)

    @cached_property
    def planning_exports(self):
        """Planning to ICS, Excel and PDF (imported on first use)."""
        from .services.planning_export import PlanningExportService

        return PlanningExportService(self.database, self.changes)

    @classmethod
    def open(cls, path: str | Path, *, create: bool = True, verify: bool = True) -> Office:
        """Open (or create) a database file, after the checks that protect it.

        Raises DatabaseOpenError with a French message when the file is in use, newer than this
        program, not a Formadesk database, or damaged; the file is then left untouched.
        ``verify=False`` skips the full integrity check (seconds on a large file): the window
        runs ``verify_integrity`` in the background instead. A pending migration always
        verifies first.
        """
        from . import migrations

        path = Path(path).expanduser().resolve()
        if not path.exists() and not create:
            raise DatabaseOpenError(
                f"Le fichier « {path.name} » n'existe pas. Choisissez un autre fichier.",
                reason="unreadable",
                path=str(path),
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = dbmod.DatabaseLock(path)
        lock.acquire()
        try:
            existed = path.exists() and path.stat().st_size > 0
            revision = None
            head = migrations.HEAD
            if existed:
                _app_id, revision, _tables = dbmod.read_file_state(path, verify=verify)
                if not verify and revision not in (None, head):
                    dbmod.read_file_state(path, verify=True)  # never migrate a damaged file
            if revision != head:
                head = migrations.head_revision()  # the scripts say (HEAD may be stale in dev)
            if revision is not None and revision != head:
                if revision not in migrations.known_revisions():
                    raise DatabaseOpenError(
                        f"La base « {path.name} » a été créée par une version plus récente de "
                        "Formadesk. Mettez Formadesk à jour, ou ouvrez un autre fichier.",
                        reason="newer",
                        path=str(path),
                    )
                from .backup import backup_file

                copy = backup_file(path, label=f"avant-migration-{revision}")
                log.info("Backup before migration %s -> %s: %s", revision, head, copy)
            engine = dbmod.make_engine(path)
            if revision != head:
                with engine.begin() as conn:
                    migrations.upgrade(conn)
                dbmod.mark_as_formadesk(engine)
            database = dbmod.Database(path, engine, lock)
        except BaseException:
            lock.release()
            raise
        try:
            office = cls(database)
            office._ensure_organisation()
        except BaseException:
            database.close()  # releases the lock too
            raise
        return office

    def verify_integrity(self) -> str | None:
        """Full integrity check of the open file: None when sound, else a French message.

        A damaged database is switched to read-only: every later write is refused with that
        message, so nothing more is written to it.
        """
        problem = dbmod.integrity_problem(self.path)
        if problem:
            self.database.read_only_reason = problem
        return problem

    def _ensure_organisation(self) -> None:
        with self.database.unit_of_work() as s:
            if s.scalar(select(Organisation.id).limit(1)) is None:
                s.add(Organisation(name=""))

    @property
    def display_name(self) -> str:
        """The organisation's name, or the file name when it has none yet."""
        name = self.organisation.get().name
        return name or self.path.name

    def close(self, *, backup_if_changed: bool = True) -> None:
        """Close the database; take an automatic backup first when data changed."""
        try:
            if backup_if_changed and self.changes.dirty:
                self.backups.backup_now(automatic=True)
        finally:
            self.database.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close(backup_if_changed=exc[0] is None)
