"""What a new user of the command line meets first: an empty file, a folder, a missing folder,
no database yet, a calendar that leaves slots out. Each answer is French and says what to do."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess

import icalendar
import pytest

from formadesk.cli import main
from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office

from .core.planning_factories import T, make_plan

# What the system says in English when a path is wrong (strerror and library texts).
SYSTEM_ENGLISH = re.compile(
    r"Is a directory|Not a directory|No such file|Permission denied|Read-only|File exists"
    r"|unable to open|Errno|error|Traceback",
    re.IGNORECASE,
)


def french_error(capsys, *argv: str) -> str:
    """Run a command that must fail; its one French line on stderr."""
    assert main([str(a) for a in argv]) != 0
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    line = lines[0]
    assert line.startswith("Erreur : ") and not SYSTEM_ENGLISH.search(line[9:]), line
    assert "erreur inattendue" not in line, line
    return line


@pytest.fixture
def db(tmp_path, empty_database):
    path = tmp_path / "base.sqlite3"
    shutil.copyfile(empty_database, path)
    return path


# -- 1. an empty file, a folder, in French ----------------------------------------------------


def test_check_refuses_an_empty_file_instead_of_saying_ok(tmp_path, capsys):
    empty = tmp_path / "vide.sqlite3"
    empty.touch()
    assert main(["check", "--db", str(empty)]) == 1
    captured = capsys.readouterr()
    assert "Intégrité : ok" not in captured.out
    assert "est un fichier vide, pas une base Formadesk" in captured.err
    assert empty.stat().st_size == 0


def test_check_refuses_a_folder_in_french(tmp_path, capsys):
    folder = tmp_path / "dossier"
    folder.mkdir()
    line = french_error(capsys, "check", "--db", f"{folder}/")
    assert f"« {folder} » n'est pas un fichier ordinaire" in line


COMMANDS = {
    "check": ["check"],
    "backup": ["backup"],
    "export": ["export", "learners", "--out", "{tmp}/a.xlsx"],
    "planning check": ["planning", "check"],
    "planning ics": ["planning", "ics", "--room", "Salle Rhône", "--out", "{tmp}/a.ics"],
    "documents make": ["documents", "make", "--session", "X", "--kind", "convocation"],
    "demo": ["demo"],
}


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("where", ["folder", "missing folder", "read-only folder", "file"])
def test_a_wrong_database_path_is_answered_in_french(
    command, where, tmp_path, read_only_folder, db, capsys
):
    places = {
        "folder": tmp_path,
        "missing folder": tmp_path / "absent" / "base.sqlite3",
        "read-only folder": read_only_folder / "base.sqlite3",
        "file": db / "base.sqlite3",  # a file where a folder is expected
    }
    argv = [a.format(tmp=tmp_path) for a in COMMANDS[command]]
    french_error(capsys, *argv, "--db", places[where])
    assert not (tmp_path / "absent").exists()


@pytest.mark.parametrize("where", ["folder", "missing folder", "read-only folder", "file"])
@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--to", "{out}.sqlite3"],
        ["export", "learners", "--out", "{out}.xlsx"],
        ["planning", "ics", "--session", "X", "--out", "{out}.ics"],
        ["documents", "make", "--session", "X", "--kind", "convocation", "--out", "{out}"],
    ],
)
def test_a_wrong_output_path_is_answered_in_french(
    command, where, tmp_path, read_only_folder, db, capsys
):
    folder = tmp_path / "dossier"
    folder.mkdir()
    places = {
        "folder": folder / "sous-dossier",
        "missing folder": tmp_path / "absent" / "sortie",
        "read-only folder": read_only_folder / "sortie",
        "file": db / "sortie",
    }
    if where == "folder":
        (folder / "sous-dossier.sqlite3").mkdir()
        (folder / "sous-dossier.xlsx").mkdir()
        (folder / "sous-dossier.ics").mkdir()
        (folder / "sous-dossier").touch()
    argv = [a.format(out=places[where]) for a in command]
    french_error(capsys, *argv, "--db", db)
    assert not (tmp_path / "absent").exists()


# -- 2. a missing folder is named, never made ----------------------------------------------


def test_backup_to_a_missing_folder_is_refused_and_names_it(db, tmp_path, capsys):
    missing = tmp_path / "absent" / "dossier"
    line = french_error(capsys, "backup", "--db", db, "--to", missing / "copie.sqlite3")
    assert (
        f"Le dossier « {missing} » n'existe pas : créez-le ou choisissez un autre dossier" in line
    )
    assert not (tmp_path / "absent").exists()


def test_demo_in_a_missing_folder_is_refused_and_names_it(tmp_path, capsys):
    missing = tmp_path / "absent" / "dossier"
    line = french_error(capsys, "demo", "--db", missing / "demo.sqlite3")
    assert (
        f"Le dossier « {missing} » n'existe pas : créez-le ou choisissez un autre dossier" in line
    )
    assert not (tmp_path / "absent").exists()


def test_demo_in_a_read_only_folder_names_the_folder(read_only_folder, capsys):
    line = french_error(capsys, "demo", "--db", read_only_folder / "demo.sqlite3")
    assert f"Impossible d'écrire dans le dossier « {read_only_folder} »" in line


def test_demo_without_db_makes_the_demo_folder(tmp_path, monkeypatch, capsys):
    from formadesk.core.paths import demo_database_path

    usual = tmp_path / "donnees" / "Formadesk" / "formadesk.sqlite3"
    monkeypatch.setenv("FORMADESK_DB", str(usual))
    assert main(["demo"]) == 0
    assert demo_database_path().is_file() and not usual.exists()


# -- 3. no database yet: what to type -------------------------------------------------------


@pytest.mark.parametrize("command", ["check", "backup", "planning check"])
def test_a_missing_database_says_which_command_creates_one(command, tmp_path, capsys):
    path = tmp_path / "nouvelle.sqlite3"
    line = french_error(capsys, *command.split(), "--db", path)
    assert f"aucune base à cet emplacement : {path}." in line
    assert f"formadesk demo --db {path}" in line and f"formadesk --db {path}" in line
    assert "Fichier ›" not in line
    assert not path.exists()


def test_a_missing_folder_of_the_database_is_named_with_what_to_type(tmp_path, capsys):
    path = tmp_path / "absent" / "base.sqlite3"
    line = french_error(capsys, "export", "learners", "--db", path, "--out", tmp_path / "a.xlsx")
    assert f"le dossier « {path.parent} » n'existe pas : créez-le" in line
    assert f"formadesk demo --db {path}" in line


def test_an_empty_database_file_says_what_to_type(tmp_path, capsys):
    path = tmp_path / "vide.sqlite3"
    path.touch()
    line = french_error(capsys, "planning", "check", "--db", path)
    assert "est un fichier vide, pas une base Formadesk" in line
    assert f"formadesk demo --db {path}" in line and "Fichier ›" not in line


def test_the_window_keeps_its_own_message(tmp_path):
    with pytest.raises(DatabaseOpenError, match="Fichier › Nouvelle base…") as refused:
        Office.open(tmp_path / "nouvelle.sqlite3")
    assert refused.value.reason == "missing"


# -- 4. a calendar says which slots it holds --------------------------------------------------


@pytest.fixture
def planned(db):
    """Salle Rhône: one slot 40 days ago, one in 10 days."""
    today = dt.date.today()
    with Office.open(db) as office:
        plan = make_plan(office)
        for day in (today - dt.timedelta(days=40), today + dt.timedelta(days=10)):
            _, slots = plan.session((T(9), T(12)), day=day)
            office.planning.book_room(slots, plan.big_room, confirm=True)
    return db


def _events(path) -> list[dt.date]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return sorted(e.decoded("dtstart").date() for e in calendar.walk("VEVENT"))


def test_a_room_calendar_says_it_starts_today_and_what_it_left_out(planned, tmp_path, capsys):
    out = tmp_path / "rhone.ics"
    assert (
        main(["planning", "ics", "--db", str(planned), "--room", "Salle Rhône", "--out", str(out)])
        == 0
    )
    today = dt.date.today()
    assert _events(out) == [today + dt.timedelta(days=10)]
    printed = capsys.readouterr().out
    assert f"1 créneau exporté, du {today:%d/%m/%Y} (aujourd'hui) au " in printed
    assert "1 créneau antérieur n'est pas exporté : indiquez avec --from JJ/MM/AAAA" in printed


def test_from_takes_the_earlier_slots_too(planned, tmp_path, capsys):
    out = tmp_path / "rhone.ics"
    start = dt.date.today() - dt.timedelta(days=60)
    argv = ["planning", "ics", "--db", str(planned), "--room", "Salle Rhône", "--out", str(out)]
    assert main([*argv, "--from", f"{start:%d/%m/%Y}"]) == 0
    assert len(_events(out)) == 2
    printed = capsys.readouterr().out
    assert f"2 créneaux exportés, du {start:%d/%m/%Y} au " in printed
    assert "antérieur" not in printed


def test_a_damaged_database_is_described_in_french(db, tmp_path, capsys):
    cut = tmp_path / "coupee.sqlite3"
    cut.write_bytes(db.read_bytes()[:8192])  # a copy stopped half-way
    line = french_error(capsys, "backup", "--db", cut)
    assert "« coupee.sqlite3 » est illisible ou endommagée (le fichier est endommagé)" in line
    assert "malformed" not in line


@pytest.fixture
def protected_database(tmp_path, empty_database):
    """A database in a folder where nothing can be created (chattr +i: even root is refused)."""
    folder = tmp_path / "protege"
    folder.mkdir()
    path = folder / "base.sqlite3"
    shutil.copyfile(empty_database, path)
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield path
        folder.chmod(0o755)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("no way to protect a folder against root here")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_database_in_a_protected_folder_checks_ok_and_says_nothing_in_english(
    protected_database, capsys
):
    assert main(["check", "--db", str(protected_database)]) == 0
    captured = capsys.readouterr()
    assert "Intégrité : ok" in captured.out and "endommagée" not in captured.out
    assert captured.err == ""  # no « Opening ... read-only » warning from the log


def test_a_backup_beside_a_protected_database_names_the_folder_and_the_way_out(
    protected_database, capsys
):
    line = french_error(capsys, "backup", "--db", protected_database)
    assert f"Le dossier « {protected_database.parent / 'backups'}" in line
    assert "ne peut pas être créé" in line and "--to FICHIER" in line


def test_the_usual_base_missing_never_suggests_putting_the_demo_there(capsys):
    """FORMADESK_DB (the usual base) is the office's own: the demo goes to its own file."""
    from formadesk.core.paths import default_database_path

    line = french_error(capsys, "sessions")
    assert f"aucune base à cet emplacement : {default_database_path()}" in line
    assert "formadesk demo, puis formadesk --demo" in line
    assert "demo --db" not in line


def test_a_room_calendar_is_named_once_salle(planned, tmp_path, capsys):
    out = tmp_path / "rhone.ics"
    assert (
        main(["planning", "ics", "--db", str(planned), "--room", "Salle Rhône", "--out", str(out)])
        == 0
    )
    assert "X-WR-CALNAME:Salle Rhône" in out.read_text(encoding="utf-8")
