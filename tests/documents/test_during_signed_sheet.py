"""Feuille d'émargement signée: the images drawn on screen, their times, the verification."""

from __future__ import annotations

import pytest
from attendance_docs import pdf_text, signed_session
from pypdf import PdfReader

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.documents.during.signed_data import short_digest
from formadesk.core.documents.engine.registry import KINDS
from formadesk.core.errors import BusinessRuleError
from tests.core.attendance_factories import held_session
from tests.core.factories import behind_the_back


def test_every_signature_is_drawn_with_its_time_and_the_chain_is_verified(office):
    held = signed_session(office)
    (path,) = office.documents.generate("emargement_signe", held.session_id)

    reader = PdfReader(path)
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == len(office.attendance.signatures(held.session_id)) == 11
    text = pdf_text(path)
    assert "DURAND Léa signé le 02/11/2026 à 9h02" in text
    assert "Anne BERNARD Formateur / formatrice signé le 03/11/2026 à 13h05" in text
    assert "MARTIN Hugo Absence excusée" in text  # Monday afternoon: did not sign
    assert "PETIT Inès Absent" in text
    assert "chaîne SHA-256 vérifiée le" in text
    assert "aucune modification (11 signatures sur 4 demi-journées)" in text
    last = office.attendance.signatures(held.session_id)[-1].digest  # Tuesday afternoon's
    assert short_digest(last) in text
    assert text.count("chaîne SHA-256 vérifiée le") == len(reader.pages)  # at every page's foot


def test_a_signature_altered_afterwards_is_named_at_the_foot_of_the_sheet(office):
    held = signed_session(office)
    behind_the_back(
        office,
        "UPDATE signatures SET signed_at = '2026-11-02 08:00:00' "
        "WHERE signer_name = 'MARTIN Hugo' AND id = (SELECT MIN(id) FROM signatures "
        "WHERE signer_name = 'MARTIN Hugo')",
    )
    (path,) = office.documents.generate("emargement_signe", held.session_id)

    text = pdf_text(path)
    assert text.count("MODIFICATIONS DÉTECTÉES (1 anomalie)") == len(PdfReader(path).pages)
    assert "Vérification des signatures : modifications détectées" in text  # the full list
    assert "signature de MARTIN Hugo" in text
    assert "aucune modification (" not in text


def test_a_session_nobody_signed_on_screen_is_refused_with_what_to_do(office):
    held = held_session(office)
    with pytest.raises(BusinessRuleError, match="aucune signature à l'écran") as refused:
        office.documents.generate("emargement_signe", held.session_id)
    assert "feuilles d'émargement papier" in str(refused.value)
    assert "mode signature" in str(refused.value)


def test_the_new_kinds_are_registered_for_the_documents_tab_and_the_cli():
    for key in ("emargement_signe", "preuves_presence"):
        assert KINDS[key].scope == "session"
        assert KINDS[key].formats == ("pdf",)
    assert KINDS["releve_presence"].scope == "client"
    assert KINDS["releve_presence_financeurs"].formats == ("pdf", "xlsx")


def test_a_damaged_signature_image_still_prints_the_sheet_and_says_so(office):
    """One byte flipped in a stored PNG: the sheet is printed, the cell and the foot say it."""
    held = signed_session(office)
    sig_id, image = behind_the_back(office, "SELECT id, image FROM signatures ORDER BY id")[0]
    damaged = bytearray(image)
    damaged[len(damaged) // 2] ^= 0xFF
    behind_the_back(
        office,
        "UPDATE signatures SET image = :image WHERE id = :id",
        image=bytes(damaged),
        id=sig_id,
    )
    (path,) = office.documents.generate("emargement_signe", held.session_id)
    text = pdf_text(path)
    assert "image illisible" in text
    assert "MODIFICATIONS DÉTECTÉES" in text
