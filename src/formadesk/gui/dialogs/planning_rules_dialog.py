"""« Règles du planning »: how each kind of conflict is treated, and which holidays count."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from formadesk.core.office import Office
from formadesk.core.rules.conflict_kinds import CONFLICT_KINDS, SEVERITY_LABELS

from ..formdialog import FormDialog
from ..forms.ui_planning_rules_dialog import Ui_PlanningRulesDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data

REGIONS = (
    ("", QT_TRANSLATE_NOOP("PlanningRulesDialog", "France (jours fériés nationaux)")),
    (
        "6AE",
        QT_TRANSLATE_NOOP(
            "PlanningRulesDialog", "Alsace (Vendredi saint et Saint-Étienne en plus)"
        ),
    ),
    (
        "57",
        QT_TRANSLATE_NOOP(
            "PlanningRulesDialog", "Moselle (Vendredi saint et Saint-Étienne en plus)"
        ),
    ),
)


class PlanningRulesDialog(FormDialog):
    """One combo per conflict kind (Bloquant / Avertissement / Ignoré) and the holiday region."""

    field_widgets = {"severity": "kindsGroup", "region": "regionCombo"}

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_PlanningRulesDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.combos: dict[str, QComboBox] = {}
        for kind, (label, _default) in CONFLICT_KINDS.items():
            combo = QComboBox(self)
            combo.setObjectName(f"{kind}Combo")
            fill_combo(combo, [(k, self.tr(v)) for k, v in SEVERITY_LABELS.items()])
            caption = QLabel(self.tr(label) + " :", self)
            caption.setBuddy(combo)
            ui.kindsLayout.addRow(caption, combo)
            self.combos[kind] = combo
        fill_combo(ui.regionCombo, [(k, self.tr(v)) for k, v in REGIONS])
        self.load()

    def load(self) -> None:
        severities = self.office.planning.severities()
        for kind, combo in self.combos.items():
            select_data(combo, severities.get(kind, CONFLICT_KINDS[kind][1]))
        select_data(self.ui.regionCombo, self.office.planning.holiday_region())

    def collect(self) -> tuple[dict[str, str], str]:
        severities = {kind: combo.currentData() for kind, combo in self.combos.items()}
        return severities, self.ui.regionCombo.currentData()

    def commit(self, data: tuple[dict[str, str], str]) -> None:
        severities, region = data
        current = self.office.planning.severities()
        for kind, severity in severities.items():
            if current.get(kind) != severity:
                self.office.planning.set_severity(kind, severity)
        if region != self.office.planning.holiday_region():
            self.office.planning.set_holiday_region(region)
        return None
