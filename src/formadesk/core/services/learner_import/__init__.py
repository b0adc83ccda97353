"""Import learners from a spreadsheet (XLSX or CSV): read, map, preview, commit, report.

``office.learner_import.read(path)`` gives the rows and a guessed mapping; ``preview`` checks
every row with the learner form's rules and finds possible duplicates (nothing is written);
``commit`` writes the chosen rows, and optionally their enrolments, in one transaction;
``save_report`` writes the row report as XLSX.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from ...model import Learner
from ..base import Service
from ..learners import LearnerData, LearnerService
from .commit import (
    CREATED,
    OUTCOME_LABELS,
    SKIPPED,
    UPDATED,
    Enrolment,
    ImportResult,
    RowOutcome,
    enrol_all,
    require_enrolment_possible,
    write_rows,
)
from .mapping import FIELDS, IGNORED_LABEL, check_mapping, guess_mapping
from .preview import (
    CREATE,
    DECISIONS,
    DUPLICATE,
    OK,
    REFUSED,
    SKIP,
    STATUS_LABELS,
    UPDATE,
    ImportPreview,
    ImportRow,
    check_row,
    identity_keys,
    mark_duplicates,
)
from .reading import ImportFile, ImportFileError, read_file
from .workbooks import report_rows, save_report

__all__ = [
    "CREATE",
    "CREATED",
    "DECISIONS",
    "DUPLICATE",
    "FIELDS",
    "IGNORED_LABEL",
    "OK",
    "OUTCOME_LABELS",
    "REFUSED",
    "SKIP",
    "SKIPPED",
    "STATUS_LABELS",
    "UPDATE",
    "UPDATED",
    "ImportFile",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportRow",
    "LearnerImportService",
    "RowOutcome",
    "report_rows",
]


class LearnerImportService(Service):
    """Learners from a spreadsheet, checked like the learner form, written all at once."""

    def __init__(self, database, changes, learners: LearnerService):
        super().__init__(database, changes)
        self._learners = learners

    def read(self, path: str | Path) -> ImportFile:
        """The rows of the file and the guessed mapping (column index -> learner field)."""
        file = read_file(path)
        file.mapping = guess_mapping(file.headers)
        return file

    def preview(
        self,
        file: ImportFile,
        mapping: dict[int, str] | None = None,
        decisions: dict[int, str] | None = None,
    ) -> ImportPreview:
        """Every row checked and compared; ``decisions`` (row number -> skip / update /
        create) for the duplicates, skip by default. Nothing is written."""
        mapping = check_mapping(file.mapping if mapping is None else mapping)
        rows = [
            check_row(self._learners.validate, number, cells, mapping)
            for number, cells in zip(file.numbers, file.rows, strict=True)
        ]
        mark_duplicates(rows, self._known_keys())
        preview = ImportPreview(file, mapping, rows)
        for number, decision in (decisions or {}).items():
            preview.decide(number, decision)
        return preview

    def _known_keys(self) -> dict[tuple, tuple[int, str]]:
        """Identity keys of every learner of the database (one query: fast on 30,000)."""
        query = select(
            Learner.id, Learner.last_name, Learner.first_name, Learner.birth_date, Learner.email
        ).where(Learner.anonymised_at.is_(None))
        known: dict[tuple, tuple[int, str]] = {}
        with self._db.reading() as s:
            for learner_id, last, first, born, email in s.execute(query):
                data = LearnerData(last_name=last, first_name=first, birth_date=born, email=email)
                name = f"{last.upper()} {first}"
                for key in identity_keys(data):
                    known.setdefault(key, (learner_id, name))
        return known

    def commit(
        self,
        preview: ImportPreview,
        *,
        session_id: int | None = None,
        client_id: int | None = None,
        funder_id: int | None = None,
        funding_scheme: str = "plan",
        subrogation: bool = False,
        agreement_number: str = "",
        confirm: bool = False,
    ) -> ImportResult:
        """Write the rows to import (and the duplicates to update or create) in ONE
        transaction, then enrol them in ``session_id`` when given. Any refusal (a session
        full, a planning conflict) rolls everything back: nothing is written."""
        enrolment = (
            Enrolment(
                session_id,
                client_id,
                funder_id,
                funding_scheme,
                subrogation,
                agreement_number,
                confirm,
            )
            if session_id is not None
            else None
        )
        result = ImportResult()
        with self._db.unit_of_work() as s:
            outcomes, touched = write_rows(s, preview, self._learners.validate)
            if enrolment is not None and touched:
                result.enrolled, result.already_enrolled = enrol_all(s, touched, enrolment)
            result.outcomes = [
                RowOutcome(row, outcome, learner.id if learner is not None else None)
                for row, outcome, learner in outcomes
            ]
        ids = tuple(dict.fromkeys(result.learner_ids))
        if ids:
            related = ("enrollment", "session") if enrolment is not None else ()
            self._emit("learner", ids, "created", *related)
        return result

    def check_enrolment(self, session_id: int, count: int) -> None:
        """Raise the refusal ``commit`` would give for enrolling ``count`` new learners in
        the session (over, cancelled, invoiced, too few places), without writing anything
        (``--dry-run``)."""
        with self._db.reading() as s:
            require_enrolment_possible(s, session_id, count)

    @staticmethod
    def save_report(source: ImportPreview | ImportResult, path: str | Path) -> Path:
        return save_report(source, path)
