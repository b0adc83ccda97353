"""The « BPF » page of the « Bilans » tab (forms/bpf_page.ui): the bilan pédagogique et
financier (cerfa 10443) of a financial year, box by box.

The year is computed in a worker thread (a year of a ten-year office reads thousands of
enrolments and half-days) and again only when the year, the start of the financial year or the
data it reads change. A click on a line lists the rows behind its figure; the « À vérifier »
list opens, for each missing or doubtful datum, the dialog that fixes it.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.reporting.bpf_data import (
    BpfLine,
    BpfReport,
    BpfSection,
    MissingItem,
    figure,
    line_code,
)

from ..bus import ChangeSignal
from ..dialogs.bpf_fixes import fix_label, open_fix
from ..dialogs.bpf_trace_dialog import BpfTraceDialog, ask_save_path, link
from ..forms.ui_bpf_page import Ui_BpfPage
from ..messages import show_error
from ..tasks import run_with_progress
from .base import RefreshingTab
from .report_worker import BackgroundFigures

YEAR_START = "bpf.year_start"
DATA_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ZERO = QColor("#9a9a9a")
FIXED_ITEMS = 2  # the identity and hint labels at the top of the boxes (forms/bpf_page.ui)
EXPORTS = {
    "pdf": ("Enregistrer le BPF en PDF", "Document PDF (*.pdf)"),
    "xlsx": ("Enregistrer le BPF en Excel", "Classeur Excel (*.xlsx)"),
    "json": ("Enregistrer le BPF en JSON", "Fichier JSON (*.json)"),
}


def line_label(line: BpfLine) -> str:
    """The cerfa's reference before the wording where it has none: « C-2 e — OPCO, … »,
    « F-1 a — Salariés … » (F-3 and F-4 wordings carry theirs)."""
    code = line_code(line.box)
    own = line.box[0] == "C" or line.box.startswith("F1")
    return f"{code} — {line.label}" if own and code not in ("", "Total") else line.label


def last_closed_year(office: Office, today: dt.date | None = None) -> int:
    """The latest financial year already over (the one the office declares in spring)."""
    today = today or dt.date.today()
    for year in range(today.year, today.year - 3, -1):
        if office.bpf.period(year)[1] < today:
            return year
    return today.year - 1


class SectionTable(QTableWidget):
    """One cadre of the BPF: its lines, their figures; a click on a line asks for its rows."""

    box_clicked = Signal(str)

    def __init__(self, section: BpfSection, parent: QWidget | None = None):
        super().__init__(len(section.lines), 1 + len(section.columns), parent)
        self.section = section
        self.setObjectName(f"bpfTable_{section.code}")
        self.setHorizontalHeaderLabels([self.tr("Ligne"), *section.columns])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setToolTip(self.tr("Cliquez sur une ligne pour voir ce qui fait son chiffre."))
        bold = QFont(self.font())
        bold.setBold(True)
        for row, line in enumerate(section.lines):
            cells = [QTableWidgetItem(line_label(line))]
            for value, kind in zip(line.values, line.kinds, strict=False):
                cell = QTableWidgetItem(figure(value, kind))
                cell.setTextAlignment(RIGHT)
                if not value:
                    cell.setForeground(ZERO)  # the figures that count stand out
                cells.append(cell)
            for column, cell in enumerate(cells):
                cell.setData(DATA_ROLE, line.box)
                if "total" in line.box:
                    cell.setFont(bold)
                self.setItem(row, column, cell)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.resizeColumnToContents(column)
            header.resizeSection(column, max(120, header.sectionSize(column) + 16))
        self.cellClicked.connect(self._clicked)
        self.fit_height()

    def box_at(self, row: int) -> str:
        return self.item(row, 0).data(DATA_ROLE)

    def _clicked(self, row: int, _column: int) -> None:
        self.box_clicked.emit(self.box_at(row))

    def fit_height(self) -> None:
        """As tall as its lines: the page scrolls, not each table."""
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self.fit_height)  # wrapped labels take more lines if narrow


class BpfPage(RefreshingTab):
    """The BPF of a financial year: boxes, their rows, what to check, exports."""

    watched = (
        "course",
        "session",
        "slot",
        "enrollment",
        "attendance",
        "invoice",
        "learner",
        "trainer",
        "client",
        "funder",
        "organisation",
        "settings",
        "cost",
    )
    session_requested = Signal(int)
    computed = Signal(int)  # the year now shown (tests wait for it)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_BpfPage()
        ui.setupUi(self)
        self.report: BpfReport | None = None
        self.tables: dict[str, SectionTable] = {}
        self.trace_dialog: BpfTraceDialog | None = None
        self.worker = BackgroundFigures(office.bpf.compute, self)
        self.worker.done.connect(self._computed)
        self.worker.failed.connect(self._failed)
        self._later = QTimer(self, singleShot=True, interval=250)  # a burst of changes: once
        self._later.timeout.connect(self.refresh)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([720, 440])
        ui.startErrorLabel.hide()
        ui.missingList.setSpacing(2)
        ui.startEdit.setText(office.settings.get(YEAR_START))
        ui.startEdit.returnPressed.connect(self.apply_year_start)
        ui.startButton.clicked.connect(self.apply_year_start)
        ui.startEdit.textEdited.connect(lambda _text: ui.startErrorLabel.hide())
        self._fill_years()
        ui.yearCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        # Activated: a double click, or Entrée (a single click where the desktop says so).
        ui.missingList.itemActivated.connect(lambda _item: self.fix_selected())
        ui.missingList.currentRowChanged.connect(lambda _row: self._update_fix_button())
        ui.fixButton.clicked.connect(self.fix_selected)
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.xlsxButton.clicked.connect(lambda: self.export("xlsx"))
        ui.jsonButton.clicked.connect(lambda: self.export("json"))
        self._update_fix_button()
        self.refresh()

    # -- hooks (tests replace them) -------------------------------------------------------
    def ask_path(self, title: str, file_name: str, file_filter: str) -> Path | None:
        return ask_save_path(self, title, file_name, file_filter)

    # -- year -----------------------------------------------------------------------------
    def year(self) -> int:
        return self.ui.yearCombo.currentData()

    def _fill_years(self) -> None:
        combo = self.ui.yearCombo
        closed = last_closed_year(self.office)
        held = self.office.sessions.years()
        first, last = min(*held, closed), max(*held, closed + 1)
        if self.office.settings.get(YEAR_START) != "01/01":
            first -= 1  # January's sessions belong to the financial year begun the year before
        years = range(last, first - 1, -1)
        current = combo.currentData() or closed
        blocked = combo.blockSignals(True)
        combo.clear()
        for year in years:
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(blocked)

    def apply_year_start(self) -> bool:
        """Save « Début de l'exercice »; a wrong value is said in French and stays as typed."""
        ui = self.ui
        try:
            cleaned = self.office.settings.save_many({YEAR_START: ui.startEdit.text()})
        except ValidationError as error:
            ui.startErrorLabel.setText(error.errors.get(YEAR_START, str(error)))
            ui.startErrorLabel.show()
            ui.startEdit.setFocus()
            return False
        ui.startErrorLabel.hide()
        ui.startEdit.setText(cleaned[YEAR_START])
        ui.startEdit.setModified(False)
        return True  # the settings change makes the page recompute

    # -- computing ------------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        self._later.start()

    def refresh(self) -> None:
        """Compute the chosen year in the worker; the boxes are shown when it is done."""
        ui = self.ui
        if not ui.startEdit.isModified() and ui.startErrorLabel.isHidden():
            ui.startEdit.setText(self.office.settings.get(YEAR_START))
        self._fill_years()  # the start of the financial year may have changed
        year = self.year()
        start, end = self.office.bpf.period(year)
        ui.periodLabel.setText(
            self.tr("du {start} au {end}").format(
                start=fmt.date_short(start), end=fmt.date_short(end)
            )
        )
        ui.boxesContents.setEnabled(False)
        ui.statusLabel.setText(self.tr("Calcul du BPF {year} en cours…").format(year=year))
        self.worker.ask(year)  # the year or the data changed meanwhile: the last ask wins

    def _computed(self, report: BpfReport) -> None:
        self.ui.boxesContents.setEnabled(True)
        self.show_report(report)

    def _failed(self, error: BaseException) -> None:
        self.ui.boxesContents.setEnabled(True)
        self.ui.statusLabel.setText(self.tr("Le BPF n'a pas pu être calculé."))
        show_error(self, error)

    def is_computing(self) -> bool:
        return self.worker.running()

    # -- showing --------------------------------------------------------------------------
    def show_report(self, report: BpfReport) -> None:
        self.report = report
        ui = self.ui
        identity = [report.organisation or self.tr("Organisme sans nom")]
        if report.nda:
            identity.append(self.tr("NDA {nda}").format(nda=report.nda))
        if report.siret:
            identity.append(self.tr("SIRET {siret}").format(siret=report.siret))
        warning = (
            f'<br><span style="color:#b35900;"><b>{html.escape(report.provisional)}</b></span>'
            if report.provisional
            else ""
        )
        ui.identityLabel.setText(
            "<b>{who}</b> — {period}{warning}".format(
                who=html.escape(" · ".join(identity)),
                period=self.tr("exercice {year}, du {start} au {end}").format(
                    year=report.year,
                    start=fmt.date_short(report.start),
                    end=fmt.date_short(report.end),
                ),
                warning=warning,
            )
        )
        self._show_sections(report)
        self._show_missing(report.missing)
        ui.statusLabel.setText(
            self.tr("BPF {year} calculé le {day} à {time}.").format(
                year=report.year,
                day=fmt.date_short(dt.date.today()),
                time=dt.datetime.now().strftime("%H:%M"),
            )
        )
        self.computed.emit(report.year)

    def _show_sections(self, report: BpfReport) -> None:
        bar = self.ui.boxesArea.verticalScrollBar()
        where = bar.value()  # a recomputed year stays where the user was reading
        layout = self.ui.sectionsLayout
        while layout.count() > FIXED_ITEMS:  # the previous year's cadres, notes and stretch
            widget = layout.takeAt(FIXED_ITEMS).widget()
            if widget is not None:
                widget.deleteLater()
        added: list[QWidget] = []
        self.tables = {}
        for section in report.sections:
            title = QLabel(f"<b>{html.escape(section.title)}</b>", self.ui.boxesContents)
            title.setWordWrap(True)
            title.setContentsMargins(0, 8, 0, 0)
            table = SectionTable(section, self.ui.boxesContents)
            table.box_clicked.connect(self.show_trace)
            self.tables[section.code] = table
            added += [title, table]
        if report.notes:
            notes = QLabel(self.ui.boxesContents)
            notes.setObjectName("bpfNotes")
            notes.setWordWrap(True)
            notes.setFrameShape(QFrame.Shape.StyledPanel)
            notes.setStyleSheet("color: #444444; padding: 6px;")
            notes.setText(
                "<b>{title}</b><br>{notes}".format(
                    title=self.tr("Conventions de calcul"),
                    notes="<br>".join(f"• {html.escape(note)}" for note in report.notes),
                )
            )
            added.append(notes)
        for widget in added:
            layout.addWidget(widget)
        layout.addStretch(1)
        QTimer.singleShot(0, bar, lambda: bar.setValue(where))

    def _show_missing(self, missing: tuple[MissingItem, ...]) -> None:
        ui = self.ui
        row = ui.missingList.currentRow()  # after a fix, the next item takes its place
        ui.missingList.clear()
        ui.missingBox.setTitle(self.tr("À vérifier avant de déclarer ({n})").format(n=len(missing)))
        for entry in missing:
            item = QListWidgetItem(entry.text)
            item.setData(DATA_ROLE, entry)
            item.setToolTip(self.tr("Double-cliquez : {fix}").format(fix=fix_label(entry.fix)))
            ui.missingList.addItem(item)
        if not missing:
            item = QListWidgetItem(
                self.tr(
                    "Rien à signaler : chaque inscription, formation et facture de "
                    "l'exercice a ce que le BPF demande."
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.missingList.addItem(item)
        elif row >= 0:
            ui.missingList.setCurrentRow(min(row, len(missing) - 1))
        self._update_fix_button()

    # -- actions --------------------------------------------------------------------------
    def selected_missing(self) -> MissingItem | None:
        item = self.ui.missingList.currentItem()
        return item.data(DATA_ROLE) if item is not None else None

    def _update_fix_button(self) -> None:
        entry = self.selected_missing()
        self.ui.fixButton.setEnabled(entry is not None)
        self.ui.fixButton.setText(fix_label(entry.fix) if entry else self.tr("&Corriger…"))

    def fix_selected(self):
        """Open what fixes the selected item; returns the dialog opened, if any."""
        entry = self.selected_missing()
        return open_fix(self, entry) if entry is not None else None

    def show_trace(self, box: str) -> BpfTraceDialog | None:
        """The rows behind one line of the shown year, in a window of their own."""
        year = self.report.year if self.report else self.year()
        try:
            trace = run_with_progress(
                self, self.tr("Lecture des lignes du BPF…"), self.office.bpf.trace, year, box
            )
        except Exception as error:  # noqa: BLE001 - shown in French, logged when unexpected
            show_error(self, error)
            return None
        if self.trace_dialog is not None:
            self.trace_dialog.close()
        dialog = BpfTraceDialog(self.office, year, trace, self, figures=self.figures_of(box))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.session_requested.connect(self.session_requested)
        dialog.destroyed.connect(lambda _obj=None: self._forget_trace(dialog))
        self.trace_dialog = dialog
        dialog.show()
        return dialog

    def figures_of(self, box: str) -> str:
        """« 41 677,53 € », « 69 stagiaires, 3293 h 07 »: the line's figures as shown."""
        line = self.report.line(box) if self.report else None
        if line is None:
            return ""
        parts = []
        for value, kind in zip(line.values, line.kinds, strict=False):
            if kind in ("personnes", "stagiaires"):
                parts.append(fmt.plural(value, "formateur" if kind == "personnes" else "stagiaire"))
            else:
                parts.append(figure(value, kind))
        return ", ".join(parts)

    def _forget_trace(self, dialog: BpfTraceDialog) -> None:
        if self.trace_dialog is dialog:
            self.trace_dialog = None

    def export(self, file_format: str) -> Path | None:
        """« PDF… », « Excel… », « JSON… »: the BPF of the chosen year where the user says."""
        year = self.year()
        title, file_filter = EXPORTS[file_format]
        path = self.ask_path(self.tr(title), f"BPF-{year}.{file_format}", self.tr(file_filter))
        if path is None:
            return None
        if path.suffix.lower() != f".{file_format}":
            path = path.with_name(f"{path.name}.{file_format}")
        try:
            written = run_with_progress(
                self,
                self.tr("Enregistrement du BPF {year}…").format(year=year),
                self.office.bpf.export,
                year,
                path,
            )
        except Exception as error:  # noqa: BLE001 - shown in French, logged when unexpected
            show_error(self, error)
            return None
        written = Path(written)
        self.ui.statusLabel.setText(
            self.tr("BPF {year} enregistré : {link}").format(year=year, link=link(written))
        )
        return written
