"""Relative paths, as the README prints them: `formadesk check --db base.sqlite3` from the
folder that holds the base, and a relative FORMADESK_DB."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from formadesk.cli import main


@pytest.fixture
def in_folder(tmp_path, empty_database, monkeypatch):
    """The current folder holds base.sqlite3; the test runs from there."""
    shutil.copyfile(empty_database, tmp_path / "base.sqlite3")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_check_and_export_with_a_relative_db(in_folder, capsys):
    assert main(["check", "--db", "base.sqlite3"]) == 0
    out = capsys.readouterr().out
    assert f"Base : {in_folder / 'base.sqlite3'}" in out and "Intégrité : ok" in out
    assert main(["export", "learners", "--db", "base.sqlite3", "--out", "apprenants.xlsx"]) == 0
    assert f"Export écrit : {in_folder / 'apprenants.xlsx'}" in capsys.readouterr().out
    assert openpyxl.load_workbook(in_folder / "apprenants.xlsx").sheetnames[0] == "Apprenants"


def test_a_relative_formadesk_db(in_folder, capsys, monkeypatch):
    monkeypatch.setenv("FORMADESK_DB", "base.sqlite3")
    assert main(["check"]) == 0
    assert f"Base : {in_folder / 'base.sqlite3'}" in capsys.readouterr().out
    assert main(["planning", "check", "--from", "01/03/2027", "--to", "31/03/2027"]) == 0
    assert "0 conflit" in capsys.readouterr().out


def test_an_export_without_extension_gets_xlsx(in_folder, capsys):
    assert main(["export", "learners", "--db", "base.sqlite3", "--out", "apprenants"]) == 0
    assert (in_folder / "apprenants.xlsx").is_file()
    assert not (in_folder / "apprenants").exists()
