"""In-app preview of a generated PDF: its first pages as images, rendered off the UI thread.

Pages are drawn by QtPdf when PySide6 ships it (PySide6-Addons), else by poppler's ``pdftoppm``
when installed. Without either, or for Word and Excel files, the user is offered to open the
file in its own program.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from formadesk.core import formatting as fmt

from ..messages import confirm
from ..widgets.desktop import open_local
from ..widgets.inputs import french_buttons
from .document_tasks import run_cancellable

CONTEXT = "DocumentPreview"
PREVIEW_DPI = 90
PREVIEW_PAGES = 12
NO_WINDOW = 0x08000000 if sys.platform == "win32" else 0  # no console flashing on Windows


def _qtpdf():
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        return None
    return QPdfDocument


def pdf_backend() -> str | None:
    """ "qtpdf", "pdftoppm", or None when PDF pages cannot be drawn here."""
    if _qtpdf() is not None:
        return "qtpdf"
    return "pdftoppm" if shutil.which("pdftoppm") else None


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def render_page(path: Path, page: int, dpi: int) -> QImage:
    """Page ``page`` (from 0) of a PDF as an image; callable from a worker thread."""
    pdf_document = _qtpdf()
    if pdf_document is not None:
        document = pdf_document(None)
        document.load(str(path))
        points = document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        return document.render(page, size)
    with tempfile.TemporaryDirectory(prefix="formadesk-") as folder:
        stem = Path(folder) / "page"
        number = str(page + 1)
        subprocess.run(
            ["pdftoppm", "-r", str(dpi), "-f", number, "-l", number, "-png", "-singlefile"]
            + [str(path), str(stem)],
            check=True,
            capture_output=True,
            timeout=60,
            creationflags=NO_WINDOW,
        )
        return QImage(str(stem.with_suffix(".png")))


def render_pages(
    path: Path,
    pages: range,
    dpi: int,
    *,
    progress: Callable[[str, float], None],
    cancelled: Callable[[], bool],
) -> list[QImage]:
    """The images of ``pages``, stopping early when ``cancelled()`` turns true."""
    images = []
    for done, page in enumerate(pages):
        if cancelled():
            break
        progress(_tr("Page {n} sur {m}…").format(n=page + 1, m=pages.stop), done / len(pages))
        images.append(render_page(path, page, dpi))
    return images


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class DocumentPreviewDialog(QDialog):
    """The first pages of a PDF, one under the other, with « Ouvrir » and « Imprimer… »."""

    def __init__(self, path: Path, images: list[QImage], total: int, parent: QWidget | None):
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(self.tr("Aperçu — {name}").format(name=path.name))
        layout = QVBoxLayout(self)
        shown = len(images)
        note = QLabel(self)
        note.setObjectName("pagesLabel")
        if shown < total:
            note.setText(
                self.tr("Pages 1 à {n} sur {m} : ouvrez le fichier pour voir la suite.").format(
                    n=shown, m=total
                )
            )
        else:
            note.setText(fmt.plural(total, self.tr("page"), self.tr("pages")))
        layout.addWidget(note)
        pages = QWidget(self)
        column = QVBoxLayout(pages)
        column.setSpacing(12)
        for image in images:
            label = QLabel(pages)
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid #bbbbbb;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea(self)
        scroll.setObjectName("pagesArea")
        scroll.setWidget(pages)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("QScrollArea { background: #8a8a8a; }")
        pages.setStyleSheet("background: #8a8a8a;")
        layout.addWidget(scroll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        french_buttons(buttons)
        self.open_button = buttons.addButton(
            self.tr("&Ouvrir dans le lecteur PDF"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button = buttons.addButton(
            self.tr("&Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: open_local(self.path))
        self.print_button.clicked.connect(self.print_document)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        width = max((image.width() for image in images), default=600)
        self.resize(min(width + 80, 1000), 860)

    def print_document(self) -> None:
        from ..tabs.documents_print import print_file

        print_file(self, self.path)


def offer_to_open(parent: QWidget | None, path: Path, reason: str) -> None:
    """Say why there is no preview and offer to open the file in its own program."""
    program = {".docx": "Word ou LibreOffice", ".xlsx": "Excel ou LibreOffice"}.get(
        path.suffix.lower(), _tr("votre lecteur PDF")
    )
    question = _tr("{reason}\n\nOuvrir « {name} » dans {program} ?").format(
        reason=reason, name=path.name, program=program
    )
    if confirm(parent, _tr("Aperçu"), question):
        open_local(path)


def preview_file(parent: QWidget | None, path: Path) -> DocumentPreviewDialog | None:
    """Show the preview of a file (modeless), or offer to open it; returns the dialog shown."""
    if path.suffix.lower() != ".pdf":
        offer_to_open(parent, path, _tr("L'aperçu dans Formadesk est réservé aux PDF."))
        return None
    if pdf_backend() is None:
        offer_to_open(
            parent, path, _tr("L'aperçu des PDF n'est pas disponible sur ce poste (pdftoppm).")
        )
        return None
    total = page_count(path)
    images = run_cancellable(
        parent,
        _tr("Préparation de l'aperçu…"),
        render_pages,
        path,
        range(min(total, PREVIEW_PAGES)),
        PREVIEW_DPI,
    )
    if images is None or not images:
        return None
    dialog = DocumentPreviewDialog(path, images, total, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
