"""Excel output of the documents sent before a training: one sheet, a title, facts, a table.

Amounts are written as numbers (euros) with a euro format so that the office can add them up;
the file is replaced only once fully written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from ...files import atomic_path
from ..engine.xlsx_cells import append, clean_text, fit_row_height

FONT_NAME = "Calibri"
EURO_FORMAT = '#,##0.00\\ "€"'
HOURS_FORMAT = "0.00"
TITLE = Font(name=FONT_NAME, bold=True, size=14, color="1F3A5F")
BOLD = Font(name=FONT_NAME, bold=True)
MUTED = Font(name=FONT_NAME, italic=True, color="5A6270")
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
LABEL_FILL = PatternFill("solid", fgColor="E6ECF3")
WRAP = Alignment(vertical="top", wrap_text=True)
THIN = Border(bottom=Side(style="thin", color="C3CCD6"))

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    """A column of the table: header, width in characters, and number format ("" = text)."""

    header: str
    width: float
    number_format: str = ""


def euros(cents: int) -> float:
    """Cents as euros for a spreadsheet cell (formatted with EURO_FORMAT)."""
    return cents / 100


def write_sheet(
    out: Path,
    *,
    sheet: str,
    title: str,
    facts: Sequence[tuple[str, Cell]],
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    totals: Sequence[tuple[str, Cell, str]] = (),
    notes: Sequence[str] = (),
) -> Path:
    """One sheet: a title, label/value facts, a table with a header row, totals, then notes.

    ``totals`` are (label, value, number format) rows written under the last column.
    """
    book = Workbook()
    ws = book.active
    ws.title = clean_text(sheet)[:31]
    append(ws, [title])
    ws.cell(1, 1).font = TITLE
    ws.append([])
    for label, value in facts:
        append(ws, [label, value])
        ws.cell(ws.max_row, 1).font = BOLD
        ws.cell(ws.max_row, 1).fill = LABEL_FILL
        ws.cell(ws.max_row, 2).alignment = Alignment(vertical="top", wrap_text=False)
    ws.append([])
    append(ws, [c.header for c in columns])
    header_row = ws.max_row
    for index in range(1, len(columns) + 1):
        cell = ws.cell(header_row, index)
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
    widths = [column.width for column in columns]
    fit_row_height(ws, header_row, widths)
    for row in rows:
        append(ws, row)
        for index, column in enumerate(columns, start=1):
            cell = ws.cell(ws.max_row, index)
            cell.alignment, cell.border = WRAP, THIN
            if column.number_format:
                cell.number_format = column.number_format
        fit_row_height(ws, ws.max_row, widths)  # wrapped labels do not cover the next row
    last = len(columns)
    for label, value, number_format in totals:
        append(ws, [None] * (last - 2) + [label, value])
        ws.cell(ws.max_row, last - 1).font = BOLD
        cell = ws.cell(ws.max_row, last)
        cell.font = BOLD
        if number_format:
            cell.number_format = number_format
    if notes:
        ws.append([])
    for note in notes:
        append(ws, [note])
        ws.cell(ws.max_row, 1).font = MUTED
    for index, column in enumerate(columns, start=1):
        ws.column_dimensions[ws.cell(1, index).column_letter].width = column.width
    ws.freeze_panes = ws.cell(header_row + 1, 1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    with atomic_path(out) as temp:
        book.save(temp)
    return out
