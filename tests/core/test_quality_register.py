"""The register of complaints and actions, as an auditor reads it in Excel and in PDF."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from formadesk.core.errors import BusinessRuleError, ValidationError
from formadesk.core.services.complaints import ComplaintData
from formadesk.core.services.improvements import ActionData

TODAY = dt.date.today()
START = TODAY - dt.timedelta(days=60)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


@pytest.fixture
def register_office(office):
    org = office.organisation.get()
    org.name, org.city = "Forma Lyon", "Lyon"
    office.organisation.update(org)
    first = office.complaints.create(
        ComplaintData(
            received_on=days_ago(20),
            author='=HYPERLINK("http://x";"clic")',
            subject="Salle trop froide",
            channel="courrier",
        )
    )
    office.complaints.acknowledge(first, days_ago(18))
    office.complaints.answer(first, days_ago(3), "Chaudière remplacée.")
    office.complaints.close(first, days_ago(1))
    office.improvements.create(
        dataclasses.replace(
            office.improvements.from_complaint(first),
            title="Contrat d'entretien du chauffage",
            owner="Claire Petit",
            status="realisee",
            opened_on=days_ago(3),
            done_on=days_ago(1),
            effect="Aucune plainte depuis",
        )
    )
    office.complaints.create(
        ComplaintData(received_on=days_ago(2), author="Société Bâtir", subject="Facture erronée")
    )
    office.complaints.create(  # before the period: not in the register
        ComplaintData(received_on=days_ago(200), author="Ancien", subject="Hors période")
    )
    office.improvements.create(
        ActionData(title="Audit interne", origin="audit", opened_on=days_ago(5))
    )
    return office


def test_the_workbook_lists_steps_delays_and_actions(register_office, tmp_path):
    out = register_office.improvements.export_register(
        tmp_path / "registre.xlsx", start=START, end=TODAY, file_format="xlsx"
    )
    book = load_workbook(out)
    complaints, actions = book["Réclamations"], book["Actions d'amélioration"]
    assert complaints["A1"].value == "Forma Lyon"
    rows = [[c.value for c in row] for row in complaints.iter_rows()]
    header = next(i for i, row in enumerate(rows) if row[0] == "N°")
    assert rows[header][9] == "Délai AR (jours)" and rows[header][13] == "Délai réponse (jours)"
    first, second = rows[header + 1], rows[header + 2]
    assert len(rows) == header + 3  # the complaint received 200 days ago is left out
    assert first[0] == "R-0001" and first[2] == "Courrier"
    assert first[3] == '=HYPERLINK("http://x";"clic")'  # shown as typed: text, not formula
    cell = complaints.cell(header + 2, 4)
    assert cell.data_type == "s" and cell.quotePrefix
    assert first[1].date() == days_ago(20) and first[9] == 2 and first[13] == 17
    assert first[16] == 19 and first[14] == "Chaudière remplacée."
    assert (
        "A-0001 Réalisée : Contrat d'entretien du chauffage (effet : Aucune plainte depuis)"
        in first[17]
    )
    assert second[5] == "Facture erronée" and second[8] is None and second[12] is None
    assert complaints.cell(header + 2, 2).number_format == "DD/MM/YYYY"
    titles = [row[4] for row in actions.iter_rows(values_only=True)]
    assert "Contrat d'entretien du chauffage" in titles and "Audit interne" in titles


def test_the_pdf_says_what_an_auditor_checks(register_office, tmp_path):
    out = register_office.improvements.export_register(
        tmp_path / "registre.pdf", start=START, end=TODAY, file_format="pdf"
    )
    pages = [page.extract_text() for page in PdfReader(out).pages]
    text = " ".join("\n".join(pages).split())  # cells wrap: compare words, not lines
    assert "Registre des réclamations et des actions d'amélioration" in pages[-1]
    assert all(
        "Forma Lyon" in page and f"Page {i}/{len(pages)}" in page for i, page in enumerate(pages, 1)
    )
    assert "Extrait le" in text and TODAY.strftime("%Y") in text
    assert "2 reçue(s)" in text
    assert "1, dont 0 dans le délai prévu" in text and "hors délai" in text  # J+17 > 15 days
    assert days_ago(18).strftime("%d/%m/%Y") + " (J+2)" in text
    assert "Chaudière remplacée." in text and "Aucune plainte depuis" in text
    assert "prévu le" in text  # the second complaint's pending steps
    assert "Hors période" not in text


def test_the_register_is_refused_without_the_office_name_or_with_a_wrong_period(office, tmp_path):
    with pytest.raises(BusinessRuleError) as error:
        office.improvements.export_register(
            tmp_path / "r.pdf", start=START, end=TODAY, file_format="pdf"
        )
    assert "Paramètres › Organisme" in str(error.value)
    with pytest.raises(ValidationError):
        office.improvements.export_register(tmp_path / "r.xlsx", start=TODAY, end=START)
    assert not (tmp_path / "r.pdf").exists()


def test_the_pdf_wording_agrees_and_a_session_code_stays_on_one_line(office, tmp_path):
    from .factories import make_course, make_session

    org = office.organisation.get()
    org.name, org.city = "Forma Lyon", "Lyon"
    office.organisation.update(org)
    month_ago = days_ago(30)
    monday = month_ago - dt.timedelta(days=month_ago.weekday())  # a two-day session on weekdays
    session = make_session(office, make_course(office, code="EXCEL-INIT"), start=monday)
    code = office.sessions.get(session).code
    assert len(code) >= len("2026-EXCEL-INIT-001")
    complaint = office.complaints.create(
        ComplaintData(
            received_on=days_ago(20),
            author="Mme Sophie Caron, RH",
            subject="Salle trop froide",
            session_id=session,
        )
    )
    office.complaints.answer(complaint, days_ago(15), "Chaudière remplacée.")
    out = office.improvements.export_register(
        tmp_path / "registre.pdf", start=START, end=TODAY, file_format="pdf"
    )
    pages = [page.extract_text() for page in PdfReader(out).pages]
    lines = [line.strip() for page in pages for line in page.splitlines()]
    text = " ".join(" ".join(pages).split())
    assert any(code in line for line in lines)  # not cut « 2026-EXC / EL-INIT-001 »
    assert "Délai moyen de réponse 5,0 jours après réception" in text
    assert "Actions 0 action d'amélioration" in text
    assert "Actions d'amélioration Aucune." in text  # no action recorded: feminine
    assert "Aucun." not in text
    empty = office.improvements.export_register(
        tmp_path / "vide.pdf", start=days_ago(400), end=days_ago(300), file_format="pdf"
    )
    empty_text = " ".join(" ".join(p.extract_text() for p in PdfReader(empty).pages).split())
    assert "Réclamations reçues sur la période Aucune." in empty_text


def pdf_lines(out) -> list[str]:
    """The PDF's lines as pdftotext lays them out (a cell cut in two shows on two lines)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.replace("\u00a0", " ").splitlines()


def test_a_date_and_its_delay_are_never_cut_and_the_client_is_named(office, tmp_path):
    from formadesk.core.services.parties import ClientData

    org = office.organisation.get()
    org.name, org.city = "Forma Lyon", "Lyon"
    office.organisation.update(org)
    client = office.parties.save_client(
        ClientData(name="Mécanique Bourgeois", siret="44298176700019")
    )
    complaint = office.complaints.create(
        ComplaintData(
            received_on=days_ago(30),
            author="Mme Sophie Caron, RH",
            client_id=client,
            subject="Salle trop froide pendant toute la session de formation",
            channel="email",
        )
    )
    office.complaints.acknowledge(complaint, days_ago(28))
    office.complaints.answer(complaint, days_ago(25), "Chaudière remplacée et salle vérifiée.")
    office.complaints.close(complaint, days_ago(19))
    office.improvements.create(
        dataclasses.replace(
            office.improvements.from_complaint(complaint),
            title="Contrat d'entretien du chauffage",
            owner="Claire Petit",
            status="realisee",
            opened_on=days_ago(25),
            done_on=days_ago(21),
            effect="Aucune plainte depuis",
        )
    )
    office.complaints.create(  # the author is the client itself: named once
        ComplaintData(received_on=days_ago(5), client_id=client, subject="Facture erronée")
    )
    out = office.improvements.export_register(
        tmp_path / "registre.pdf", start=START, end=TODAY, file_format="pdf"
    )
    lines = pdf_lines(out)
    assert not any(re.search(r"\b\d\d/\d\d/\d{1,3}\b", line) for line in lines)  # « 202 / 5 »
    closed = days_ago(19).strftime("%d/%m/%Y")
    assert any(f"{closed} (J+11)" in line for line in lines)  # not « 13/10/202 / 5 (J+11) »
    for day, delay in ((28, "J+2"), (25, "J+5")):
        assert any(f"{days_ago(day).strftime('%d/%m/%Y')} ({delay})" in line for line in lines)
    assert any(f"{days_ago(21).strftime('%d/%m/%Y')} (4 j)" in line for line in lines)
    cells = " ".join(page.extract_text() for page in PdfReader(out).pages)
    text = " ".join(cells.replace("\u00a0", " ").split())
    assert "Mme Sophie Caron, RH — Mécanique Bourgeois" in text
    assert "Mécanique Bourgeois — Mécanique Bourgeois" not in text

    book = load_workbook(
        office.improvements.export_register(
            tmp_path / "registre.xlsx", start=START, end=TODAY, file_format="xlsx"
        )
    )
    authors = [row[3] for row in book["Réclamations"].iter_rows(values_only=True)]
    assert "Mme Sophie Caron, RH — Mécanique Bourgeois" in authors
    assert "Mécanique Bourgeois" in authors  # the client's own complaint
