"""A question of the bank: its text, answer scale, choices (one a line), theme, active."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from formadesk.core.office import Office
from formadesk.core.services.surveys import QUESTION_SCALES, QuestionData

from ..formdialog import FormDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data


class SurveyQuestionDialog(FormDialog):
    """New or edited question; saved through ``office.surveys.save_question``."""

    field_widgets = {"text": "textEdit", "scale": "scaleCombo", "choices": "choicesEdit"}

    def __init__(self, office: Office, data: QuestionData | None = None, parent=None):
        super().__init__(parent)
        self.office = office
        self.data = data or QuestionData()
        self.setWindowTitle(
            self.tr("Modifier la question") if self.data.id else self.tr("Nouvelle question")
        )
        self.setObjectName("surveyQuestionDialog")
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.text_edit = QLineEdit(self.data.text, objectName="textEdit")
        self.scale_combo = QComboBox(objectName="scaleCombo")
        fill_combo(self.scale_combo, QUESTION_SCALES)
        select_data(self.scale_combo, self.data.scale)
        self.choices_edit = QPlainTextEdit("\n".join(self.data.choices), objectName="choicesEdit")
        self.choices_edit.setPlaceholderText(self.tr("Un choix par ligne"))
        self.theme_edit = QLineEdit(self.data.theme, objectName="themeEdit")
        self.active_check = QCheckBox(self.tr("Proposée dans les questionnaires"))
        self.active_check.setChecked(self.data.active)
        form.addRow(self.tr("&Question :"), self.text_edit)
        form.addRow(self.tr("&Réponse :"), self.scale_combo)
        form.addRow(self.tr("&Choix :"), self.choices_edit)
        form.addRow(self.tr("&Thème :"), self.theme_edit)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        error = QLabel(objectName="errorLabel", wordWrap=True)
        error.setStyleSheet("color: #c0392b;")
        error.hide()
        layout.addWidget(error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        french_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.scale_combo.currentIndexChanged.connect(self._scale_changed)
        self._scale_changed()

    def _scale_changed(self, *_args) -> None:
        self.choices_edit.setEnabled(self.scale_combo.currentData() == "choix")

    def collect(self) -> QuestionData:
        return QuestionData(
            text=self.text_edit.text(),
            scale=self.scale_combo.currentData(),
            choices=self.choices_edit.toPlainText().splitlines(),
            theme=self.theme_edit.text(),
            active=self.active_check.isChecked(),
            id=self.data.id,
        )

    def commit(self, data: QuestionData) -> int:
        return self.office.surveys.save_question(data)
