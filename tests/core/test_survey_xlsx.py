"""Answers through a spreadsheet: exported one row per respondent, filled by the office (or a
trainer), imported back with a report; one wrong cell and nothing is written."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook

from formadesk.core.errors import BusinessRuleError

from .survey_factories import END, finished_session

HOT = 1


@pytest.fixture
def exported(office, tmp_path):
    surveyed = finished_session(office)
    office.surveys.create_evaluations(surveyed.session_id, HOT, on=END)
    path = office.surveys.export_answers(surveyed.session_id, HOT, tmp_path / "réponses.xlsx")
    return surveyed, path


def _columns(sheet) -> dict[str, int]:
    header = [c.value for c in sheet[4]]
    return {str(v): i + 1 for i, v in enumerate(header) if v}


def _row_of(sheet, name: str) -> int:
    return next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 2).value == name)


def test_the_sheet_lists_respondents_and_says_the_allowed_values(exported):
    _, path = exported
    book = load_workbook(path)
    sheet = book["Réponses"]
    columns = _columns(sheet)
    assert list(columns)[:4] == ["Identifiant", "Répondant", "Public", "Répondu le"]
    first = next(t for t in columns if t.endswith("(réf. q1)"))
    assert first.startswith("1. L'accueil")
    assert "de 1 à 5" in sheet.cell(4, columns[first]).comment.text
    names = sorted(sheet.cell(r, 2).value for r in range(5, sheet.max_row + 1))
    assert names == ["Hugo Martin", "Hélène Lefèvre", "Inès Petit"]
    legend = book["Valeurs admises"]
    assert any("Trop lent ; Adapté ; Trop rapide" in str(c.value) for c in legend["C"])


def test_filled_sheet_comes_back_with_a_report_of_what_changed(office, exported):
    surveyed, path = exported
    book = load_workbook(path)
    sheet = book["Réponses"]
    columns = _columns(sheet)
    col = {int(t.rsplit("q", 1)[1].rstrip(")")): i for t, i in columns.items() if "(réf." in t}
    hugo, helene = _row_of(sheet, "Hugo Martin"), _row_of(sheet, "Hélène Lefèvre")
    sheet.cell(hugo, col[1], 4)
    sheet.cell(hugo, col[5], "adapté")  # case and accents do not matter
    sheet.cell(hugo, col[12], "Oui")
    sheet.cell(hugo, col[14], "+ de pratique")  # kept as text, never a formula
    sheet.cell(helene, col[1], 2)
    book.save(path)

    report = office.surveys.import_answers(path, on=dt.date(2026, 3, 12))

    assert report.problems == []
    assert sorted(report.answered) == ["Hugo Martin", "Hélène Lefèvre"]
    assert report.skipped == 1  # Inès' row is empty
    rows = {r.name: r for r in office.surveys.respondents(surveyed.session_id)}
    assert rows["Hugo Martin"].channel == "xlsx"
    assert rows["Hugo Martin"].answered_on == dt.date(2026, 3, 12)
    answers = office.surveys.answers(rows["Hugo Martin"].evaluation_id)
    assert (
        answers[5] == (2, "Adapté")
        and answers[12] == (1, "")
        and answers[14] == (None, "+ de pratique")
    )

    # Exported again, the known answers are there; changing one is reported as a change.
    again = office.surveys.export_answers(surveyed.session_id, HOT, path)
    book = load_workbook(again)
    sheet = book["Réponses"]
    assert sheet.cell(_row_of(sheet, "Hugo Martin"), col[14]).value == "+ de pratique"
    assert sheet.cell(_row_of(sheet, "Hugo Martin"), col[14]).quotePrefix
    sheet.cell(_row_of(sheet, "Hélène Lefèvre"), col[1], 3)
    book.save(again)
    second = office.surveys.import_answers(again)
    assert second.changed == ["Hélène Lefèvre"] and second.unchanged == 1


def test_a_bad_value_is_reported_by_cell_and_nothing_is_written(office, exported):
    surveyed, path = exported
    book = load_workbook(path)
    sheet = book["Réponses"]
    columns = _columns(sheet)
    col = {int(t.rsplit("q", 1)[1].rstrip(")")): i for t, i in columns.items() if "(réf." in t}
    hugo, helene = _row_of(sheet, "Hugo Martin"), _row_of(sheet, "Hélène Lefèvre")
    sheet.cell(hugo, col[1], 4)
    sheet.cell(helene, col[1], 7)
    sheet.cell(helene, col[12], "peut-être")
    book.save(path)

    report = office.surveys.import_answers(path)

    letter = sheet.cell(helene, col[1]).column_letter
    assert any(p.startswith(f"Cellule {letter}{helene}") and "« 7 »" in p for p in report.problems)
    assert any("ni « oui » ni « non »" in p for p in report.problems)
    assert "Aucune réponse n'a été enregistrée" in report.summary()
    assert all(r.answered_on is None for r in office.surveys.respondents(surveyed.session_id))


def test_a_sheet_from_elsewhere_is_refused(office, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "autre.xlsx"
    Workbook().save(path)
    with pytest.raises(BusinessRuleError, match="pas un tableau de réponses"):
        office.surveys.import_answers(path)


def test_a_damaged_sheet_is_explained_in_french(office, tmp_path):
    path = tmp_path / "réponses.xlsx"
    path.write_bytes(b"PK\x03\x04 pas un classeur")
    with pytest.raises(BusinessRuleError) as error:
        office.surveys.import_answers(path)
    message = str(error.value)
    assert "endommagé" in message and "enregistrez-le au format .xlsx" in message
    assert "Error" not in message and "Zip" not in message
