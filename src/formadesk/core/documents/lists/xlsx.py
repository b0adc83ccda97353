"""Excel output of the lists: a titled sheet per table, ready to filter, sort and print.

Each sheet starts with the office's name, the title and a few facts (session, dates …), then
a bold coloured header row that stays frozen on screen and is repeated on printed pages.
Amounts are real numbers in euros with a currency format, so that the office can sum them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ...files import atomic_path
from ..engine.xlsx_cells import clean_text, fit_row_height, header_text, put

FONT_NAME = "Calibri"
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
ORG_FONT = Font(name=FONT_NAME, bold=True, color="1F3A5F")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
LABEL_FONT = Font(name=FONT_NAME, bold=True)
TOTAL_FONT = Font(name=FONT_NAME, bold=True)
WRAP = Alignment(vertical="top", wrap_text=True)
MONEY_FORMAT = '#,##0.00 "€"'
INVALID_TITLE = str.maketrans({c: "-" for c in "[]:*?/\\"})


@dataclass
class SheetSpec:
    """One sheet: its name, a title, facts above the table, the table, an optional total."""

    name: str  # the tab, at most 31 characters
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[object]]
    widths: Sequence[int]
    facts: Sequence[tuple[str, str]] = ()
    money_columns: set[int] = field(default_factory=set)  # 0-based; values in cents
    total: Sequence[object] | None = None  # a last bold line (cents in money columns)


def _value(value: object, money: bool) -> object:
    if money and isinstance(value, int):
        return value / 100
    return value


def _put(sheet: Worksheet, row: int, values: Sequence[object]) -> None:
    for col, value in enumerate(values, start=1):
        put(sheet, row, col, value)  # user text stays text (no formula)


def _write(sheet: Worksheet, org_name: str, spec: SheetSpec) -> None:
    sheet.title = clean_text(spec.name).translate(INVALID_TITLE)[:31]
    put(sheet, 1, 1, org_name).font = ORG_FONT
    put(sheet, 2, 1, spec.title).font = TITLE_FONT
    row = 2
    for label, value in spec.facts:
        if value:
            row += 1
            _put(sheet, row, (label, value))
            sheet.cell(row, 1).font = LABEL_FONT
    head = row + 2  # a blank line, then the header
    _put(sheet, head, spec.header)
    for cell in sheet[head]:
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    fit_row_height(sheet, head, spec.widths)
    lines = list(spec.rows) + ([spec.total] if spec.total is not None else [])
    for row, values in enumerate(lines, start=head + 1):
        _put(sheet, row, [_value(v, i in spec.money_columns) for i, v in enumerate(values)])
        for index in range(1, len(spec.header) + 1):
            cell = sheet.cell(row, index)
            cell.alignment = WRAP
            if index - 1 in spec.money_columns:
                cell.number_format = MONEY_FORMAT
            if spec.total is not None and values is spec.total:
                cell.font = TOTAL_FONT
        fit_row_height(sheet, row, spec.widths)  # wrapped names do not cover the next row
    for index, width in enumerate(spec.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    last_col = get_column_letter(len(spec.header))
    sheet.freeze_panes = f"A{head + 1}"
    sheet.auto_filter.ref = f"A{head}:{last_col}{head + len(spec.rows)}"
    sheet.print_title_rows = f"{head}:{head}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.oddHeader.center.text = header_text(f"{org_name} – {spec.title}")
    sheet.oddFooter.left.text = f"Édité le {dt.date.today():%d/%m/%Y}"
    sheet.oddFooter.right.text = "Page &P / &N"


def write_workbook(out: Path, org_name: str, sheets: Sequence[SheetSpec]) -> Path:
    """Write ``sheets`` into one workbook at ``out`` (replaced only once fully written)."""
    book = Workbook()
    for index, spec in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        _write(sheet, org_name, spec)
    with atomic_path(out) as temp:
        book.save(temp)
    return out
