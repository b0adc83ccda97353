"""The « Réclamations » and « Actions d'amélioration » pages, driven as the assistant would."""

from __future__ import annotations

import dataclasses
import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from formadesk.core.services.improvements import ActionData
from formadesk.core.services.learners import LearnerData
from formadesk.gui.dialogs.complaint_dialog import ComplaintDialog
from formadesk.gui.dialogs.improvement_dialog import ImprovementDialog
from formadesk.gui.dialogs.quality_register_dialog import RegisterExport
from formadesk.gui.tabs.quality_complaints import ActionsPage, ComplaintsPage
from formadesk.gui.widgets.inputs import select_data
from tests.core.factories import make_course, make_session, working_start

TODAY = dt.date.today()


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def accepted(dialog: QDialog) -> bool:
    dialog.accept()
    return dialog.result() == QDialog.DialogCode.Accepted


def set_up(office) -> int:
    org = office.organisation.get()
    org.name, org.address, org.postal_code, org.city = (
        "Forma Lyon",
        "3 rue Garibaldi",
        "69003",
        "Lyon",
    )
    office.organisation.update(org)
    return office.learners.save(
        LearnerData(
            last_name="Martin",
            first_name="Jean",
            civility="M.",
            address="12 rue des Lilas",
            postal_code="69007",
            city="Lyon",
        )
    )


def test_a_complaint_from_receipt_to_closure(qtbot, office, bus, tmp_path):
    learner = set_up(office)
    page = ComplaintsPage(office, bus)
    qtbot.addWidget(page)
    page.show()

    def receive(dialog: ComplaintDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        ui.closeCheck.setChecked(True)  # closed before any answer, and no subject: refused
        assert not accepted(dialog)
        assert "Indiquez l'objet" in ui.errorLabel.text()
        assert "après sa réponse" in ui.errorLabel.text()
        assert office.complaints.list(state="all") == []
        ui.closeCheck.setChecked(False)
        ui.receivedEdit.setDate(days_ago(5))
        assert ui.ackByEdit.date().toPython() == days_ago(3)  # the due dates follow
        ui.learnerEdit.setText("mart")
        assert dialog.learners.search() == 1
        dialog.learners.choose_row(0)
        ui.subjectEdit.setText("Salle trop froide")
        ui.descriptionEdit.setPlainText("Le chauffage était éteint le deuxième jour.")
        return accepted(dialog)

    page.run_dialog = receive
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    (row,) = office.complaints.list()
    assert row.author == "Jean Martin" and row.ack_late()  # due 3 days ago, not acknowledged
    assert page.model.rowCount() == 1
    assert "en retard" in page.model.index(0, 6).data()
    assert "1 en cours, dont 1 en retard" in page.ui.countsLabel.text()
    assert [t.done_on for t in office.complaints.tasks(row.id)] == [None, None]

    def steps(dialog: ComplaintDialog) -> bool:
        qtbot.addWidget(dialog)
        ui = dialog.ui
        assert ui.taskList.count() == 2 and "(en retard)" in ui.taskList.item(0).text()
        ui.ackCheck.setChecked(True)
        ui.ackEdit.setDate(days_ago(4))
        ui.answerCheck.setChecked(True)
        ui.answerEdit.setDate(days_ago(1))
        assert not accepted(dialog)  # an answer date without its text
        assert "Saisissez la réponse" in ui.errorLabel.text()
        ui.answerTextEdit.setPlainText("La chaudière a été réparée ; veuillez nous excuser.")
        return accepted(dialog)

    page.run_dialog = steps
    page.ui.complaintTable.selectRow(0)
    qtbot.mouseClick(page.ui.editButton, Qt.MouseButton.LeftButton)
    tasks = office.complaints.tasks(row.id)
    assert [t.done_on for t in tasks] == [days_ago(4), days_ago(1)]
    assert page.model.index(0, 6).data() == f"✓ {days_ago(4):%d/%m/%Y}"
    assert "dont 0 en retard" in page.ui.countsLabel.text()

    def action(dialog: ImprovementDialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.ui.originCombo.currentData() == "reclamation"
        assert dialog.ui.complaintCombo.currentData() == row.id
        dialog.ui.titleEdit.setText("Vérifier le chauffage la veille de chaque session")
        dialog.ui.dueCheck.setChecked(True)
        dialog.ui.dueEdit.setDate(TODAY + dt.timedelta(days=7))
        return accepted(dialog)

    page.run_dialog = action
    page.ui.complaintTable.selectRow(0)
    qtbot.mouseClick(page.ui.actionButton, Qt.MouseButton.LeftButton)
    (linked,) = office.improvements.list(complaint_id=row.id)
    assert office.improvements.tasks(linked.id)[0].due_on == TODAY + dt.timedelta(days=7)
    assert page.model.index(0, 9).data() == "1"

    page.ui.complaintTable.selectRow(0)
    letter = page.make_letter("accuse", "pdf")
    assert letter.exists() and letter.name in page.ui.messageLabel.text()
    answer = page.make_letter("reponse", "docx")
    assert answer.suffix == ".docx"
    assert {d.learner_id for d in office.documents.list_documents()} == {learner}

    page.ask_export = lambda: RegisterExport(days_ago(30), TODAY, "xlsx", tmp_path / "r.xlsx")
    qtbot.mouseClick(page.ui.exportButton, Qt.MouseButton.LeftButton)
    values = [c for r in load_workbook(tmp_path / "r.xlsx")["Réclamations"].values for c in r]
    assert "Salle trop froide" in values and 1 in values  # acknowledged one day after receipt

    page.confirm_delete = lambda _text: True
    page.ui.complaintTable.selectRow(0)
    assert not page.delete()  # an action is linked: refused, said
    assert page.findChild(QMessageBox, "errorBox") is not None
    assert len(office.complaints.list()) == 1


def test_acknowledging_from_the_list_dates_it_today(qtbot, office, bus):
    learner = set_up(office)
    from formadesk.core.services.complaints import ComplaintData

    office.complaints.create(
        ComplaintData(
            received_on=days_ago(1),
            author="Jean Martin",
            subject="Retard du formateur",
            learner_id=learner,
        )
    )
    page = ComplaintsPage(office, bus)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 1
    session = make_session(office, make_course(office), start=working_start(TODAY))
    page.show_session(session)  # the complaints of one session: none yet
    assert page.model.rowCount() == 0
    select_data(page.ui.sessionCombo, None)
    page.ui.complaintTable.selectRow(0)
    page.confirm_acknowledge = lambda _question: True
    assert page.make_letter("accuse", "pdf").exists()
    assert office.complaints.list()[0].acknowledged_on == TODAY


def test_the_actions_page(qtbot, office, bus, tmp_path):
    set_up(office)
    page = ActionsPage(office, bus)
    qtbot.addWidget(page)
    page.show()

    def create(dialog: ImprovementDialog) -> bool:
        qtbot.addWidget(dialog)
        select_data(dialog.ui.originCombo, "audit")
        assert not accepted(dialog)
        assert "intitulé" in dialog.ui.errorLabel.text()
        dialog.ui.titleEdit.setText("Mettre à jour le livret d'accueil")
        dialog.ui.ownerEdit.setText("Claire Petit")
        dialog.ui.dueCheck.setChecked(True)
        dialog.ui.dueEdit.setDate(TODAY)
        return accepted(dialog)

    page.run_dialog = create
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    (row,) = office.improvements.list()
    assert page.model.index(0, 2).data() == "Audit"

    def realise(dialog: ImprovementDialog) -> bool:
        qtbot.addWidget(dialog)
        select_data(dialog.ui.statusCombo, "realisee")
        assert dialog.ui.doneCheck.isChecked()  # realised: the date box ticks itself
        dialog.ui.effectEdit.setPlainText("Plus aucune question des stagiaires à l'accueil")
        return accepted(dialog)

    page.run_dialog = realise
    page.ui.actionTable.selectRow(0)
    page.edit()
    assert office.improvements.tasks(row.id)[0].done_on == TODAY
    assert page.model.index(0, 6).data() == "Réalisée"
    select_data(page.ui.statusCombo, "open")
    assert page.model.rowCount() == 0
    page.ask_export = lambda: RegisterExport(days_ago(30), TODAY, "pdf", tmp_path / "r.pdf")
    assert page.export_register() == tmp_path / "r.pdf"


def test_an_incident_opens_an_improvement_action(qtbot, office, bus):
    from formadesk.gui.tabs.resources import ResourcesTab

    incident = office.incidents.declare(
        kind="autre",
        resource_id=None,
        starts_at=dt.datetime.combine(TODAY, dt.time(9)),
        ends_at=dt.datetime.combine(TODAY, dt.time(12)),
        description="Coupure de courant",
    )
    tab = ResourcesTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.resourceTabs.setCurrentWidget(tab.ui.incidentsPage)
    tab.ui.incidentTable.selectRow(0)

    def action(dialog: ImprovementDialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.ui.incidentCombo.currentData() == incident
        dialog.ui.titleEdit.setText("Onduleur pour la salle informatique")
        return accepted(dialog)

    tab.run_dialog = action
    qtbot.mouseClick(tab.incidents.action_button, Qt.MouseButton.LeftButton)
    (row,) = office.improvements.list(incident_id=incident)
    assert row.source_label == f"Aléa n° {incident}"


def test_a_learner_or_client_typed_but_not_chosen_is_refused(qtbot, office):
    learner = set_up(office)
    dialog = ComplaintDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    ui.subjectEdit.setText("Salle trop froide")
    qtbot.keyClicks(ui.learnerEdit, "Martin Jea")  # typed, never picked in the suggestions
    assert not accepted(dialog)
    assert "Choisissez l'apprenant dans la liste proposée, ou videz le champ." in (
        ui.errorLabel.text()
    )
    assert ui.learnerEdit.text() == "Martin Jea" and office.complaints.list() == []
    ui.learnerEdit.clear()
    qtbot.keyClicks(ui.clientEdit, "Batir")  # ASCII: QTest aborts on « â »
    assert not accepted(dialog)
    assert "Choisissez le client dans la liste proposée" in ui.errorLabel.text()
    assert ui.clientEdit.text() == "Batir" and office.complaints.list() == []
    ui.clientEdit.clear()
    qtbot.keyClicks(ui.learnerEdit, "mart")
    assert dialog.learners.search() == 1
    dialog.learners.choose_row(0)
    assert accepted(dialog)
    (row,) = office.complaints.list()
    reopened = ComplaintDialog(office, complaint_id=row.id)
    qtbot.addWidget(reopened)
    assert reopened.ui.learnerEdit.text() == "MARTIN Jean"
    assert office.complaints.get(row.id).learner_id == learner


def test_the_session_list_shows_the_code_first(qtbot, office):
    course = make_course(office, code="EXCEL-INIT")
    data = office.courses.get(course)
    data.title = "Assistant(e) administratif(ve) : organisation et gestion des priorités"
    office.courses.save(data)
    start = working_start(days_ago(20))
    session = make_session(office, course, start=start)
    code = office.sessions.get(session).code
    for dialog in (
        ComplaintDialog(office, session_id=session),
        ImprovementDialog(office, data=dataclasses.replace(ActionData(), session_id=session)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        combo = dialog.ui.sessionCombo
        assert combo.currentData() == session
        shown = combo.currentText()
        assert shown.startswith(f"{code} — Assistant(e) administ") and "…" in shown
        assert shown.endswith(f"({start:%d/%m/%Y})")
        assert combo.lineEdit().cursorPosition() == 0  # the start is what shows
        assert combo.toolTip() == f"{code} — {data.title} ({start:%d/%m/%Y})"
        assert combo.fontMetrics().horizontalAdvance(shown) < combo.lineEdit().width()
