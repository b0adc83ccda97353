"""The main window: title, tabs, global search, backups, opening another database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from formadesk.core.office import Office
from formadesk.gui.main_window import MainWindow

TAB_TITLES = ["Tableau de bord", "Planning", "Sessions", "Apprenants", "Salles & matériel"]


def make_window(office, qtbot) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def test_title_and_six_tabs_in_order(office, qtbot):
    window = make_window(office, qtbot)
    assert window.windowTitle() == "Formadesk — bureau.sqlite3"
    titles = [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]
    assert titles == [*TAB_TITLES, "Documents"]


def test_global_search_finds_accented_name_typed_without_accents(office, add_learner, qtbot):
    add_learner("Dupont", "Marc")
    helene = add_learner("Lefèvre", "Hélène", city="Annecy")
    window = make_window(office, qtbot)
    qtbot.keyClicks(window.search, "lefev")
    qtbot.waitUntil(lambda: window.search.results.rowCount() > 0, timeout=2000)
    completer = window.search.completer()
    popup = completer.popup()
    assert popup.isVisible()
    rows = completer.completionModel()
    row = next(r for r in range(rows.rowCount()) if "Hélène" in rows.index(r, 0).data())
    popup.setCurrentIndex(rows.index(row, 0))
    qtbot.keyClick(popup, Qt.Key_Return)

    assert window.tabs.currentWidget() is window.learners_tab
    assert window.learners_tab.selected_id() == helene
    assert "Hélène" in window.learners_tab.ui.dossierTitle.text()
    qtbot.waitUntil(lambda: window.search.text() == "")


def test_backup_now_writes_a_file(office, qtbot):
    window = make_window(office, qtbot)
    window.backup_action.trigger()
    backups = office.backups.list()
    assert len(backups) == 1 and backups[0].path.exists()
    assert "Sauvegarde enregistrée" in window.statusBar().currentMessage()


def test_open_another_database_replaces_the_office(office, tmp_path, qtbot):
    other = tmp_path / "autre.sqlite3"
    with Office.open(other) as seed:
        seed.learners.save(seed.learners.validate(_learner("Zola", "Émile")))
    window = make_window(office, qtbot)
    assert window.open_database(other)
    assert window.windowTitle() == "Formadesk — autre.sqlite3"
    assert window.learners_tab.model.rowCount() == 1
    assert window.tabs.count() == 6
    window.close()


def _learner(last: str, first: str):
    from formadesk.core.services.learners import LearnerData

    return LearnerData(last_name=last, first_name=first)
