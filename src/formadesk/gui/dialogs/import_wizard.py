"""« Importer des apprenants »: a wizard from a spreadsheet to learners written all at once.

Pages: the file → which column holds what (guessed, editable, with sample values) → the
preview of every row (refused rows with their reasons, duplicates with Ignorer / Mettre à jour
/ Créer quand même) → optionally enrol them in a session → confirm → the result, whose row
report can be saved as Excel. Nothing is written before « Importer »; then all in one
transaction (``office.learner_import``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.learner_import import (
    FIELDS,
    IGNORED_LABEL,
    ImportFile,
    ImportPreview,
    ImportResult,
)

from ..forms.ui_import_file_page import Ui_ImportFilePage
from ..tasks import run_with_progress
from .import_wizard_pages import EnrolPage, PreviewPage
from .import_wizard_result import ConfirmPage, ResultPage

ERROR_STYLE = "color: #b00020;"
SAMPLES = 3


class ImportWizard(QWizard):
    """The import, page by page; ``file``, ``preview`` and ``result`` fill in as it goes."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.file: ImportFile | None = None
        self.preview: ImportPreview | None = None
        self.result: ImportResult | None = None
        self.setWindowTitle(self.tr("Importer des apprenants"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        buttons = QWizard.WizardButton
        for button, text in (
            (buttons.BackButton, self.tr("< &Précédent")),
            (buttons.NextButton, self.tr("&Suivant >")),
            (buttons.CommitButton, self.tr("&Importer")),
            (buttons.FinishButton, self.tr("&Terminer")),
            (buttons.CancelButton, self.tr("Annuler")),
        ):
            self.setButtonText(button, text)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.enrol_page = EnrolPage(self)
        self.confirm_page = ConfirmPage(self)
        self.result_page = ResultPage(self)
        for page in (
            self.file_page,
            self.mapping_page,
            self.preview_page,
            self.enrol_page,
            self.confirm_page,
            self.result_page,
        ):
            self.addPage(page)
        self.resize(1040, 660)


class FilePage(QWizardPage):
    """Choose the file; it is read when the user goes on (errors shown on the page)."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(self.tr("Rien n'est enregistré avant la dernière étape."))
        self.form = QWidget(self)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.ui.errorLabel.hide()
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.pathEdit.textChanged.connect(lambda _text: self.completeChanged.emit())

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir la liste des apprenants"),
            self.ui.pathEdit.text(),
            self.tr("Classeurs et fichiers CSV (*.xlsx *.csv);;Tous les fichiers (*)"),
        )
        if name:
            self.ui.pathEdit.setText(name)

    def set_path(self, path: str | Path) -> None:
        self.ui.pathEdit.setText(str(path))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return bool(self.ui.pathEdit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        try:
            self.wizard_.file = run_with_progress(
                self,
                self.tr("Lecture du fichier…"),
                self.wizard_.office.learner_import.read,
                self.ui.pathEdit.text().strip(),
            )
        except FormadeskError as error:
            self.ui.errorLabel.setText(str(error))
            self.ui.errorLabel.show()
            return False
        self.ui.errorLabel.hide()
        return True


class MappingPage(QWizardPage):
    """One row per column of the file: its header, sample values, and the learner field it
    fills (guessed; « (ignorer) » leaves the column out)."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Colonnes du fichier"))
        self.setSubTitle(
            self.tr(
                "Vérifiez à quelle information correspond chaque colonne. Les colonnes "
                "« (ignorer) » ne sont pas importées ; le nom et le prénom sont obligatoires."
            )
        )
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Colonne du fichier"), self.tr("Exemples"), self.tr("Information")]
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)
        header.resizeSection(2, 220)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.error_label)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        file = self.wizard_.file
        assert file is not None
        self.table.setRowCount(len(file.headers))
        self.combos = []
        for index, header in enumerate(file.headers):
            name = QTableWidgetItem(
                header or self.tr("(colonne %1 sans titre)").replace("%1", str(index + 1))
            )
            self.table.setItem(index, 0, name)
            self.table.setItem(index, 1, QTableWidgetItem(" · ".join(file.samples(index, SAMPLES))))
            combo = QComboBox(self.table)
            combo.addItem(IGNORED_LABEL, None)
            for field, label in FIELDS.items():
                combo.addItem(label, field)
            combo.setCurrentIndex(max(combo.findData(file.mapping.get(index)), 0))
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.error_label.hide()

    def mapping(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def set_field(self, column: int, field: str | None) -> None:
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(field), 0))

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        wizard = self.wizard_
        try:
            wizard.preview = run_with_progress(
                self,
                self.tr("Vérification de chaque ligne…"),
                wizard.office.learner_import.preview,
                wizard.file,
                self.mapping(),
            )
        except FormadeskError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return False
        return True
