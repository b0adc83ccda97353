"""The « À faire » tab in the window: its place and counted title, « Corriger » opening the
right dialog for each kind of fix, the menus (Ctrl+T, Paramètres) and the new day."""

from __future__ import annotations

import dataclasses
import datetime as dt

from formadesk.core.tasks.service import ManualTask
from formadesk.gui.attendance.dialog import AttendanceDialog
from formadesk.gui.dialogs.generate_dialog import GenerateDialog
from formadesk.gui.dialogs.interaction_dialog import InteractionDialog
from formadesk.gui.dialogs.task_dialog import TaskDialog
from formadesk.gui.dialogs.task_rules_dialog import TaskRulesDialog
from formadesk.gui.main_window import MainWindow
from formadesk.gui.task_fixes import run_fix
from tests.core.attendance_factories import held_session
from tests.core.factories import make_course, make_learner, make_session

MONDAY = dt.date(2027, 2, 22)
WEDNESDAY = dt.date(2027, 3, 3)  # the day after the held session (1 and 2 March 2027)


def make_window(office, qtbot) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def todo(window: MainWindow, today: dt.date, kind: str = ""):
    tab = window.todo_tab
    tab.today = lambda: today
    window.show_tasks(kind)
    return tab


def test_the_todo_tab_comes_second_and_counts_without_being_opened(office, qtbot):
    today = dt.date.today()
    office.tasks.add(ManualTask(title="Relancer Acme", due_on=today - dt.timedelta(days=2)))
    office.tasks.add(ManualTask(title="Réserver la salle", due_on=today + dt.timedelta(days=40)))
    window = make_window(office, qtbot)
    tabs = window.tabs
    qtbot.waitUntil(lambda: tabs.tabText(1) == "À faire (2 · 1 en retard)")
    assert "todo_tab" not in window._built  # counted without building the list

    office.tasks.add(ManualTask(title="Appeler le formateur", due_on=today))
    qtbot.waitUntil(lambda: tabs.tabText(1) == "À faire (3 · 1 en retard)")
    tab = window.show_tasks("manual")
    assert tabs.currentIndex() == 1 and tab.kind_filter() == "manual"
    assert len(tab.shown_ids()) == 3


def test_convocations_fix_opens_the_generate_dialog_on_that_kind_and_session(office, qtbot):
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    window = make_window(office, qtbot)
    tab = todo(window, MONDAY, "convocations_not_sent")
    [task] = tab.shown_ids()
    tab.select_task(task)
    assert tab.ui.fixButton.text() == "Générer les convocations"
    tab.ui.fixButton.click()

    [dialog] = [d for d in window.findChildren(GenerateDialog) if d.isVisible()]
    assert dialog.kind.key == "convocation"
    assert dialog.session_id == session_id and not dialog.ui.sessionCombo.isEnabled()
    dialog.close()


def test_attendance_fix_opens_the_sheet_of_the_session(office, qtbot):
    held = held_session(office)
    window = make_window(office, qtbot)
    tab = todo(window, WEDNESDAY, "attendance_missing")
    [task] = tab.shown_ids()
    tab.select_task(task)
    assert tab.ui.fixButton.text() == "Saisir les présences"
    sheet = tab.activate()  # double-click or Entrée: the fix
    try:
        assert isinstance(sheet, AttendanceDialog) and sheet.isVisible()
        assert sheet.session_id == held.session_id
    finally:
        sheet.close()


def test_other_fixes_open_their_place(office, qtbot):
    session_id = make_session(office, make_course(office))
    learner = make_learner(office)
    office.enrollments.enroll(session_id=session_id, learner_id=learner)
    window = make_window(office, qtbot)
    tab = todo(window, MONDAY, "convocations_not_sent")
    [task] = tab.shown_ids()
    row = tab.rows[task]

    dialog = run_fix(window, dataclasses.replace(row, fix="exchange"))
    assert isinstance(dialog, InteractionDialog)
    assert dialog.ui.whoEdit.who().id == learner
    assert dialog.ui.sessionCombo.currentData() == session_id
    dialog.reject()

    documents = run_fix(window, dataclasses.replace(row, fix="documents_list"))
    assert window.tabs.currentWidget() is documents
    assert documents.ui.sessionCombo.currentData() == session_id

    run_fix(window, dataclasses.replace(row, fix="learner"))
    assert window.tabs.currentWidget() is window.learners_tab
    assert window.learners_tab.selected_id() == learner

    run_fix(window, dataclasses.replace(row, fix="a_code_added_later"))  # unknown: the session
    assert window.tabs.currentWidget() is window.sessions_tab
    assert window.sessions_tab.detail.session_id == session_id

    page = run_fix(window, dataclasses.replace(row, fix="complaint"))
    assert window.tabs.currentWidget() is window.quality_tab
    assert window.quality_tab.pages.currentWidget() is page is window.quality_tab.complaints_page


def test_new_task_from_the_sessions_tab_is_linked_to_the_shown_session(office, qtbot):
    session_id = make_session(office, make_course(office))
    window = make_window(office, qtbot)
    window.show_session(session_id)
    window.new_task_action.trigger()
    [dialog] = [d for d in window.findChildren(TaskDialog) if d.isVisible()]
    assert dialog.ui.sessionCombo.currentData() == session_id
    assert window.new_task_action.shortcut().toString() == "Ctrl+T"
    dialog.ui.titleEdit.setText("Réserver le parking")
    dialog.accept()
    [task] = office.tasks.listing(kind="manual")
    assert task.session_id == session_id
    assert "Tâche ajoutée" in window.statusBar().currentMessage()


def test_settings_menu_opens_the_rules_and_the_procedure(office, qtbot):
    window = make_window(office, qtbot)
    texts = [a.text() for a in window.menuBar().actions()]
    settings = window.menuBar().actions()[texts.index("&Paramètres")].menu()
    assert [a.text() for a in settings.actions() if a.text()] == [
        "&Organisme…",
        "&Tâches automatiques…",
        "&Procédure de session…",
    ]
    window.task_rules_action.trigger()
    [rules] = [d for d in window.findChildren(TaskRulesDialog) if d.isVisible()]
    rules.reject()
    window.procedure_action.trigger()
    from formadesk.gui.dialogs.procedure_dialog import ProcedureDialog

    [procedure] = [d for d in window.findChildren(ProcedureDialog) if d.isVisible()]
    procedure.reject()


def test_a_new_day_runs_every_rule_again(office, qtbot, monkeypatch):
    window = make_window(office, qtbot)
    calls: list[bool] = []
    monkeypatch.setattr(type(office.tasks), "refresh", lambda self, today=None: calls.append(1))
    clock = window.day_clock
    clock.now = lambda: dt.datetime.combine(clock.day + dt.timedelta(days=1), dt.time(0, 5))
    clock.tick()
    assert calls


def test_the_dashboard_opens_the_list_filtered_on_a_kind(office, qtbot):
    window = make_window(office, qtbot)
    dashboard = window.dashboard_tab
    dashboard.tasks_requested.emit("convocations_not_sent")
    assert window.tabs.currentWidget() is window.todo_tab
    assert window.todo_tab.kind_filter() == "convocations_not_sent"
    dashboard.tasks_requested.emit("")
    assert window.todo_tab.kind_filter() == ""
