"""Excel exports of lists (learners, enrolled learners of a session), fast at office scale."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from copy import copy
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from ..db import Database
from ..documents.engine.xlsx_cells import cell_value, header_text, set_value
from ..errors import NotFoundError
from ..files import atomic_path
from ..model import (
    ENROLLMENT_STATUSES,
    FUNDING_SCHEMES,
    LEARNER_STATUSES,
    Client,
    Enrollment,
    Funder,
    FundingLine,
    Learner,
    Organisation,
    TrainingSession,
)
from ..outputs import checked_output_path
from ..validation import normalise_search

DATE_FORMAT = "DD/MM/YYYY"
DATETIME_FORMAT = "DD/MM/YYYY HH:MM"
FONT_NAME = "Calibri"  # the workbook default: named so that other programs do not substitute
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
LABEL_FONT = Font(name=FONT_NAME, bold=True)
LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
BATCH = 2000  # rows fetched from the database at a time

# (header, column width) of the learner columns, then of the enrollment columns.
LEARNER_COLUMNS = [
    ("Nom", 22), ("Prénom", 18), ("Civilité", 9), ("Date de naissance", 17), ("E-mail", 30),
    ("Téléphone", 16), ("Adresse", 32), ("Code postal", 12), ("Ville", 20), ("Statut", 18),
    ("Employeur", 26), ("Fonction", 22), ("Fiche créée le", 14),
]  # fmt: skip
ENROLLMENT_COLUMNS = [
    ("Inscription", 16), ("Inscrit(e) le", 14), ("Client", 26), ("Financement", 28),
    ("Financeurs", 26),
]  # fmt: skip
LEARNER_FIELDS = (
    Learner.last_name, Learner.first_name, Learner.civility, Learner.birth_date, Learner.email,
    Learner.phone, Learner.address, Learner.postal_code, Learner.city, Learner.status,
    Learner.employer_name, Learner.job_title, Learner.created_at,
)  # fmt: skip
STATUS_INDEX = 9  # position of Learner.status in LEARNER_FIELDS


class ExportService:
    """Writes Excel files from the database (openpyxl in write-only mode)."""

    def __init__(self, database: Database):
        self.database = database

    def learners_xlsx(self, out: Path, *, text: str = "", session_id: int | None = None) -> Path:
        """All learners matching ``text``, or the learners enrolled in one session, to ``out``.

        For a session, the enrollment status, enrollment date, client, funding scheme and
        funders are added. The file replaces ``out`` only once completely written.
        """
        out = checked_output_path(out, suffix=".xlsx")
        with self.database.reading() as s:
            org_name = s.scalar(select(Organisation.name).order_by(Organisation.id)) or ""
            if session_id is None:
                title, columns = "Apprenants", LEARNER_COLUMNS
                rows = self._learner_rows(s, text)
            else:
                session = s.get(TrainingSession, session_id)
                if session is None:
                    raise NotFoundError("Cette session n'existe plus : actualisez la liste.")
                title = f"Apprenants de la session {session.code} – {session.course.title}"
                columns = LEARNER_COLUMNS + ENROLLMENT_COLUMNS
                rows = self._enrollment_rows(s, session_id, text)
            workbook = Workbook(write_only=True)
            data_sheet = workbook.create_sheet("Inscrits" if session_id else "Apprenants")
            _print_setup(data_sheet, f"{org_name} – {title}")  # before any row is written
            count = _write_table(data_sheet, columns, rows)
            _write_about(workbook.create_sheet("Informations"), org_name, title, text, count)
            with atomic_path(out) as temp:
                workbook.save(temp)
        return out

    @staticmethod
    def _filtered(query: Select, text: str) -> Select:
        for word in normalise_search(text).split():
            query = query.where(Learner.search_text.contains(word, autoescape=True))
        return query

    def _learner_rows(self, s: Session, text: str) -> Iterator[list]:
        query = select(*LEARNER_FIELDS).order_by(Learner.last_name, Learner.first_name, Learner.id)
        for row in s.execute(self._filtered(query, text).execution_options(yield_per=BATCH)):
            yield _learner_values(row)

    def _enrollment_rows(self, s: Session, session_id: int, text: str) -> Iterator[list]:
        funders: dict[int, list[str]] = {}
        funding = (
            select(FundingLine.enrollment_id, Funder.name)
            .join(Funder, Funder.id == FundingLine.funder_id)
            .join(Enrollment, Enrollment.id == FundingLine.enrollment_id)
            .where(Enrollment.session_id == session_id)
            .order_by(FundingLine.id)
        )
        for enrollment_id, name in s.execute(funding):
            funders.setdefault(enrollment_id, []).append(name)
        query = (
            select(*LEARNER_FIELDS, Enrollment.id, Enrollment.status, Enrollment.enrolled_on,
                   Client.name, Enrollment.funding_scheme)
            .join(Enrollment, Enrollment.learner_id == Learner.id)
            .outerjoin(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.session_id == session_id)
            .order_by(Learner.last_name, Learner.first_name, Learner.id)
        )  # fmt: skip
        for row in s.execute(self._filtered(query, text).execution_options(yield_per=BATCH)):
            enrollment_id, status, enrolled_on, client, scheme = row[len(LEARNER_FIELDS) :]
            yield _learner_values(row[: len(LEARNER_FIELDS)]) + [
                ENROLLMENT_STATUSES.get(status, status),
                enrolled_on,
                client or "",
                FUNDING_SCHEMES.get(scheme, scheme),
                ", ".join(funders.get(enrollment_id, [])),
            ]


def _learner_values(row: Sequence) -> list:
    values = list(row)
    values[STATUS_INDEX] = LEARNER_STATUSES.get(values[STATUS_INDEX], values[STATUS_INDEX])
    created = values[-1]
    values[-1] = created.date() if isinstance(created, dt.datetime) else created
    return values


def _write_table(
    sheet: WriteOnlyWorksheet, columns: Sequence[tuple[str, int]], rows: Iterator[list]
) -> int:
    """Bold frozen header, widths, filter; dates as real Excel dates. Returns the row count."""
    for index, (_, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    header = []
    for name, _ in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        header.append(cell)
    sheet.append(header)
    count = 0
    cell = _Cells(sheet)
    for values in rows:
        sheet.append([cell(value) for value in values])
        count += 1
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    return count


def _print_setup(sheet: WriteOnlyWorksheet, header: str) -> None:
    """Landscape, as wide as the page, header row repeated, named and numbered pages."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages as needed down
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.center.text = header_text(header)
    sheet.oddFooter.left.text = f"Exporté le {dt.date.today():%d/%m/%Y}"
    sheet.oddFooter.right.text = "Page &P / &N"


class _Cells:
    """Turns values into cells of one sheet: dates get a date format, empty values no cell.

    Text goes through the shared cell writer: a name such as ``=1+1`` stays text.
    """

    def __init__(self, sheet: WriteOnlyWorksheet):
        self.sheet = sheet
        self.styles: dict[bool, StyleArray] = {}
        for with_time, number_format in ((False, DATE_FORMAT), (True, DATETIME_FORMAT)):
            model = WriteOnlyCell(sheet)
            model.number_format = number_format
            self.styles[with_time] = model._style

    def __call__(self, value):
        if isinstance(value, dt.date):
            cell = WriteOnlyCell(self.sheet, value=value)
            # Copying a ready-made style is cheaper than setting number_format on each cell.
            cell._style = copy(self.styles[isinstance(value, dt.datetime)])
            return cell
        if value == "":
            return None  # an empty cell is not written: faster
        return cell_value(self.sheet, value)


def _write_about(
    sheet: WriteOnlyWorksheet, org_name: str, title: str, text: str, count: int
) -> None:
    """The sheet saying whose data this is, what was exported and when."""
    sheet.column_dimensions["A"].width = 20
    sheet.column_dimensions["B"].width = 90
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    now = dt.datetime.now().replace(second=0, microsecond=0)
    heading = set_value(WriteOnlyCell(sheet), org_name or "Organisme de formation")
    heading.font = TITLE_FONT
    sheet.append([heading])
    sheet.append([])
    lines = [
        ("Contenu", title),
        ("Exporté le", now),
        ("Filtre", text.strip() or "aucun"),
        ("Nombre de lignes", count),
        ("Produit par", "Formadesk"),
    ]
    make = _Cells(sheet)
    for label, value in lines:
        label_cell = WriteOnlyCell(sheet, value=label)
        label_cell.font = LABEL_FONT
        value_cell = make(value)
        if not isinstance(value_cell, Cell):
            value_cell = set_value(WriteOnlyCell(sheet), value_cell)
        value_cell.alignment = LEFT
        sheet.append([label_cell, value_cell])
