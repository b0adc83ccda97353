"""The « À faire » tab: tasks grouped by due date with counts, filters, the title's counts,
« Fait », « Supprimer », and the list following changes made elsewhere."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from formadesk.core.tasks.service import ManualTask
from formadesk.gui.tabs.todo import TodoTab
from tests.core.factories import make_course, make_learner, make_session

MONDAY = dt.date(2027, 2, 22)  # the week before the session of the factories (1 March 2027)


def make_tab(office, bus, qtbot, today: dt.date = MONDAY) -> tuple[TodoTab, list[str]]:
    tab = TodoTab(office, bus)
    qtbot.addWidget(tab)
    titles: list[str] = []
    tab.title_changed.connect(titles.append)
    tab.today = lambda: today
    tab.resize(1200, 700)
    tab.show()
    tab.refresh()
    return tab, titles


def manual(office, title: str, due: dt.date, **links) -> int:
    return office.tasks.add(ManualTask(title=title, due_on=due, **links))


def test_tasks_are_grouped_by_due_date_with_counts_in_the_title(office, bus, qtbot):
    late = manual(office, "Relancer Acme pour le devis", MONDAY - dt.timedelta(days=3))
    today = manual(office, "Appeler la salle de Lyon", MONDAY)
    week = manual(office, "Commander les supports", MONDAY + dt.timedelta(days=3))
    later = manual(office, "Préparer le bilan annuel", MONDAY + dt.timedelta(days=30))
    tab, titles = make_tab(office, bus, qtbot)

    assert tab.group_titles() == [
        "En retard (1)",
        "Aujourd'hui (1)",
        "Dans les 7 jours (1)",
        "Plus tard (1)",
    ]
    assert [tab.group_of(i) for i in (late, today, week, later)] == [
        "retard",
        "aujourdhui",
        "semaine",
        "plus_tard",
    ]
    assert titles[-1] == "À faire (4 · 1 en retard)"
    header = tab.ui.taskTree.topLevelItem(0)
    assert header.foreground(0).color().name() == "#c0392b"  # overdue in red
    assert header.child(0).text(0) == "19/02/2027"
    assert header.child(0).text(2) == "Relancer Acme pour le devis"
    assert header.child(0).text(4) == "Tâche saisie"
    assert "1 en retard" in tab.ui.summaryLabel.text()


def test_filters_by_session_and_kind(office, bus, qtbot):
    course = make_course(office)
    first = make_session(office, course)
    second = make_session(office, course, start=dt.date(2027, 3, 8))
    a = manual(office, "Réserver le vidéoprojecteur", MONDAY, session_id=first)
    b = manual(office, "Imprimer les supports", MONDAY, session_id=second)
    tab, _titles = make_tab(office, bus, qtbot)
    ui = tab.ui
    assert {a, b} <= set(tab.shown_ids())

    ui.sessionCombo.setCurrentIndex(ui.sessionCombo.findData(second))
    assert b in tab.shown_ids() and a not in tab.shown_ids()
    assert all(tab.rows[i].session_id == second for i in tab.shown_ids())

    ui.sessionCombo.setCurrentIndex(0)  # « Toutes les sessions »
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("under_minimum"))
    shown = tab.shown_ids()
    assert shown and all(tab.rows[i].kind == "under_minimum" for i in shown)
    assert a not in shown
    assert ui.kindCombo.currentText().startswith("Session sous le minimum d'inscrits (")

    tab.show_kind("manual")
    assert set(tab.shown_ids()) == {a, b}
    assert ui.kindCombo.currentData() == "manual"


def test_a_change_made_elsewhere_updates_the_list_and_the_title(office, bus, qtbot):
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    tab, titles = make_tab(office, bus, qtbot)
    tab.show_kind("convocations_not_sent")
    assert len(tab.shown_ids()) == 1
    before = titles[-1]

    office.documents.make_convocations(session_id)
    [document] = [
        d.id for d in office.documents.list_documents(session_id) if d.kind == "convocation"
    ]
    office.documents.set_status(document, "envoye")

    qtbot.waitUntil(lambda: tab.shown_ids() == [])
    assert titles[-1] != before
    assert tab.summary.by_kind.get("convocations_not_sent", 0) == 0


def test_done_closes_a_manual_task_and_a_rule_task_cannot_be_done_by_hand(office, bus, qtbot):
    session_id = make_session(office, make_course(office))
    office.enrollments.enroll(session_id=session_id, learner_id=make_learner(office))
    task = manual(office, "Appeler le traiteur", MONDAY)
    tab, titles = make_tab(office, bus, qtbot)
    ui = tab.ui

    tab.select_task(next(i for i in tab.shown_ids() if tab.rows[i].kind != "manual"))
    assert not ui.doneButton.isEnabled()
    assert "disparaît d'elle-même" in ui.doneButton.toolTip()
    assert not ui.editButton.isEnabled() and not ui.deleteButton.isEnabled()

    tab.select_task(task)
    assert ui.doneButton.isEnabled() and not ui.fixButton.isEnabled()
    ui.doneButton.click()
    assert task not in tab.shown_ids()
    assert office.tasks.get(task).done_on == MONDAY

    ui.closedCheck.setChecked(True)
    assert tab.group_titles()[-1] == "Faites ou écartées (90 derniers jours) (1)"
    assert tab.select_task(task)
    assert "Marquée faite le 22/02/2027, à la main." in ui.detailLabel.text()
    assert ui.reopenButton.isEnabled()
    ui.reopenButton.click()
    assert office.tasks.get(task).is_open
    assert tab.group_of(task) == "aujourdhui"


def test_delete_asks_first(office, bus, qtbot, monkeypatch):
    task = manual(office, "Appeler le traiteur", MONDAY)
    tab, _titles = make_tab(office, bus, qtbot)
    tab.select_task(task)
    asked: list[str] = []

    def answer(reply):
        def question(_parent, _title, text, *args, **kwargs):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    tab.ui.deleteButton.click()
    assert asked == ["Supprimer la tâche « Appeler le traiteur » ?"]
    assert task in tab.shown_ids()

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    tab.ui.deleteButton.click()
    assert task not in tab.shown_ids()
    assert [r.id for r in office.tasks.listing(MONDAY, kind="manual")] == []
