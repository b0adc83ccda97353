"""« Questionnaires… »: the bank and the models, edited through their screens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from formadesk.core.services.surveys import QuestionData
from formadesk.gui.dialogs.survey_editor_dialog import SurveyEditorDialog
from formadesk.gui.dialogs.survey_question_dialog import SurveyQuestionDialog
from formadesk.gui.widgets.inputs import select_data

SHOTS = Path("/tmp/survey_shots")
HOT = 1  # « Satisfaction des apprenants à chaud »


def test_a_new_model_replaces_the_active_one_of_its_audience(office, qtbot):
    dialog = SurveyEditorDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.new_model()
    dialog.title_edit.setText("Bilan formateur (court)")
    select_data(dialog.audience_combo, "formateur")
    select_data(dialog.moment_combo, "chaud")
    dialog.active_check.setChecked(True)
    for question_id in (19, 24):
        select_data(dialog.picker, question_id)
        dialog.add_item()
    dialog.items.item(0, 1).setCheckState(dialog.items.item(0, 1).checkState().Checked)
    dialog.tabs.setCurrentIndex(1)
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "editor_models.png"))

    saved = dialog.save_model()

    assert saved is not None and "enregistré" in dialog.message.text()
    assert office.surveys.active_questionnaire("formateur", "chaud") == saved
    model = office.surveys.questionnaire(saved)
    assert [(i.question_id, i.required) for i in model.items] == [(19, True), (24, False)]
    labels = [dialog.models.item(i).text() for i in range(dialog.models.count())]
    assert "Bilan du formateur (Formateur, à chaud) — inactif" in labels


def test_a_model_without_question_is_refused_with_its_reason(office, qtbot):
    dialog = SurveyEditorDialog(office)
    qtbot.addWidget(dialog)
    before = len(office.surveys.questionnaires())
    dialog.new_model()
    assert dialog.save_model() is None
    assert "au moins une question" in dialog.message.text()
    assert len(office.surveys.questionnaires()) == before


def test_a_choice_question_without_choices_stays_open_as_typed(office, qtbot):
    dialog = SurveyQuestionDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_edit.setText("Format préféré")
    select_data(dialog.scale_combo, "choix")
    dialog.choices_edit.setPlainText("Présentiel")
    dialog.accept()
    assert dialog.isVisible() and "au moins deux choix" in dialog.error_label().text()
    dialog.choices_edit.setPlainText("Présentiel\nÀ distance")
    dialog.accept()
    assert not dialog.isVisible()
    assert office.surveys.question(dialog.saved_id).choices == ["Présentiel", "À distance"]
    if SHOTS.is_dir():
        editor = SurveyEditorDialog(office)
        qtbot.addWidget(editor)
        editor.show()
        editor.grab().save(str(SHOTS / "editor_bank.png"))


def select_question(dialog: SurveyEditorDialog, question_id: int) -> None:
    rows = range(dialog.bank.rowCount())
    dialog.bank.selectRow(
        next(
            r for r in rows if dialog.bank.item(r, 0).data(Qt.ItemDataRole.UserRole) == question_id
        )
    )


def test_an_answered_question_is_refused_at_once_without_asking(office, qtbot, tmp_path):
    from tests.core.survey_factories import END, finished_session

    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    hugo = next(r for r in office.surveys.respondents(surveyed.session_id) if "Hugo" in r.name)
    office.surveys.enter_answers(hugo.evaluation_id, {1: 4}, END)
    unused = office.surveys.save_question(QuestionData("Question d'essai", "texte"))
    dialog = SurveyEditorDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    dialog.ask = lambda _title, text: asked.append(text) or True

    select_question(dialog, 1)
    dialog.delete_question()
    assert asked == []  # no « Supprimer … ? » before a refusal
    assert "ne peut pas être supprimée" in dialog.message.text()
    assert "désactivez-la" in dialog.message.text()
    qtbot.wait(10)  # let the layout give the message its lines
    assert dialog.message.height() >= dialog.message.heightForWidth(dialog.message.width())
    assert 1 in [q.id for q in office.surveys.questions()]
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "editor_refusal.png"))

    dialog.tabs.setCurrentIndex(1)
    assert dialog.message.text() == ""  # the bank's refusal does not follow to the models

    dialog.tabs.setCurrentIndex(0)
    select_question(dialog, unused)
    dialog.delete_question()
    assert asked == ["Supprimer « Question d'essai » ?"]
    assert unused not in [q.id for q in office.surveys.questions()]


def test_every_model_title_is_shown_whole(office, qtbot):
    dialog = SurveyEditorDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    qtbot.waitExposed(dialog)
    models = dialog.models
    room = models.viewport().width()
    for index in range(models.count()):
        text = models.item(index).text()
        assert models.fontMetrics().horizontalAdvance(text) < room, text
    items = dialog.items
    assert items.horizontalHeader().length() <= items.viewport().width()
