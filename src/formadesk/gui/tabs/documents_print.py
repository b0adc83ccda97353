"""Printing a generated document through the system's print dialog.

A PDF's pages are drawn onto the printer (QtPdf or pdftoppm, as for the preview) in a worker
thread, with a progress dialog that can be cancelled. A Word or Excel file, or a PDF on a
workstation that cannot draw PDF pages, opens in its own program, with a note saying to print
from there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from formadesk.core.errors import FormadeskError

from ..dialogs.document_preview import page_count, pdf_backend, render_page
from ..dialogs.document_tasks import run_cancellable
from ..messages import show_error
from ..widgets.desktop import open_local

CONTEXT = "DocumentPrint"
PRINT_DPI = 300  # enough for text and signatures lines; more only slows the spooler


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def print_file(parent: QWidget | None, path: Path) -> int:
    """Ask for a printer and print ``path``; returns the number of pages sent (0: none)."""
    if not path.is_file():
        show_error(
            parent,
            FormadeskError(
                _tr(
                    "Le fichier « {name} » n'existe plus : produisez à nouveau le document."
                ).format(name=path.name)
            ),
        )
        return 0
    if path.suffix.lower() != ".pdf" or pdf_backend() is None:
        print_elsewhere(parent, path)
        return 0
    total = page_count(path)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.stem)
    if _first_page_is_landscape(path):
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_tr("Imprimer « {name} »").format(name=path.name))
    dialog.setMinMax(1, total)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(parent, path, printer, total)


def print_pdf(parent: QWidget | None, path: Path, printer: QPrinter, total: int = 0) -> int:
    """Draw the pages of a PDF (the printer's page range, or all) onto ``printer``."""
    total = total or page_count(path)
    first, last = printer.fromPage(), printer.toPage()
    pages = range(first - 1, min(last, total)) if first else range(total)
    dpi = min(printer.resolution(), PRINT_DPI)
    printer.setFullPage(True)  # the PDF has its own margins: draw it at its real size
    text = _tr("Impression de « {name} »…").format(name=path.name)
    printed = run_cancellable(parent, text, _paint, path, printer, pages, dpi)
    return printed or 0


def _paint(path: Path, printer: QPrinter, pages: range, dpi: int, *, progress, cancelled) -> int:
    """Runs in the worker thread: QPainter may draw on a QPrinter outside the UI thread."""
    painter = QPainter()
    if not painter.begin(printer):
        raise FormadeskError(
            _tr("L'imprimante n'a pas pu être ouverte : vérifiez qu'elle est allumée et prête.")
        )
    printed = 0
    try:
        for page in pages:
            if cancelled():
                printer.abort()
                break
            progress(
                _tr("Page {n} sur {m}…").format(n=page + 1, m=pages.stop), printed / len(pages)
            )
            image = render_page(path, page, dpi)
            if printed:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(area.x(), area.y(), size.width(), size.height())
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


def _first_page_is_landscape(path: Path) -> bool:
    from pypdf import PdfReader

    page = PdfReader(str(path)).pages[0]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    if (page.get("/Rotate") or 0) % 180:
        width, height = height, width
    return width > height


def print_elsewhere(parent: QWidget | None, path: Path) -> None:
    """Open the file in its own program and say to print from there."""
    program = {".docx": "Word ou LibreOffice", ".xlsx": "Excel ou LibreOffice"}.get(
        path.suffix.lower(), _tr("votre lecteur PDF")
    )
    text = _tr(
        "« {name} » va s'ouvrir dans {program} : imprimez-le depuis ce programme "
        "(menu Fichier › Imprimer, ou Ctrl+P)."
    ).format(name=path.name, program=program)
    box = QMessageBox(QMessageBox.Icon.Information, _tr("Imprimer"), text, parent=parent)
    box.setObjectName("printElsewhereBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    open_local(path)
