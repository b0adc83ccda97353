"""The task dialogs: a task typed by hand (and refused without a title), « Reporter… » and
« Écarter… » with their reason, and « Tâches automatiques » switching a rule off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from formadesk.core.tasks.service import ManualTask
from formadesk.gui.dialogs.task_dialog import TaskDialog
from formadesk.gui.dialogs.task_reason_dialog import TaskReasonDialog
from formadesk.gui.dialogs.task_rules_dialog import TaskRulesDialog
from tests.core.factories import make_course, make_learner, make_session
from tests.gui.test_todo import MONDAY, make_tab


def test_a_task_typed_by_hand_is_saved_with_its_links(office, bus, qtbot, add_learner):
    session_id = make_session(office, make_course(office))
    learner = add_learner("Lefèvre", "Hélène")
    tab, titles = make_tab(office, bus, qtbot)
    dialog = tab.new_task()
    assert isinstance(dialog, TaskDialog) and dialog.windowTitle() == "Nouvelle tâche"
    ui = dialog.ui
    ui.titleEdit.setText("Rappeler Mme Lefèvre pour son financement")
    ui.dueEdit.setDate(QDate(2027, 2, 24))
    ui.priorityCombo.setCurrentIndex(ui.priorityCombo.findData(1))
    ui.sessionCombo.setCurrentIndex(ui.sessionCombo.findData(session_id))
    qtbot.keyClicks(ui.whoEdit, "lefev")
    found = ui.whoEdit.search()
    assert [w.name for w in found] == ["Hélène Lefèvre"]
    ui.whoEdit.choose_row(0)
    assert ui.whoKindLabel.text() == "Apprenant"
    ui.notesEdit.setPlainText("Dossier OPCO en cours")
    dialog.accept()

    assert dialog.result() == TaskDialog.DialogCode.Accepted
    task = office.tasks.get(dialog.saved_id)
    assert (task.title, task.due_on, task.priority) == (
        "Rappeler Mme Lefèvre pour son financement",
        dt.date(2027, 2, 24),
        1,
    )
    assert (task.session_id, task.learner_id, task.notes) == (
        session_id,
        learner,
        "Dossier OPCO en cours",
    )
    qtbot.waitUntil(lambda: task.id in tab.shown_ids())
    assert tab.group_of(task.id) == "semaine"
    assert tab.selected_id() == task.id
    assert tab.ui.editButton.isEnabled()


def test_a_task_without_title_is_refused_and_the_dialog_stays_as_typed(office, bus, qtbot):
    tab, _titles = make_tab(office, bus, qtbot)
    dialog = tab.new_task()
    dialog.ui.notesEdit.setPlainText("Penser aux badges")
    dialog.accept()

    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "Écrivez ce qu'il y a à faire."
    assert dialog.ui.notesEdit.toPlainText() == "Penser aux badges"
    assert office.tasks.listing(MONDAY, kind="manual") == []

    qtbot.keyClicks(dialog.ui.whoEdit, "Personne inconnue")
    dialog.ui.titleEdit.setText("Commander les badges")
    dialog.accept()
    assert dialog.isVisible()
    assert "« Concerne » : choisissez" in dialog.ui.errorLabel.text()
    assert office.tasks.listing(MONDAY, kind="manual") == []


def test_editing_a_manual_task(office, bus, qtbot):
    task = office.tasks.add(ManualTask(title="Appeler le traiteur", due_on=MONDAY, notes="Midi"))
    tab, _titles = make_tab(office, bus, qtbot)
    tab.select_task(task)
    tab.ui.taskTree.setFocus()
    qtbot.keyClick(tab.ui.taskTree, Qt.Key.Key_Return)  # a manual task without fix: edited
    [dialog] = [d for d in tab.findChildren(TaskDialog) if d.isVisible()]
    assert dialog.windowTitle() == "Modifier la tâche"
    assert dialog.ui.titleEdit.text() == "Appeler le traiteur"
    dialog.ui.titleEdit.setText("Appeler le traiteur (menu végétarien)")
    dialog.accept()
    assert office.tasks.get(task).title == "Appeler le traiteur (menu végétarien)"
    assert office.tasks.get(task).notes == "Midi"


def _convocation_task(office, bus, qtbot):
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    tab, titles = make_tab(office, bus, qtbot)
    tab.show_kind("convocations_not_sent")
    [task] = tab.shown_ids()
    tab.select_task(task)
    return tab, task


def test_postpone_needs_a_reason_then_moves_the_task(office, bus, qtbot):
    tab, task = _convocation_task(office, bus, qtbot)
    assert tab.group_of(task) == "aujourdhui"
    dialog = tab.postpone()
    assert isinstance(dialog, TaskReasonDialog) and dialog.windowTitle() == "Reporter la tâche"
    dialog.ui.dateEdit.setDate(QDate(2027, 3, 1))
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "Dites en quelques mots pourquoi la tâche attend."
    assert office.tasks.get(task).postponed_to is None

    dialog.ui.reasonEdit.setText("Salle pas encore confirmée")
    dialog.accept()
    assert not dialog.isVisible()
    row = office.tasks.get(task)
    assert (row.postponed_to, row.postpone_reason) == (
        dt.date(2027, 3, 1),
        "Salle pas encore confirmée",
    )
    qtbot.waitUntil(lambda: tab.group_of(task) == "semaine")  # a week on
    tab.select_task(task)
    assert "Reportée au 01/03/2027 (échéance d'origine : 22/02/2027) : Salle pas encore" in (
        tab.ui.detailLabel.text()
    )


def test_dismiss_needs_a_reason_then_the_task_goes(office, bus, qtbot):
    tab, task = _convocation_task(office, bus, qtbot)
    dialog = tab.dismiss()
    assert dialog.windowTitle() == "Écarter la tâche" and not dialog.ui.dateEdit.isVisible()
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "Dites en quelques mots pourquoi la tâche est écartée."

    dialog.ui.reasonEdit.setText("Convocations remises en main propre")
    dialog.accept()
    qtbot.waitUntil(lambda: task not in tab.shown_ids())
    assert office.tasks.get(task).dismiss_reason == "Convocations remises en main propre"
    tab.ui.closedCheck.setChecked(True)
    tab.select_task(task)
    assert "Écartée le 22/02/2027 : Convocations remises en main propre" in (
        tab.ui.detailLabel.text()
    )


def test_the_rules_dialog_switches_a_rule_off_and_its_task_goes(office, bus, qtbot):
    tab, task = _convocation_task(office, bus, qtbot)
    dialog = tab.edit_rules()
    assert isinstance(dialog, TaskRulesDialog) and dialog.windowTitle() == "Tâches automatiques"
    table = dialog.ui.rulesTable
    row = dialog.row_of("convocations_not_sent")
    assert table.item(row, 0).text() == "Convocations non envoyées"
    assert table.item(row, 2).text().startswith("Un inscrit n'a pas de convocation")
    dialog.set_enabled("convocations_not_sent", False)
    dialog.spins["under_minimum"].setValue(45)
    dialog.ui.leadSpin.setValue(10)
    dialog.accept()

    rules = {r.key: r for r in office.tasks.rules()}
    assert not rules["convocations_not_sent"].enabled
    assert rules["under_minimum"].value == 45
    assert office.tasks.timing()[0] == 10
    qtbot.waitUntil(lambda: tab.shown_ids() == [])
    assert office.tasks.listing(MONDAY, kind="convocations_not_sent") == []
