"""The « Textes des documents », « Conservation » and « Suivi qualité » pages of the settings."""

from __future__ import annotations

from formadesk.core.office import Office
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
RETENTION_WIDGETS = {
    LEARNER_YEARS: "learnerYearsSpin",
    ATTENDANCE_YEARS: "attendanceYearsSpin",
    INVOICES_YEARS: "invoicesYearsSpin",
    # « Suivi qualité »: delays that make follow-up tasks (whole days, same kind of field).
    "evaluations.results_reminder_days": "resultsReminderSpin",
    "quality.complaint_ack_days": "complaintAckSpin",
    "quality.complaint_answer_days": "complaintAnswerSpin",
}


class TextSettings:
    """Document texts (settings and two organisation fields), retention periods and the
    follow-up delays."""

    def __init__(self, ui, office: Office):
        self.ui, self.office = ui, office

    def load(self, data: OrganisationData) -> None:
        get = self.office.settings.get
        self.ui.accessDelayEdit.setPlainText(get(ACCESS_DELAY))
        self.ui.bringDefaultEdit.setPlainText(get(BRING))
        self.ui.internalRulesEdit.setPlainText(data.internal_rules or "")
        self.ui.welcomeBookletEdit.setPlainText(data.welcome_booklet or "")
        for key, name in RETENTION_WIDGETS.items():
            spin = getattr(self.ui, name)
            text = get(key).strip()
            spin.setValue(int(text) if text.isdigit() else spin.minimum())

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
        return values | {
            key: str(getattr(self.ui, name).value()) for key, name in RETENTION_WIDGETS.items()
        }
