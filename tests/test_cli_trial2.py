"""The second new-user trial of the command line: a backup over another database, the demo in
the usual base, session codes typed by hand, English table names, stray lock files, dates that
do not exist, an empty calendar. Each test runs the real command on real files."""

from __future__ import annotations

import shutil
import sqlite3

import icalendar
import pytest

from formadesk.cli import main
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.paths import default_database_path, demo_database_path
from formadesk.core.services.sessions import SessionData, SlotData

from .core.factories import make_learner
from .core.planning_factories import DAY, T, make_plan

CODE = "2027-EXCEL-INT-001"


def error_line(capsys, *argv) -> str:
    assert main([str(a) for a in argv]) != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def locks_beside(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".lock"))


@pytest.fixture
def db(tmp_path, empty_database):
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(empty_database, path)
    return path


@pytest.fixture
def planned(tmp_path, empty_database):
    """A base with one session (CODE) on DAY in Salle Rhône, taught by Anne Dupré."""
    path = tmp_path / "plan.sqlite3"
    shutil.copyfile(empty_database, path)
    with Office.open(path) as office:
        plan = make_plan(office)
        data = SessionData(
            course_id=plan.course,
            start_date=DAY,
            end_date=DAY,
            max_places=12,
            slots=[SlotData(DAY, T(9), T(12))],
        )
        session_id = office.sessions.save(data, confirm=True)  # shorter than the course: fine
        slots = [s.id for s in office.sessions.get(session_id).slots]
        office.planning.book_room(slots, plan.big_room, confirm=True)
        office.planning.assign_trainers(slots, [plan.anne], confirm=True)
    return path


# -- 1. a backup never replaces another database unless asked ---------------------------------


def test_backup_to_another_formadesk_database_is_refused_without_replace(
    db, tmp_path, empty_database, capsys
):
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(empty_database, other)
    with Office.open(other) as office:
        make_learner(office, last="Martin")
        make_learner(office, last="Bernard")
    before = other.read_bytes()
    line = error_line(capsys, "backup", "--db", db, "--to", other)
    assert f"le fichier « {other} » existe déjà (une base Formadesk de 2 apprenants)" in line
    assert "ajoutez --replace pour l'écraser" in line
    assert other.read_bytes() == before
    assert list(tmp_path.glob("other.sqlite3?*")) == []  # no -wal, -shm or .lock beside it
    assert main(["backup", "--db", str(db), "--to", str(other), "--replace"]) == 0
    with Office.open(other) as office:
        assert office.learners.count() == 0  # now the copy of demo.sqlite3
    assert locks_beside(tmp_path) == []


def test_the_core_backup_service_refuses_an_existing_file_unless_replace(office, tmp_path):
    target = tmp_path / "copie.sqlite3"
    office.backups.backup_now(to=target)
    make_learner(office)
    with pytest.raises(FormadeskError, match="base Formadesk de 0 apprenant"):
        office.backups.backup_now(to=target)
    office.backups.backup_now(to=target, replace=True)
    with Office.open(target) as copy:
        assert copy.learners.count() == 1


# -- 2. `demo` without --db: the demo file, never the usual base --------------------------------


def test_demo_without_db_builds_the_demo_file_and_leaves_the_usual_base_alone(capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert demo_database_path().is_file()
    assert str(demo_database_path().resolve()) in out
    assert not default_database_path().exists()
    assert "Apprenants :" in out and "learners" not in out


# -- 3. session codes, rooms and trainers typed by hand ------------------------------------


def test_a_session_code_in_lower_case_with_spaces_is_found(planned, tmp_path, capsys):
    out = tmp_path / "s.ics"
    typed = f"  {CODE.lower()} "
    args = ["planning", "ics", "--db", planned, "--session", typed, "--out", out]
    assert main([str(a) for a in args]) == 0
    assert len(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 1
    xlsx = tmp_path / "inscrits.xlsx"
    args = ["export", "learners", "--db", planned, "--session", typed, "--out", xlsx]
    assert main([str(a) for a in args]) == 0 and xlsx.is_file()


def test_an_unknown_code_suggests_close_codes_or_how_to_list_them(planned, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    export = ["export", "learners", "--db", planned, "--out", out, "--session"]
    line = error_line(capsys, *export, "2027-EXCEL-INT-01")
    assert "aucune session n'a le code « 2027-EXCEL-INT-01 »" in line and CODE in line
    line = error_line(capsys, *export, "ZZZ")
    assert "formadesk sessions" in line
    assert not out.exists()


def test_sessions_lists_codes_dates_titles_and_places(planned, capsys):
    assert main(["sessions", "--db", str(planned)]) == 0
    out = capsys.readouterr().out
    assert "Code" in out and "Début" in out and "Inscrits/places" in out
    assert CODE in out and f"{DAY:%d/%m/%Y}" in out and "0/12" in out and "Excel" in out
    assert main(["sessions", "--db", str(planned), "--from", "01/01/2028"]) == 0
    assert CODE not in capsys.readouterr().out
    assert main(["sessions", "--db", str(planned), "--search", "excel"]) == 0
    assert CODE in capsys.readouterr().out


def test_an_unknown_room_or_trainer_lists_the_existing_ones(planned, tmp_path, capsys):
    ics = ["planning", "ics", "--db", planned, "--out", tmp_path / "x.ics"]
    line = error_line(capsys, *ics, "--room", "Salle Loire")
    assert "Salle Rhône" in line and "Salle Saône" in line
    line = error_line(capsys, *ics, "--trainer", "Jean Valjean")
    assert "DUPRÉ Anne" in line and "NOËL Marc" in line


# -- 4. `check` in French --------------------------------------------------------------------


def test_check_prints_french_counts_and_no_none_for_a_damaged_base(db, capsys):
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Présences :" in out and "Inscriptions :" in out and "Apprenants :" in out
    assert "attendance" not in out and "enrollments" not in out and "bookings" not in out
    conn = sqlite3.connect(db)
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[size + 8 : size * 3] = b"\xff" * (size * 2 - 8)  # the pages after the schema
    db.write_bytes(bytes(data))
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "None" not in out
    assert "Version du schéma : inconnue (fichier endommagé)" in out


# -- 5. no stray lock files ------------------------------------------------------------------


def test_no_lock_file_is_left_beside_user_files(db, tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("mes notes", encoding="utf-8")
    victim = tmp_path / "victim.xlsx"
    victim.write_bytes(b"PK\x03\x04 pas une base")
    assert main(["backup", "--db", str(db), "--to", str(notes)]) == 1
    assert main(["export", "learners", "--db", str(victim), "--out", str(tmp_path / "a.xlsx")]) == 1
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "copie")]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert notes.read_text(encoding="utf-8") == "mes notes"
    assert locks_beside(tmp_path) == []


def test_a_second_formadesk_is_still_refused_while_the_first_holds_the_base(db, capsys):
    with Office.open(db):
        line = error_line(capsys, "backup", "--db", db)
        assert "déjà ouvert dans un autre Formadesk" in line
    assert locks_beside(db.parent) == []


# -- 6. dates, choices and --db in French ------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["planning", "check", "--from", "31/02/2026"], "« 31/02/2026 » n'existe pas : vérifiez"),
        (["export", "trainers", "--out", "x.xlsx"], "choix possibles : 'learners'"),
        (["check", "--db", ""], "--db : indiquez un fichier"),
        (["--db", "", "check"], "--db : indiquez un fichier"),
    ],
)
def test_command_line_mistakes_say_what_is_wrong(argv, expected, capsys):
    line = error_line(capsys, *argv)
    assert expected in line
    assert "date invalide" not in line and "learners : choix" not in line
    assert not default_database_path().exists()


# -- 7. a calendar with nothing in it is not written ------------------------------------------


def test_an_empty_calendar_is_refused_and_the_written_one_has_no_english(planned, tmp_path, capsys):
    out = tmp_path / "vide.ics"
    ics = ["planning", "ics", "--db", planned, "--out", out, "--from", "01/01/2027"]
    line = error_line(capsys, *ics, "--room", "Salle Saône")
    assert "aucun créneau du 01/01/2027" in line and "--from" in line and "--to" in line
    assert not out.exists()
    args = ["planning", "ics", "--db", planned, "--room", "Salle Rhône", "--out", out]
    assert main([*map(str, args), "--from", "01/01/2027"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "This timezone" not in text and "COMMENT" not in text
    calendar = icalendar.Calendar.from_ical(text)
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    assert len(calendar.walk("VEVENT")) == 1
