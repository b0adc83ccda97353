"""The « Textes des documents », « Conservation » and « Suivi qualité » pages of the settings.

« Conservation » holds the retention periods (years) and, per retention category of
documents (``core/services/document_families``), whether a person's documents are kept or
removed when they are anonymised: one combo per category, made from the categories.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel

from formadesk.core.office import Office
from formadesk.core.services.document_families import CATEGORIES, CHOICES
from formadesk.core.services.organisation import OrganisationData

ACCESS_DELAY, BRING = "documents.access_delay", "documents.what_to_bring"
LEARNER_YEARS, ATTENDANCE_YEARS, INVOICES_YEARS = (
    "retention.learner_years",
    "retention.attendance_years",
    "retention.invoices_years",
)
# Setting key (or organisation field) -> widget to outline when it is wrong.
TEXT_WIDGETS = {
    ACCESS_DELAY: "accessDelayEdit",
    BRING: "bringDefaultEdit",
    "internal_rules": "internalRulesEdit",
    "welcome_booklet": "welcomeBookletEdit",
}
SPIN_WIDGETS = {
    LEARNER_YEARS: "learnerYearsSpin",
    ATTENDANCE_YEARS: "attendanceYearsSpin",
    INVOICES_YEARS: "invoicesYearsSpin",
    # « Suivi qualité »: delays that make follow-up tasks (whole days, same kind of field).
    "evaluations.results_reminder_days": "resultsReminderSpin",
    "quality.complaint_ack_days": "complaintAckSpin",
    "quality.complaint_answer_days": "complaintAnswerSpin",
}
# « Documents d'une personne anonymisée »: one combo per retention category.
DOCUMENT_WIDGETS = {category.setting: f"{category.key}DocumentsCombo" for category in CATEGORIES}
RETENTION_WIDGETS = SPIN_WIDGETS | DOCUMENT_WIDGETS  # where each setting's error is shown


class TextSettings:
    """Document texts (settings and two organisation fields), retention periods and the
    follow-up delays."""

    def __init__(self, ui, office: Office):
        self.ui, self.office = ui, office
        self.document_combos: dict[str, QComboBox] = {}
        page = ui.keptDocumentsGroup
        for category in CATEGORIES:
            combo = QComboBox(page)
            combo.setObjectName(DOCUMENT_WIDGETS[category.setting])
            combo.setMaximumWidth(160)
            for key, label in CHOICES.items():
                combo.addItem(page.tr(label), key)
            caption = QLabel(f"{category.label} :", page)
            caption.setBuddy(combo)
            ui.keptDocumentsLayout.addRow(caption, combo)
            self.document_combos[category.setting] = combo

    def load(self, data: OrganisationData) -> None:
        get = self.office.settings.get
        self.ui.accessDelayEdit.setPlainText(get(ACCESS_DELAY))
        self.ui.bringDefaultEdit.setPlainText(get(BRING))
        self.ui.internalRulesEdit.setPlainText(data.internal_rules or "")
        self.ui.welcomeBookletEdit.setPlainText(data.welcome_booklet or "")
        for key, name in SPIN_WIDGETS.items():
            spin = getattr(self.ui, name)
            text = get(key).strip()
            spin.setValue(int(text) if text.isdigit() else spin.minimum())
        for key, combo in self.document_combos.items():
            index = combo.findData(get(key).strip())
            combo.setCurrentIndex(max(index, 0))

    def organisation_fields(self) -> dict[str, str]:
        return {
            "internal_rules": self.ui.internalRulesEdit.toPlainText().strip(),
            "welcome_booklet": self.ui.welcomeBookletEdit.toPlainText().strip(),
        }

    def settings(self) -> dict[str, str]:
        values = {
            ACCESS_DELAY: self.ui.accessDelayEdit.toPlainText(),
            BRING: self.ui.bringDefaultEdit.toPlainText(),
        }
        values |= {key: str(getattr(self.ui, name).value()) for key, name in SPIN_WIDGETS.items()}
        return values | {key: combo.currentData() for key, combo in self.document_combos.items()}
