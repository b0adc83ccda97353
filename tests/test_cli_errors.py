"""Every command-line error is one French line on stderr and a non-zero exit, never a traceback;
no command replaces a device or special file given as its output."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from formadesk.cli import main

ENGLISH = re.compile(
    r"\b(error|invalid|required|unrecognized|choose from|expected|usage|not allowed"
    r"|Permission denied|No such file)\b",
    re.IGNORECASE,
)


def one_french_line(err: str) -> str:
    """The single line on stderr, after checking it is French and has no traceback."""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("Erreur : "), line
    assert "Traceback" not in err and not ENGLISH.search(line), line
    return line


@pytest.fixture
def db(tmp_path, empty_database):
    path = tmp_path / "base.sqlite3"
    shutil.copyfile(empty_database, path)
    return path


def run(capsys, *argv: str) -> str:
    """Run the command, check it failed, and return its one French error line."""
    status = main(list(argv))
    assert status != 0
    return one_french_line(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["planning", "check", "--from", "31/02/2026"],
            "--from : la date « 31/02/2026 » n'existe pas : vérifiez le jour et le mois",
        ),
        (["planning", "check", "--to", "2026-13-01"], "« 2026-13-01 » n'existe pas"),
        (["check", "--frm", "3"], "arguments non reconnus : --frm 3"),
        (["export", "learners"], "il faut aussi indiquer : --out"),
        (["export", "apprenants", "--out", "x.xlsx"], "choix invalide : 'apprenants'"),
        (["demo", "--size", "huge"], "--size : choix invalide : 'huge'"),
        (["planning"], "il faut aussi indiquer : {check,ics}"),
        (["planning", "ics", "--out", "x.ics"], "indiquez l'une de ces options : --room"),
        (["documents", "make", "--kind"], "--kind : une valeur est attendue"),
    ],
)
def test_command_line_mistakes_are_one_french_line(capsys, argv, expected):
    line = run(capsys, *argv)
    assert expected in line
    assert "_date" not in line and "Aide : formadesk" in line


def test_a_period_ending_before_it_starts_is_refused(db, capsys):
    line = run(
        capsys, "planning", "check", "--db", str(db), "--from", "10/03/2027", "--to", "01/03/2027"
    )
    assert "la fin (01/03/2027) est avant le début (10/03/2027)" in line


def test_the_help_is_in_french(capsys):
    assert main(["planning", "check", "--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("utilisation : formadesk planning check")
    assert "afficher cette aide et quitter" in out and "JJ/MM/AAAA" in out
    assert "show this help" not in out and "usage:" not in out


def test_a_special_file_given_as_output_is_never_replaced(db, fifo, capsys):
    line = run(capsys, "export", "learners", "--db", str(db), "--out", str(fifo))
    assert f"« {fifo} » n'est pas un fichier ordinaire" in line
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    written = [p.name for p in fifo.parent.iterdir() if p.name.endswith((".xlsx", ".partial"))]
    assert written == ["tube.xlsx"]

    ics = fifo.with_name("tube.ics")
    os.mkfifo(ics)
    line = run(capsys, "planning", "ics", "--db", str(db), "--session", "X", "--out", str(ics))
    assert "n'est pas un fichier ordinaire" in line
    assert stat.S_ISFIFO(ics.lstat().st_mode)


def test_an_output_in_a_missing_folder_names_the_folder(db, tmp_path, capsys):
    missing = tmp_path / "absent"
    line = run(capsys, "export", "learners", "--db", str(db), "--out", str(missing / "a.xlsx"))
    assert f"Le dossier « {missing} » n'existe pas" in line
    assert not missing.exists()


def test_an_output_folder_that_is_a_file_is_refused(db, capsys):
    line = run(capsys, "export", "learners", "--db", str(db), "--out", str(db / "a.xlsx"))
    assert f"« {db} » n'est pas un dossier" in line


def test_an_unwritable_output_folder_is_named_in_french(db, read_only_folder, capsys):
    out = read_only_folder / "apprenants.xlsx"
    line = run(capsys, "export", "learners", "--db", str(db), "--out", str(out))
    assert f"Impossible d'écrire dans le dossier « {read_only_folder} » (accès refusé)" in line
    assert not out.exists()


def test_an_unexpected_error_is_one_french_line_and_logged(db, tmp_path, capsys, monkeypatch):
    def broken_workbook(self, *args, **kwargs):
        raise RuntimeError("disque qui ment")

    monkeypatch.setattr(openpyxl.Workbook, "__init__", broken_workbook)  # a library failing
    line = run(capsys, "export", "learners", "--db", str(db), "--out", str(tmp_path / "a.xlsx"))
    assert "une erreur inattendue est survenue" in line
    log = re.search(r"journal (\S+) :", line).group(1)
    text = Path(log).read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: disque qui ment" in text


def test_a_real_process_prints_one_line_and_exits_2(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "formadesk", "planning", "check", "--from", "31/02/2026"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2 and done.stdout == ""
    assert "« 31/02/2026 » n'existe pas" in one_french_line(done.stderr)


def test_documents_never_go_into_a_special_file(db, fifo, capsys):
    pipe = fifo
    argv = ["documents", "make", "--db", str(db), "--session", "X", "--kind", "convocation"]
    line = run(capsys, *argv, "--out", str(pipe))
    assert f"« {pipe} » n'est pas un dossier" in line
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    line = run(capsys, *argv, "--out", str(pipe / "sous-dossier"))
    assert f"« {pipe} » n'est pas un dossier" in line
