"""The BPF in Excel: the cadres with real numbers, the conventions, and « À vérifier » (the
scenario of tests/core/test_bpf_scenario, counted by hand there)."""

from __future__ import annotations

from openpyxl import load_workbook

from formadesk.core.model import Learner
from formadesk.core.reporting.bpf_data import (
    C_TOTAL_LABEL,
    E_LABELS,
    F1_LABELS,
    F1_UNSAID_LABEL,
    F2_LABEL,
    G_LABEL,
    objective_label,
)
from tests.core.test_bpf_scenario import built, scenario  # noqa: F401 - fixtures


def _rows(sheet) -> dict[tuple[str, str], list]:
    """(line code, label) -> the figures after the label, for every line of the cadres."""
    return {
        (row[0].value or "", row[1].value): [c.value for c in row[2:4] if c.value is not None]
        for row in sheet.iter_rows(min_row=6)
        if isinstance(row[1].value, str) and not isinstance(row[0].value, int)
    }


def test_the_workbook_has_the_cadres_as_numbers(scenario, tmp_path):  # noqa: F811
    office = scenario.office
    book = load_workbook(office.bpf.export(2025, tmp_path / "BPF-2025.xlsx"))
    assert book.sheetnames == ["BPF 2025", "À vérifier"]
    sheet = book["BPF 2025"]
    assert sheet["A1"].value == "Atelier Test Formation"
    assert sheet["A2"].value == "Bilan pédagogique et financier (cerfa 10443) — exercice 2025"
    assert [sheet["A3"].value, sheet["B3"].value] == ["Exercice", "du 01/01/2025 au 31/12/2025"]
    rows = _rows(sheet)
    assert rows["C-2 a", "OPCO, contrats d'apprentissage"] == [517.5]
    assert rows["C-10", "Autres organismes de formation (y compris CFA)"] == [690]
    assert rows["Total", C_TOTAL_LABEL] == [3795]
    row, column = _find(sheet, "C-2 a")
    assert sheet.cell(row, column + 2).number_format.endswith('"€"')  # a sum in euros
    assert rows["", "dont salaires des formateurs"] == [1200]
    assert rows["", E_LABELS["Einternes"]] == [1, 28]
    assert rows["F-1 a", F1_LABELS["a"]] == [3, 31.5]
    assert rows["F-1 ?", F1_UNSAID_LABEL] == [1, 14]
    assert rows["Total", "Total des stagiaires"] == [8, 95.5]
    assert rows["F-2", F2_LABEL] == [2, 26.5]
    assert rows["F-3 b", objective_label("rs")] == [4, 41]
    assert rows["324", "324 — Secrétariat, bureautique"] == [4, 41]
    assert rows["G", G_LABEL] == [1, 14]
    notes = [row[1].value for row in sheet.iter_rows() if isinstance(row[0].value, int)]
    assert any("notice du cerfa 10443" in str(note) for note in notes)
    checks = book["À vérifier"]
    assert checks["A4"].value == "N°" and checks["B4"].value == "Point à vérifier"
    listed = [(r[0].value, r[2].value) for r in checks.iter_rows(min_row=5)]
    assert len(listed) == 8
    assert listed[0] == (1, "Compléter l'inscription")
    assert listed[4] == (5, "Saisir les présences")
    assert "Tom Lenoir n'a pas de statut" in checks["B6"].value


def _find(sheet, value) -> tuple[int, int]:
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == value:
                return cell.row, cell.column
    raise AssertionError(value)


def test_a_name_typed_as_a_formula_stays_text(scenario, tmp_path):  # noqa: F811
    office = scenario.office
    with office.database.unit_of_work() as s:
        learner = s.get(Learner, scenario.learners["Tom Lenoir"])
        learner.first_name = "=HYPERLINK(1)"
    book = load_workbook(office.bpf.export(2025, tmp_path / "BPF.xlsx"))
    cells = [c for row in book["À vérifier"].iter_rows() for c in row if c.value]
    risky = [c for c in cells if str(c.value).startswith("=HYPERLINK")]
    assert risky and all(c.data_type == "s" and c.quotePrefix for c in risky)
