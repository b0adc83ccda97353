"""The command line: same facade, no window; errors are one French line and a non-zero exit."""

from __future__ import annotations

import openpyxl

from formadesk.cli import main


def test_demo_check_backup_export(tmp_path, capsys):
    db = tmp_path / "demo.sqlite3"
    assert main(["demo", "--size", "small", "--db", str(db)]) == 0
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Intégrité : ok" in out and "Apprenants :" in out
    assert main(["backup", "--db", str(db), "--to", str(tmp_path / "copie.sqlite3")]) == 0
    assert (tmp_path / "copie.sqlite3").stat().st_size > 0
    xlsx = tmp_path / "apprenants.xlsx"
    assert main(["export", "learners", "--db", str(db), "--out", str(xlsx)]) == 0
    sheet = openpyxl.load_workbook(xlsx).worksheets[0]
    assert sheet.max_row > 100


def test_errors_are_one_french_line(tmp_path, capsys):
    missing = tmp_path / "absent.sqlite3"
    assert main(["check", "--db", str(missing)]) == 1
    assert main(["backup", "--db", str(missing)]) == 1
    not_db = tmp_path / "notes.sqlite3"
    not_db.write_text("bonjour", encoding="utf-8")
    assert main(["export", "learners", "--db", str(not_db), "--out", str(tmp_path / "x.xlsx")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3
    assert all(line.startswith("Erreur : ") for line in err)
    assert "n'est pas une base Formadesk" in err[2]
    assert not missing.exists()


def test_demo_refuses_to_overwrite(tmp_path, capsys):
    db = tmp_path / "x.sqlite3"
    db.write_text("important", encoding="utf-8")
    assert main(["demo", "--db", str(db)]) == 1
    assert db.read_text(encoding="utf-8") == "important"


def test_every_table_has_a_french_count_label():
    """`formadesk demo` and `check` never print a raw table name."""
    from formadesk.cli_messages import TABLE_COUNT_LABELS
    from formadesk.core.model import Base

    assert set(Base.metadata.tables) - set(TABLE_COUNT_LABELS) == set()
