"""Reading learner spreadsheets as offices really have them: encodings, separators, French
headers in any order, French dates and Excel date cells."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.services.learner_import import ImportFileError

from .import_files import GOOD_ROWS, HEADERS, write_csv, write_xlsx


def test_utf8_bom_semicolon_csv_is_read_with_its_accents(office, tmp_path):
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS], encoding="utf-8-sig")
    file = office.learner_import.read(path)
    assert file.headers[1] == "Prénom"  # no BOM glued to the first header either
    assert file.headers[0] == "Nom"
    assert file.rows[0][:2] == ["Lefèvre", "Hélène"]
    assert file.mapping == {
        0: "last_name",
        1: "first_name",
        2: "birth_date",
        3: "email",
        4: "phone",
        5: "city",
    }


def test_windows_1252_comma_csv_keeps_helene_lefevre_and_zoe(office, tmp_path):
    headers = ["NOM DE FAMILLE", "prénom", "Né(e) le", "E-mail", "Tél", "CP", "Employeur"]
    rows = [
        ["Lefèvre", "Hélène", "12/03/1985", "h@exemple.fr", "", "69003", "Boulangerie Zoé"],
        ["Durand", "Zoé", "1/7/92", "", "", "1000", ""],
    ]
    path = write_csv(tmp_path / "excel.csv", [headers, *rows], encoding="cp1252", sep=",")
    file = office.learner_import.read(path)
    assert file.rows[0][:2] == ["Lefèvre", "Hélène"]
    assert file.rows[1][1] == "Zoé"
    assert set(file.mapping.values()) == {
        "last_name",
        "first_name",
        "birth_date",
        "email",
        "phone",
        "postal_code",
        "employer_name",
    }
    preview = office.learner_import.preview(file)
    assert preview.rows[1].data.birth_date == dt.date(1992, 7, 1)  # d/m/yy
    assert preview.rows[1].data.postal_code == "01000"


def test_xlsx_with_excel_date_cell_and_headers_in_another_order(office, tmp_path):
    rows = [
        ["Courriel", "Ville", "Prénom", "Date de naissance", "Nom", "Remarque interne"],
        ["helene@exemple.fr", "Lyon", "Hélène", dt.datetime(1985, 3, 12), "Lefèvre", "x"],
        [None, None, None, None, None, None],  # an empty row is skipped
        ["zoe@exemple.fr", "Lyon", "Zoé", "1992-07-01", "Durand", ""],
    ]
    file = office.learner_import.read(write_xlsx(tmp_path / "liste.xlsx", rows))
    assert file.rows[0][3] == dt.date(1985, 3, 12)
    assert file.numbers == [2, 4]  # line numbers of the file, as the user sees them
    assert file.mapping == {0: "email", 1: "city", 2: "first_name", 3: "birth_date", 4: "last_name"}
    preview = office.learner_import.preview(file)
    assert [r.status for r in preview.rows] == ["ok", "ok"]
    assert preview.rows[0].data.birth_date == dt.date(1985, 3, 12)
    assert preview.rows[1].data.birth_date == dt.date(1992, 7, 1)
    assert file.samples(2) == ["Hélène", "Zoé"]


def test_file_without_name_columns_is_refused_in_french(office, tmp_path):
    path = write_csv(tmp_path / "liste.csv", [["Courriel", "Ville"], ["a@exemple.fr", "Lyon"]])
    file = office.learner_import.read(path)
    with pytest.raises(ImportFileError, match="« Nom » et « Prénom »"):
        office.learner_import.preview(file)


def test_edited_mapping_is_used_and_unknown_fields_ignored(office, tmp_path):
    path = write_csv(tmp_path / "liste.csv", [["A", "B", "C"], ["Lefèvre", "Hélène", "Lyon"]])
    file = office.learner_import.read(path)
    assert file.mapping == {}
    preview = office.learner_import.preview(
        file, {0: "last_name", 1: "first_name", 2: "not_a_field"}
    )
    assert preview.rows[0].status == "ok"
    assert preview.rows[0].data.city == ""


def test_not_a_spreadsheet_is_refused_in_french(office, tmp_path):
    path = tmp_path / "liste.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(ImportFileError, match="ne peut pas être lu"):
        office.learner_import.read(path)
    with pytest.raises(ImportFileError, match="ni un classeur Excel"):
        office.learner_import.read(tmp_path / "liste.pdf")
