"""« Procédure de session… »: the steps every session follows, their deadlines and proofs.

One row per step: its label, whether its deadline counts from the first or last day, the
number of days (signed), what proves it (or « Cochée à la main »), whether closing a session
requires it, and whether it is in use. Rows are added, removed and moved; « Enregistrer »
replaces the procedure in one go, and a refused save leaves the table as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core.office import Office
from formadesk.core.services.checklist import EVIDENCE_KINDS, StepData
from formadesk.core.services.checklist_procedure import ANCHORS, MAX_OFFSET

from ..formdialog import FormDialog
from ..forms.ui_procedure_dialog import Ui_ProcedureDialog
from ..messages import confirm
from ..widgets.inputs import fill_combo, french_buttons, select_data

LABEL, ANCHOR, DAYS, EVIDENCE, REQUIRED, ACTIVE = range(6)
ID_ROLE = Qt.ItemDataRole.UserRole
TICKS_ROLE = Qt.ItemDataRole.UserRole + 1
ERROR_BACKGROUND = QColor("#fdecea")
ANCHOR_LABELS = {"debut": "début", "fin": "fin"}
assert set(ANCHOR_LABELS) == set(ANCHORS)


class ProcedureDialog(FormDialog):
    """Edit the office's session procedure (Paramètres › Procédure de session…)."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_ProcedureDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        header = ui.stepTable.horizontalHeader()
        header.setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (ANCHOR, DAYS, EVIDENCE, REQUIRED, ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        ui.addButton.clicked.connect(self.add_step)
        ui.removeButton.clicked.connect(self.remove_step)
        ui.upButton.clicked.connect(lambda: self.move_step(-1))
        ui.downButton.clicked.connect(lambda: self.move_step(1))
        ui.stepTable.itemSelectionChanged.connect(self._update_buttons)
        self.load()

    # -- the table ------------------------------------------------------------------------
    def load(self) -> None:
        rows = self.office.checklist.steps()
        steps = [
            StepData(r.label, r.anchor, r.offset_days, r.evidence, r.required, r.active, r.id)
            for r in rows
        ]
        self._ticks = {r.id: r.hand_ticks for r in rows}
        self._fill(steps)

    def _fill(self, steps: list[StepData], current: int | None = None) -> None:
        table = self.ui.stepTable
        table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            label = QTableWidgetItem(step.label)
            label.setData(ID_ROLE, step.id)
            table.setItem(row, LABEL, label)
            anchor = QComboBox(table)
            fill_combo(anchor, [(k, self.tr(v)) for k, v in ANCHOR_LABELS.items()])
            select_data(anchor, step.anchor)
            table.setCellWidget(row, ANCHOR, anchor)
            days = QSpinBox(table)
            days.setRange(-MAX_OFFSET, MAX_OFFSET)
            days.setValue(step.offset_days if isinstance(step.offset_days, int) else 0)
            days.setToolTip(self.tr("Jours : négatif avant, positif après (J-30 : -30)"))
            table.setCellWidget(row, DAYS, days)
            evidence = QComboBox(table)
            fill_combo(evidence, [(k, self.tr(v)) for k, v in EVIDENCE_KINDS.items()])
            select_data(evidence, step.evidence)
            table.setCellWidget(row, EVIDENCE, evidence)
            for column, value in ((REQUIRED, step.required), (ACTIVE, step.active)):
                cell = QTableWidgetItem()
                cell.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                cell.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
                table.setItem(row, column, cell)
        if current is not None and 0 <= current < len(steps):
            table.selectRow(current)
        self._update_buttons()

    def steps(self) -> list[StepData]:
        """The rows as typed."""
        table = self.ui.stepTable
        steps = []
        for row in range(table.rowCount()):
            label = table.item(row, LABEL)
            steps.append(
                StepData(
                    label=label.text() if label else "",
                    anchor=table.cellWidget(row, ANCHOR).currentData(),
                    offset_days=table.cellWidget(row, DAYS).value(),
                    evidence=table.cellWidget(row, EVIDENCE).currentData(),
                    required=table.item(row, REQUIRED).checkState() == Qt.CheckState.Checked,
                    active=table.item(row, ACTIVE).checkState() == Qt.CheckState.Checked,
                    id=label.data(ID_ROLE) if label else None,
                )
            )
        return steps

    def _current_row(self) -> int | None:
        rows = self.ui.stepTable.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_buttons(self) -> None:
        row = self._current_row()
        count = self.ui.stepTable.rowCount()
        self.ui.removeButton.setEnabled(row is not None)
        self.ui.upButton.setEnabled(row is not None and row > 0)
        self.ui.downButton.setEnabled(row is not None and row < count - 1)

    # -- row actions ----------------------------------------------------------------------
    def add_step(self) -> None:
        steps = self.steps()
        row = self._current_row()
        at = len(steps) if row is None else row + 1
        steps.insert(at, StepData(label="", anchor="debut", offset_days=0))
        self._fill(steps, at)
        self.ui.stepTable.setCurrentCell(at, LABEL)
        self.ui.stepTable.editItem(self.ui.stepTable.item(at, LABEL))

    def remove_step(self) -> None:
        row = self._current_row()
        if row is None:
            return
        steps = self.steps()
        ticks = self._ticks.get(steps[row].id, 0) if steps[row].id is not None else 0
        if ticks and not self.ask_remove_ticked(steps[row].label, ticks):
            return
        del steps[row]
        self._fill(steps, min(row, len(steps) - 1))

    def ask_remove_ticked(self, label: str, ticks: int) -> bool:
        """Say that a step ticked by hand is kept, deactivated (tests answer it)."""
        return confirm(
            self,
            self.tr("Retirer une étape"),
            self.tr(
                "« {label} » a été cochée à la main pour {n} session(s) : pour garder cette "
                "trace, elle sera désactivée (plus affichée dans le suivi), pas effacée.\n\n"
                "Retirer l'étape de la procédure ?"
            ).format(label=label, n=ticks),
        )

    def move_step(self, delta: int) -> None:
        row = self._current_row()
        steps = self.steps()
        if row is None or not 0 <= row + delta < len(steps):
            return
        steps[row], steps[row + delta] = steps[row + delta], steps[row]
        self._fill(steps, row + delta)

    # -- saving ---------------------------------------------------------------------------
    def collect(self) -> list[StepData]:
        return self.steps()

    def commit(self, data: list[StepData]) -> None:
        self.office.checklist.save_procedure(data)
        return None

    def clear_errors(self) -> None:
        super().clear_errors()
        table = self.ui.stepTable
        for row in range(table.rowCount()):
            item = table.item(row, LABEL)
            if item is not None:
                item.setBackground(QBrush())
                item.setToolTip("")

    def show_errors(self, errors: dict[str, str]) -> None:
        """The messages below the table; the rows in error tinted, with their message."""
        super().show_errors(errors)
        table = self.ui.stepTable
        for key, message in errors.items():
            row, _, _field = key.partition(".")
            if row.isdigit() and int(row) < table.rowCount():
                item = table.item(int(row), LABEL)
                item.setBackground(QBrush(ERROR_BACKGROUND))
                item.setToolTip(message)
