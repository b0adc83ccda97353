"""The rows behind one line of the BPF (forms/bpf_trace_dialog.ui): the enrolments, invoice
lines, half-days, costs or trainers that make its figure, exportable to Excel; a row opens its
session."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QUrl, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.reporting.bpf_data import BoxTrace

from ..forms.ui_bpf_trace_dialog import Ui_BpfTraceDialog
from ..messages import show_error
from ..models.simple import RIGHT, Column, RowTableModel
from ..tasks import run_with_progress
from ..widgets.inputs import french_buttons
from ..widgets.tables import fit_columns, selected_id, setup_table

MAX_COLUMN = 200  # pixels: a long wording is cut (its tooltip has it whole)
# « 1 250,00 € », « 14 h 30 », « 12 »: figures are right-aligned, like in a spreadsheet.
FIGURE = re.compile(r"^-?[\d\s\u202f\u00a0.,]+(\s?€|\sh(\s\d\d)?)?$")


@dataclass(frozen=True)
class TraceRow:
    """One row of the list: its session (``id``, what « Ouvrir la session » opens), its cells."""

    id: int | None
    cells: tuple[str, ...]


def _is_figure_column(rows: list[TraceRow], column: int) -> bool:
    """True when the column holds amounts, hours or counts (judged on its first rows)."""
    seen = [row.cells[column] for row in rows[:50] if row.cells[column]]
    return bool(seen) and all(FIGURE.match(text) for text in seen)


def link(path: Path) -> str:
    """An HTML link opening ``path`` with the workstation's program."""
    url = QUrl.fromLocalFile(str(path)).toString()
    return f'<a href="{html.escape(url)}">{html.escape(str(path))}</a>'


def ask_save_path(parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
    """The file the user chooses in a « Enregistrer sous » dialog (the Documents folder first)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name, _chosen = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / file_name), file_filter
    )
    return Path(name) if name else None


class BpfTraceDialog(QDialog):
    """One line of the BPF and what it counts; ``session_requested(id)`` opens a session."""

    session_requested = Signal(int)

    def __init__(
        self,
        office: Office,
        year: int,
        trace: BoxTrace,
        parent: QWidget | None = None,
        *,
        figures: str = "",
    ):
        super().__init__(parent)
        self.office = office
        self.year = year
        self.trace = trace
        self.ui = ui = Ui_BpfTraceDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("BPF {year} — détail").format(year=year))
        ui.titleLabel.setText(f"{trace.title} : {figures}" if figures else trace.title)
        ui.countLabel.setText(self._count_text())
        self._fill()
        ui.rowsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.rowsTable.doubleClicked.connect(lambda _index: self.open_session())
        ui.openSessionButton.clicked.connect(self.open_session)
        ui.exportButton.clicked.connect(self.export)
        ui.exportButton.setEnabled(bool(trace.rows))
        self._update_buttons()

    # -- hooks (tests replace them) -------------------------------------------------------
    def ask_path(self, title: str, file_name: str, file_filter: str) -> Path | None:
        return ask_save_path(self, title, file_name, file_filter)

    # -- content --------------------------------------------------------------------------
    def _count_text(self) -> str:
        if not self.trace.rows:
            return self.tr("Aucune ligne ne compte dans ce chiffre pour l'exercice {year}.").format(
                year=self.year
            )
        return self.tr("{rows} derrière ce chiffre.").format(
            rows=fmt.plural(len(self.trace.rows), "ligne")
        )

    def _fill(self) -> None:
        trace = self.trace
        rows = [
            TraceRow(sid, cells) for cells, sid in zip(trace.rows, trace.session_ids, strict=False)
        ]
        columns = [
            Column(
                header,
                text=lambda row, i=i: row.cells[i],
                align=RIGHT if _is_figure_column(rows, i) else None,
                tooltip=lambda row, i=i: row.cells[i] if len(row.cells[i]) > 30 else "",
            )
            for i, header in enumerate(trace.columns)
        ]
        self.model: RowTableModel[TraceRow] = RowTableModel(columns, "BpfTraceDialog", self)
        self.model.set_rows(rows)
        view = self.ui.rowsTable
        setup_table(view, self.model, sortable=False)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        fit_columns(view, maximum=MAX_COLUMN)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        self._fit_width(header.length() + view.verticalScrollBar().sizeHint().width())
        if columns:
            # The column of the longest texts (a wording) takes the room left, or gives way so
            # that the figures at the end show.
            widest = max(range(len(columns)), key=view.sizeHintForColumn)
            header.setSectionResizeMode(widest, QHeaderView.ResizeMode.Stretch)

    def _fit_width(self, table_width: int) -> None:
        """Wide enough for every column (the amount is last), within the screen."""
        screen = self.screen().availableGeometry() if self.screen() else None
        wanted = table_width + 2 * self.ui.rowsTable.frameWidth() + 40
        limit = int(screen.width() * 0.9) if screen is not None else wanted
        self.resize(max(self.width(), min(wanted, limit)), self.height())

    def selected_session(self) -> int | None:
        """The session of the selected row, if it has one."""
        return selected_id(self.ui.rowsTable)

    def _update_buttons(self) -> None:
        self.ui.openSessionButton.setEnabled(self.selected_session() is not None)

    # -- actions --------------------------------------------------------------------------
    def open_session(self) -> None:
        """Show the selected row's session in the main window (this list stays open)."""
        session_id = self.selected_session()
        if session_id is not None:
            self.session_requested.emit(session_id)

    def export(self) -> Path | None:
        """« Exporter en Excel… »: the rows of this line in a workbook; its path, or None."""
        code = self.trace.box.replace(":", "-")
        path = self.ask_path(
            self.tr("Exporter le détail en Excel"),
            f"BPF-{self.year}-{code}.xlsx",
            self.tr("Classeur Excel (*.xlsx)"),
        )
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            written = run_with_progress(
                self,
                self.tr("Enregistrement du détail…"),
                self.office.bpf.export_trace,
                self.year,
                self.trace.box,
                path,
            )
        except Exception as error:  # noqa: BLE001 - shown in French, logged when unexpected
            show_error(self, error)
            return None
        self.ui.messageLabel.setText(
            self.tr("Détail enregistré : {link}").format(link=link(Path(written)))
        )
        return Path(written)
