"""The import's Excel workbooks: the list of learners read (read-only mode, date cells
kept as dates) and the row report written through the one cell writer."""

from __future__ import annotations

from pathlib import Path

from .commit import ImportResult
from .preview import DECISIONS, DUPLICATE, STATUS_LABELS, ImportPreview
from .reading import Cell, cell_text

HEADERS = ("Ligne", "Nom", "Prénom", "E-mail", "Statut", "Motif", "Décision")
WIDTHS = (8, 24, 20, 32, 18, 70, 18)


def read_xlsx(path: Path) -> list[tuple[int, list[Cell]]]:
    """(line number, cells) of the first sheet, each value through ``cell_text``."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = book.worksheets[0]
        return [
            (number, [cell_text(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        book.close()


def report_rows(source: ImportPreview | ImportResult) -> list[tuple]:
    """One tuple per row of the file: line, names, e-mail, status, reason, decision."""
    if isinstance(source, ImportResult):
        return [
            (
                o.row.number,
                o.row.data.last_name,
                o.row.data.first_name,
                o.row.data.email,
                STATUS_LABELS[o.row.status],
                o.row.reason,
                o.label,
            )
            for o in source.outcomes
        ]
    return [
        (
            r.number,
            r.data.last_name,
            r.data.first_name,
            r.data.email,
            STATUS_LABELS[r.status],
            r.reason,
            DECISIONS[r.decision] if r.status == DUPLICATE else "",
        )
        for r in source.rows
    ]


def save_report(source: ImportPreview | ImportResult, path: str | Path) -> Path:
    """Write the report to ``path`` (.xlsx); user text goes through the one cell writer."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    from ...documents.engine.xlsx_cells import append
    from ...outputs import checked_output_path

    path = checked_output_path(Path(path), suffix=".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = "Import des apprenants"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for values in report_rows(source):
        append(sheet, values)
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    book.save(path)
    return path
