"""The facade: ``Office.open(path)`` gives every service of Formadesk on one database."""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path

from sqlalchemy import select

from . import db as dbmod
from .backup import BackupService
from .changes import Change, ChangeBus
from .errors import ConcurrentEditError, DatabaseOpenError
from .files import remove_leftovers
from .model import Organisation
from .paths import backups_dir
from .server_url import is_server_url, refused_address

log = logging.getLogger(__name__)


class Office:
    """One open Formadesk database and the services that work on it.

    Services: ``organisation``, ``courses``, ``sessions``, ``learners``, ``enrollments``,
    ``parties`` (clients and funders), ``resources``, ``planning``, ``availability``,
    ``incidents``, ``juries``, ``attendance``, ``settings``, ``search``, ``stats``, ``billing``,
    ``backups``;
    ``exports``, ``documents``, ``learner_import``, ``planning_exports``, ``outcomes``,
    ``surveys``, ``complaints``, ``improvements``, ``journal``, ``tasks``, ``checklist``, and the
    reporting of issue 12 (``costs``, ``bilans``, ``activity``, ``bpf``, ``qualiopi``,
    ``archives``, ``privacy``) load on first use.
    """

    def __init__(self, database: dbmod.Database):
        from .services.attendance import AttendanceService
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
        if database.server:  # other workstations see this one's changes at their next poll
            self.changes.subscribe(_publisher(database))
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
        if database.server:
            from .server_backup import ServerBackupService

            self.backups = ServerBackupService(database, self.changes)
        else:
            self.backups = BackupService(database, self.changes)
        self.billing = BillingService(database, self.changes)
        self.attendance = AttendanceService(database, self.changes)

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
    def learner_import(self):
        """Learners from a spreadsheet: read, preview, commit, report (loaded on first use)."""
        from .services.learner_import import LearnerImportService

        return LearnerImportService(self.database, self.changes, self.learners)

    @cached_property
    def outcomes(self):
        """Learning outcomes: positioning at entry and results per objective (issue 10)."""
        from .services.outcomes import OutcomeService

        return OutcomeService(self.database, self.changes)

    @cached_property
    def surveys(self):
        """Satisfaction questionnaires: bank, models, sending, answers, results."""
        from .services.surveys import SurveyService

        return SurveyService(self.database, self.changes)

    @cached_property
    def complaints(self):
        """Réclamations: received, acknowledged, analysed, answered, closed."""
        from .services.complaints import ComplaintService

        return ComplaintService(self.database, self.changes)

    @cached_property
    def improvements(self):
        """Actions d'amélioration and the register an auditor reads."""
        from .services.improvements import ImprovementService

        return ImprovementService(self.database, self.changes)

    @cached_property
    def tasks(self):
        """The assistant's day: rules that make tasks, manual tasks, the « À faire » list."""
        from .tasks.service import TaskService

        return TaskService(self.database, self.changes)

    @cached_property
    def checklist(self):
        """The office's session procedure and each session's checklist (issue 11)."""
        from .services.checklist import ChecklistService

        return ChecklistService(self.database, self.changes)

    @cached_property
    def costs(self):
        """Costs of the training activity, per session or for the office (BPF cadre D)."""
        from .services.costs import CostService

        return CostService(self.database, self.changes)

    @cached_property
    def bilans(self):
        """The bilan of a finished session: figures, PDF and Word (issue 12)."""
        from .reporting.bilan import BilanService

        return BilanService(self.database, self.changes)

    @cached_property
    def activity(self):
        """The activity report of any period: figures, charts, PDF and Excel (issue 12)."""
        from .reporting.activity import ActivityReportService

        return ActivityReportService(self.database, self.changes)

    @cached_property
    def bpf(self):
        """The bilan pédagogique et financier (cerfa 10443) of a financial year (issue 12)."""
        from .reporting.bpf import BpfService

        return BpfService(self.database, self.changes)

    @cached_property
    def qualiopi(self):
        """Qualiopi result figures and the evidence pack for an audit (issue 12)."""
        from .reporting.qualiopi import QualiopiService

        return QualiopiService(self.database, self.changes)

    @cached_property
    def archives(self):
        """Closed sessions' dossiers filed in the archive tree, with an index (issue 12)."""
        from .services.archives import ArchiveService

        return ArchiveService(self.database, self.changes)

    @cached_property
    def privacy(self):
        """Retention periods, anonymisation and a person's data on request (issue 12)."""
        from .services.privacy import PrivacyService

        return PrivacyService(self.database, self.changes)

    @cached_property
    def journal(self):
        """The contact journal: calls, e-mails, visits and letters with anyone."""
        from .services.journal import JournalService

        return JournalService(self.database, self.changes)

    @cached_property
    def planning_exports(self):
        """Planning to ICS, Excel and PDF (imported on first use)."""
        from .services.planning_export import PlanningExportService

        return PlanningExportService(self.database, self.changes)

    @classmethod
    def open(
        cls,
        path: str | Path,
        *,
        create: bool = False,
        verify: bool = True,
        password: str | None = None,
        maintain: bool = True,
    ) -> Office:
        """Open a database file, or a base on a PostgreSQL server, after the checks that
        protect it.

        ``path`` may be ``postgresql://user@host/base``: the password comes from ~/.pgpass,
        PGPASSWORD or ``password`` (typed at a prompt; never stored), and an empty base is set
        up on first opening (``server.PasswordNeeded`` when the server wants a password).

        A missing or empty file is refused unless ``create`` is true: a new database is made
        only when the user asked for one (it is then built under a temporary name and renamed
        when complete). Raises DatabaseOpenError with a French message when the file is
        missing, empty, in use, newer than this program, not a Formadesk database, or damaged;
        the file is then left untouched. A write-protected file opens read-only
        (``office.database.read_only_reason`` says why). ``verify=False`` skips the full
        integrity check (seconds on a large file): the window runs ``verify_integrity`` in the
        background instead. A pending migration always verifies first.
        """
        if is_server_url(path):
            return cls._started(cls._open_server(str(path), password=password), maintain)
        if isinstance(path, str) and (refusal := refused_address(path)):
            raise DatabaseOpenError(refusal, reason="bad_url")
        path = Path(path).expanduser().resolve()
        dbmod.refuse_special_file(path)
        missing = not path.exists()
        empty = not missing and path.is_file() and path.stat().st_size == 0
        if (missing or empty) and not create:
            raise _not_a_database_yet(path, missing=missing)
        if missing:
            path.parent.mkdir(parents=True, exist_ok=True)
        lock = dbmod.DatabaseLock(path)
        lock.acquire()
        try:
            database = cls._open_locked(path, lock, create=missing or empty, verify=verify)
        except BaseException:
            lock.release()
            raise
        return cls._started(database, maintain)

    @classmethod
    def _started(cls, database: dbmod.Database, maintain: bool = True) -> Office:
        """The services on an open database, after the updates due at each opening (none
        with ``maintain=False``: a base opened only to be read, as by migrate-to)."""
        try:
            office = cls(database)
            office._ensure_organisation()
            if maintain and not database.read_only_reason:
                try:  # statuses follow the dates (issue 7)
                    office.sessions.advance_statuses()
                except ConcurrentEditError:  # another workstation opening did it meanwhile
                    log.info("Session statuses advanced by another workstation")
                try:  # results missing after the end (issue 10): a reminder, never a refusal
                    office.outcomes.refresh_reminders()
                except Exception:  # noqa: BLE001 - the office opens; the log says why
                    log.exception("The results reminders could not be refreshed")
        except BaseException:
            database.close()  # releases the lock too
            raise
        return office

    @staticmethod
    def _open_server(target: str, *, password: str | None) -> dbmod.Database:
        """A base on a PostgreSQL server: made on first opening (the server's administrator
        creates it empty), migrated under an advisory lock, then opened."""
        from . import server_opening

        return server_opening.open_server(target, password=password)

    @classmethod
    def create(cls, path: str | Path) -> Office:
        """Create a new database at ``path``; refuses to replace an existing database."""
        path = Path(path).expanduser().resolve()
        dbmod.refuse_special_file(path)
        if path.exists() and path.stat().st_size > 0:
            raise DatabaseOpenError(
                f"Le fichier « {path.name} » existe déjà. Choisissez un autre nom, ou ouvrez-le "
                "avec « Ouvrir une base… ».",
                reason="exists",
                path=str(path),
            )
        return cls.open(path, create=True)

    @staticmethod
    def _open_locked(path: Path, lock, *, create: bool, verify: bool) -> dbmod.Database:
        from . import migrations, opening

        mode, reason = opening.read_only_reason(path)
        if not mode:  # half-written files of an interrupted build or backup (we hold the lock)
            remove_leftovers(path.parent, path.name)
            remove_leftovers(backups_dir(path))
        if create:
            if mode:
                raise _read_only_refusal(path, reason)
            opening.create_database(path)
            lock.acquire_identity()
            return dbmod.Database(path, dbmod.make_engine(path), lock)
        immutable = mode == "immutable"
        _app_id, revision, _tables = dbmod.read_file_state(path, verify=verify, immutable=immutable)
        head = migrations.head_for(revision)
        if revision != head:
            if revision not in migrations.known_revisions():
                raise DatabaseOpenError(
                    f"La base « {path.name} » a été créée par une version plus récente de "
                    "Formadesk. Mettez Formadesk à jour, ou ouvrez un autre fichier.",
                    reason="newer",
                    path=str(path),
                )
            if mode:
                raise _read_only_refusal(path, reason)
            if not verify:
                dbmod.read_file_state(path, verify=True)  # never migrate a damaged file
            opening.migrate(path, revision, head)
        database = dbmod.Database(path, dbmod.make_engine(path, read_only=mode), lock)
        if mode:
            log.warning("Opening %s read-only: %s", path, reason)
            database.read_only_reason = reason
            database.immutable = immutable
        return database

    def verify_integrity(self) -> str | None:
        """Full integrity check of the open file: None when sound, else a French message.

        A damaged database is switched to read-only: every later write is refused with that
        message, so nothing more is written to it.
        """
        if self.database.server:  # the server keeps its own pages sound: check the schema
            return self.database.schema_problem()
        problem = dbmod.integrity_problem(self.path, immutable=self.database.immutable)
        if problem:
            self.database.read_only_reason = problem
        return problem

    def remote_changes(self) -> set[str]:
        """What other workstations changed since the last call (a base on a server), each
        re-emitted on ``changes`` as a Change with action "remote"; empty for a file."""
        if not self.database.server:
            return set()
        entities = self.database.watcher.changed()
        for entity in sorted(entities):
            self.changes.emit(Change(entity, (), "remote"))
        return entities

    def _ensure_organisation(self) -> None:
        if self.database.read_only_reason:
            return
        with self.database.unit_of_work() as s:
            if s.scalar(select(Organisation.id).limit(1)) is None:
                s.add(Organisation(name=""))

    @property
    def display_name(self) -> str:
        """The organisation's name, or the file name when it has none yet."""
        name = self.organisation.get().name
        return name or (self.database.name if self.database.server else self.path.name)

    @property
    def location(self) -> str:
        """Where the base is, as shown and remembered: the file's path, or the server's URL
        without any password."""
        return self.database.label

    @property
    def read_only_reason(self) -> str | None:
        """Why nothing can be saved (write-protected or damaged file), or None."""
        return self.database.read_only_reason

    def close(self, *, backup_if_changed: bool = True) -> None:
        """Close the database; take an automatic backup first when data changed."""
        if "tasks" in self.__dict__:  # a worker may still be writing the day's tasks
            self.tasks.wait_for_worker()
        try:
            if (
                backup_if_changed
                and self.changes.dirty
                and not self.read_only_reason
                and not self.database.server  # the server's own backups are in charge
            ):
                self.backups.backup_now(automatic=True)
        finally:
            self.database.close()

    def __enter__(self) -> Office:
        return self

    def __exit__(self, *exc) -> None:
        self.close(backup_if_changed=exc[0] is None)


def _publisher(database):
    def publish(change) -> None:
        if change.action != "remote":
            database.publish({change.entity, *change.related})

    return publish


def _not_a_database_yet(path: Path, *, missing: bool) -> DatabaseOpenError:
    if missing and not path.parent.is_dir():
        text = (
            f"Le dossier « {path.parent} » n'existe pas. Choisissez un autre fichier, ou créez "
            "une nouvelle base (Fichier › Nouvelle base…)."
        )
    elif missing:
        text = (
            f"Le fichier « {path.name} » n'existe pas. Choisissez un autre fichier, ou créez "
            "une nouvelle base (Fichier › Nouvelle base…)."
        )
    else:
        text = (
            f"« {path.name} » est un fichier vide, pas une base Formadesk. Choisissez un autre "
            "fichier, ou créez une nouvelle base (Fichier › Nouvelle base…)."
        )
    return DatabaseOpenError(text, reason="missing" if missing else "empty", path=str(path))


def _read_only_refusal(path: Path, reason: str) -> DatabaseOpenError:
    return DatabaseOpenError(
        f"{reason} La base « {path.name} » doit être modifiée pour s'ouvrir (création ou mise à "
        "jour) : copiez-la dans un dossier où vous pouvez écrire, puis ouvrez la copie.",
        reason="read_only",
        path=str(path),
    )
