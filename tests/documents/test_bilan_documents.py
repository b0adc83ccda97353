"""The bilan of a session on paper: PDF and Word, filed, recorded, and ticking its step."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from attendance_docs import pdf_text
from docx import Document

from formadesk.core.errors import BusinessRuleError
from tests.core.bilan_factories import COMMENT, reported_session
from tests.core.factories import make_course, make_session, working_start
from tests.libreoffice import convert_to_pdf


@pytest.fixture
def reported(office):
    return reported_session(office)


def bilan_step(office, session_id: int):
    return next(i for i in office.checklist.of_session(session_id).items if i.evidence == "bilan")


def test_the_pdf_states_every_part_of_the_bilan_and_ticks_the_checklist_step(office, reported):
    assert not bilan_step(office, reported.session_id).done
    path = office.bilans.produce(reported.session_id, "pdf")

    base = Path(os.environ["FORMADESK_DOCUMENTS_DIR"])
    assert path.parent == base / "2026" / "2026-EXCEL-INT-001"
    assert path.name == "Bilan de session - 2026-EXCEL-INT-001.pdf"
    text = pdf_text(path)
    for expected in (
        "Bilan de session 2026-EXCEL-INT-001",
        "Taux d'assiduité : 56 % (23 h 30 suivies sur 42 h prévues)",
        "3 demi-journées d'absence (1 justifiée, 2 non justifiées)",
        "MARTIN Hugo lundi 2 mars 2026 après-midi Absence justifiée",
        "PETIT Inès 02/03/2026 Déménagement",
        "O1. Construire un tableau croisé 1 1 0 1 50 %",
        "Apprenant À chaud 2 sur 3 (67 %) 75 / 100",
        "Client / employeur À froid 0 sur 1 (0 %) aucune réponse",
        COMMENT,
        "Vidéoprojecteur en panne",
        "Projecteur de secours installé",
        "Réclamation R-0001",
        "Salle trop froide",
        "Groupe motivé, rythme soutenu.",
        "Facturé HT 2 070,00 €",
        "Encaissé (TTC) 1 605,72 €",
        "Reste à encaisser (TTC) 464,28 €",
        "Coûts saisis (HT) 570,00 €",
        "Marge (facturé HT − coûts) 1 500,00 €",
        "Honoraires d'Anne Bernard",
    ):
        assert expected in text.replace("\u202f", " ").replace("\u00a0", " "), expected
    step = bilan_step(office, reported.session_id)
    assert step.done and step.detail == f"bilan produit le {dt.date.today():%d/%m/%Y}"
    rows = office.documents.list_documents(reported.session_id)
    assert [(r.kind, Path(r.path).name) for r in rows] == [("bilan", path.name)]


def test_the_word_file_opens_and_says_the_same(office, reported, tmp_path):
    path = office.bilans.produce(reported.session_id, "docx")
    assert path.suffix == ".docx"
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert "Bilan de session 2026-EXCEL-INT-001" in text
    assert "Taux d'assiduité : 56\u00a0% (23 h 30 suivies sur 42 h prévues)." in text
    assert "Groupe motivé, rythme soutenu." in text
    assert {"Déménagement", "Salle trop froide", COMMENT, "aucune réponse"} <= set(cells)
    assert "2\u202f070,00\u202f€" in cells and "{{" not in text + "".join(cells)
    assert bilan_step(office, reported.session_id).done
    converted = convert_to_pdf(path, tmp_path / "lo")
    assert "Remarques du formateur" in pdf_text(converted)


def test_a_session_not_finished_gets_no_bilan_and_its_step_stays_open(office):
    session_id = make_session(
        office, make_course(office), start=working_start(dt.date.today(), later=True)
    )
    with pytest.raises(BusinessRuleError, match="n'est pas terminée"):
        office.bilans.produce(session_id, "pdf")
    assert office.documents.list_documents(session_id) == []
    assert not bilan_step(office, session_id).done


def test_an_empty_part_is_said_in_a_sentence_without_a_lone_header_row(office):
    session_id = make_session(office, make_course(office), start=dt.date(2026, 3, 2))
    path = office.bilans.produce(session_id, "docx")
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = {c.text for t in document.tables for row in t.rows for c in row.cells}
    assert "Aucun abandon." in text and "Parti le" not in cells
    assert "Aucun coût saisi pour cette session." in text and "Catégorie" not in cells
    assert "Aucun aléa ni aucune réclamation enregistrés pour cette session." in text
    assert "Aléa ou réclamation" not in cells and "Marge (facturé HT − coûts)" in cells
