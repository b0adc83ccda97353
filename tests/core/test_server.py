"""A base on the office's PostgreSQL server (issue 14): opening and setting up, the schema
check standing for the file's integrity check, backups through pg_dump, other workstations'
changes, and moving an office from a file to the server and back with every count checked.

Marked ``server``: skipped without FORMADESK_TEST_PG (the PostgreSQL pass of .ci/run)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest
from sqlalchemy import text

from formadesk import cli, cli_server
from formadesk.core import server_backup
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.model import Base
from formadesk.core.office import Office
from formadesk.core.server import PasswordNeeded
from formadesk.core.server_url import safe_url
from formadesk.core.transfer import copy_office
from tests.conftest import SERVER
from tests.server_bases import admin, base_url, drop_base

from .factories import every_row, make_course, make_learner, make_session

pytestmark = pytest.mark.server


@pytest.fixture
def empty_base():
    """A new, empty base on the server, as its administrator makes one (CREATE DATABASE)."""
    name = "fd_empty_base_test"
    with admin(SERVER) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    url = base_url(SERVER, name)
    yield url
    drop_base(SERVER, url)


def test_an_empty_base_is_set_up_at_first_opening_and_checked_like_a_file(empty_base):
    with Office.open(empty_base) as office:
        assert office.path is None and office.location == safe_url(empty_base)
        assert office.display_name == "fd_empty_base_test sur localhost"
        assert office.verify_integrity() is None  # connection and schema version
        course = make_course(office)
        assert office.courses.get(course).code == "EXCEL-INT"
        # Ids written by the set-up (questionnaires, funders) do not collide with new rows.
        assert office.surveys.questions()
        # The search « contains » has its trigram index (pg_trgm ships with the server).
        with office.database.engine.connect() as conn:
            indexes = conn.scalars(text("SELECT indexname FROM pg_indexes")).all()
        assert "ix_learners_search_trgm" in indexes
    # The schema says a version this program does not know: said, in French.
    with Office.open(empty_base) as office:
        assert office.verify_integrity() is None
        with office.database.engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        assert "version de schéma 9999" in office.verify_integrity()
    with pytest.raises(DatabaseOpenError, match="plus récente de Formadesk"):
        Office.open(empty_base)


def test_a_wrong_address_is_refused_in_french():
    with pytest.raises(DatabaseOpenError, match="ne nomme pas de base"):
        Office.open("postgresql://formadesk@localhost")
    with pytest.raises(DatabaseOpenError, match="n'existe pas sur le serveur"):
        Office.open(base_url(SERVER, "fd_no_such_base"))
    with pytest.raises(DatabaseOpenError, match="Impossible de joindre"):
        Office.open("postgresql://formadesk@localhost:1/formadesk")


def test_another_workstation_sees_what_changed_at_its_next_look(office, db_path):
    other = Office.open(db_path)
    try:
        assert other.remote_changes() == set()  # the first look sets the starting point
        assert office.remote_changes() == set()
        heard = []
        other.changes.subscribe(heard.append)
        learner = make_learner(office)
        assert other.remote_changes() == {"learner"}
        assert [(c.entity, c.action) for c in heard] == [("learner", "remote")]
        assert other.learners.get(learner).last_name == "Lefèvre"
        assert other.remote_changes() == set()  # told once
        other.learners.save(dataclasses.replace(other.learners.get(learner), city="Lyon"))
        assert other.remote_changes() == set()  # its own change is no news to it
        assert office.remote_changes() == {"learner"}  # its own creation is not news either
    finally:
        other.close(backup_if_changed=False)


def test_a_backup_is_a_pg_dump_that_restores_the_base(office):
    if server_backup.server_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    kept = make_learner(office, "Avant", "Sauvegarde")
    backup = office.backups.backup_now()
    assert backup.suffix == ".dump" and backup.stat().st_size > 0
    assert [b.path for b in office.backups.list()] == [backup]
    make_learner(office, "Après", "Sauvegarde")

    safety = office.backups.restore(backup)
    assert [r.id for r in office.learners.search("sauvegarde")] == [kept]
    assert safety.exists() and safety != backup  # the state before, to undo the restore
    make_learner(office, "Encore", "Possible")  # the base works after the restore
    with pytest.raises(FormadeskError, match="n'est pas une sauvegarde PostgreSQL"):
        office.backups.restore(safety.with_suffix(".sqlite3"))


def test_a_backup_to_a_chosen_file_is_a_dump_and_never_replaces_a_base(office, tmp_path):
    if server_backup.server_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    base = tmp_path / "bureau.sqlite3"
    base.write_bytes(b"SQLite format 3\x00 the office's own file")
    with pytest.raises(FormadeskError, match="donnez-lui un nom en .dump"):
        office.backups.backup_now(to=base, replace=True)
    notes = tmp_path / "notes.dump"
    notes.write_text("pas une sauvegarde")
    with pytest.raises(FormadeskError, match="n'est pas une sauvegarde PostgreSQL"):
        office.backups.backup_now(to=notes, replace=True)
    assert base.read_bytes().startswith(b"SQLite") and notes.read_text() == "pas une sauvegarde"
    copy = office.backups.backup_now(to=tmp_path / "copie.dump")
    with pytest.raises(FormadeskError, match="existe déjà"):
        office.backups.backup_now(to=copy)
    assert office.backups.backup_now(to=copy, replace=True) == copy


def test_without_pg_dump_the_servers_own_backups_are_named(office, monkeypatch):
    monkeypatch.setattr(server_backup, "server_tool", lambda name: None)
    with pytest.raises(FormadeskError, match="sauvegardes de la base .* sont celles du serveur"):
        office.backups.backup_now()
    office.close()  # no automatic backup on closing a server's base, and no error


def test_moving_an_office_to_the_server_and_back_keeps_every_row(office, empty_base, tmp_path):
    session = make_session(office, make_course(office))
    learner = make_learner(office)
    office.enrollments.enroll(session_id=session, learner_id=learner)
    source = tmp_path / "bureau.sqlite3"
    moved = copy_office(office.location, source)  # this office (on the server) into a file
    assert moved.counts["learners"] == 1 and moved.counts["enrollments"] == 1
    with sqlite3.connect(source) as conn:
        assert conn.execute("SELECT last_name FROM learners").fetchall() == [("Lefèvre",)]

    before = source.read_bytes()
    report = copy_office(source, empty_base)  # and from the file into a new server base
    assert source.read_bytes() == before  # the source is read, never updated
    assert report.counts == moved.counts
    assert set(report.counts) == set(Base.metadata.tables)
    with Office.open(empty_base) as there:
        # Every value of every row came back as it was: texts, dates, booleans, amounts.
        assert every_row(there) == every_row(office)
        assert [r.id for r in there.learners.search("lefevre")] == [learner]
        assert there.learners.save(dataclasses.replace(there.learners.get(learner))) == learner
        new_id = make_learner(there, "Nouvelle", "Venue")
        assert new_id > learner  # the ids go on after the copied ones

    with pytest.raises(FormadeskError, match="contient déjà des données"):
        copy_office(source, empty_base)  # never into a base holding an office
    with pytest.raises(FormadeskError, match="existe déjà"):
        copy_office(empty_base, source)  # never over an existing file


def test_the_command_line_moves_checks_and_asks_the_password(
    office, empty_base, tmp_path, capsys, monkeypatch
):
    make_learner(office)
    target = tmp_path / "copie.sqlite3"
    assert cli.main(["migrate-to", "--db", office.location, "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "chaque table recomptée des deux côtés" in out
    assert cli.main(["migrate-to", "--db", str(target), "--to", empty_base]) == 0
    assert cli.main(["check", "--db", empty_base]) == 0
    out = capsys.readouterr().out
    assert "Connexion : ok" in out and "Apprenants :" in out
    assert cli.main(["migrate-to", "--db", str(target), "--to", empty_base]) == 1
    assert "contient déjà des données" in capsys.readouterr().err
    assert cli.main(["sessions", "--db", empty_base]) == 0

    # A password the server asks for: prompted on a terminal, never stored.

    calls = []

    def open_call(password):
        calls.append(password)
        if password != "secret":
            raise PasswordNeeded("Le serveur demande le mot de passe.", reason="password")
        return "ouverte"

    monkeypatch.setattr(cli_server.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(cli_server.getpass, "getpass", lambda prompt: "secret")
    assert cli_server.with_password(open_call, empty_base) == "ouverte"
    assert calls == [None, "secret"]


@pytest.fixture
def password_base(monkeypatch):
    """A new base owned by « secretaire », whose password nothing gives (.ci/pg-cluster makes
    the server ask it): its URL and the password."""
    user, password, name = "secretaire", "Motdepasse-2026", "fd_password_core_test"
    with admin(SERVER) as conn:
        if not conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)).fetchone():
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD '{password}'")
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" OWNER {user}')
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    url = base_url(SERVER, name).replace("://formadesk@", f"://{user}@")
    try:
        Office.open(url).close(backup_if_changed=False)
    except DatabaseOpenError as error:
        if error.reason != "password":
            raise
    else:
        pytest.skip(f"the test server does not ask {user} for a password (see .ci/pg-cluster)")
    yield url, password
    drop_base(SERVER, base_url(SERVER, name))


def test_a_password_typed_once_serves_backups_and_moves(password_base, tmp_path, monkeypatch):
    if server_backup.server_tool("pg_dump") is None:
        pytest.skip("pg_dump is not installed here")
    url, password = password_base
    with pytest.raises(PasswordNeeded, match="Le mot de passe tapé a été refusé") as refused:
        Office.open(url, password="faux")
    assert refused.value.refused and "faux" not in str(refused.value)
    with Office.open(url, password=password) as office:
        make_learner(office)
        backup = office.backups.backup_now()  # pg_dump gets the typed password, no prompt
        assert backup.stat().st_size > 0
        assert password not in office.location
    prompts = []
    monkeypatch.setattr(cli_server.sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr(
        cli_server.getpass, "getpass", lambda prompt: prompts.append(prompt) or password
    )
    target = tmp_path / "retour.sqlite3"
    assert cli.main(["migrate-to", "--db", url, "--to", str(target)]) == 0
    assert len(prompts) == 1 and "la base de départ" in prompts[0]
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT count(*) FROM learners").fetchone() == (1,)


def test_a_value_the_server_cannot_hold_names_its_table_and_writes_nothing(
    office, empty_base, tmp_path
):
    """An old file may hold more than PostgreSQL accepts (a 64-bit number)."""
    make_course(office, "EXCEL-1")
    make_course(office, "EXCEL-2")
    source = tmp_path / "ancien.sqlite3"
    copy_office(office.location, source)
    with sqlite3.connect(source) as conn:
        conn.execute("UPDATE courses SET duration_minutes = 3000000000")
    with pytest.raises(FormadeskError, match="La table « courses » contient un nombre trop grand"):
        copy_office(source, empty_base)
    with Office.open(empty_base) as there:
        assert there.courses.list() == []  # nothing of the copy stayed


def test_a_change_of_several_kinds_is_no_news_to_its_own_workstation(office, db_path):
    """An invoice names the session, client and enrolment it changed: all are this
    workstation's own, none comes back as another's; the other one hears them all."""
    other = Office.open(db_path)
    try:
        office.remote_changes(), other.remote_changes()  # the starting points
        session = make_session(office, make_course(office))
        learner = make_learner(office)
        office.enrollments.enroll(session_id=session, learner_id=learner, price_cents=50000)
        office.billing.invoice_session(session, issued_on=dt.date(2027, 3, 5))
        assert office.remote_changes() == set()
        assert other.remote_changes() >= {"invoice", "session", "enrollment", "learner"}
    finally:
        other.close(backup_if_changed=False)
