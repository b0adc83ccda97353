"""The « Qualiopi » page of the « Bilans » tab (forms/qualiopi_page.ui): the result figures of
a period as the office publishes them (indicators 2 and 3), their PDF and Excel, and the
evidence pack for an audit.

The figures are computed in a worker thread (a year of a ten-year office reads thousands of
enrolments); the pack runs behind a progress dialog with « Annuler », and ends with a summary
of what is missing and a button that opens the folder.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.documents.reports.qualiopi_pdf import (
    CERTIFICATION_HEADER,
    COURSE_HEADER,
    certification_rows,
    course_rows,
    headline_rows,
)
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..dialogs.bpf_trace_dialog import link
from ..dialogs.document_tasks import run_cancellable
from ..forms.ui_qualiopi_page import Ui_QualiopiPage
from ..messages import show_error
from ..widgets.desktop import open_local
from .report_worker import BackgroundFigures, PeriodPage, fill_table, last_year

MISSING_SHOWN = 8  # missing items in the summary's text; all of them in its details
EXPORTS = {
    "pdf": ("Publier les résultats en PDF", "Document PDF (*.pdf)"),
    "xlsx": ("Enregistrer les résultats en Excel", "Classeur Excel (*.xlsx)"),
}


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve months ending today: from the day after today a year ago."""
    try:
        year_ago = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        year_ago = today.replace(year=today.year - 1, day=28)
    return year_ago + dt.timedelta(days=1), today


def _fit_height(table: QTableWidget, most: int = 8) -> None:
    """A short table as tall as its rows (at most ``most``): the per-course table gets the
    room left."""
    rows = min(table.rowCount(), most)
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows))
    table.setFixedHeight(height + 2)


class QualiopiPage(PeriodPage):
    """Period pickers, indicator 2 overall and per course, indicator 3, exports and the pack."""

    exports = EXPORTS
    export_stem = "Résultats Qualiopi"

    watched = (
        "session", "enrollment", "evaluation", "jury", "course", "organisation", "attendance",
        "outcome",
    )  # fmt: skip

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_QualiopiPage()
        ui.setupUi(self)
        self.figures = None
        self.worker = BackgroundFigures(office.qualiopi.figures, self)
        self.worker.done.connect(self.show_figures)
        self.worker.failed.connect(self._failed)
        for table in (ui.overallTable, ui.coursesTable, ui.certTable):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.messageLabel.linkActivated.connect(lambda url: open_local(Path(_local(url))))
        self.setup_period(
            (ui.publishButton, ui.excelButton, ui.packButton),
            (ui.overallTable, ui.coursesTable, ui.certTable),
        )
        self.set_period(*last_twelve_months(dt.date.today()))
        ui.last12Button.clicked.connect(
            lambda: self.set_period(*last_twelve_months(dt.date.today()))
        )
        ui.lastYearButton.clicked.connect(lambda: self.set_period(*last_year(dt.date.today())))
        ui.publishButton.clicked.connect(lambda: self.export("pdf"))
        ui.excelButton.clicked.connect(lambda: self.export("xlsx"))
        ui.packButton.clicked.connect(self.make_pack)

    # -- computing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures of the period in the worker; shown when done."""
        if not self.period_ok():
            return
        self.ui.summaryLabel.setText(self.tr("Calcul des résultats en cours…"))
        self.worker.ask(*self.period())

    def _failed(self, error: BaseException) -> None:
        self.ui.summaryLabel.setText(self.tr("Les résultats n'ont pas pu être calculés."))
        show_error(self, error)

    def is_computing(self) -> bool:
        return self.worker.running() or self._later.isActive()

    # -- showing --------------------------------------------------------------------------
    def show_figures(self, figures) -> None:
        self.figures = figures
        ui, r = self.ui, figures.overall
        ui.summaryLabel.setText(
            self.tr("Sessions terminées du {start} au {end} : {sessions}, {trained}.").format(
                start=fmt.date_short(figures.start),
                end=fmt.date_short(figures.end),
                sessions=fmt.plural(r.sessions, "session"),
                trained=fmt.plural(r.trained, "stagiaire formé", "stagiaires formés"),
            )
        )
        fill_table(
            ui.overallTable,
            (self.tr("Indicateur"), self.tr("Résultat"), self.tr("Base de calcul")),
            headline_rows(r),
            (1,),
        )
        ui.overallTable.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        _fit_height(ui.overallTable)
        causes = " ; ".join(f"{cause} : {n}" for cause, n in r.drop_causes)
        ui.causesLabel.setText(self.tr("Causes des abandons : {causes}").format(causes=causes))
        ui.causesLabel.setVisible(bool(causes))
        fill_table(ui.coursesTable, COURSE_HEADER, course_rows(figures), (1, 2, 3, 4, 5, 6))
        fill_table(ui.certTable, CERTIFICATION_HEADER, certification_rows(figures), (2, 3, 4, 5, 6))
        _fit_height(ui.certTable, most=6)
        empty = not figures.certifying
        ui.certTable.setVisible(not empty)
        ui.certEmptyLabel.setVisible(empty)
        ui.certEmptyLabel.setText(
            self.tr("Aucune formation certifiante n'a de session terminée sur la période.")
        )

    # -- exports --------------------------------------------------------------------------
    def export(self, file_format: str) -> Path | None:
        path = self.export_path(file_format)
        if path is None:
            return None
        try:
            written = self.office.qualiopi.export_figures(*self.period(), path)
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        self.ui.messageLabel.setText(
            self.tr("Résultats enregistrés : {link}").format(link=link(written))
        )
        return written

    # -- the evidence pack ----------------------------------------------------------------
    def ask_pack_folder(self) -> Path | None:
        """The folder where the pack is made (tests replace this)."""
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Dossier où constituer le dossier d'audit"), start
        )
        return Path(folder) if folder else None

    def make_pack(self):
        """Build the pack off the UI thread; a summary box says what is missing."""
        if not self.period_ok():
            return None
        folder = self.ask_pack_folder()
        if folder is None:
            return None
        start, end = self.period()

        def work(progress, cancelled):
            return self.office.qualiopi.evidence_pack(
                start,
                end,
                folder,
                progress=lambda done, total, text: progress(text, done / total if total else 0),
                cancel=cancelled,
            )

        try:
            result = run_cancellable(self, self.tr("Constitution du dossier d'audit…"), work)
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        if result is None or result.cancelled:
            self.ui.messageLabel.setText(
                self.tr("Dossier d'audit annulé : aucun fichier n'a été laissé.")
            )
            return None
        self.ui.messageLabel.setText(
            self.tr("Dossier d'audit : {link}").format(link=link(result.folder))
        )
        self.show_pack_summary(result)
        return result

    def show_pack_summary(self, result) -> QMessageBox:
        """The end of the pack: files written, what is missing, « Ouvrir le dossier »."""
        box = QMessageBox(self)
        box.setObjectName("packSummaryBox")
        box.setWindowTitle(self.tr("Dossier d'audit Qualiopi"))
        box.setIcon(QMessageBox.Icon.Warning if result.missing else QMessageBox.Icon.Information)
        box.setText(result.summary)
        missing = list(result.missing)
        if missing:
            shown = "\n".join(f"• {line}" for line in missing[:MISSING_SHOWN])
            more = len(missing) - MISSING_SHOWN
            if more > 0:
                shown += "\n" + self.tr("… et {more} : voir l'index « 00-index.pdf ».").format(
                    more=fmt.plural(more, "autre")
                )
            box.setInformativeText(self.tr("Manques relevés :") + "\n" + shown)
            box.setDetailedText("\n".join(missing))
        opener = box.addButton(self.tr("Ouvrir le dossier"), QMessageBox.ButtonRole.ActionRole)
        opener.setObjectName("openFolderButton")
        opener.clicked.connect(lambda: open_local(result.folder))
        box.addButton(QMessageBox.StandardButton.Close)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


def _local(url: str) -> str:
    return QUrl(url).toLocalFile()
