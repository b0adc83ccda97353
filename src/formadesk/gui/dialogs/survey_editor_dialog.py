"""« Questionnaires… »: the question bank and the models (audience, moment, delay, intro and
questions in order). One model is active per audience and moment: activating one turns the
other off, as the editor says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.surveys import (
    RESPONDENTS,
    SURVEY_MOMENTS,
    ItemData,
    QuestionnaireData,
    QuestionRow,
)

from ..messages import confirm, show_error
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .survey_question_dialog import SurveyQuestionDialog

ID_ROLE = Qt.ItemDataRole.UserRole
ONE_ACTIVE = (
    "Un seul modèle est actif par public et par moment : enregistrer celui-ci comme actif "
    "désactive l'autre."
)


class SurveyEditorDialog(QDialog):
    """Two tabs: « Banque de questions » and « Modèles de questionnaires »."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.setWindowTitle(self.tr("Questionnaires de satisfaction"))
        self.setObjectName("surveyEditorDialog")
        self.resize(1150, 680)
        self.questions_by_id: dict[int, QuestionRow] = {}
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._bank_tab(), self.tr("Banque de questions"))
        self.tabs.addTab(self._models_tab(), self.tr("Modèles de questionnaires"))
        layout.addWidget(self.tabs, 1)
        self.message = QLabel(objectName="errorLabel", wordWrap=True)
        layout.addWidget(self.message)
        self.tabs.currentChanged.connect(self._tab_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        french_buttons(buttons)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.load_bank()
        self.load_models()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._fit_models_list()

    def _tab_changed(self, _index: int) -> None:
        self.message.clear()  # a message belongs to the tab it was said on
        self.message.setMinimumHeight(0)
        self._fit_models_list()

    # -- the bank -------------------------------------------------------------------------
    def _bank_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.bank = QTableWidget(0, 5, objectName="bankTable")
        self.bank.setHorizontalHeaderLabels(
            [self.tr("Thème"), self.tr("Question"), self.tr("Réponse"), self.tr("Active"),
             self.tr("Réponses reçues")]
        )  # fmt: skip
        self.bank.verticalHeader().hide()
        self.bank.setWordWrap(True)
        self.bank.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.bank.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.bank.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.bank.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.bank.doubleClicked.connect(lambda _i: self.edit_question())
        layout.addWidget(self.bank, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Nouvelle question…"), self.new_question),
            (self.tr("&Modifier…"), self.edit_question),
            (self.tr("Activer / &désactiver"), self.toggle_question),
            (self.tr("&Supprimer"), self.delete_question),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def load_bank(self) -> None:
        rows = self.office.surveys.questions()
        self.questions_by_id = {q.id: q for q in rows}
        self.bank.setRowCount(len(rows))
        for index, q in enumerate(rows):
            texts = (q.theme, q.text, q.scale_label, self.tr("oui") if q.active else self.tr("non"),
                     str(q.answers))  # fmt: skip
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, q.id)
                if not q.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.bank.setItem(index, column, item)
        self.bank.resizeColumnsToContents()  # the question's column takes the rest
        self._fill_question_picker()

    def selected_question(self) -> int | None:
        item = self.bank.item(self.bank.currentRow(), 0) if self.bank.currentRow() >= 0 else None
        return item.data(ID_ROLE) if item is not None else None

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_question(self) -> None:
        dialog = SurveyQuestionDialog(self.office, parent=self)
        if self.run_dialog(dialog):
            self.load_bank()
        dialog.deleteLater()

    def edit_question(self) -> None:
        question_id = self.selected_question()
        if question_id is None:
            return
        dialog = SurveyQuestionDialog(
            self.office, self.office.surveys.question(question_id), parent=self
        )
        if self.run_dialog(dialog):
            self.load_bank()
            self.load_models()
        dialog.deleteLater()

    def toggle_question(self) -> None:
        question_id = self.selected_question()
        if question_id is None:
            return
        question = self.questions_by_id[question_id]
        self.office.surveys.set_question_active(question_id, not question.active)
        self.load_bank()

    def delete_question(self) -> None:
        question_id = self.selected_question()
        if question_id is None:
            return
        # Say at once why a question in use cannot go; ask only when it can.
        refusal = self.office.surveys.question_deletion_refusal(question_id)
        if refusal:
            self.say(refusal, error=True)
            return
        text = self.questions_by_id[question_id].text
        if not self.ask(self.tr("Supprimer"), self.tr("Supprimer « {t} » ?").format(t=text)):
            return
        try:
            self.office.surveys.delete_question(question_id)
        except FormadeskError as error:
            self.say(str(error), error=True)
            return
        self.say(self.tr("Question « {t} » supprimée.").format(t=text))
        self.load_bank()

    def ask(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this)."""
        return confirm(self, title, text)

    def say(self, text: str, *, error: bool = False) -> None:
        """Show a message under the tabs: red for a refusal, green for a success."""
        self.message.setStyleSheet("color: #c0392b;" if error else "color: #1e7e34;")
        self.message.setText(text)
        # A wrapped label is not given the height of its lines by the layout: reserve it.
        self.message.setMinimumHeight(self.message.heightForWidth(self.width() - 24))

    # -- the models -----------------------------------------------------------------------
    def _models_tab(self) -> QWidget:
        page = QSplitter(self)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.models = QListWidget(objectName="modelList")
        # Long titles wrap instead of being cut; the splitter is sized to the titles.
        self.models.setWordWrap(True)
        self.models.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.models.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.models.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.models.setSpacing(2)
        self.models.currentItemChanged.connect(self.load_model)
        left_layout.addWidget(self.models, 1)
        new = QPushButton(self.tr("Nouveau &modèle"))
        new.clicked.connect(self.new_model)
        delete = QPushButton(self.tr("Supprimer le modèle"))
        delete.clicked.connect(self.delete_model)
        left_layout.addWidget(new)
        left_layout.addWidget(delete)
        page.addWidget(left)
        right = QWidget()
        layout = QVBoxLayout(right)
        form = QFormLayout()
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.audience_combo = QComboBox(objectName="audienceCombo")
        fill_combo(self.audience_combo, RESPONDENTS)
        self.moment_combo = QComboBox(objectName="momentCombo")
        fill_combo(self.moment_combo, SURVEY_MOMENTS)
        self.delay_spin = QSpinBox(objectName="delaySpin", minimum=0, maximum=730)
        self.delay_spin.setSuffix(self.tr(" jours après la fin"))
        self.intro_edit = QPlainTextEdit(objectName="introEdit")
        self.intro_edit.setFixedHeight(70)
        self.active_check = QCheckBox(self.tr("Modèle actif (utilisé pour les envois)"))
        form.addRow(self.tr("&Titre :"), self.title_edit)
        form.addRow(self.tr("&Public :"), self.audience_combo)
        form.addRow(self.tr("M&oment :"), self.moment_combo)
        form.addRow(self.tr("&Délai :"), self.delay_spin)
        form.addRow(self.tr("&Introduction :"), self.intro_edit)
        form.addRow("", self.active_check)
        layout.addLayout(form)
        note = QLabel(self.tr(ONE_ACTIVE), wordWrap=True)
        note.setStyleSheet("color: #5a6270;")
        layout.addWidget(note)
        self.items = QTableWidget(0, 2, objectName="itemsTable")
        self.items.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Obligatoire")])
        self.items.verticalHeader().hide()
        self.items.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.items.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.items.setWordWrap(True)
        header = self.items.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.items, 1)
        row = QHBoxLayout()
        self.picker = QComboBox(objectName="questionPicker")
        self.picker.setMinimumWidth(220)
        row.addWidget(self.picker, 1)
        for text, slot in (
            (self.tr("&Ajouter"), self.add_item),
            (self.tr("&Retirer"), self.remove_item),
            (self.tr("Monter"), lambda: self.move_item(-1)),
            (self.tr("Descendre"), lambda: self.move_item(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        save = QPushButton(self.tr("&Enregistrer le modèle"), objectName="saveModelButton")
        save.clicked.connect(self.save_model)
        layout.addWidget(save, alignment=Qt.AlignmentFlag.AlignRight)
        page.addWidget(right)
        page.setSizes([300, 740])
        page.setStretchFactor(1, 1)
        self.models_splitter = page
        self.moment_combo.currentIndexChanged.connect(
            lambda _i: self.delay_spin.setEnabled(self.moment_combo.currentData() == "froid")
        )
        self.model_id: int | None = None
        return page

    def _fill_question_picker(self) -> None:
        fill_combo(
            self.picker,
            [(q.id, f"{q.theme} — {q.text}" if q.theme else q.text)
             for q in self.questions_by_id.values() if q.active],
        )  # fmt: skip

    def load_models(self, select: int | None = None) -> None:
        select = select or self.model_id
        self.models.blockSignals(True)
        self.models.clear()
        for model in self.office.surveys.questionnaires():
            item = QListWidgetItem(model.label + ("" if model.active else self.tr(" — inactif")))
            item.setData(ID_ROLE, model.id)
            item.setToolTip(item.text())
            if not model.active:
                item.setForeground(Qt.GlobalColor.gray)
            self.models.addItem(item)
        self.models.blockSignals(False)
        self._fit_models_list()
        for index in range(self.models.count()):
            if self.models.item(index).data(ID_ROLE) == select or select is None:
                self.models.setCurrentRow(index)
                break
        self.load_model()

    def _fit_models_list(self) -> None:
        """Give the list of models the width of its longest title (at most half the dialog)."""
        metrics = self.models.fontMetrics()
        longest = max(
            (
                metrics.horizontalAdvance(self.models.item(i).text())
                for i in range(self.models.count())
            ),
            default=0,
        )
        wanted = (
            longest
            + 12  # the item's own margins
            + 2 * self.models.frameWidth()
            + self.models.verticalScrollBar().sizeHint().width()
            + 24  # the margins of the left pane
        )
        total = max(sum(self.models_splitter.sizes()), self.width() - 40)
        left = min(max(wanted, 260), total // 2)
        self.models_splitter.setSizes([left, total - left])

    def load_model(self, *_args) -> None:
        item = self.models.currentItem()
        data = (
            self.office.surveys.questionnaire(item.data(ID_ROLE))
            if item is not None
            else QuestionnaireData()
        )
        self.show_model(data)

    def show_model(self, data: QuestionnaireData) -> None:
        self.model_id = data.id
        self.title_edit.setText(data.title)
        select_data(self.audience_combo, data.audience)
        select_data(self.moment_combo, data.moment)
        self.delay_spin.setValue(data.delay_days)
        self.delay_spin.setEnabled(data.moment == "froid")
        self.intro_edit.setPlainText(data.intro)
        self.active_check.setChecked(data.active)
        self.items.setRowCount(0)
        for item in data.items:
            self._append_item(item)

    def _append_item(self, item: ItemData) -> None:
        row = self.items.rowCount()
        self.items.insertRow(row)
        question = self.questions_by_id.get(item.question_id)
        cell = QTableWidgetItem(question.text if question else f"n° {item.question_id}")
        cell.setData(ID_ROLE, item.question_id)
        self.items.setItem(row, 0, cell)
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked if item.required else Qt.CheckState.Unchecked)
        self.items.setItem(row, 1, check)
        cell.setToolTip(cell.text())
        self.items.resizeRowToContents(row)

    def typed_items(self) -> list[ItemData]:
        return [
            ItemData(
                self.items.item(r, 0).data(ID_ROLE),
                self.items.item(r, 1).checkState() == Qt.CheckState.Checked,
            )
            for r in range(self.items.rowCount())
        ]

    def add_item(self) -> None:
        question_id = self.picker.currentData()
        if question_id is None or question_id in [i.question_id for i in self.typed_items()]:
            return
        self._append_item(ItemData(question_id))

    def remove_item(self) -> None:
        if self.items.currentRow() >= 0:
            self.items.removeRow(self.items.currentRow())

    def move_item(self, step: int) -> None:
        row = self.items.currentRow()
        items = self.typed_items()
        target = row + step
        if row < 0 or not 0 <= target < len(items):
            return
        items[row], items[target] = items[target], items[row]
        self.items.setRowCount(0)
        for item in items:
            self._append_item(item)
        self.items.selectRow(target)

    def new_model(self) -> None:
        self.models.clearSelection()
        self.show_model(QuestionnaireData(title=self.tr("Nouveau questionnaire")))
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def save_model(self) -> int | None:
        data = QuestionnaireData(
            title=self.title_edit.text(),
            audience=self.audience_combo.currentData(),
            moment=self.moment_combo.currentData(),
            delay_days=self.delay_spin.value(),
            intro=self.intro_edit.toPlainText(),
            active=self.active_check.isChecked(),
            items=self.typed_items(),
            id=self.model_id,
        )
        try:
            saved = self.office.surveys.save_questionnaire(data)
        except ValidationError as error:
            self.say(" ".join(error.errors.values()), error=True)
            return None
        except FormadeskError as error:
            self.say(str(error), error=True)
            return None
        self.say(self.tr("Modèle « {t} » enregistré.").format(t=data.title.strip()))
        self.model_id = saved
        self.load_models(select=saved)
        return saved

    def delete_model(self) -> None:
        if self.model_id is None:
            return
        if not self.ask(self.tr("Supprimer"), self.tr("Supprimer ce modèle ?")):
            return
        try:
            self.office.surveys.delete_questionnaire(self.model_id)
        except FormadeskError as error:
            show_error(self, error)
            return
        self.model_id = None
        self.load_models()
