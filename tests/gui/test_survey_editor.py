"""« Questionnaires… »: the bank and the models, edited through their screens."""

from __future__ import annotations

from pathlib import Path

from formadesk.gui.dialogs.survey_editor_dialog import SurveyEditorDialog
from formadesk.gui.dialogs.survey_question_dialog import SurveyQuestionDialog
from formadesk.gui.widgets.inputs import select_data

SHOTS = Path("/tmp/survey_shots")


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
