"""The window on a shared base (issue 14): a record saved on another workstation since its form
was opened is not overwritten (the form says so and reloads on request), and on a PostgreSQL
server the other workstations' changes appear in the open lists within seconds.

The first test runs on both engines; the others need FORMADESK_TEST_PG (the PostgreSQL pass of
.ci/run runs this file with the core and document tests)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLineEdit
from sqlalchemy.engine import make_url

from formadesk.core.office import Office
from formadesk.gui.dialogs.learner_dialog import LearnerDialog
from formadesk.gui.main_window import MainWindow
from formadesk.gui.server_base import open_server_office
from tests.conftest import SERVER, database_place, office_at
from tests.core.factories import behind_the_back, make_learner

on_server = pytest.mark.server  # skipped without FORMADESK_TEST_PG (tests/conftest.py)


@pytest.fixture
def db_path(tmp_path, empty_database):
    """A file, or with FORMADESK_TEST_PG a base of its own on the server."""
    yield from database_place(tmp_path, empty_database, "bureau.sqlite3")


@pytest.fixture
def office(db_path, empty_database):
    yield from office_at(db_path, empty_database)


def click_save(dialog, qtbot) -> None:
    qtbot.waitExposed(dialog)
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


def test_a_learner_saved_elsewhere_meanwhile_is_not_overwritten(office, qtbot, monkeypatch):
    learner_id = make_learner(office)
    dialog = LearnerDialog(office, learner_id=learner_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.cityEdit.setText("Vienne")
    # Another workstation saves the learner while the form is open (on a file: another tool).
    behind_the_back(office, "UPDATE learners SET city = 'Lyon', version = version + 1")

    asked = []
    monkeypatch.setattr(dialog, "ask_reload", lambda message: asked.append(message) or False)
    click_save(dialog, qtbot)
    assert dialog.isVisible()  # not saved: the form stays open, as typed
    assert dialog.ui.cityEdit.text() == "Vienne"
    assert "modifiée sur un autre poste" in dialog.ui.errorLabel.text()
    assert asked and "Rechargez la fiche" in asked[0]
    assert office.learners.get(learner_id).city == "Lyon"  # the other change is kept

    # « Recharger la fiche »: the form shows the record as saved, and saves from there.
    behind_the_back(office, "UPDATE learners SET last_name = 'Martin', version = version + 1")
    monkeypatch.setattr(dialog, "ask_reload", lambda message: True)
    click_save(dialog, qtbot)
    assert dialog.ui.cityEdit.text() == "Lyon"
    assert dialog.windowTitle() == "Apprenant : MARTIN Hélène"  # the title follows
    dialog.ui.cityEdit.setText("Vienne")
    click_save(dialog, qtbot)
    assert not dialog.isVisible()
    assert office.learners.get(learner_id).city == "Vienne"


@on_server
def test_a_learner_added_on_another_workstation_appears_in_the_open_list(office, db_path, qtbot):
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    assert window.path_label.text() == f"Base : {office.location}"
    assert office.location.startswith("postgresql://")
    window.tabs.setCurrentWidget(window.learners_tab)
    listed = window.learners_tab.model.rowCount

    other = Office.open(db_path)  # the second desk
    try:
        make_learner(other, "Berger", "Hugo")
    finally:
        other.close(backup_if_changed=False)
    # No click here: the window's own poll (every 3 s) brings the change in.
    qtbot.waitUntil(lambda: listed() == 1, timeout=8000)
    assert window.learners_tab.model.learner_id(0) is not None


@on_server
def test_the_server_password_is_asked_and_never_kept(qtbot, monkeypatch):
    """An account with a password (none in ~/.pgpass or PGPASSWORD): the window asks for it,
    hidden as typed, sets the new empty base up, and shows its address without it."""
    from tests.server_bases import admin, base_url, drop_base

    user, password = "secretaire", "Motdepasse-2026"
    name = "fd_password_test"
    with admin(SERVER) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone():
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" OWNER {user}')
    url = make_url(base_url(SERVER, name)).set(username=user, password=None)
    url = url.render_as_string(hide_password=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    prompts = []

    def typed(parent, title, label, echo=QLineEdit.EchoMode.Normal, text=""):
        prompts.append((title, label, echo))
        return password, True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typed))
    try:
        office = open_server_office(url)
        if office is not None and not prompts:
            office.close(backup_if_changed=False)
            pytest.skip(f"the test server does not ask {user} for a password (see .ci/pg-cluster)")
        assert office is not None
        try:
            assert [(title, echo) for title, _label, echo in prompts] == [
                ("Mot de passe du serveur", QLineEdit.EchoMode.Password)
            ]
            assert "demande le mot de passe de « secretaire »" in prompts[0][1]
            assert password not in office.location  # shown and remembered without it
            assert office.courses.list() == []  # the empty base was set up by its owner
        finally:
            office.close(backup_if_changed=False)
    finally:
        drop_base(SERVER, base_url(SERVER, name))


def test_a_file_name_typed_as_a_server_address_is_refused_and_asked_again(
    office, qtbot, monkeypatch
):
    window = MainWindow(office)
    qtbot.addWidget(window)
    assert window.open_server_action.text() == "Ouvrir une base sur un &serveur…"
    answers = iter(  # a file name, a port that is no number, then « Annuler »
        [("bureau.sqlite3", True), ("postgresql://anne@srv:abc/bureau", True), ("", False)]
    )
    labels = []

    def typed(parent, title, label, *args, **kwargs):
        labels.append(label)
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(typed))
    assert window.open_server_database() is False
    assert "doit commencer par postgresql://" not in labels[0]
    assert labels[1].startswith("« bureau.sqlite3 » n'est pas une adresse de serveur")
    assert labels[2].startswith("L'adresse « postgresql://anne@srv:abc/bureau » n'est pas")
    assert "le port, après « : », doit être un nombre" in labels[2]
    assert window.office is office  # still on the base it had


@on_server
def test_the_backups_window_says_the_server_keeps_the_regular_backups(office, qtbot):
    from formadesk.gui.dialogs.backups import BackupsDialog

    dialog = BackupsDialog(office)
    qtbot.addWidget(dialog)
    text = dialog.ui.introLabel.text()
    assert "ses sauvegardes régulières sont celles du serveur" in text
    assert "à chaque fermeture" not in text  # none is taken when closing a server's base
