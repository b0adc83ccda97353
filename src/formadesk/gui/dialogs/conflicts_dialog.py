"""« Vérifier le planning »: every conflict over a period, sortable, filtered by severity, kind."""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.rules.conflict_kinds import BLOCK, CONFLICT_KINDS, WARN, Conflict

from ..forms.ui_conflicts_dialog import Ui_ConflictsDialog
from ..messages import show_error
from ..models.planning import CONFLICT_COLUMNS, CONTEXT, ConflictLine, conflict_lines
from ..models.simple import RowTableModel
from ..tasks import run_with_progress
from ..widgets.inputs import fill_combo, first_date_problem, french_buttons, select_data
from ..widgets.tables import fit_columns, setup_table
from .move_slot_dialog import qdate
from .planning_rules_dialog import PlanningRulesDialog

DEFAULT_DAYS = 365


class ConflictsDialog(QDialog):
    """Runs ``office.planning.check`` off the UI thread and lists what it finds.

    The check runs when the dialog is first shown and again on « Vérifier »; double-clicking a
    conflict emits ``session_requested`` with the id of its (first) session.
    """

    session_requested = Signal(int)

    def __init__(
        self, office: Office, parent: QWidget | None = None, *, today: dt.date | None = None
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_ConflictsDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        today = today or dt.date.today()
        ui.fromEdit.setDate(qdate(today))
        ui.toEdit.setDate(qdate(today + dt.timedelta(days=DEFAULT_DAYS)))
        fill_combo(
            ui.severityCombo,
            [
                (None, self.tr("Toutes")),
                (BLOCK, self.tr("Bloquants")),
                (WARN, self.tr("Avertissements")),
            ],
        )
        self.model: RowTableModel[ConflictLine] = RowTableModel(CONFLICT_COLUMNS, CONTEXT, self)
        self.proxy = setup_table(ui.conflictTable, self.model, stretch_column=5)
        self.conflicts: list[Conflict] = []
        self.checked = False
        ui.checkButton.clicked.connect(self.run_check)
        ui.rulesButton.clicked.connect(self.edit_rules)
        ui.severityCombo.currentIndexChanged.connect(self.apply_filter)
        ui.kindCombo.currentIndexChanged.connect(self.apply_filter)
        ui.conflictTable.doubleClicked.connect(self.open_session)
        self._kinds_for([])
        self.resize(1100, 620)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.checked:
            self.checked = True
            QTimer.singleShot(0, self.run_check)

    # -- checking -------------------------------------------------------------------------
    def period(self) -> tuple[dt.date, dt.date]:
        return self.ui.fromEdit.date().toPython(), self.ui.toEdit.date().toPython()

    def run_check(self) -> None:
        typed = first_date_problem(self)  # « 31022026 »: Qt would have checked another period
        if typed:
            self.ui.summaryLabel.setText(typed)
            return
        start, end = self.period()
        if end < start:
            self.ui.summaryLabel.setText(self.tr("La fin de la période précède son début."))
            return
        began = time.perf_counter()
        try:
            found = run_with_progress(
                self, self.tr("Vérification du planning…"), self.office.planning.check, start, end
            )
        except Exception as error:  # noqa: BLE001 - shown in French, logged when unexpected
            show_error(self, error)
            return
        self.checked = True
        self.show_conflicts(found, time.perf_counter() - began)

    def show_conflicts(self, conflicts: list[Conflict], seconds: float = 0.0) -> None:
        self.conflicts = conflicts
        self._kinds_for(conflicts)
        blocking = sum(c.blocking for c in conflicts)
        start, end = self.period()
        if conflicts:
            text = self.tr("{n} du {start} au {end} : {b}, {w}.")
        else:
            text = self.tr("Aucun conflit du {start} au {end}.")
        text = text.format(
            n=fmt.plural(len(conflicts), self.tr("conflit"), self.tr("conflits")),
            b=fmt.plural(blocking, self.tr("bloquant"), self.tr("bloquants")),
            w=fmt.plural(
                len(conflicts) - blocking, self.tr("avertissement"), self.tr("avertissements")
            ),
            start=f"{start:%d/%m/%Y}",
            end=f"{end:%d/%m/%Y}",
        )
        if seconds:
            text += " " + self.tr("(vérifié en {s} s)").format(s=f"{seconds:.2f}".replace(".", ","))
        self.ui.summaryLabel.setText(text)
        self.apply_filter()

    def _kinds_for(self, conflicts: list[Conflict]) -> None:
        counts = Counter(c.kind for c in conflicts)
        pairs = [(None, self.tr("Tous les types ({n})").format(n=len(conflicts)))]
        pairs += [
            (kind, f"{self.tr(label)} ({counts[kind]})")
            for kind, (label, _default) in CONFLICT_KINDS.items()
            if counts[kind]
        ]
        fill_combo(self.ui.kindCombo, pairs)

    def apply_filter(self) -> None:
        severity = self.ui.severityCombo.currentData()
        kind = self.ui.kindCombo.currentData()
        shown = [
            line
            for line in conflict_lines(self.conflicts)
            if (severity is None or line.conflict.severity == severity)
            and (kind is None or line.conflict.kind == kind)
        ]
        self.model.set_rows(shown)
        ui = self.ui
        ui.stack.setCurrentWidget(ui.conflictTable if self.conflicts else ui.emptyLabel)
        fit_columns(ui.conflictTable, skip=5, maximum=260)

    def choose(self, *, severity: str | None = None, kind: str | None = None) -> None:
        select_data(self.ui.severityCombo, severity)
        select_data(self.ui.kindCombo, kind)

    # -- acting ---------------------------------------------------------------------------
    def edit_rules(self) -> PlanningRulesDialog:
        dialog = PlanningRulesDialog(self.office, self)
        dialog.accepted.connect(self.run_check)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def open_session(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index) if self.proxy is not None else index
        line = self.model.row_at(source.row())
        if line is None or not line.conflict.session_codes:
            return
        code = line.conflict.session_codes[0]
        match = [s for s in self.office.sessions.list(text=code) if s.code == code]
        if match:
            self.session_requested.emit(match[0].id)
