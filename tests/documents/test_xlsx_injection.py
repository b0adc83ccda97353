"""Spreadsheets cannot attack their reader: user text that looks like a formula stays text.

Every Excel file that shows a learner, a client, a room or a trainer is written for learners
named ``=1+1`` and ``=HYPERLINK(...)``, living in ``=cmd|' /C calc'!A0``, employed by
``@SUM(1)``, then read back as the office would see it: converted by LibreOffice to CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update
from test_before_support import enrich

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.documents.engine.xlsx_cells import Formula, fit_row_height, is_risky, put
from formadesk.core.model import (
    Attendance,
    Client,
    Enrollment,
    Learner,
    Organisation,
    Room,
    Slot,
    Trainer,
)
from formadesk.core.services.billing import BillingService
from formadesk.core.services.planning_export import PlanningExportService
from tests.libreoffice import SOFFICE, convert_to_pdf

ONE_PLUS_ONE = "=1+1"
HYPERLINK = '=HYPERLINK("http://x","y")'
DDE = "=cmd|' /C calc'!A0"
AT_SUM = "@SUM(1)"
PHONE = "+33 6 12 34 56 78"
LITERALS = [ONE_PLUS_ONE, HYPERLINK, DDE, AT_SUM]
# All sheets, UTF-8, values as computed (a live formula would show its result, "2" or "y").
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def lo_cells(path: Path, out_dir: Path) -> list[list[str]]:
    """Every row of every sheet of ``path`` as LibreOffice computes and shows it."""
    if SOFFICE is None:
        pytest.skip("LibreOffice n'est pas installé")
    out_dir.mkdir(parents=True, exist_ok=True)
    profile = (out_dir / "lo-profile").resolve().as_uri()
    command = [SOFFICE, f"-env:UserInstallation={profile}", "--headless"]
    command += ["--convert-to", CSV_FILTER, "--outdir", str(out_dir), str(path)]
    subprocess.run(command, capture_output=True, timeout=180, check=True)
    sheets = sorted(out_dir.glob(f"{path.stem}*.csv"))
    assert sheets, f"LibreOffice did not convert {path.name}"
    rows: list[list[str]] = []
    for sheet in sheets:
        rows += list(csv.reader(sheet.open(encoding="utf-8", newline="")))
    return rows


def formula_cells(path: Path) -> list[str]:
    """The coordinates and text of every cell stored as a formula."""
    book = load_workbook(path)
    return [
        f"{sheet.title}!{cell.coordinate} {cell.value}"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def assert_shown_literally(path: Path, out_dir: Path, literals: list[str]) -> list[list[str]]:
    rows = lo_cells(path, out_dir)
    shown = {value for row in rows for value in row}
    hidden = [text for text in literals if not any(v.startswith(text) for v in shown)]
    assert hidden == [], path.name  # a cell shows the text (maybe followed by more words)
    assert "y" not in shown, "=HYPERLINK(...) ran as a formula"
    return rows


@pytest.fixture
def hostile(desk, seeded) -> dict[str, int]:
    """The seeded session, its learners, client, room and trainer named like formulas."""
    ids = enrich(desk, seeded)
    with desk.database.unit_of_work() as s:
        helene = s.get(Learner, seeded["helene_learner"])
        helene.last_name, helene.first_name = ONE_PLUS_ONE, HYPERLINK
        helene.city, helene.employer_name, helene.phone = DDE, AT_SUM, PHONE
        marc = s.get(Learner, s.get(Enrollment, seeded["marc"]).learner_id)
        marc.last_name, marc.phone = HYPERLINK, "06 12 34 56 78"
        s.get(Client, ids["client"]).name = ONE_PLUS_ONE
        s.scalar(select(Room)).name = ONE_PLUS_ONE
        s.scalar(select(Room)).site = "-2+3"
        s.scalar(select(Trainer)).first_name = AT_SUM
        s.get(Enrollment, seeded["helene"]).price_cents = 125000
    with desk.database.unit_of_work() as s:  # saved before inputs were checked: no guard
        bell = "3 allée\x07 des Châtaigniers"
        s.execute(update(Learner).where(Learner.id == helene.id).values(address=bell))
    return ids


def test_learner_exports_show_the_names_as_typed(desk, hostile, tmp_path):
    everyone = desk.exports.learners_xlsx(tmp_path / "apprenants.xlsx")
    enrolled = desk.exports.learners_xlsx(tmp_path / "inscrits.xlsx", session_id=hostile["session"])

    for path in (everyone, enrolled):
        assert formula_cells(path) == []
        rows = assert_shown_literally(path, tmp_path / path.stem, [*LITERALS, PHONE])
        helene = next(row for row in rows if row[:2] == [ONE_PLUS_ONE, HYPERLINK])
        assert "3 allée des Châtaigniers" in helene  # the control character is gone
    sheet = load_workbook(enrolled).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == ONE_PLUS_ONE)
    assert row[header.index("Client")].value == ONE_PLUS_ONE
    assert row[header.index("Date de naissance")].is_date  # dates stay real dates


def test_printed_page_header_shows_an_ampersand_of_the_office_name(desk, hostile, tmp_path):
    with desk.database.unit_of_work() as s:
        s.scalar(select(Organisation)).name = "Dupont & Fils &P"
    path = desk.exports.learners_xlsx(tmp_path / "apprenants.xlsx")

    pdf = convert_to_pdf(path, tmp_path / "lo")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Dupont & Fils &P – Apprenants" in text  # "&" is not a page-header code


@pytest.mark.parametrize(
    ("kind", "literals"),
    [
        ("liste_participants", [ONE_PLUS_ONE, HYPERLINK, PHONE]),
        ("liste_session", [ONE_PLUS_ONE, HYPERLINK, AT_SUM]),
        ("liste_client", [ONE_PLUS_ONE, HYPERLINK]),
        ("devis", [ONE_PLUS_ONE]),
        ("ordre_mission", [ONE_PLUS_ONE]),  # the room: "=1+1 (-2+3)"
    ],
)
def test_document_spreadsheets_show_the_names_as_typed(desk, hostile, tmp_path, kind, literals):
    paths = desk.documents.generate(kind, hostile["session"], file_format="xlsx")

    for path in paths:
        assert formula_cells(path) == []
        assert_shown_literally(path, tmp_path / path.stem, literals)
        numbers = [
            cell.value
            for sheet in load_workbook(path).worksheets
            for row in sheet.iter_rows()
            for cell in row
            if cell.data_type == "n" and cell.value is not None
        ]
        assert numbers, "amounts and hours stay numbers that the office can add up"


def test_sales_journal_shows_the_client_as_typed_and_keeps_its_totals(desk, hostile, tmp_path):
    with desk.database.unit_of_work() as s:  # funders are invoiced on the hours attended
        session_id = hostile["session"]
        enrollments = s.scalars(select(Enrollment.id).where(Enrollment.session_id == session_id))
        slots = s.scalars(select(Slot.id).where(Slot.session_id == session_id)).all()
        s.add_all(Attendance(slot_id=i, enrollment_id=e) for e in enrollments for i in slots)
    billing = BillingService(desk.database, desk.changes)
    billing.invoice_session(hostile["session"], issued_on=dt.date(2026, 12, 10))
    path = billing.sales_journal(tmp_path / "journal.xlsx", year=2026)

    formulas = [text.rsplit(" ", 1)[1] for text in formula_cells(path)]
    assert [f[:5] for f in formulas] == ["=SUM("] * 3  # the journal's own totals only
    rows = assert_shown_literally(path, tmp_path / "lo", [ONE_PLUS_ONE])
    assert [row[4] for row in rows if ONE_PLUS_ONE in row] == [ONE_PLUS_ONE]  # the payer
    total = next(row for row in rows if row and row[0] == "Total")
    assert float(total[8]) > 0  # the sum still computes


def test_planning_export_shows_rooms_and_sites_as_typed(desk, hostile, tmp_path):
    path = PlanningExportService(desk.database).xlsx(
        tmp_path / "planning.xlsx", start=dt.date(2026, 12, 7), end=dt.date(2026, 12, 8)
    )

    assert formula_cells(path) == []
    assert_shown_literally(path, tmp_path / "lo", [ONE_PLUS_ONE, "-2+3"])


def test_the_cell_writer_keeps_numbers_dates_and_phones(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    values = [3, 2.5, dt.date(2026, 12, 7), PHONE, "06 12 34 56 78", "#N/A", "ok\x00\x0b"]
    cells = [put(sheet, 1, column, value) for column, value in enumerate(values, start=1)]
    put(sheet, 2, 1, Formula("=SUM(A1:B1)"))
    path = tmp_path / "mix.xlsx"
    book.save(path)

    assert [c.data_type for c in cells] == ["n", "n", "d", "s", "s", "s", "s"]
    assert [c.value for c in load_workbook(path).active[1]][3:] == [
        PHONE,
        "06 12 34 56 78",
        "#N/A",
        "ok",
    ]
    assert formula_cells(path) == ["Sheet!A2 =SUM(A1:B1)"]
    fit_row_height(sheet, 1, [5] * 7)
    assert sheet.row_dimensions[1].height > 15  # "+33 6 12 …" wraps on several lines
    assert is_risky("\t=1+1") and is_risky("\r=1+1") and not is_risky("Lyon =1+1")
    with pytest.raises(ValueError):
        Formula("SUM(A1)")
