"""The convocation as a Word file: read back with python-docx, opened by LibreOffice."""

from __future__ import annotations

from docx import Document

from formadesk.core.documents.engine import docx as docx_module

CODE = "2026-EXCEL-INT-003"


def docx_text(path) -> str:
    """Every paragraph of the body and of its tables, as one line of text."""
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return " ".join(" ".join(parts).split())


def test_convocation_docx_has_the_learner_the_dates_and_the_timetable(desk, seeded):
    (path,) = desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", enrollment_ids=[seeded["helene"]]
    )

    assert path.name == f"Convocation - {CODE} - LEFÈVRE Hélène.docx"
    text = docx_text(path)
    for expected in [
        "Atelier Formation Conseil",
        "SIRET 123 456 789 00012",
        "Mme Hélène Lefèvre",
        "69100 Villeurbanne",
        "Objet : Convocation à la formation « Excel intermédiaire : tableaux croisés dynamiques »",
        "du lundi 7 décembre 2026 au mardi 8 décembre 2026, pour une durée totale de 14 h",
        "lundi 7 décembre 2026 9h00 – 12h30 Salle Lovelace (Lyon Part-Dieu)",
        "mardi 8 décembre 2026 13h30 – 17h00",
        "Construire un tableau croisé dynamique",
        "Un ordinateur portable avec Excel",
        "notre référent handicap, Karim Benali (tél. 04 78 00 00 09, handicap@afc-formation.fr)",
        "agréer, Madame, l'expression",
        "Sophie Garnier",
    ]:
        assert expected in text, expected
    assert "{{" not in text and "{%" not in text


def test_data_with_xml_characters_stays_a_valid_document(desk, seeded):
    from sqlalchemy import select

    from formadesk.core.model import Organisation

    with desk.database.unit_of_work() as s:
        s.scalar(select(Organisation)).name = "Émile & Fils <Formation>"
    (path,) = desk.documents.generate(
        "convocation", seeded["session"], file_format="docx", enrollment_ids=[seeded["marc"]]
    )
    text = docx_text(path)
    assert "Émile & Fils <Formation>" in text and "Monsieur," in text


def test_the_template_is_found_in_the_shipped_resources():
    path, own = docx_module.find_template("convocation")
    assert path.name == "convocation.docx" and path.is_file() and not own
