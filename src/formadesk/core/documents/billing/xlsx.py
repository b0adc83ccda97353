"""Journal des ventes: every invoice, credit note and dédit of a year in one Excel sheet.

What the accountant asks for: numbers in order (gaps would show), dates, payer, session,
amounts before and after VAT as numbers (sums work), status and payment date.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from ...files import atomic_path
from ...services.billing_rows import InvoiceRow
from ..engine.xlsx_cells import Formula, append

FONT_NAME = "Calibri"
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
TITLE_FONT = Font(name=FONT_NAME, bold=True, size=14)
BOLD = Font(name=FONT_NAME, bold=True)
DATE_FORMAT = "DD/MM/YYYY"
MONEY_FORMAT = '#,##0.00\\ "€";-#,##0.00\\ "€"'
COLUMNS = [
    ("Numéro", 14), ("Type", 17), ("Date", 12), ("Échéance", 12), ("Client / financeur", 34),
    ("Session", 24), ("Total HT", 14), ("TVA", 12), ("Total TTC", 14), ("Statut", 11),
    ("Payée le", 12), ("Annule", 14),
]  # fmt: skip
MONEY_COLUMNS = (7, 8, 9)  # 1-based: Total HT, TVA, Total TTC


def write_sales_journal(rows: list[InvoiceRow], out: Path, *, title: str) -> Path:
    """Write the invoices of ``rows`` (in number order) to ``out``; replaced only when done."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Journal des ventes"
    append(sheet, [title])
    sheet["A1"].font = TITLE_FONT
    sheet.append([])
    append(sheet, [name for name, _ in COLUMNS])
    for index, (_, width) in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=3, column=index)
        cell.font, cell.fill = HEADER_FONT, HEADER_FILL
        cell.alignment = Alignment(vertical="center")
        sheet.column_dimensions[cell.column_letter].width = width
    for row in rows:
        append(
            sheet,
            [
                row.number,
                row.kind_label,
                row.issued_on,
                row.due_on,
                row.payer_name,
                row.session_code,
                row.total_ht_cents / 100,
                row.total_vat_cents / 100,
                row.total_ttc_cents / 100,
                row.status_label,
                row.paid_on,
                row.cancels_number,
            ],
        )
    last = sheet.max_row
    append(sheet, ["Total", *[""] * 5, *[Formula(f"=SUM({c}4:{c}{last})") for c in "GHI"]])
    for cell in sheet[sheet.max_row]:
        cell.font = BOLD
    for line in sheet.iter_rows(min_row=4):
        for column in (3, 4, 11):
            line[column - 1].number_format = DATE_FORMAT
        for column in MONEY_COLUMNS:
            line[column - 1].number_format = MONEY_FORMAT
    sheet.freeze_panes = "A4"
    sheet.auto_filter.ref = f"A3:L{max(last, 3)}"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # one page wide, as many as needed
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    with atomic_path(Path(out)) as temp:
        workbook.save(temp)
    return Path(out)
