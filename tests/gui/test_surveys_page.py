"""The « Satisfaction » page: send a session's questionnaires into a folder, import a filled
PDF (picked or dropped), type paper answers, and see the results with their chart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtCore import QMimeData, QPoint, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from formadesk.core.services.surveys import ImportedFile, ImportReport
from formadesk.gui.dialogs.survey_entry_dialog import SurveyEntryDialog
from formadesk.gui.dialogs.survey_import_dialog import SurveyImportDialog
from formadesk.gui.dialogs.survey_remind_dialog import SurveyRemindDialog
from formadesk.gui.dialogs.survey_results_dialog import SurveyResultsDialog
from formadesk.gui.dialogs.survey_send_dialog import SurveySendDialog
from formadesk.gui.tabs.quality_surveys import SurveysPage
from tests.core.survey_factories import END, finished_session

HOT = 1
SHOTS = Path("/tmp/survey_shots")


def shoot(widget, name: str) -> None:
    """Screenshots for the reviewer's eyes (written only when the folder exists)."""
    if SHOTS.is_dir():
        widget.grab().save(str(SHOTS / f"{name}.png"))


def fill(source: Path, target: Path, values: dict[str, str]) -> Path:
    writer = PdfWriter(clone_from=PdfReader(source))
    writer.update_page_form_field_values(writer.pages[0], values, auto_regenerate=False)
    with target.open("wb") as handle:
        writer.write(handle)
    return target


@pytest.fixture
def page(qtbot, office, bus):
    surveyed = finished_session(office)
    widget = SurveysPage(office, bus)
    qtbot.addWidget(widget)
    widget.resize(1200, 720)
    widget.show()
    assert widget.select_session(surveyed.session_id)
    widget.surveyed = surveyed
    return widget


def test_sending_writes_files_and_lists_the_respondents(page, tmp_path, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr(page, "open_path", opened.append)

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, SurveySendDialog)
        dialog.select_model(HOT)
        dialog.ui.folderEdit.setText(str(tmp_path / "envoi"))
        shoot(dialog, "send_dialog")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", drive)
    page.ui.sendButton.click()

    assert len(list((tmp_path / "envoi").glob("*.pdf"))) == 3
    assert len(list((tmp_path / "envoi").glob("*.eml"))) == 2
    assert "Inès Petit" in page.ui.messageLabel.text()  # no e-mail: said by name
    names = [line.row.name for line in page.people.rows()]
    assert sorted(names) == ["Hugo Martin", "Hélène Lefèvre", "Inès Petit"]
    line = page.sessions.row_at(page.sessions.row_of_id(page.surveyed.session_id))
    assert (line.sent, line.answered) == (3, 0)
    assert opened == [tmp_path / "envoi"]
    shoot(page, "page_sent")


def test_a_dropped_filled_pdf_is_imported_and_shown(page, office, tmp_path, monkeypatch):
    report = office.surveys.send(page.surveyed.session_id, HOT, tmp_path / "envoi", on=END)
    hugo = next(Path(p) for p in report.files if p.endswith(".pdf") and "Hugo Martin" in p)
    returned = fill(hugo, tmp_path / "retour.pdf", {"q1": "/n4", "q12": "/oui"})
    shown: list[QDialog] = []
    monkeypatch.setattr(page, "run_dialog", lambda d: shown.append(d) or True)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(returned))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(drop)  # a synthetic drop is not routed by the application

    assert shown and shown[0].table.item(0, 1).text() == "Réponses enregistrées"
    assert "Hugo Martin" in shown[0].table.item(0, 2).text()
    row = next(line.row for line in page.people.rows() if line.row.name == "Hugo Martin")
    assert row.channel == "pdf" and row.score == round((75 + 100) / 2)
    assert "1 questionnaire(s) PDF enregistré(s)" in page.ui.messageLabel.text()
    shoot(shown[0], "import_dialog")


def test_a_dropped_mail_is_listed_as_ignored_beside_the_imported_pdf(
    page, office, tmp_path, monkeypatch
):
    report = office.surveys.send(page.surveyed.session_id, HOT, tmp_path / "envoi", on=END)
    hugo = next(Path(p) for p in report.files if p.endswith(".pdf") and "Hugo Martin" in p)
    returned = fill(hugo, tmp_path / "retour.pdf", {"q1": "/n4", "q12": "/oui"})
    mail = tmp_path / "Re questionnaire.eml"
    mail.write_text("Subject: Re: questionnaire\n\nCi-joint mon questionnaire.")
    shown: list[QDialog] = []
    monkeypatch.setattr(page, "run_dialog", lambda d: shown.append(d) or True)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(returned)), QUrl.fromLocalFile(str(mail))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(drop)

    table = shown[0].table
    assert table.rowCount() == 2
    assert [table.item(1, c).text() for c in range(3)] == [
        "Re questionnaire.eml",
        "Ignoré",
        "« Re questionnaire.eml » n'est pas un questionnaire PDF ni un classeur : ignoré.",
    ]
    assert "1 questionnaire(s) PDF enregistré(s) sur 2 fichier(s)" in page.ui.messageLabel.text()
    assert "1 fichier(s) ignoré(s)" in page.ui.messageLabel.text()


def test_a_dropped_truncated_pdf_is_reported_unreadable_not_foreign(
    page, office, tmp_path, monkeypatch
):
    report = office.surveys.send(page.surveyed.session_id, HOT, tmp_path / "envoi", on=END)
    hugo = next(Path(p) for p in report.files if p.endswith(".pdf") and "Hugo Martin" in p)
    truncated = tmp_path / "Hugo Martin (copie).pdf"
    truncated.write_bytes(hugo.read_bytes()[:1500])  # a download cut short
    shown: list[QDialog] = []
    monkeypatch.setattr(page, "run_dialog", lambda d: shown.append(d) or True)

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(truncated))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    page.dropEvent(drop)

    table = shown[0].table
    assert [table.item(0, c).text() for c in range(3)] == [
        "Hugo Martin (copie).pdf",
        "Illisible",
        "« Hugo Martin (copie).pdf » n'est pas un PDF lisible : le fichier est endommagé ou "
        "incomplet. Demandez au répondant de le renvoyer.",
    ]
    shoot(shown[0], "import_unreadable")


def test_the_import_report_shows_each_detail_whole(qtbot):
    report = ImportReport(
        [
            ImportedFile("/retours/Hugo Martin.pdf", "recognised", "Hugo Martin : 12 réponse(s)."),
            ImportedFile(
                "/retours/casse.pdf",
                "unreadable",
                "« casse.pdf » n'est pas un PDF lisible : le fichier est endommagé ou incomplet. "
                "Demandez au répondant de le renvoyer.",
            ),
            ImportedFile(
                "/retours/Hélène.pdf",
                "already",
                "Hélène Lefèvre a déjà répondu le 4 mars 2026 : réponses conservées (importez "
                "à nouveau en choisissant de remplacer).",
            ),
        ]
    )
    dialog = SurveyImportDialog(report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    shoot(dialog, "import_report")

    assert table.horizontalHeader().length() <= table.viewport().width()  # nothing off-screen
    width = table.columnWidth(2) - 8  # the cell's own margins
    for row in range(table.rowCount()):
        item = table.item(row, 2)
        needed = table.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        assert needed.height() <= table.rowHeight(row), item.text()
        assert item.toolTip() == item.text()


def test_sending_opens_on_the_learners_questionnaire_not_yet_sent(page, office, qtbot):
    session_id = page.surveyed.session_id
    dialog = SurveySendDialog(office, session_id, page)
    qtbot.addWidget(dialog)
    assert dialog.ui.modelCombo.currentData() == HOT
    assert "(Apprenant, à chaud)" in dialog.ui.modelCombo.currentText()
    office.surveys.create_evaluations(session_id, HOT, on=END)
    again = SurveySendDialog(office, session_id, page)
    qtbot.addWidget(again)
    assert "(Apprenant, à froid)" in again.ui.modelCombo.currentText()


def test_paper_answers_are_typed_respondent_after_respondent(page, office, qtbot):
    office.surveys.create_evaluations(page.surveyed.session_id, HOT, on=END)
    dialog = SurveyEntryDialog(office, page.surveyed.session_id, page)
    qtbot.addWidget(dialog)
    dialog.show()
    first = dialog.current()
    dialog.date_edit.setDate(END)
    combo = dialog.controls[1]
    combo.setFocus()
    qtbot.keyClicks(combo, "5")
    dialog.controls[15].setText("Plus de pauses")
    shoot(dialog, "paper_entry")

    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert "enregistrées (score 100 / 100)" in dialog.message.text()
    assert dialog.current().evaluation_id != first.evaluation_id  # on to the next one
    assert office.surveys.answers(first.evaluation_id)[15] == (None, "Plus de pauses")
    dialog.controls[1].setCurrentIndex(0)
    assert not dialog.save_and_next()  # nothing typed: said, nothing saved
    assert "au moins une réponse" in dialog.message.text()


def test_results_show_rates_a_bar_per_question_and_comments(page, office, qtbot):
    office.surveys.create_evaluations(page.surveyed.session_id, HOT, on=END)
    rows = office.surveys.respondents(page.surveyed.session_id)
    office.surveys.enter_answers(rows[0].evaluation_id, {1: 5, 12: "oui", 14: "Clair"}, END)
    office.surveys.enter_answers(rows[1].evaluation_id, {1: 3, 12: "non"}, END)

    dialog = SurveyResultsDialog(office, page.surveyed.session_id, page)
    qtbot.addWidget(dialog)
    dialog.show()

    assert "taux de retour <b>67 %</b>" in dialog.summary.text()
    bars = {bar.label: bar for bar in dialog.chart.bars()}
    assert bars["L'accueil et les informations reçues avant la formation"].caption == "4,0 / 5"
    assert bars["Recommanderiez-vous cette formation à un collègue ?"].caption == "50 % oui"
    assert "Clair" in dialog.comments.toPlainText()
    shoot(dialog, "results")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData("all"))
    dialog.from_edit.setDate(dt.date(2026, 6, 1))
    assert dialog.results.sent == 0


def test_reminding_notes_the_date_for_those_ticked(page, office, tmp_path, monkeypatch):
    office.surveys.create_evaluations(page.surveyed.session_id, HOT, on=END)
    page.refresh()

    def drive(dialog: QDialog) -> bool:
        assert isinstance(dialog, SurveyRemindDialog)
        assert dialog.people.count() == 3
        dialog.people.item(0).setCheckState(Qt.CheckState.Unchecked)
        dialog.folder_edit.setText(str(tmp_path / "relances"))
        shoot(dialog, "remind")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", drive)
    page.ui.remindButton.click()

    reminded = [line.row for line in page.people.rows() if line.row.reminded_on]
    assert len(reminded) == 2
    assert "2 relance(s) notée(s)" in page.ui.messageLabel.text()
    assert list((tmp_path / "relances").glob("Relance - *.eml"))


def test_a_weak_result_becomes_an_improvement_action_of_the_session(page, office, qtbot):
    session_id = page.surveyed.session_id
    office.surveys.create_evaluations(session_id, HOT, on=END)
    rows = office.surveys.respondents(session_id)
    office.surveys.enter_answers(rows[0].evaluation_id, {1: 2, 12: "non"}, END)
    dialog = SurveyResultsDialog(office, session_id, page)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill_and_save(action_dialog) -> bool:
        action_dialog.ui.titleEdit.setText("Envoyer le programme détaillé avant la formation")
        action_dialog.accept()
        return action_dialog.saved_id is not None

    dialog.run_dialog = fill_and_save
    qtbot.mouseClick(dialog.action_button, Qt.MouseButton.LeftButton)
    (action,) = office.improvements.list()
    assert (
        action.origin == "evaluation"
        and action.session_code == office.sessions.row(session_id).code
    )
    description = office.improvements.get(action.id).description
    assert description.startswith(
        f"Suite aux résultats d'évaluation de la session {action.session_code}"
    )
    assert "question la moins bien notée : « Recommanderiez-vous" in description


def test_the_send_dialog_agrees_the_number_of_recipients(page, office, qtbot):
    session_id = page.surveyed.session_id
    dialog = SurveySendDialog(office, session_id, page)
    qtbot.addWidget(dialog)
    dialog.select_model(HOT)
    preview = dialog.ui.previewLabel.text()
    assert "Destinataires : 3 apprenants de la session ; " in preview
    assert "apprenant de la session" not in preview
    client = next(m.id for m in office.surveys.questionnaires() if m.audience == "client")
    dialog.select_model(client)
    assert "Destinataires : 1 client / employeur de la session ; " in (
        dialog.ui.previewLabel.text()
    )
    office.surveys.create_evaluations(session_id, HOT, on=END)
    again = SurveySendDialog(office, session_id, page)
    qtbot.addWidget(again)
    again.select_model(HOT)
    assert "Déjà envoyé à 3 répondants (0 réponse) : " in again.ui.previewLabel.text()


def test_the_send_dialog_shows_the_folder_from_its_start(page, office, qtbot, monkeypatch):
    long_folder = "/home/secretariat/Documents/Formadesk/Questionnaires/2026-EXCEL-INT-001"
    monkeypatch.setattr(office.surveys, "default_folder", lambda _session_id: Path(long_folder))
    dialog = SurveySendDialog(office, page.surveyed.session_id, page)
    qtbot.addWidget(dialog)
    dialog.resize(420, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.ui.folderEdit
    assert edit.fontMetrics().horizontalAdvance(long_folder) > edit.width()  # it does not fit
    assert edit.cursorPosition() == 0  # so the start is shown: « /home/secretariat/… »
    assert edit.toolTip() == long_folder == edit.text()
    chosen = long_folder + "/Relances de mars"
    monkeypatch.setattr(
        "formadesk.gui.dialogs.survey_send_dialog.QFileDialog.getExistingDirectory",
        lambda *_a, **_k: chosen,
    )
    dialog.browse()
    assert (edit.text(), edit.cursorPosition(), edit.toolTip()) == (chosen, 0, chosen)
    shoot(dialog, "send_dialog_folder")


def test_a_long_question_wraps_beside_its_bar_and_shows_whole_as_tooltip(page, office, qtbot):
    office.surveys.create_evaluations(page.surveyed.session_id, HOT, on=END)
    rows = office.surveys.respondents(page.surveyed.session_id)
    office.surveys.enter_answers(rows[0].evaluation_id, {1: 5, 13: 9}, END)
    office.surveys.enter_answers(rows[1].evaluation_id, {1: 3, 13: 7}, END)
    dialog = SurveyResultsDialog(office, page.surveyed.session_id, page)
    qtbot.addWidget(dialog)
    dialog.resize(900, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    chart = dialog.chart
    long_label = "De 1 à 10, recommanderiez-vous notre organisme à un proche ou un collègue ?"
    index = [bar.label for bar in chart.bars()].index(long_label)

    lines = chart.label_lines()[index]
    assert len(lines) == 2 and " ".join(lines) == long_label  # whole, no « … »
    label_width = int((chart.width() - 16) * 0.45)
    assert all(chart.fontMetrics().horizontalAdvance(line) <= label_width for line in lines)
    tips = {chart.tooltip_at(QPoint(20, y)) for y in range(chart.height())}
    assert f"{long_label}\n8,0 / 10" in tips
    assert chart.height() >= chart.heightForWidth(chart.width())  # no row cut at the bottom
    shoot(dialog, "results_long_label")
