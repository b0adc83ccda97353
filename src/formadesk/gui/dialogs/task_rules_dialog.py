"""Paramètres › « Tâches automatiques… »: each rule on or off with its number, and when tasks
show up; saved in one go through ``office.tasks.save_rules``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core.office import Office
from formadesk.core.tasks.service import RuleRow

from ..formdialog import FormDialog
from ..forms.ui_task_rules_dialog import Ui_TaskRulesDialog
from ..widgets.inputs import french_buttons

LEAD_SETTING = "tasks.lead_days"
LOOKBACK_SETTING = "tasks.lookback_days"


class TaskRulesDialog(FormDialog):
    """The rules of ``office.tasks.rules()``; « Enregistrer » saves them all, or says why not."""

    field_widgets = {"lead": "leadSpin", "lookback": "lookbackSpin"}

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_TaskRulesDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.rules: list[RuleRow] = office.tasks.rules()
        self.spins: dict[str, QSpinBox] = {}
        self._fill()
        lead, lookback = office.tasks.timing()
        ui.leadSpin.setRange(0, 90)
        ui.leadSpin.setValue(lead)
        ui.lookbackSpin.setRange(7, 3650)
        ui.lookbackSpin.setValue(lookback)
        ui.timingLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.resize(980, 680)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.ui.rulesTable.resizeRowsToContents()  # the descriptions wrap at the shown width

    def _fill(self) -> None:
        table = self.ui.rulesTable
        labels: list[QLabel] = []
        table.setRowCount(len(self.rules))
        table.verticalHeader().hide()
        for row, rule in enumerate(self.rules):
            check = QTableWidgetItem(rule.label)
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, rule.key)
            check.setToolTip(rule.description)
            table.setItem(row, 0, check)
            cell = QWidget(table)
            layout = QHBoxLayout(cell)
            layout.setContentsMargins(6, 0, 6, 0)
            if rule.value is not None:
                label = QLabel(rule.value_label + " :", cell)
                spin = QSpinBox(cell)
                spin.setObjectName(f"value_{rule.key}")
                spin.setRange(rule.low, rule.high)
                spin.setValue(rule.value)
                spin.setToolTip(
                    self.tr("Entre {low} et {high}").format(low=rule.low, high=rule.high)
                )
                label.setBuddy(spin)
                labels.append(label)
                layout.addWidget(label)
                layout.addWidget(spin)
                self.spins[rule.key] = spin
            layout.addStretch(1)
            table.setCellWidget(row, 1, cell)
            description = QTableWidgetItem(rule.description)
            description.setFlags(Qt.ItemFlag.ItemIsEnabled)
            description.setToolTip(rule.description)
            table.setItem(row, 2, description)
        widest = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:  # the numbers line up in one column
            label.setMinimumWidth(widest)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_args: table.resizeRowsToContents())
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    # -- reading and saving ---------------------------------------------------------------
    def row_of(self, key: str) -> int:
        return next(i for i, rule in enumerate(self.rules) if rule.key == key)

    def set_enabled(self, key: str, enabled: bool) -> None:
        state = Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
        self.ui.rulesTable.item(self.row_of(key), 0).setCheckState(state)

    def collect(self) -> dict[str, tuple[bool, int | None]]:
        table = self.ui.rulesTable
        changes = {}
        for row, rule in enumerate(self.rules):
            enabled = table.item(row, 0).checkState() == Qt.CheckState.Checked
            spin = self.spins.get(rule.key)
            changes[rule.key] = (enabled, spin.value() if spin is not None else None)
        return changes

    def commit(self, changes: dict[str, tuple[bool, int | None]]) -> None:
        self.office.tasks.save_rules(
            changes,
            lead_days=self.ui.leadSpin.value(),
            lookback_days=self.ui.lookbackSpin.value(),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        fields = {}
        for key, message in errors.items():
            if key == LEAD_SETTING:
                fields["lead"] = message
            elif key == LOOKBACK_SETTING:
                fields["lookback"] = message
            else:
                fields[key] = message
                spin = self.spins.get(key)
                if spin is not None:
                    self.field_widgets = {**self.field_widgets, key: spin.objectName()}
        super().show_errors(fields)
