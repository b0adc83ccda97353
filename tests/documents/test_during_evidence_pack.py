"""« Preuves de présence »: cover, signed sheet and every scan of a session in one PDF."""

from __future__ import annotations

import pytest
from attendance_docs import AFTER, pdf_text, signed_session
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.errors import BusinessRuleError
from tests.core.attendance_factories import held_session


def paper_scan(tmp_path):
    """A two-page PDF scan and a photographed sheet (JPEG)."""
    pdf = tmp_path / "feuilles lundi.pdf"
    canvas = Canvas(str(pdf))
    for page in (1, 2):
        canvas.drawString(100, 700, f"Feuille papier signée, page {page}")
        canvas.showPage()
    canvas.save()
    photo = tmp_path / "photo mardi.jpg"
    Image.new("RGB", (900, 600), "white").save(photo)
    return pdf, photo


def test_the_sheet_and_every_scan_follow_a_cover_that_lists_them_and_the_gaps(office, tmp_path):
    held = signed_session(office, half_days=3)  # Tuesday afternoon: nobody signed on screen
    pdf, photo = paper_scan(tmp_path)
    office.attendance.attach_scan(held.session_id, pdf, held.slots[:2], today=AFTER)
    office.attendance.attach_scan(held.session_id, photo, held.slots[2:3], today=AFTER)
    (sheet,) = office.documents.generate("emargement_signe", held.session_id, out_dir=tmp_path)
    (pack,) = office.documents.generate("preuves_presence", held.session_id, out_dir=tmp_path)

    sheet_pages = len(PdfReader(sheet).pages)
    reader = PdfReader(pack)
    assert len(reader.pages) == 1 + sheet_pages + 2 + 1  # cover, sheet, PDF scan, photo
    cover = pdf_text(pack).split("Feuille d'émargement signée Formation")[0]
    assert "Feuille d'émargement signée à l'écran (3 demi-journées) : page 2" in cover
    start = 2 + sheet_pages
    assert "« feuilles lundi.pdf »" in cover and f"pages {start} à {start + 1}" in cover
    assert "« photo mardi.jpg »" in cover and f"page {start + 2}" in cover
    gap = "mardi 3 novembre 2026 après-midi : 2 présences non saisies ; ni signature à l'écran"
    assert gap in cover
    assert "Feuille papier signée, page 2" in reader.pages[start].extract_text()
    assert reader.pages[-1].images  # the photo, on a page of its own


def test_a_session_without_any_evidence_is_refused(office):
    held = held_session(office)
    with pytest.raises(BusinessRuleError, match="aucune preuve de présence"):
        office.documents.generate("preuves_presence", held.session_id)
