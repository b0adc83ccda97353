"""`formadesk bpf`: the boxes printed, the files written, wrong input refused in French (the
scenario of tests/core/test_bpf_scenario, counted by hand there)."""

from __future__ import annotations

import json
import shutil

import pytest

from formadesk.cli import main
from tests.core.test_bpf_scenario import built  # noqa: F401 - fixture


@pytest.fixture
def scenario(built, db_path):  # noqa: F811
    """The scenario's base, closed: the command opens it."""
    shutil.copyfile(built[0], db_path)
    return built[1]


def test_bpf_prints_the_boxes_and_what_to_check(scenario, db_path, capsys):
    assert main(["bpf", "--db", str(db_path), "--year", "2025"]) == 0
    out = capsys.readouterr().out.replace("\u202f", " ")
    lines = [" ".join(line.split()) for line in out.splitlines()]
    assert (
        lines[0] == "BPF 2025 — Atelier Test Formation (NDA 84 69 99999 69 · SIRET 73282932000074)"
    )
    assert lines[1] == "Exercice du 01/01/2025 au 31/12/2025"
    assert "C-2 a OPCO, contrats d'apprentissage 517,50 €" in lines
    assert "C-10 Autres organismes de formation (y compris CFA) 690,00 €" in lines
    assert "F-1 a Salariés d'employeurs privés hors apprentis 3 31,5 h" in lines
    assert "Total Total des stagiaires 8 95,5 h" in lines
    assert "F-3 b b. Certification ou habilitation du répertoire spécifique (RS) 4 41 h" in lines
    assert "324 324 — Secrétariat, bureautique 4 41 h" in lines
    assert "À vérifier avant de déclarer : 8 points." in lines
    assert lines[-1].startswith("- Inscription de Marie Colin")


def test_bpf_writes_the_file_its_suffix_names(scenario, db_path, tmp_path, capsys):
    out = tmp_path / "BPF-2025.json"
    assert main(["bpf", "--db", str(db_path), "--year", "2025", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed == f"BPF 2025 écrit : {out}\nÀ vérifier avant de déclarer : 8 points.\n"
    assert json.loads(out.read_text(encoding="utf-8"))["F1"]["total"] == {
        "stagiaires": 8,
        "heures": 95.5,
    }
    for suffix, magic in ((".pdf", b"%PDF"), (".xlsx", b"PK")):
        path = tmp_path / f"BPF{suffix}"
        assert main(["bpf", "--db", str(db_path), "--year", "2025", "--out", str(path)]) == 0
        assert path.read_bytes()[:4].startswith(magic)


def test_bpf_refuses_a_wrong_year_or_file_in_french(scenario, db_path, tmp_path, capsys):
    assert main(["bpf", "--db", str(db_path), "--year", "25"]) == 2
    error = capsys.readouterr().err
    assert "l'exercice s'écrit sur quatre chiffres" in error and "« 25 »" in error
    assert main(["bpf", "--db", str(db_path)]) == 2
    assert "il faut aussi indiquer : --year" in capsys.readouterr().err
    wrong = tmp_path / "BPF.docx"
    assert main(["bpf", "--db", str(db_path), "--year", "2025", "--out", str(wrong)]) == 1
    error = capsys.readouterr().err
    assert (
        error.startswith("Erreur : --out : ")
        and "doit se terminer par .pdf, .xlsx ou .json" in error
    )
    assert not wrong.exists()
    missing = tmp_path / "nulle-part" / "BPF.pdf"
    assert main(["bpf", "--db", str(db_path), "--year", "2025", "--out", str(missing)]) == 1
    assert "n'existe pas" in capsys.readouterr().err
