"""Lists of a session (participants, session sheet, learners of a client) in PDF and Excel."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.model import Course, Enrollment, Learner

CODE = "2026-EXCEL-INT-003"
COURSE = "Excel intermédiaire : tableaux croisés dynamiques"


def pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


def cells(path, sheet: int = 0) -> list[list]:
    book = load_workbook(path)
    return [list(row) for row in book.worksheets[sheet].iter_rows(values_only=True)]


@pytest.fixture
def priced(desk, seeded) -> dict[str, int]:
    """Hélène's own price 1 250 €, Marc on the catalogue price 990 €; contacts filled."""
    with desk.database.unit_of_work() as s:
        s.get(Enrollment, seeded["helene"]).price_cents = 125000
        s.scalar(select(Course)).price_cents = 99000
        helene = s.get(Learner, seeded["helene_learner"])
        helene.phone, helene.employer_name = "06 12 34 56 78", "Boulangerie Émile & Fils"
    return seeded


def test_participants_list_pdf_and_excel(desk, priced):
    (pdf,) = desk.documents.generate("liste_participants", priced["session"])
    text = pdf_text(pdf)
    for expected in [
        "Liste des participants",
        COURSE,
        CODE,
        "2 inscrits actifs sur 12 places (minimum 1)",
        "LEFÈVRE Hélène",
        "helene.lefevre@example.fr",
        "06 12 34 56 78",
        "Inscrit(e)",
        "Plan de développement des compétences OPCO Atlas : 900,00 €",
        "N'DIAYE Marc",
        "Pré-inscrit(e)",
        "CPF",
        "Liste d'attente, annulations et abandons",
        "ZIDANE Zoé",
        "Annulé(e)",
    ]:
        assert expected in text, expected
    (xlsx,) = desk.documents.generate("liste_participants", priced["session"], file_format="xlsx")
    rows = cells(xlsx)
    head = rows.index(next(r for r in rows if r[0] == "Nom"))
    assert rows[0][0] == "Atelier Formation Conseil"
    by_name = {r[0]: r for r in rows[head + 1 :]}
    assert by_name["Lefèvre"][1] == "Hélène" and by_name["Lefèvre"][10] == 1250.0
    assert by_name["N'Diaye"][10] == 990.0 and by_name["Zidane"][7] == "Annulé(e)"
    sheet = load_workbook(xlsx).worksheets[0]
    assert sheet.freeze_panes == f"A{head + 2}"  # the header row stays on screen
    assert sheet.cell(head + 2, 11).number_format.endswith('"€"')


def test_session_sheet_has_identity_slots_and_learners(desk, priced, tmp_path):
    (pdf,) = desk.documents.generate("liste_session", priced["session"])
    text = pdf_text(pdf)
    for expected in [
        f"Fiche session {CODE}",
        "Code formation EXCEL-INT",
        "Type Inter-entreprises",
        "Durée 14 h",
        "Salle Salle Lovelace (Lyon Part-Dieu)",
        "Formateur Claire Martin",
        "lundi 7 décembre 2026 9h00 – 12h30 Salle Lovelace (Lyon Part-Dieu) Claire Martin",
        "mardi 8 décembre 2026 13h30 – 17h00",
        "LEFÈVRE Hélène Boulangerie Émile & Fils Inscrit(e)",
    ]:
        assert expected in text, expected
    (xlsx,) = desk.documents.generate("liste_session", priced["session"], file_format="xlsx")
    book = load_workbook(xlsx)
    assert book.sheetnames == ["Session", "Séances", "Apprenants"]
    assert ["Effectif", "2 inscrits actifs sur 12 places (minimum 1)"] in cells(xlsx, 0)
    assert len([r for r in cells(xlsx, 1) if r[0] and "décembre" in r[0]]) == 4
    if shutil.which("libreoffice"):  # the Excel file opens in LibreOffice
        cmd = ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        subprocess.run([*cmd, str(xlsx)], capture_output=True, timeout=180, check=True)
        assert "Salle Lovelace" in pdf_text(tmp_path / f"{xlsx.stem}.pdf")


def test_client_list_shows_only_its_learners_with_prices(desk, priced):
    (pdf,) = desk.documents.generate("liste_client", priced["session"])
    assert pdf.name == f"Stagiaires du client - {CODE} - Boulangerie Émile & Fils.pdf"
    text = pdf_text(pdf)
    for expected in [
        "Stagiaires du client Boulangerie Émile & Fils",
        COURSE,
        "LEFÈVRE Hélène Inscrit(e)",
        "Total des inscrits actifs",
    ]:
        assert expected in text, expected
    assert text.count("1 250,00 €") == 2  # Hélène's price and the total
    assert "N'DIAYE" not in text
    (xlsx,) = desk.documents.generate("liste_client", priced["session"], file_format="xlsx")
    rows = cells(xlsx)
    assert rows[-2][:3] == ["Lefèvre", "Hélène", "Inscrit(e)"] and rows[-2][5] == 1250.0
    assert rows[-1][0] == "Total des inscrits actifs" and rows[-1][5] == 1250.0
