"""The one way a value enters a spreadsheet cell: user text stays text, never a formula.

A learner named ``=HYPERLINK(...)`` or a city ``=cmd|' /C calc'!A0`` would run as a formula in
the office's spreadsheet program (OWASP "CSV injection"). openpyxl turns any string starting
with ``=`` into a formula, so every writer of the program puts its values through this module:

- text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, or equal to an error
  code such as ``#N/A``, is stored as a text cell with the "quote prefix" style, the file
  format's leading apostrophe: Excel and LibreOffice show it as typed, even after editing it;
- characters that XML cannot hold (NUL, BEL, VT ...) are removed instead of stopping the file;
- numbers, dates and times stay real numbers and dates, so that sums and sorting work.

The workbooks' own formulas (a total row) are written with :class:`Formula`, on purpose.
Works with ordinary and write-only worksheets (``Workbook(write_only=True)``).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE

# What makes Excel or LibreOffice read a cell as a formula, a command or an error (OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
HEADER_CODE = "&"  # starts a code (&P page, &D date ...) in page headers and footers
LINE_HEIGHT = 15  # points: one line of 11-point Calibri


@dataclass(frozen=True)
class Formula:
    """A formula written by the program itself (``=SUM(G4:G20)``), never from user data."""

    text: str

    def __post_init__(self) -> None:
        if not self.text.startswith("="):
            raise ValueError(f"a formula starts with '=': {self.text!r}")


def clean_text(text: str) -> str:
    """``text`` without the control characters that an XLSX file cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def is_risky(text: str) -> bool:
    """True when a spreadsheet would not show ``text`` as typed unless forced to text."""
    return text.startswith(FORMULA_TRIGGERS) or text in ERROR_CODES


def set_value(cell: Cell, value: object) -> Cell:
    """Put ``value`` into ``cell``: user text as literal text, numbers and dates as such."""
    if isinstance(value, Formula):
        cell.value = value.text
        return cell
    if not isinstance(value, str):
        cell.value = value
        return cell
    text = clean_text(value)
    cell.value = text
    if is_risky(text):
        cell.data_type = "s"  # openpyxl made it a formula ("f") or an error ("e")
        cell.quotePrefix = True  # the leading apostrophe: stays text when the cell is edited
    return cell


def put(sheet, row: int, column: int, value: object) -> Cell:
    """``sheet.cell(row, column, value)`` through :func:`set_value`; returns the cell."""
    return set_value(sheet.cell(row=row, column=column), value)


def cell_value(sheet, value: object) -> object:
    """What to hand to ``sheet.append`` for ``value``.

    Plain text, numbers and dates go as they are (fast: most values of a big export); risky
    text becomes a ready-made text cell of ``sheet``; a :class:`Formula` its formula text.
    """
    if isinstance(value, Formula):
        return value.text
    if isinstance(value, str):
        text = clean_text(value)
        if is_risky(text):
            return set_value(WriteOnlyCell(sheet), text)
        return text
    return value


def row_values(sheet, values: Iterable[object]) -> list[object]:
    """The values of one row, ready for ``sheet.append`` (see :func:`cell_value`)."""
    return [cell_value(sheet, value) for value in values]


def append(sheet, values: Iterable[object]) -> None:
    """Append one row of values to ``sheet`` (ordinary or write-only) safely."""
    sheet.append(row_values(sheet, values))


def header_text(text: str) -> str:
    """``text`` for a printed page header or footer: ``&`` shown as itself, not as a code."""
    return clean_text(text).replace(HEADER_CODE, HEADER_CODE * 2)


def fit_row_height(sheet, row: int, widths: Sequence[float], *, first_column: int = 1) -> None:
    """Make ``row`` tall enough for the lines of its wrapped text cells.

    Neither LibreOffice nor Excel grows a row when it opens a file: without a height, a long
    name or label wrapped in its cell is drawn over the next row. ``widths`` are the column
    widths in characters, from ``first_column``; the line count is an estimate (characters
    per line), slightly generous rather than short.
    """
    lines = 1
    for column, width in enumerate(widths, start=first_column):
        value = sheet.cell(row=row, column=column).value
        if isinstance(value, str) and value:
            per_line = max(int(width * 1.1) - 2, 1)
            count = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
            lines = max(lines, count)
    if lines > 1:
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines
