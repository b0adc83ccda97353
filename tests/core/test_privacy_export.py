"""A person's data on request: an Excel workbook and a JSON file holding everything the base
knows about them, logged without their name."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from .test_privacy import LATER, make_trained


@pytest.fixture
def trained(office, tmp_path):
    return make_trained(office, tmp_path)


def sheet_rows(book, title: str) -> list[tuple]:
    return [tuple(row) for row in book[title].iter_rows(min_row=3, values_only=True)]


def test_the_export_holds_identity_enrolments_attendance_documents_and_exchanges(
    office,
    trained,
    tmp_path,
):
    lea = trained.lea
    data = office.learners.get(lea)
    data.notes = '=HYPERLINK("http://exemple.test")'  # stays text in the workbook
    office.learners.save(data)
    xlsx, json_path = office.privacy.export_person(lea, tmp_path / "export", now=LATER)
    assert xlsx.name == "Données personnelles - DURAND Léa - 2031-01-05.xlsx"
    assert json_path.name == "Données personnelles - DURAND Léa - 2031-01-05.json"
    book = load_workbook(xlsx)
    assert book.sheetnames == [
        "Identité", "Inscriptions", "Présences", "Résultats", "Évaluations", "Documents",
        "Échanges", "Réclamations", "Jurys",
    ]  # fmt: skip
    identity = dict(sheet_rows(book, "Identité"))
    assert identity["Nom"] == "Durand" and identity["E-mail"] == "lea.durand@example.org"
    assert identity["Date de naissance"] == dt.datetime(1990, 4, 12)
    notes = book["Identité"]["B19"]
    assert (notes.value, notes.data_type) == ('=HYPERLINK("http://exemple.test")', "s")
    [enrolment] = sheet_rows(book, "Inscriptions")
    assert enrolment[:2] == (
        "2026-EXCEL-INT-001",
        "Excel intermédiaire : tableaux croisés dynamiques",
    )
    attendance = sheet_rows(book, "Présences")
    assert [(r[1], r[2], r[3], r[4]) for r in attendance] == [
        ("lundi 2 novembre 2026 matin", "Absence justifiée", 0, "0 h"),
        ("lundi 2 novembre 2026 après-midi", "Présent", 210, "3 h 30"),
        ("mardi 3 novembre 2026 matin", "Présent", 210, "3 h 30"),
        ("mardi 3 novembre 2026 après-midi", "Présent", 210, "3 h 30"),
    ]
    assert attendance[3][5] == "oui"  # signed on screen
    documents = sheet_rows(book, "Documents")
    assert sorted(r[0] for r in documents) == ["Certificat de réalisation", "Convocation"]
    [exchange] = sheet_rows(book, "Échanges")
    assert exchange[4] == "Appel de Léa Durand pour son inscription"
    [complaint] = sheet_rows(book, "Réclamations")
    assert complaint[2] == "Salle trop froide"
    assert sheet_rows(book, "Jurys") == [("Aucune donnée.", None, None)]

    content = json.loads(json_path.read_text(encoding="utf-8"))
    assert content["exporte_le"] == "2031-01-05T10:00:00"
    assert content["identite"]["Prénom"] == "Léa"
    assert content["identite"]["Date de naissance"] == "1990-04-12"
    assert content["inscriptions"][0]["session"] == "2026-EXCEL-INT-001"
    assert [p["minutes"] for p in content["presences"]] == [0, 210, 210, 210]
    assert content["echanges"][0]["notes"] == "Enceinte : demande une chaise adaptée."
    assert content["reclamations"][0]["reponse"] == "Le chauffage de la salle a été réparé."

    [line] = office.privacy.log(action="export_donnees")
    assert (line.label, line.subject_id, line.at) == ("Apprenant n° 1", lea, LATER)
    assert "Durand" not in line.detail and "Présences : 4" in line.detail


def test_an_anonymised_person_exports_what_is_left(office, trained, tmp_path):
    office.privacy.anonymise([trained.lea], reason="", now=LATER)
    xlsx, json_path = office.privacy.export_person(trained.lea, tmp_path, now=LATER)
    assert xlsx.name == "Données personnelles - ANONYME 1 - 2031-01-05.xlsx"
    content = json.loads(json_path.read_text(encoding="utf-8"))
    assert content["identite"]["Nom"] == "Anonyme 1" and content["identite"]["E-mail"] == ""
    assert content["identite"]["Anonymisé le"] == "2031-01-05T10:00:00"
    assert [d["document"] for d in content["documents"]] == ["Certificat de réalisation"]
