"""The main window: title, tabs, global search, backups, opening another database."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from formadesk.core.office import Office
from formadesk.gui.main_window import MainWindow

TAB_TITLES = [
    "Tableau de bord",
    "À faire",  # « À faire (12 · 3 en retard) » once there are tasks
    "Planning",
    "Sessions",
    "Apprenants",
    "Clients",
    "Salles & matériel",
]


def make_window(office, qtbot) -> MainWindow:
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def test_title_and_ten_tabs_in_order(office, qtbot):
    window = make_window(office, qtbot)
    assert window.windowTitle() == "Formadesk — bureau.sqlite3"
    titles = [window.tabs.tabText(i).replace("&&", "&") for i in range(window.tabs.count())]
    assert titles == [*TAB_TITLES, "Documents", "Qualité", "Bilans"]


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
    with Office.create(other) as seed:
        seed.learners.save(seed.learners.validate(_learner("Zola", "Émile")))
    window = make_window(office, qtbot)
    assert window.open_database(other)
    assert window.windowTitle() == "Formadesk — autre.sqlite3"
    assert window.learners_tab.model.rowCount() == 1
    assert window.tabs.count() == 10
    window.close()


def _learner(last: str, first: str):
    from formadesk.core.services.learners import LearnerData

    return LearnerData(last_name=last, first_name=first)


def test_a_write_protected_database_shows_a_read_only_banner(office, db_path, qtbot, monkeypatch):
    office.close(backup_if_changed=False)
    real_access = os.access
    monkeypatch.setattr(
        os,
        "access",
        lambda path, mode, *a, **k: (
            False if mode & os.W_OK and str(path) == str(db_path) else real_access(path, mode)
        ),
    )
    window = make_window(Office.open(db_path), qtbot)
    banner = window.read_only_banner
    assert banner.isVisible()
    assert "Base ouverte en lecture seule" in banner.text()
    assert "protégé en écriture" in banner.text()
    assert "Les modifications sont désactivées" in banner.text()
    window.close()


def test_a_writable_database_shows_no_banner(office, qtbot):
    window = make_window(office, qtbot)
    assert not window.read_only_banner.isVisible()


def test_new_database_asks_where_confirms_and_switches(office, tmp_path, qtbot, monkeypatch):
    target = tmp_path / "nouvelle"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window(office, qtbot)
    assert window.new_action.text() == "&Nouvelle base…"
    window.new_action.trigger()
    created = target.with_suffix(".sqlite3")
    assert asked and "nouvelle base vide « nouvelle.sqlite3 »" in asked[0]
    assert window.office.path == created.resolve()
    assert window.windowTitle() == "Formadesk — nouvelle.sqlite3"
    window.close()


def test_new_database_never_replaces_an_existing_one(office, db_path, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(db_path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = make_window(office, qtbot)
    size = db_path.stat().st_size
    window.new_action.trigger()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None and "existe déjà" in box.text()
    assert window.office is office and db_path.stat().st_size == size


def test_closing_after_changes_says_the_backup_is_running(office, add_learner, qtbot, monkeypatch):
    """The automatic backup at closing takes seconds on a large office: the window says so."""
    window = make_window(office, qtbot)
    add_learner("Martin", "Nicolas")  # a change: closing makes a backup
    seen: list[str] = []
    real_close = office.close

    def close(**kwargs):
        seen.append(window.statusBar().currentMessage())
        return real_close(**kwargs)

    monkeypatch.setattr(office, "close", close)
    window.close()

    assert seen == ["Sauvegarde automatique de la base…"]
    assert window.statusBar().currentMessage() == ""
    assert [b for b in office.backups.list() if b.automatic]  # and the backup was made
