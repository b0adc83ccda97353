"""What an import of returned questionnaires did, file by file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.services.surveys import ImportReport

from ..widgets.inputs import french_buttons

COLOURS = {
    "recognised": "#d9f2e0",
    "replaced": "#d9f2e0",
    "already": "#fde9c8",
    "ignored": "#e9ecef",
}
REFUSED = "#f8d7da"


class SurveyImportDialog(QDialog):
    """One line per file: its name, what happened, and the detail (what to do if refused)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import des questionnaires"))
        self.setObjectName("surveyImportDialog")
        self.resize(900, 380)
        layout = QVBoxLayout(self)
        ignored = report.ignored
        refused = len(report.files) - report.stored - ignored
        text = self.tr(
            "{ok} questionnaire(s) enregistré(s) sur {n} fichier(s) ; {ko} non enregistré(s)."
        ).format(ok=report.stored, n=len(report.files), ko=refused)
        if ignored:
            text += " " + self.tr("{i} fichier(s) ignoré(s) : ni questionnaire PDF ni "
                                  "classeur.").format(i=ignored)  # fmt: skip
        summary = QLabel(text, wordWrap=True)
        summary.setObjectName("summaryLabel")
        layout.addWidget(summary)
        self.table = QTableWidget(len(report.files), 3, objectName="filesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Fichier"), self.tr("Résultat"), self.tr("Détail")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        # The detail is the useful part: wrapped over several lines, never cut.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for row, result in enumerate(report.files):
            colour = QBrush(QColor(COLOURS.get(result.status, REFUSED)))
            for column, text in enumerate(
                (Path(result.path).name, result.status_label, result.message)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(result.path if column == 0 else text)
                if column == 1:
                    item.setBackground(colour)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 240))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Wrapped rows grow or shrink with the width of the detail column.
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        french_buttons(buttons)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
