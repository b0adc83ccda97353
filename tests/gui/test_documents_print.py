"""Preview and printing of a generated PDF, and the fallback for Word files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel

from formadesk.core import formatting as fmt
from formadesk.gui.dialogs import document_preview
from formadesk.gui.dialogs.document_preview import pdf_backend, preview_file
from formadesk.gui.tabs import documents_print
from formadesk.gui.widgets import desktop
from tests.core.factories import make_course, make_learner, make_session

needs_pdf_pages = pytest.mark.skipif(pdf_backend() is None, reason="neither QtPdf nor pdftoppm")


@pytest.fixture
def merged_pdf(office) -> Path:
    session = make_session(office, make_course(office))
    for last in ("Durand", "Petit"):
        office.enrollments.enroll(session_id=session, learner_id=make_learner(office, last, "Léa"))
    return office.documents.generate("convocation", session, merged=True).merged


@needs_pdf_pages
def test_preview_shows_the_pages(qtbot, merged_pdf):
    pages = len(PdfReader(str(merged_pdf)).pages)
    dialog = preview_file(None, merged_pdf)
    qtbot.addWidget(dialog)
    shown = [
        label
        for label in dialog.findChildren(QLabel)
        if label.pixmap() and not label.pixmap().isNull()
    ]
    assert len(shown) == pages
    assert dialog.findChild(QLabel, "pagesLabel").text() == fmt.plural(pages, "page")
    assert shown[0].pixmap().height() > shown[0].pixmap().width()  # portrait A4


@needs_pdf_pages
def test_printing_draws_every_page_on_the_printer(qtbot, merged_pdf, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "imprime.pdf"))
    printed = documents_print.print_pdf(None, merged_pdf, printer)
    expected = len(PdfReader(str(merged_pdf)).pages)
    assert printed == expected
    assert len(PdfReader(str(tmp_path / "imprime.pdf")).pages) == expected


def test_word_files_are_offered_to_their_own_program(qtbot, office, monkeypatch, tmp_path):
    word = tmp_path / "Convocation.docx"
    word.write_bytes(b"PK")
    asked: list[str] = []
    opened: list[str] = []
    monkeypatch.setattr(
        document_preview, "confirm", lambda _p, _t, text: asked.append(text) or True
    )
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    assert preview_file(None, word) is None
    assert "Word ou LibreOffice" in asked[0]
    assert Path(opened[0].toLocalFile()) == word
