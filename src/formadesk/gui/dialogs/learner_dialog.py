"""The learner's record: create or edit one learner (forms/learner_dialog.ui)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.formatting import date_short
from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerData, LearnerRow
from formadesk.core.vocabulary import CIVILITIES, LEARNER_STATUSES

from ..formdialog import FormDialog
from ..forms.ui_learner_dialog import Ui_LearnerDialog
from ..widgets.inputs import parse_date_fr

__all__ = ["LearnerDialog", "parse_date_fr"]


class LearnerDialog(FormDialog):
    """Create (``learner_id=None``) or edit a learner; nothing is written until a valid save."""

    field_widgets = {
        "last_name": "lastNameEdit",
        "first_name": "firstNameEdit",
        "birth_date": "birthDateEdit",
        "email": "emailEdit",
        "phone": "phoneEdit",
        "postal_code": "postalCodeEdit",
        "status": "statusCombo",
        "employer_name": "employerEdit",
        "employer_siret": "employerSiretEdit",
        "birth_name": "birthNameEdit",
        "address": "addressEdit",
        "city": "cityEdit",
        "job_title": "jobTitleEdit",
        "accessibility_needs": "accessibilityEdit",
        "notes": "notesEdit",
    }

    def __init__(
        self, office: Office, learner_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.office = office
        self.ui = Ui_LearnerDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Enregistrer")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        for civility in CIVILITIES:
            self.ui.civilityCombo.addItem(civility or "—", civility)
        for key, label in LEARNER_STATUSES.items():
            self.ui.statusCombo.addItem(label, key)
        self.ui.errorLabel.hide()
        self._form_errors: dict[str, str] = {}
        self._data = office.learners.get(learner_id) if learner_id else LearnerData()
        if learner_id:
            self.refetch = lambda: office.learners.get(learner_id)
        self.load(self._data)
        if learner_id:
            if (when := office.privacy.anonymised_at(learner_id)) is not None:
                self._read_only(when)
        else:
            self.setWindowTitle(self.tr("Nouvel apprenant"))
        self.ui.lastNameEdit.setFocus()

    def _read_only(self, when) -> None:
        """An anonymised record is shown, never edited (the core refuses it anyway)."""
        for child in self.findChildren(QWidget):
            if isinstance(child, (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QCheckBox)):
                child.setEnabled(False)
            if isinstance(child, (QLineEdit, QPlainTextEdit, QTextEdit)):
                child.setPlaceholderText("")  # « 06 12 34 56 78 » would read as data
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        self.ui.errorLabel.setText(
            self.tr(
                "Données personnelles anonymisées le %1 : la fiche ne se modifie plus. "
                "Créez une nouvelle fiche si la personne revient."
            ).replace("%1", f"{when:%d/%m/%Y}")
        )
        self.ui.errorLabel.show()

    def load(self, data: LearnerData) -> None:
        ui = self.ui
        if data.id:  # the name as saved (it changes when the form is reloaded)
            name = f"{data.last_name.upper()} {data.first_name}".strip()
            self.setWindowTitle(self.tr("Apprenant : %1").replace("%1", name))
        ui.civilityCombo.setCurrentIndex(max(0, ui.civilityCombo.findData(data.civility)))
        ui.lastNameEdit.setText(data.last_name)
        ui.firstNameEdit.setText(data.first_name)
        ui.birthNameEdit.setText(data.birth_name)
        ui.birthDateEdit.setText(date_short(data.birth_date))
        ui.emailEdit.setText(data.email)
        ui.phoneEdit.setText(data.phone)
        ui.addressEdit.setText(data.address)
        ui.postalCodeEdit.setText(data.postal_code)
        ui.cityEdit.setText(data.city)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(data.status)))
        ui.employerEdit.setText(data.employer_name)
        ui.employerSiretEdit.setText(data.employer_siret)
        ui.jobTitleEdit.setText(data.job_title)
        ui.accessibilityEdit.setPlainText(data.accessibility_needs)
        ui.accessibleRoomCheck.setChecked(data.needs_accessible_room)
        ui.notesEdit.setPlainText(data.notes)

    def collect(self) -> LearnerData:
        """The learner as typed (a fresh object: a failed save leaves ``_data`` untouched)."""
        ui = self.ui
        self._form_errors: dict[str, str] = {}
        try:
            birth_date = parse_date_fr(ui.birthDateEdit.text())
        except ValueError as error:
            self._form_errors["birth_date"] = str(error)  # reported with the service's checks
            birth_date = None
        return LearnerData(
            id=self._data.id,
            civility=ui.civilityCombo.currentData() or "",
            last_name=ui.lastNameEdit.text(),
            first_name=ui.firstNameEdit.text(),
            birth_name=ui.birthNameEdit.text().strip(),
            birth_date=birth_date,
            email=ui.emailEdit.text(),
            phone=ui.phoneEdit.text(),
            address=ui.addressEdit.text().strip(),
            postal_code=ui.postalCodeEdit.text(),
            city=ui.cityEdit.text().strip(),
            status=ui.statusCombo.currentData() or "",
            employer_name=ui.employerEdit.text().strip(),
            employer_siret=ui.employerSiretEdit.text(),
            job_title=ui.jobTitleEdit.text().strip(),
            accessibility_needs=ui.accessibilityEdit.toPlainText().strip(),
            needs_accessible_room=ui.accessibleRoomCheck.isChecked(),
            notes=ui.notesEdit.toPlainText().strip(),
        )

    def commit(self, data: LearnerData) -> int:
        learners = self.office.learners
        try:
            learners.validate(data)
        except ValidationError as error:
            raise ValidationError({**self._form_errors, **error.errors}) from None
        if self._form_errors:
            raise ValidationError(self._form_errors)
        # Same e-mail, or same names (and birth date): the user decides, the service refuses
        # a likely duplicate unless told it is another person.
        duplicates = learners.possible_duplicates(data, homonyms=data.id is None)
        if duplicates and not self.confirm_duplicates(duplicates):
            raise FormadeskError(
                self.tr(
                    "Rien n'a été enregistré : cet apprenant existe peut-être déjà. "
                    "Cherchez-le dans la liste des apprenants, ou corrigez la fiche."
                )
            )
        return learners.save(data, allow_duplicate=bool(duplicates))

    def confirm_duplicates(self, duplicates: list[LearnerRow]) -> bool:
        """Ask whether to create the learner anyway; tests override this."""
        lines = "\n".join(
            f"• {row.full_name}"
            + (f", né(e) le {date_short(row.birth_date)}" if row.birth_date else "")
            + (f" ({row.email})" if row.email else "")
            for row in duplicates
        )
        text = (
            self.tr("Un apprenant qui pourrait être le même existe déjà :")
            + f"\n\n{lines}\n\n"
            + self.tr("Enregistrer quand même ?")
        )
        answer = QMessageBox.question(self, self.tr("Doublon possible"), text)
        return answer == QMessageBox.StandardButton.Yes
