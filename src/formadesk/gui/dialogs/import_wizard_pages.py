"""The middle pages of the import wizard: the preview of every row, the optional enrolment."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from formadesk.core import formatting as fmt
from formadesk.core.services.learner_import import (
    DECISIONS,
    DUPLICATE,
    OK,
    REFUSED,
    SKIP,
    STATUS_LABELS,
    UPDATE,
)

from ..forms.ui_import_enrol_page import Ui_ImportEnrolPage

if TYPE_CHECKING:
    from .import_wizard import ImportWizard

STATUS_COLORS = {OK: "#d8f0d8", REFUSED: "#f6d0d0", DUPLICATE: "#fbe3b8"}
CLOSED_SESSIONS = ("terminee", "annulee")
ERROR_STYLE = "color: #b00020;"
DECISION_COLUMN = 5
REASON_LINES = 3  # a reason longer than that is whole in the row's tooltip


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class PreviewPage(QWizardPage):
    """Every row with its status (coloured), reason, and a decision for each duplicate."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Aperçu avant import"))
        self.setSubTitle(
            self.tr(
                "Rien n'est encore enregistré. Les lignes refusées ne seront pas importées : "
                "corrigez-les dans le fichier si besoin. Pour chaque doublon possible, choisissez "
                "quoi faire."
            )
        )
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("previewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ligne"),
                self.tr("Nom"),
                self.tr("E-mail"),
                self.tr("Statut"),
                self.tr("Motif"),
                self.tr("Décision"),
            ]
        )
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() * REASON_LINES + 6)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column, width in enumerate((50, 150, 190, 120, 0, 140)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table)
        self.decision_combos: dict[int, QComboBox] = {}

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        preview = self.wizard_.preview
        assert preview is not None
        self.table.setRowCount(len(preview.rows))
        self.decision_combos = {}
        for index, row in enumerate(preview.rows):
            color = QColor(STATUS_COLORS[row.status])
            values = (str(row.number), row.name, row.data.email, STATUS_LABELS[row.status])
            for column, value in enumerate((*values, row.reason)):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setBackground(color)
                if column == 4:
                    item.setToolTip(value)
                self.table.setItem(index, column, item)
            if row.status == DUPLICATE:
                combo = QComboBox(self.table)
                for key, label in DECISIONS.items():
                    if key != UPDATE or row.match is not None:
                        combo.addItem(label, key)
                combo.setCurrentIndex(max(combo.findData(row.decision), 0))
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo, n=row.number: self._decided(n, c.currentData())
                )
                self.table.setCellWidget(index, DECISION_COLUMN, combo)
                self.decision_combos[row.number] = combo
        self._show_counts()

    def _decided(self, number: int, decision: str) -> None:
        self.wizard_.preview.decide(number, decision)
        self._show_counts()

    def decide(self, number: int, decision: str) -> None:
        """Choose a duplicate's decision as the user would, through its combo."""
        combo = self.decision_combos[number]
        combo.setCurrentIndex(combo.findData(decision))

    def _show_counts(self) -> None:
        preview = self.wizard_.preview
        kept = sum(1 for r in preview.rows if r.status == DUPLICATE and r.decision != SKIP)
        self.counts_label.setText(
            self.tr(
                "%1 ligne(s) à importer, %2 doublon(s) possible(s) (%3 retenu(s)), "
                "%4 ligne(s) refusée(s)."
            )
            .replace("%1", str(preview.count(OK)))
            .replace("%2", str(preview.count(DUPLICATE)))
            .replace("%3", str(kept))
            .replace("%4", str(preview.count(REFUSED)))
        )


class EnrolPage(QWizardPage):
    """Optionally enrol the imported learners in a session, with client and funder."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Inscription à une session (facultatif)"))
        self.setSubTitle(self.tr("Les apprenants créés ou mis à jour peuvent être inscrits."))
        self.form = QWidget(self)
        self.ui = ui = Ui_ImportEnrolPage()
        ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        ui.clientField.setup(wizard.office)
        ui.funderField.setup(wizard.office, funders=True)
        ui.enrolCheck.toggled.connect(ui.enrolPanel.setEnabled)
        ui.enrolPanel.setEnabled(False)
        self.error_label = error_label(self)
        layout.addWidget(self.error_label)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        combo = self.ui.sessionCombo
        combo.clear()
        today = dt.date.today()
        upcoming = sorted(self.wizard_.office.sessions.list(), key=lambda r: r.start_date)
        for row in upcoming:  # the next session first
            if row.status not in CLOSED_SESSIONS and row.end_date >= today:
                dates = f"du {fmt.date_short(row.start_date)} au {fmt.date_short(row.end_date)}"
                places = f"{row.enrolled}/{row.max_places} places"
                combo.addItem(f"{row.code} — {row.course_title} ({dates}, {places})", row.id)

    def choice(self) -> dict | None:
        """The enrolment asked for (keywords of ``commit``), or None."""
        ui = self.ui
        if not ui.enrolCheck.isChecked():
            return None
        return {
            "session_id": ui.sessionCombo.currentData(),
            "client_id": ui.clientField.party_id(),
            "funder_id": ui.funderField.party_id(),
            "subrogation": ui.subrogationCheck.isChecked(),
        }

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        choice = self.choice()
        if choice is not None and choice["session_id"] is None:
            self.error_label.setText(self.tr("Choisissez la session, ou décochez l'inscription."))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True
