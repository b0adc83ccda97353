"""« Règles du planning »: how each kind of conflict is treated, and which holidays count.

``PlanningRulesForm`` fills the combos into any form layout: the dialog and the settings
window's « Planification » page share it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from formadesk.core.office import Office
from formadesk.core.rules.conflict_kinds import (
    CONFLICT_KINDS,
    HOLIDAY_REGION_SETTING,
    SETTING_PREFIX,
    SEVERITY_LABELS,
)

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


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanningRulesDialog", text)


class PlanningRulesForm:
    """One combo per conflict kind in ``kinds_layout``, and the holiday ``region_combo``."""

    def __init__(self, office: Office, kinds_layout: QFormLayout, region_combo: QComboBox):
        self.office, self.region_combo = office, region_combo
        parent = kinds_layout.parentWidget()
        self.combos: dict[str, QComboBox] = {}
        for kind, (label, _default) in CONFLICT_KINDS.items():
            combo = QComboBox(parent)
            combo.setObjectName(f"{kind}Combo")
            fill_combo(combo, [(k, _tr(v)) for k, v in SEVERITY_LABELS.items()])
            caption = QLabel(_tr(label) + " :", parent)
            caption.setBuddy(combo)
            kinds_layout.addRow(caption, combo)
            self.combos[kind] = combo
        fill_combo(region_combo, [(k, _tr(v)) for k, v in REGIONS])

    def load(self) -> None:
        severities = self.office.planning.severities()
        for kind, combo in self.combos.items():
            select_data(combo, severities.get(kind, CONFLICT_KINDS[kind][1]))
        select_data(self.region_combo, self.office.planning.holiday_region())

    def settings(self) -> dict[str, str]:
        """The choices as settings (``conflict.<kind>``, ``planning.holiday_region``)."""
        values = {SETTING_PREFIX + kind: combo.currentData() for kind, combo in self.combos.items()}
        return values | {HOLIDAY_REGION_SETTING: self.region_combo.currentData()}


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
        self.form = PlanningRulesForm(office, ui.kindsLayout, ui.regionCombo)
        self.combos = self.form.combos
        self.load()

    def load(self) -> None:
        self.form.load()

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
