"""The BPF as an Excel workbook, and the rows of one of its boxes.

The BPF: one sheet « BPF AAAA » with the cadres one under the other (line code, wording,
figures as real numbers: euros with a currency format, hours as decimal numbers, people as
whole numbers) and the conventions of calculation; a sheet « À vérifier » with the missing
or doubtful data. A box's rows: one sheet, dates as dates, amounts and hours as numbers, a
total line. Every value goes through the one cell writer (``xlsx_cells``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ...files import atomic_path
from ...reporting.bpf_data import FIX_LABELS, BpfReport, line_code
from ...reporting.bpf_trace import Minutes, Money, TypedTrace
from ..engine.xlsx_cells import Formula, append, clean_text, header_text
from ..lists.xlsx import (
    HEADER_FILL,
    HEADER_FONT,
    INVALID_TITLE,
    LABEL_FONT,
    MONEY_FORMAT,
    ORG_FONT,
    TITLE_FONT,
    TOTAL_FONT,
)

HOURS_FORMAT = '#,##0.0# "h"'
DATE_FORMAT = "DD/MM/YYYY"
SECTION_FONT = Font(name="Calibri", bold=True, size=12, color="1F3A5F")
SECTION_FILL = PatternFill("solid", fgColor="E6ECF3")
WRAP = Alignment(vertical="top", wrap_text=True)


def _hours(minutes: int) -> float:
    return round(minutes / 60, 2)


def _style_last(sheet, font=None, fill=None, formats: dict[int, str] | None = None) -> None:
    row = sheet.max_row
    for cell in sheet[row]:
        if font is not None:
            cell.font = font
        if fill is not None:
            cell.fill = fill
        if formats and cell.column in formats:
            cell.number_format = formats[cell.column]


def _main_sheet(sheet, report: BpfReport) -> None:
    sheet.title = f"BPF {report.year}"
    append(sheet, [report.organisation])
    _style_last(sheet, ORG_FONT)
    append(sheet, [f"Bilan pédagogique et financier (cerfa 10443) — exercice {report.year}"])
    _style_last(sheet, TITLE_FONT)
    facts = [
        ("Exercice", f"du {report.start:%d/%m/%Y} au {report.end:%d/%m/%Y}"),
        ("N° de déclaration d'activité", report.nda or "non renseigné"),
        ("SIRET", report.siret or "non renseigné"),
    ]
    if report.provisional:
        facts.append(("Attention", report.provisional))
    for label, value in facts:
        append(sheet, [label, value])
        sheet.cell(sheet.max_row, 1).font = LABEL_FONT
    for section in report.sections:
        append(sheet, [])
        append(sheet, [section.title])
        _style_last(sheet, SECTION_FONT)
        append(sheet, ["Ligne", "Libellé", *section.columns])
        _style_last(sheet, HEADER_FONT, HEADER_FILL)
        for line in section.lines:
            values = []
            formats = {}
            for column, (value, kind) in enumerate(zip(line.values, line.kinds, strict=True), 3):
                if kind == "euros":
                    values.append(value / 100)
                    formats[column] = MONEY_FORMAT
                elif kind == "minutes":
                    values.append(_hours(value))
                    formats[column] = HOURS_FORMAT
                else:
                    values.append(value)
            append(sheet, [line_code(line.box), line.label, *values])
            total = line.box.endswith("total")
            _style_last(sheet, TOTAL_FONT if total else None, formats=formats)
            sheet.cell(sheet.max_row, 2).alignment = WRAP
        if section.code == "C":
            append(sheet, ["", "Part du chiffre d'affaires global", "non calculée"])
    append(sheet, [])
    append(sheet, ["Conventions de calcul"])
    _style_last(sheet, SECTION_FONT)
    for number, note in enumerate(report.notes, start=1):
        append(sheet, [number, note])
        cell = sheet.cell(sheet.max_row, 2)
        cell.alignment = WRAP
        sheet.row_dimensions[sheet.max_row].height = 15 * (1 + len(note) // 95)
    for column, width in zip("ABCD", (16, 100, 18, 20), strict=True):
        sheet.column_dimensions[column].width = width
    _print_setup(sheet, report.organisation, f"BPF {report.year}")


def _missing_sheet(sheet, report: BpfReport) -> None:
    sheet.title = "À vérifier"
    append(sheet, [report.organisation])
    _style_last(sheet, ORG_FONT)
    append(sheet, [f"BPF {report.year} : à vérifier avant de déclarer ({len(report.missing)})"])
    _style_last(sheet, TITLE_FONT)
    append(sheet, [])
    append(sheet, ["N°", "Point à vérifier", "Correction"])
    _style_last(sheet, HEADER_FONT, HEADER_FILL)
    head = sheet.max_row
    for number, item in enumerate(report.missing, start=1):
        append(sheet, [number, item.text, FIX_LABELS.get(item.fix, item.fix)])
        sheet.cell(sheet.max_row, 2).alignment = WRAP
        sheet.row_dimensions[sheet.max_row].height = 15 * (1 + len(item.text) // 95)
    if not report.missing:
        append(sheet, ["", "Rien à signaler."])
    for column, width in zip("ABC", (6, 100, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = f"A{head + 1}"
    _print_setup(sheet, report.organisation, f"BPF {report.year} — à vérifier")


def _print_setup(sheet, org: str, title: str) -> None:
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.oddHeader.center.text = header_text(f"{org} – {title}")
    sheet.oddFooter.left.text = f"Édité le {dt.date.today():%d/%m/%Y}"
    sheet.oddFooter.right.text = "Page &P / &N"


def write_bpf_xlsx(report: BpfReport, out: Path) -> Path:
    """Write the BPF workbook at ``out`` (replaced only once fully written); return ``out``."""
    book = Workbook()
    _main_sheet(book.active, report)
    _missing_sheet(book.create_sheet(), report)
    with atomic_path(out) as temp:
        book.save(temp)
    return out


def write_trace_xlsx(trace: TypedTrace, org: str, period: str, out: Path) -> Path:
    """The rows behind one box of the BPF, with a total line; return ``out``."""
    book = Workbook()
    sheet = book.active
    sheet.title = clean_text(f"BPF {trace.box}").translate(INVALID_TITLE)[:31]
    append(sheet, [org])
    _style_last(sheet, ORG_FONT)
    append(sheet, [trace.title])
    _style_last(sheet, TITLE_FONT)
    append(sheet, [period])
    append(sheet, [])
    append(sheet, list(trace.columns))
    _style_last(sheet, HEADER_FONT, HEADER_FILL)
    head = sheet.max_row
    formats: dict[int, str] = {}
    widths = [len(title) + 2 for title in trace.columns]
    for row in trace.rows:
        values: list[object] = []
        for column, cell in enumerate(row, start=1):
            if isinstance(cell, Money):
                values.append(cell.cents / 100)
                formats[column] = MONEY_FORMAT
            elif isinstance(cell, Minutes):
                values.append(_hours(cell.minutes))
                formats[column] = HOURS_FORMAT
            elif isinstance(cell, dt.date):
                values.append(cell)
                formats[column] = DATE_FORMAT
            else:
                values.append(cell)
            widths[column - 1] = max(widths[column - 1], min(len(str(values[-1])) + 2, 60))
        append(sheet, values)
        _style_last(sheet, formats=formats)
    last = sheet.max_row
    if trace.rows:
        totals: list[object] = [f"Total ({len(trace.rows)} lignes)"]
        for column in range(2, len(trace.columns) + 1):
            summed = formats.get(column) in (MONEY_FORMAT, HOURS_FORMAT)
            letter = get_column_letter(column)
            totals.append(Formula(f"=SUM({letter}{head + 1}:{letter}{last})") if summed else "")
        append(sheet, totals)
        _style_last(sheet, TOTAL_FONT, formats=formats)
        sheet.auto_filter.ref = f"A{head}:{get_column_letter(len(trace.columns))}{last}"
    else:
        append(sheet, ["Aucune ligne ne compte dans ce chiffre pour cet exercice."])
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = f"A{head + 1}"
    _print_setup(sheet, org, trace.title)
    sheet.page_setup.orientation = "landscape"
    with atomic_path(out) as temp:
        book.save(temp)
    return out
