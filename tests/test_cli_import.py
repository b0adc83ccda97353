"""`formadesk import learners`: real files, real database, through the real command line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from formadesk.cli import main
from formadesk.core.office import Office

from .core.factories import make_course, make_learner, make_session
from .core.import_files import BAD_ROWS, GOOD_ROWS, HEADERS, write_csv, write_xlsx


@pytest.fixture
def db(tmp_path: Path, empty_database: Path) -> Path:
    path = tmp_path / "base.sqlite3"
    shutil.copyfile(empty_database, path)
    return path


def learner_count(db: Path) -> int:
    with Office.open(db) as office:
        return office.learners.count()


def run(capsys, *args: str) -> tuple[int, list[str]]:
    code = main(["import", "learners", *args])
    return code, capsys.readouterr().out.strip().splitlines()


def test_clean_file_is_imported_with_the_summary_line(db, tmp_path, capsys):
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    code, lines = run(capsys, "--db", str(db), "--file", str(path))
    assert code == 0
    assert lines == ["2 importé(s), 0 doublon(s), 0 refusé(s)"]
    assert learner_count(db) == 2


def test_a_refused_row_stops_everything_with_status_1(db, tmp_path, capsys):
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS, *BAD_ROWS], encoding="cp1252")
    code, lines = run(capsys, "--db", str(db), "--file", str(path))
    assert code == 1
    assert lines[0].startswith("Ligne 4 : MARTIN Paul refusée. E-mail : L'adresse e-mail")
    assert lines[1].startswith("Ligne 5 :") and "Le nom est obligatoire." in lines[1]
    assert lines[2].startswith("Ligne 6 :") and "« 31/02/1990 » n'existe pas" in lines[2]
    assert "0 importé(s), 0 doublon(s), 3 refusé(s)" in lines
    assert "Rien n'a été enregistré" in lines[-1]
    assert learner_count(db) == 0


def test_skip_errors_imports_the_good_rows_and_skips_duplicates(db, tmp_path, capsys):
    with Office.open(db) as office:
        make_learner(office, "Lefèvre", "Hélène", email="helene.lefevre@exemple.fr")
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS, *BAD_ROWS], sep=",")
    code, lines = run(capsys, "--db", str(db), "--file", str(path), "--skip-errors")
    assert code == 0
    assert lines[0].startswith("Ligne 2 : LEFÈVRE Hélène ignorée, doublon possible.")
    assert lines[-1] == "1 importé(s), 1 doublon(s), 3 refusé(s)"
    assert learner_count(db) == 2


def test_dry_run_writes_nothing_and_says_so(db, tmp_path, capsys):
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    code, lines = run(capsys, "--db", str(db), "--file", str(path), "--dry-run")
    assert code == 0
    assert lines == [
        "Simulation (--dry-run) : 2 apprenant(s) à importer, 0 doublon(s), 0 refusé(s). "
        "Rien n'a été enregistré.",
    ]
    assert learner_count(db) == 0


def test_dry_run_with_refused_rows_counts_the_good_ones_and_fails(db, tmp_path, capsys):
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS, *BAD_ROWS])
    code, lines = run(capsys, "--db", str(db), "--file", str(path), "--dry-run")
    assert code == 1
    assert (
        "Simulation (--dry-run) : 2 apprenant(s) à importer, 0 doublon(s), 3 refusé(s)."
        in (lines[-2])
    )
    assert lines[-1].startswith("Sans --skip-errors, l'import serait refusé")
    assert learner_count(db) == 0


def test_a_session_too_small_is_said_before_anything_is_written(db, tmp_path, capsys):
    with Office.open(db) as office:
        code_of_session = office.sessions.get(
            make_session(office, make_course(office), places=1)
        ).code
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    code = main(
        ["import", "learners", "--db", str(db), "--file", str(path), "--session", code_of_session]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert f"La session {code_of_session} n'a plus que 1 place libre pour 2 apprenants" in err
    assert learner_count(db) == 0


def test_session_option_enrols_the_imported_learners(db, tmp_path, capsys):
    with Office.open(db) as office:
        session_id = make_session(office, make_course(office))
        code_of_session = office.sessions.get(session_id).code
    path = write_xlsx(tmp_path / "liste.xlsx", [HEADERS, *GOOD_ROWS])
    code, lines = run(
        capsys, "--db", str(db), "--file", str(path), "--session", code_of_session.lower()
    )
    assert code == 0, lines
    assert lines[-1] == f"2 apprenant(s) inscrit(s) à la session {code_of_session}."
    with Office.open(db) as office:
        assert len(office.enrollments.for_session(session_id)) == 2


def test_missing_file_is_one_french_error(db, tmp_path, capsys):
    code = main(["import", "learners", "--db", str(db), "--file", str(tmp_path / "x.csv")])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Erreur : Le fichier") and "n'existe pas" in err


def test_file_without_name_columns_says_how_to_fix_it(db, tmp_path, capsys):
    path = write_csv(tmp_path / "liste.csv", [["Courriel", "Ville"], ["a@exemple.fr", "Lyon"]])
    code = main(["import", "learners", "--db", str(db), "--file", str(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Erreur : Aucune colonne n'est reconnue comme « Nom » et « Prénom »" in err
    assert "nommez ainsi les en-têtes" in err


def test_a_past_session_is_refused_and_nothing_is_written(db, tmp_path, capsys):
    import datetime as dt

    with Office.open(db) as office:
        course = make_course(office)
        past = office.sessions.get(make_session(office, course, start=dt.date(2026, 3, 2))).code
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    code = main(["import", "learners", "--db", str(db), "--file", str(path), "--session", past])
    err = capsys.readouterr().err
    assert code == 1
    assert f"La session {past} est terminée (dernier jour le 03/03/2026)" in err
    assert learner_count(db) == 0


def test_duplicates_are_said_not_enrolled(db, tmp_path, capsys):
    with Office.open(db) as office:
        make_learner(office, "Lefèvre", "Hélène", email="helene.lefevre@exemple.fr")
        session = office.sessions.get(make_session(office, make_course(office))).code
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    code, lines = run(capsys, "--db", str(db), "--file", str(path), "--session", session)
    assert code == 0
    assert lines[-2] == f"1 apprenant(s) inscrit(s) à la session {session}."
    assert lines[-1].startswith("1 doublon n'est pas inscrit (déjà dans la base)")


def test_dry_run_refuses_a_past_session_as_the_real_run_does(db, tmp_path, capsys):
    import datetime as dt

    with Office.open(db) as office:
        course = make_course(office)
        past = office.sessions.get(make_session(office, course, start=dt.date(2026, 3, 2))).code
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS])
    args = ["--file", str(path), "--session", past, "--dry-run"]
    code = main(["import", "learners", "--db", str(db), *args])
    assert code == 1
    assert f"La session {past} est terminée" in capsys.readouterr().err
