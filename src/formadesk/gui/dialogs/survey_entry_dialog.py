"""Typing paper questionnaires quickly: pick the respondent, one control per question
(a digit or « o » / « n » picks the answer, Tab goes on), Ctrl+Entrée saves and goes to the
next respondent. Built in code: the questions are the model's."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.surveys import FormQuestion, Respondent, value_labels

from ..messages import show_error
from ..widgets.desktop import open_local
from ..widgets.inputs import fill_combo, select_data

ID_ROLE = Qt.ItemDataRole.UserRole
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e7e34;"


class SurveyEntryDialog(QDialog):
    """Paper answers of one session, respondent after respondent."""

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.controls: dict[int, QComboBox | QLineEdit] = {}
        self.questions: tuple[FormQuestion, ...] = ()
        self.setWindowTitle(self.tr("Saisir des réponses papier"))
        self.setObjectName("surveyEntryDialog")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        model_label = QLabel(self.tr("&Questionnaire :"))
        self.model_combo = QComboBox(objectName="modelCombo")
        model_label.setBuddy(self.model_combo)
        top.addWidget(model_label)
        top.addWidget(self.model_combo, 1)
        self.prepare_button = QPushButton(self.tr("&Préparer la liste des répondants"))
        self.blank_button = QPushButton(self.tr("Questionnaire &vierge à imprimer…"))
        top.addWidget(self.prepare_button)
        top.addWidget(self.blank_button)
        layout.addLayout(top)
        splitter = QSplitter(self)
        self.people = QListWidget(objectName="respondentList")
        splitter.addWidget(self.people)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.who_label = QLabel(objectName="whoLabel")
        self.who_label.setTextFormat(Qt.TextFormat.PlainText)
        right_layout.addWidget(self.who_label)
        self.scroll = QScrollArea(widgetResizable=True)
        right_layout.addWidget(self.scroll, 1)
        date_row = QFormLayout()
        self.date_edit = QDateEdit(QDate.currentDate(), calendarPopup=True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setObjectName("answeredEdit")
        date_row.addRow(self.tr("Réponse &reçue le :"), self.date_edit)
        right_layout.addLayout(date_row)
        splitter.addWidget(right)
        splitter.setSizes([260, 700])
        layout.addWidget(splitter, 1)
        self.message = QLabel(objectName="errorLabel", wordWrap=True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Enregistrer et suivant (Ctrl+Entrée)"))
        self.clear_button = QPushButton(self.tr("E&ffacer ses réponses"))
        close = QPushButton(self.tr("Fermer"))
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        close.clicked.connect(self.accept)
        self.save_button.clicked.connect(self.save_and_next)
        self.clear_button.clicked.connect(self.clear_current)
        self.prepare_button.clicked.connect(self.prepare)
        self.blank_button.clicked.connect(self.print_blank)
        for button in (self.clear_button, close, self.prepare_button, self.blank_button):
            button.setAutoDefault(False)  # Entrée never closes or clears by accident
        self.save_button.setDefault(True)
        self.model_combo.currentIndexChanged.connect(self.load_model)
        self.people.currentItemChanged.connect(self.load_respondent)
        self._fill_models()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        """Ctrl+Entrée (and Entrée, the default button) saves and goes to the next one."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save_and_next()
            return
        super().keyPressEvent(event)

    # -- models and respondents -----------------------------------------------------------
    def _fill_models(self) -> None:
        sent = {r.questionnaire_id for r in self.office.surveys.respondents(self.session_id)}
        models = [m for m in self.office.surveys.questionnaires() if m.id in sent or m.active]
        models.sort(key=lambda m: (m.id not in sent, m.label))
        fill_combo(self.model_combo, [(m.id, m.label) for m in models])
        self.model_combo.setCurrentIndex(0 if models else -1)
        self.load_model()

    def questionnaire_id(self) -> int | None:
        return self.model_combo.currentData()

    def load_model(self) -> None:
        questionnaire_id = self.questionnaire_id()
        self.questions = (
            self.office.surveys.form_questions(questionnaire_id) if questionnaire_id else ()
        )
        self._build_controls()
        self.load_people()

    def load_people(self, select: int | None = None) -> None:
        questionnaire_id = self.questionnaire_id()
        rows: list[Respondent] = []
        if questionnaire_id:
            rows = self.office.surveys.respondents(
                self.session_id, questionnaire_id=questionnaire_id
            )
        self.people.blockSignals(True)
        self.people.clear()
        for row in rows:
            mark = "✓ " if row.answered_on else "    "
            item = QListWidgetItem(f"{mark}{row.name} ({row.audience_label.lower()})")
            item.setData(ID_ROLE, row.evaluation_id)
            item.setData(ID_ROLE + 1, row)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.prepare_button.setVisible(not rows and questionnaire_id is not None)
        if not rows:
            self.who_label.setText(
                self.tr(
                    "Aucun répondant pour ce questionnaire : « Préparer la liste des "
                    "répondants » les crée sans rien envoyer."
                )
            )
            return
        target = 0
        for index in range(self.people.count()):
            row = self.people.item(index).data(ID_ROLE + 1)
            if (select is None and row.answered_on is None) or row.evaluation_id == select:
                target = index
                break
        self.people.setCurrentRow(target)
        self.load_respondent()

    def current(self) -> Respondent | None:
        item = self.people.currentItem()
        return item.data(ID_ROLE + 1) if item is not None else None

    # -- the answer controls --------------------------------------------------------------
    def _build_controls(self) -> None:
        form_widget = QWidget()
        grid = QGridLayout(form_widget)
        grid.setColumnStretch(0, 1)
        self.controls = {}
        for row, q in enumerate(self.questions):
            if q.scale == "texte":
                control: QComboBox | QLineEdit = QLineEdit()
                control.setPlaceholderText(self.tr("Recopiez la réponse écrite"))
            else:
                control = QComboBox()
                fill_combo(control, value_labels(q.scale, q.choices), none_label="—")
                control.setMinimumWidth(190)
            control.setObjectName(f"answer{q.id}")
            label = QLabel(f"{q.number}. {q.text}" + (" *" if q.required else ""))
            label.setWordWrap(True)
            label.setBuddy(control)
            if q.scale == "texte":
                grid.addWidget(label, 2 * row, 0, 1, 2)
                grid.addWidget(control, 2 * row + 1, 0, 1, 2)
            else:
                grid.addWidget(label, 2 * row, 0)
                grid.addWidget(control, 2 * row, 1)
            self.controls[q.id] = control
        grid.setRowStretch(2 * len(self.questions) + 2, 1)
        self.scroll.setWidget(form_widget)

    def load_respondent(self, *_args) -> None:
        row = self.current()
        self.message.clear()
        if row is None:
            return
        self.who_label.setText(
            f"{row.name} — {row.audience_label}"
            + (self.tr(" (déjà répondu)") if row.answered_on else "")
        )
        stored = self.office.surveys.answers(row.evaluation_id)
        for question_id, control in self.controls.items():
            value, text = stored.get(question_id, (None, ""))
            if isinstance(control, QLineEdit):
                control.setText(text)
            else:
                select_data(control, value)
                if value is None:
                    control.setCurrentIndex(0)
        if row.answered_on:
            self.date_edit.setDate(QDate(row.answered_on))
        else:
            self.date_edit.setDate(QDate.currentDate())
        first = next(iter(self.controls.values()), None)
        if first is not None:
            first.setFocus()

    def typed_answers(self) -> dict[int, object]:
        answers: dict[int, object] = {}
        for question_id, control in self.controls.items():
            if isinstance(control, QLineEdit):
                answers[question_id] = control.text()
            else:
                answers[question_id] = control.currentData()
        return answers

    # -- actions --------------------------------------------------------------------------
    def save_and_next(self) -> bool:
        row = self.current()
        if row is None:
            return False
        answered_on: dt.date = self.date_edit.date().toPython()
        try:
            score = self.office.surveys.enter_answers(
                row.evaluation_id, self.typed_answers(), answered_on, "papier"
            )
        except ValidationError as error:
            self._say(" ".join(error.errors.values()), ERROR_STYLE)
            return False
        except FormadeskError as error:
            self._say(str(error), ERROR_STYLE)
            return False
        shown = f"{score} / 100" if score is not None else self.tr("sans note")
        position = self.people.currentRow()
        self.load_people(select=row.evaluation_id)
        following = next(
            (
                i
                for i in range(position + 1, self.people.count())
                if self.people.item(i).data(ID_ROLE + 1).answered_on is None
            ),
            None,
        )
        if following is not None:
            self.people.setCurrentRow(following)
        self._say(
            self.tr("Réponses de {name} enregistrées (score {score}).").format(
                name=row.name, score=shown
            ),
            OK_STYLE,
        )
        return True

    def clear_current(self) -> None:
        row = self.current()
        if row is None or not row.answered_on:
            return
        self.office.surveys.clear_answers(row.evaluation_id)
        self.load_people(select=row.evaluation_id)

    def prepare(self) -> None:
        questionnaire_id = self.questionnaire_id()
        if questionnaire_id is None:
            return
        try:
            report = self.office.surveys.create_evaluations(
                self.session_id, questionnaire_id, early=True
            )
        except FormadeskError as error:
            self._say(str(error), ERROR_STYLE)
            return
        self.load_people()
        self._say(self.tr("{n} répondant(s) ajouté(s).").format(n=len(report.created)), OK_STYLE)

    def print_blank(self) -> None:
        questionnaire_id = self.questionnaire_id()
        if questionnaire_id is None:
            return
        start = str(self.office.surveys.default_folder(self.session_id) / "questionnaire.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Questionnaire vierge"), start, self.tr("PDF (*.pdf)")
        )
        if not path:
            return
        try:
            written = self.office.surveys.blank_pdf(
                questionnaire_id, Path(path), session_id=self.session_id
            )
        except FormadeskError as error:
            show_error(self, error)
            return
        open_local(written)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
