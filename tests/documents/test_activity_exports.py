"""The activity report exported: a PDF with its charts, a workbook with tables and charts."""

from __future__ import annotations

import pytest
from attendance_docs import pdf_text
from openpyxl import load_workbook

from formadesk.core.errors import BusinessRuleError
from tests.core.activity_factories import PERIOD, two_years


@pytest.fixture
def office_of_two_years(office):
    two_years(office)
    return office


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def test_the_pdf_holds_the_figures_the_charts_and_the_conventions(office_of_two_years, tmp_path):
    path = office_of_two_years.activity.export(*PERIOD, tmp_path / "activite.pdf")
    text = _plain(pdf_text(path))
    for expected in (
        "Rapport d'activité",
        "du 01/10/2025 au 30/06/2026",
        "Sessions réalisées 2",
        "Apprenants (personnes) 4",
        "Heures-apprenants suivies 51 h 30",
        "Taux de remplissage 31 %",
        "Chiffre d'affaires facturé HT 3 450,00 €",
        "Apprenants formés par mois",  # a chart's title
        "Chiffre d'affaires facturé HT par type de client",
        "nov. 2025 1 2 28 h 1 380,00 €",
        "Particulier 1 380,00 €",
        "OPCO Atlas 464,28 €",
        "Déménagement 1",
        "Comment ces chiffres sont comptés",
    ):
        assert expected in text, expected


def test_the_workbook_has_the_tables_a_chart_and_safe_cells(office_of_two_years, tmp_path):
    office = office_of_two_years
    atlas = next(f for f in office.parties.funders() if f.name == "OPCO Atlas")
    funder = office.parties.get_funder(atlas.id)
    funder.name = '=HYPERLINK("http://x")'
    office.parties.save_funder(funder)

    path = office.activity.export(*PERIOD, tmp_path / "activite.xlsx")
    book = load_workbook(path)
    assert book.sheetnames[:4] == [
        "Synthèse", "Par mois", "CA par type de client", "CA par financeur",
    ]  # fmt: skip
    summary = {r[0]: r[1:] for r in book["Synthèse"].iter_rows(values_only=True) if r[0]}
    assert summary["Inscriptions suivies"] == (5, "5")  # a number to compute with
    assert summary["Heures-apprenants suivies"][0] == 51.5
    assert summary["Chiffre d'affaires facturé HT"][0] == 3450
    months = [r for r in book["Par mois"].iter_rows(values_only=True) if r[0]]
    assert ("nov. 2025", 1, 2, 28, 1380) in months
    assert months[-1] == ("Total", 2, 5, 51.5, 3450)
    assert len(book["Par mois"]._charts) == 3
    assert len(book["CA par type de client"]._charts) == 1
    funders = book["CA par financeur"]
    cell = next(c for row in funders.iter_rows() for c in row if c.value == funder.name)
    assert cell.data_type == "s" and cell.quotePrefix  # shown as typed, never a formula


def test_a_file_that_is_neither_pdf_nor_xlsx_is_refused(office_of_two_years, tmp_path):
    with pytest.raises(BusinessRuleError, match="PDF .* ou en Excel"):
        office_of_two_years.activity.export(*PERIOD, tmp_path / "activite.docx")
    assert not (tmp_path / "activite.docx").exists()
