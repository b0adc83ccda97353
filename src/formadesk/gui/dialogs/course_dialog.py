"""The course dialog: one catalogue entry (forms/course_dialog.ui)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.catalogue import BPF_OBJECTIVES, CourseData
from formadesk.core.vocabulary import MODALITIES

from ..formdialog import FormDialog
from ..forms.ui_course_dialog import Ui_CourseDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data

LEVELS = ("Initiation", "Intermédiaire", "Perfectionnement", "Expert")


class CourseDialog(FormDialog):
    """Create or edit a course of the catalogue; nothing is written until it is valid."""

    field_widgets = {
        "code": "codeEdit",
        "title": "titleEdit",
        "duration_minutes": "durationEdit",
        "price_cents": "priceEdit",
        "intra_price_cents": "intraPriceEdit",
        "modality": "modalityCombo",
        "nsf_code": "nsfEdit",
        "bpf_objective": "bpfObjectiveCombo",
        "level": "levelCombo",
        "certification_code": "certificationEdit",
        "sanction": "sanctionCombo",
        "objectives": "objectivesEdit",
        "audience": "audienceEdit",
        "prerequisites": "prerequisitesEdit",
        "programme": "programmeEdit",
        "teaching_means": "meansEdit",
        "assessment_method": "assessmentEdit",
        "what_to_bring": "bringEdit",
    }

    def __init__(self, office: Office, course_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = Ui_CourseDialog()
        self.ui.setupUi(self)
        french_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        fill_combo(self.ui.modalityCombo, MODALITIES)
        self.ui.levelCombo.addItems(["", *LEVELS])
        fill_combo(
            self.ui.bpfObjectiveCombo,
            [("", self.tr("— à préciser —")), *BPF_OBJECTIVES.items()],
        )
        self.ui.sanctionCombo.addItems(
            [
                self.tr("Attestation de fin de formation"),
                self.tr("Certificat de réalisation"),
                self.tr("Certification professionnelle"),
            ]
        )
        self.ui.errorLabel.hide()
        self._data = office.courses.get(course_id) if course_id else CourseData()
        if course_id:
            self.refetch = lambda: office.courses.get(course_id)
        self.load(self._data)
        if course_id:
            self.setWindowTitle(self.tr("Formation {code}").format(code=self._data.code))
        else:
            self.setWindowTitle(self.tr("Nouvelle formation"))

    def load(self, data: CourseData) -> None:
        ui = self.ui
        ui.codeEdit.setText(data.code)
        ui.titleEdit.setText(data.title)
        ui.titleEdit.setCursorPosition(0)
        ui.durationEdit.setText(fmt.hours(data.duration_minutes) if data.duration_minutes else "")
        ui.priceEdit.setText(_money_text(data.price_cents))
        ui.intraPriceEdit.setText(_money_text(data.intra_price_cents))
        select_data(ui.modalityCombo, data.modality)
        ui.nsfEdit.setText(data.nsf_code)
        if not select_data(ui.bpfObjectiveCombo, data.bpf_objective):
            select_data(ui.bpfObjectiveCombo, "")
        ui.levelCombo.setCurrentText(data.level)
        ui.certificationEdit.setText(data.certification_code)
        ui.sanctionCombo.setCurrentText(data.sanction)
        ui.activeCheck.setChecked(data.active)
        ui.objectivesEdit.setPlainText("\n".join(data.objectives))
        ui.audienceEdit.setPlainText(data.audience)
        ui.prerequisitesEdit.setPlainText(data.prerequisites)
        ui.programmeEdit.setPlainText(data.programme)
        ui.meansEdit.setPlainText(data.teaching_means)
        ui.assessmentEdit.setPlainText(data.assessment_method)
        ui.bringEdit.setPlainText(data.what_to_bring)

    def collect(self) -> CourseData:
        """Read the form; fields the form itself cannot read raise ValidationError."""
        ui = self.ui
        errors: dict[str, str] = {}
        duration = _parsed(errors, "duration_minutes", fmt.parse_hours, ui.durationEdit.text())
        price = _parsed(errors, "price_cents", fmt.parse_money, ui.priceEdit.text())
        intra = _parsed(errors, "intra_price_cents", fmt.parse_money, ui.intraPriceEdit.text())
        if errors:
            raise ValidationError(errors)
        return CourseData(
            id=self._data.id,
            code=ui.codeEdit.text().strip(),
            title=ui.titleEdit.text().strip(),
            objectives=ui.objectivesEdit.toPlainText().splitlines(),
            programme=ui.programmeEdit.toPlainText().strip(),
            prerequisites=ui.prerequisitesEdit.toPlainText().strip(),
            audience=ui.audienceEdit.toPlainText().strip(),
            teaching_means=ui.meansEdit.toPlainText().strip(),
            assessment_method=ui.assessmentEdit.toPlainText().strip(),
            what_to_bring=ui.bringEdit.toPlainText().strip(),
            duration_minutes=duration,
            price_cents=price,
            intra_price_cents=intra,
            modality=ui.modalityCombo.currentData() or "",
            nsf_code=ui.nsfEdit.text().strip(),
            bpf_objective=ui.bpfObjectiveCombo.currentData() or "",
            level=ui.levelCombo.currentText().strip(),
            certification_code=ui.certificationEdit.text().strip().upper(),
            sanction=ui.sanctionCombo.currentText().strip(),
            active=ui.activeCheck.isChecked(),
        )

    def commit(self, data: CourseData) -> int:
        return self.office.courses.save(data)

    def show_errors(self, errors: dict[str, str]) -> None:
        # Every checked field is on the first page: show it so the outline can be seen.
        self.ui.tabs.setCurrentIndex(0)
        super().show_errors(errors)


def _parsed(errors: dict[str, str], field: str, parse: Callable[[str], int], text: str) -> int:
    """Parse one text field, noting a French error instead of raising."""
    try:
        return parse(text)
    except ValueError as error:
        errors[field] = str(error)
        return 0


def _money_text(cents: int | None) -> str:
    return fmt.money(cents) if cents else ""
