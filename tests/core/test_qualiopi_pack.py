"""The Qualiopi evidence pack: a folder per indicator with the documents found, an index
saying what is missing, a zip beside it; cancelled, nothing is left."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest

from formadesk.core.errors import FormadeskError, ValidationError

from .qualiopi_factories import FIRST_HALF, first_half_2026
from .test_qualiopi import pdf_text

EXCEL = "2026-EXCEL-INT-001"
NAME = "Dossier Qualiopi du 01-01-2026 au 30-06-2026"


def produced(office):
    """Convocations sent to Lefèvre and Martin, a programme; Martin's file deleted since."""
    scenario = first_half_2026(office)
    convocations = office.documents.make_convocations(scenario.excel_session)
    for row in office.documents.list_documents(scenario.excel_session):
        office.documents.set_status(row.id, "envoye")
    office.documents.generate("programme", scenario.excel_session)
    martin = next(p for p in convocations if "MARTIN" in p.name)
    martin.unlink()
    return scenario


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_the_pack_holds_what_was_found_and_the_index_says_what_is_missing(office, tmp_path):
    produced(office)
    out = tmp_path / "audit"

    result = office.qualiopi.evidence_pack(*FIRST_HALF, out)

    assert result.folder == out / NAME and result.zip_path == out / f"{NAME}.zip"
    files = tree(result.folder)
    assert {
        "00-index.pdf",
        "01-02 Information et résultats/Résultats (indicateurs 2 et 3).pdf",
        f"01-02 Information et résultats/{EXCEL}/Programme - {EXCEL}.pdf",
        "03 Certifications/Résultats aux certifications.xlsx",
        f"09 Convocations et règlement/{EXCEL}/Convocation - {EXCEL} - LEFÈVRE Hélène.pdf",
        "12 Assiduité et abandons/Abandons et relances.xlsx",
        "30 Satisfaction/Satisfaction - résultats.pdf",
        "31 Réclamations et aléas/Registre des réclamations et actions.pdf",
    } <= files
    assert not any("MARTIN" in f for f in files)  # its file was deleted: reported, not copied
    with zipfile.ZipFile(result.zip_path) as archive:
        members = {m for m in archive.namelist() if not m.endswith("/")}
        folders = {m for m in archive.namelist() if m.endswith("/")}
    assert members == {f"{NAME}/{f}" for f in files}
    assert f"{NAME}/26 Handicap/" in folders  # every indicator has its folder, even empty
    index = " ".join(pdf_text(result.folder / "00-index.pdf").split())
    assert f"Convocation - {EXCEL} - LEFÈVRE Hélène.pdf" in index
    assert "2 sessions sans règlement intérieur ni livret d'accueil produit" in index
    assert (
        "1 document enregistré dont le fichier est introuvable (déplacé ou supprimé) : "
        f"Convocation - {EXCEL} - MARTIN Hugo.pdf"
    ) in index
    assert "1 session sans programme produit : 2026-CQP-VEN-001" in index
    assert "Référent handicap non renseigné" in index
    assert "MOREL Camille (2026-CQP-VEN-001)" in index  # no jury result, no drop-out reason
    assert any("sans convocation envoyée : 2026-CQP-VEN-001" in m for m in result.missing)
    assert "fichiers" in result.summary and "manques relevés" in result.summary


def test_a_cancelled_pack_leaves_nothing(office, tmp_path):
    produced(office)
    out = tmp_path / "audit"
    calls = []

    def progress(done, total, text):
        calls.append((done, total, text))

    result = office.qualiopi.evidence_pack(
        *FIRST_HALF, out, progress=progress, cancel=lambda: len(calls) > 4
    )

    assert result.cancelled and result.folder is None
    assert "annulée" in result.summary
    assert os.listdir(out) == []  # no half folder, no hidden temporary, no zip
    assert calls[-1][1] > 4 and all(done <= total for done, total, _ in calls)


def test_a_second_pack_of_the_same_period_never_replaces_the_first(office, tmp_path):
    first_half_2026(office)
    first = office.qualiopi.evidence_pack(*FIRST_HALF, tmp_path)
    second = office.qualiopi.evidence_pack(*FIRST_HALF, tmp_path)
    assert second.folder.name == f"{NAME} (2)" and first.folder.is_dir()


def test_bad_period_and_unwritable_folder_are_refused_in_french(office, read_only_folder):
    first_half_2026(office)
    with pytest.raises(ValidationError, match="avant son début"):
        office.qualiopi.evidence_pack(dt.date(2026, 2, 1), dt.date(2026, 1, 1), "/tmp")
    with pytest.raises(FormadeskError, match="dossier"):
        office.qualiopi.evidence_pack(*FIRST_HALF, read_only_folder / "audit")
