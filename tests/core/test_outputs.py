"""A user-chosen output is checked before anything is written: special files are never
replaced, a missing or unwritable folder is named in French (core/outputs.py)."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest

from formadesk.core.outputs import OutputPathError, checked_output_folder, checked_output_path
from formadesk.core.services.resources import PlanningFilter

from .planning_factories import T, make_plan


def assert_untouched(fifo):
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert not [p for p in fifo.parent.iterdir() if p.name.startswith(".")]


def test_exports_never_replace_a_special_file(office, fifo):
    monday = dt.date(2027, 3, 1)
    with pytest.raises(OutputPathError, match="n'est pas un fichier ordinaire"):
        office.exports.learners_xlsx(fifo)
    with pytest.raises(OutputPathError, match="n'est pas un fichier ordinaire"):
        office.planning_exports.xlsx(fifo, start=monday, end=monday)
    pdf = fifo.with_name("semaine.pdf")
    os.mkfifo(pdf)
    with pytest.raises(OutputPathError, match="n'est pas un fichier ordinaire"):
        office.planning_exports.week_pdf(pdf, monday=monday)
    ics = fifo.with_name("agenda.ics")
    os.mkfifo(ics)
    with pytest.raises(OutputPathError, match="n'est pas un fichier ordinaire"):
        office.planning_exports.ics(ics, start=monday, end=monday, flt=PlanningFilter(), name="x")
    for path in (fifo, pdf, ics):
        assert_untouched(path)


def test_a_link_to_a_device_counts_as_the_device(tmp_path):
    link = tmp_path / "lien.xlsx"
    link.symlink_to(os.devnull)
    with pytest.raises(OutputPathError, match="n'est pas un fichier ordinaire"):
        checked_output_path(link, suffix=".xlsx")
    assert link.is_symlink()


def test_the_suffix_is_added_or_required(tmp_path):
    assert checked_output_path(tmp_path / "liste", suffix=".xlsx") == tmp_path / "liste.xlsx"
    with pytest.raises(OutputPathError, match="doit avoir l'extension .xlsx"):
        checked_output_path(tmp_path / "liste.csv", suffix=".xlsx")


def test_a_relative_path_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert checked_output_path("a.ics", suffix=".ics") == tmp_path / "a.ics"


def test_folders_missing_or_not_folders(tmp_path, fifo):
    with pytest.raises(OutputPathError, match="n'existe pas : créez-le"):
        checked_output_path(tmp_path / "absent" / "a.xlsx")
    with pytest.raises(OutputPathError, match="est un dossier : indiquez le nom d'un fichier"):
        checked_output_path(tmp_path)
    with pytest.raises(OutputPathError, match="n'est pas un dossier"):
        checked_output_folder(fifo)
    with pytest.raises(OutputPathError, match="n'est pas un dossier"):
        checked_output_folder(fifo / "session", create=False)
    assert_untouched(fifo)
    created = checked_output_folder(tmp_path / "2027" / "SESSION")
    assert created.is_dir() and list(created.iterdir()) == []
    assert checked_output_folder(tmp_path / "plus-tard", create=False) == tmp_path / "plus-tard"
    assert not (tmp_path / "plus-tard").exists()


def test_documents_never_go_into_a_special_file(office, tmp_path, fifo):
    plan = make_plan(office)
    session_id, _ = plan.session((T(9), T(12)))
    pipe = fifo
    with pytest.raises(OutputPathError, match="n'est pas un dossier"):
        office.documents.generate("programme", session_id, out_dir=pipe)
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    files = office.documents.generate("programme", session_id, out_dir=tmp_path / "nouveau")
    assert [p.parent for p in files] == [tmp_path / "nouveau"]
