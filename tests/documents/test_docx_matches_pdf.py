"""Word says what the PDF says: each Word file converted by LibreOffice, as a colleague opens it."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader
from sqlalchemy import select
from test_before_support import enrich
from test_billing_invoice import billing  # noqa: F401, F811  (the invoiced session)

from formadesk.core.model import Attendance, Enrollment, Slot, TrainingSession
from tests.libreoffice import convert_to_pdf

MM = 72 / 25.4  # PDF points per millimetre


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def page_sizes_mm(path) -> list[tuple[int, int]]:
    boxes = [page.mediabox for page in PdfReader(str(path)).pages]
    return [(round(float(box.width) / MM), round(float(box.height) / MM)) for box in boxes]


def word(desk, kind: str, session_id: int, **targets):
    (path,) = desk.documents.generate(kind, session_id, file_format="docx", **targets)
    return path


def test_word_contract_holds_the_nature_the_drop_out_cases_and_disputes(desk, seeded, tmp_path):
    ids = enrich(desk, seeded)
    path = word(desk, "contrat", ids["session"], enrollment_ids=[seeded["marc"]])

    text = pdf_text(convert_to_pdf(path, tmp_path / "pdf"))

    for expected in [
        "Action de formation au sens de l'article L6313-1 du Code du travail",
        "Article 9 – Interruption, abandon",
        "En cas d'abandon en cours de formation pour un autre motif",
        "au prorata des heures effectivement dispensées",
        "Article 10 – Différends",
        "tout différend relève des tribunaux compétents",
        "délai de 10 jours pour se rétracter",
        "375,00 € au maximum (30 % du prix)",
    ]:
        assert expected in text, expected


@pytest.mark.parametrize("kind", ["emargement_paysage", "liste_participants", "chevalets"])
def test_landscape_kinds_are_landscape_in_word_too(desk, seeded, tmp_path, kind):
    path = word(desk, kind, seeded["session"])

    sizes = page_sizes_mm(convert_to_pdf(path, tmp_path / "pdf"))

    assert sizes and set(sizes) == {(297, 210)}, sizes


def test_table_columns_keep_their_widths_in_the_grid_and_the_cells(desk, seeded, tmp_path):
    path = word(desk, "liste_participants", seeded["session"])

    table = Document(str(path)).tables[0]  # the learners enrolled (then the others)
    grid = [round(column.width.mm) for column in table.columns]
    cells = [round(cell.width.mm) for cell in table.rows[-1].cells]
    layout = table._tbl.tblPr.find(qn("w:tblLayout"))

    assert grid == cells == [36, 33, 33, 46, 28, 28, 51]  # the PDF's shares of 257 mm
    assert layout is not None and layout.get(qn("w:type")) == "fixed"
    text = pdf_text(convert_to_pdf(path, tmp_path / "pdf"))
    assert "helene.lefevre@example.fr" in text.replace("\u200b", "").replace("@ ", "@")


@pytest.fixture
def attended(desk, seeded) -> dict[str, int]:
    """The session moved to November 2026 (over), every half-day attended by Hélène."""
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.start_date, session.end_date = dt.date(2026, 11, 2), dt.date(2026, 11, 3)
        for slot in s.scalars(select(Slot).where(Slot.session_id == session.id)):
            slot.date = slot.date - dt.timedelta(days=35)
            s.add(
                Attendance(
                    slot_id=slot.id,
                    enrollment_id=seeded["helene"],
                    status="present",
                    minutes_attended=210,
                )
            )
        s.get(Enrollment, seeded["helene"]).status = "inscrit"
    return seeded


def test_word_certificat_has_the_framed_stamp_box(desk, attended, tmp_path):
    path = word(
        desk, "certificat_realisation", attended["session"], enrollment_ids=[attended["helene"]]
    )

    document = Document(str(path))
    (signature,) = document.tables
    box = signature.rows[0].cells[1].tables[0]
    borders = box.rows[0].cells[0]._tc.tcPr.find(qn("w:tcBorders"))
    assert borders is not None and borders.find(qn("w:top")).get(qn("w:val")) == "single"
    assert round(box.rows[0].height.mm) == 24
    text = pdf_text(convert_to_pdf(path, tmp_path / "pdf"))
    assert "Cachet et signature du responsable du dispensateur de formation" in text
    assert "pour une durée de 14 h." in text


def test_word_invoice_fits_one_page_with_amounts_on_the_right(seeded, billing, tmp_path):  # noqa: F811
    """The client's invoice with its funder's subrogation: two pages in Word before."""
    ids = billing.invoice_session(seeded["session"], issued_on=dt.date(2026, 12, 9))
    path = billing.render_invoice(ids[1], file_format="docx")

    pdf = convert_to_pdf(path, tmp_path / "pdf")

    assert len(PdfReader(str(pdf)).pages) == 1
    lines = Document(str(path)).tables[0]
    amounts = [lines.rows[-1].cells[i].paragraphs[0].alignment for i in (2, 4)]
    assert [str(a) for a in amounts] == ["RIGHT (2)", "RIGHT (2)"]
    text = pdf_text(pdf)
    assert "Net à payer" in text and "Exonérée" in text  # not « Exonéré e »
