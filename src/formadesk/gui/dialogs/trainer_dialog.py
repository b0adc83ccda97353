"""The trainer dialog: identity, status, rates, skills, courses allowed, unavailable periods."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.resource_records import TrainerData
from formadesk.core.vocabulary import CIVILITIES

from ..forms.ui_trainer_dialog import Ui_TrainerDialog
from ..widgets.checklists import (
    checked_ids,
    fill_checklist,
    filter_list,
    set_checked_ids,
    show_first_checked,
)
from ..widgets.inputs import french_buttons
from .guarded import TabbedFormDialog


class TrainerDialog(TabbedFormDialog):
    """Create or edit a trainer, internal or external; nothing is written until it is valid."""

    field_widgets = {
        "last_name": "lastNameEdit",
        "first_name": "firstNameEdit",
        "email": "emailEdit",
        "phone": "phoneEdit",
        "siret": "siretEdit",
        "hourly_rate_cents": "hourlyRateEdit",
        "daily_rate_cents": "dailyRateEdit",
        "unavailable": "periodsEditor",
        "company_name": "companyEdit",
        "nda": "ndaEdit",
        "skills": "skillsEdit",
        "qualifications": "qualificationsEdit",
    }

    def __init__(
        self, office: Office, trainer_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_TrainerDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        for civility in CIVILITIES:
            ui.civilityCombo.addItem(civility or "—", civility)
        ui.externalRadio.toggled.connect(self._update_external)
        ui.courseFilterEdit.textChanged.connect(lambda text: filter_list(ui.courseList, text))
        self._data = office.resources.get_trainer(trainer_id) if trainer_id else TrainerData()
        if trainer_id:
            self.refetch = lambda: office.resources.get_trainer(trainer_id)
        if trainer_id:  # « Échanges »: the journal of exchanges with this trainer
            from ..widgets.exchange_history import ExchangeHistory

            self.exchanges = ExchangeHistory(office, ui.tabs)
            self.exchanges.setObjectName("trainerExchanges")
            ui.tabs.addTab(self.exchanges, self.tr("Échanges"))
            self.exchanges.counted.connect(
                lambda n: ui.tabs.setTabText(
                    ui.tabs.indexOf(self.exchanges), self.tr("Échanges ({n})").format(n=n)
                )
            )
            self.exchanges.show_for(trainer_id=trainer_id)
        courses = [
            (c.id, f"{c.code} — {c.title}")
            for c in office.courses.list()
            if c.active or c.id in self._data.course_ids
        ]
        fill_checklist(ui.courseList, courses)
        self.load(self._data)
        if trainer_id:
            self.setWindowTitle(
                self.tr("Formateur : {first} {last}").format(
                    first=self._data.first_name, last=self._data.last_name
                )
            )
        else:
            self.setWindowTitle(self.tr("Nouveau formateur"))
        ui.lastNameEdit.setFocus()

    def load(self, data: TrainerData) -> None:
        ui = self.ui
        ui.civilityCombo.setCurrentIndex(max(0, ui.civilityCombo.findData(data.civility)))
        ui.lastNameEdit.setText(data.last_name)
        ui.firstNameEdit.setText(data.first_name)
        ui.emailEdit.setText(data.email)
        ui.phoneEdit.setText(data.phone)
        ui.internalRadio.setChecked(data.internal)
        ui.externalRadio.setChecked(not data.internal)
        ui.companyEdit.setText(data.company_name)
        ui.siretEdit.setText(data.siret)
        ui.ndaEdit.setText(data.nda)
        ui.activeCheck.setChecked(data.active)
        ui.hourlyRateEdit.setText(
            fmt.money(data.hourly_rate_cents) if data.hourly_rate_cents else ""
        )
        ui.dailyRateEdit.setText(fmt.money(data.daily_rate_cents) if data.daily_rate_cents else "")
        ui.skillsEdit.setPlainText(data.skills)
        ui.qualificationsEdit.setPlainText(data.qualifications)
        set_checked_ids(ui.courseList, data.course_ids)
        show_first_checked(ui.courseList)
        ui.periodsEditor.set_periods(data.unavailable)
        self._update_external()

    def _update_external(self) -> None:
        external = self.ui.externalRadio.isChecked()
        for widget in (self.ui.companyEdit, self.ui.siretEdit, self.ui.ndaEdit):
            widget.setEnabled(external)

    def collect(self) -> TrainerData:
        ui = self.ui
        errors: dict[str, str] = {}
        rates = {}
        for field, edit in (
            ("hourly_rate_cents", ui.hourlyRateEdit),
            ("daily_rate_cents", ui.dailyRateEdit),
        ):
            try:
                rates[field] = fmt.parse_money(edit.text())
            except ValueError as error:
                errors[field] = str(error)
        if errors:
            raise ValidationError(errors)
        external = ui.externalRadio.isChecked()
        return TrainerData(
            id=self._data.id,
            civility=ui.civilityCombo.currentData() or "",
            last_name=ui.lastNameEdit.text().strip(),
            first_name=ui.firstNameEdit.text().strip(),
            email=ui.emailEdit.text().strip(),
            phone=ui.phoneEdit.text().strip(),
            internal=not external,
            company_name=ui.companyEdit.text().strip() if external else "",
            siret=ui.siretEdit.text().strip() if external else "",
            nda=ui.ndaEdit.text().strip() if external else "",
            hourly_rate_cents=rates["hourly_rate_cents"],
            daily_rate_cents=rates["daily_rate_cents"],
            skills=ui.skillsEdit.toPlainText().strip(),
            qualifications=ui.qualificationsEdit.toPlainText().strip(),
            active=ui.activeCheck.isChecked(),
            course_ids=checked_ids(ui.courseList),
            unavailable=ui.periodsEditor.periods(),
        )

    def commit(self, data: TrainerData) -> int:
        return self.office.resources.save_trainer(data)
