"""Closing a session files its dossier in the archive tree, with an index; reopening is
recorded and closing again files a new version; a dossier that cannot be written leaves the
session open."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
from pathlib import Path

import pytest

from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import GeneratedDocument
from formadesk.core.services.attendance import Mark

from .attendance_factories import held_session
from .test_attendance import png

START = dt.date(2026, 11, 2)  # a Monday: two days, four half-days
SIGNED = dt.datetime(2026, 11, 3, 14, 5)  # Tuesday afternoon, during the last half-day
AFTER = dt.date(2026, 11, 20)  # the session is over
CODE = "2026-EXCEL-INT-001"


def documents_dir() -> Path:
    return Path(os.environ["FORMADESK_DOCUMENTS_DIR"])


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def ready_to_close(office, held) -> None:
    """Attendance entered, one signature, convocations and certificates made, then every
    step not proven ticked by hand."""
    marks = [Mark(e, slot, "present") for e in held.enrollments for slot in held.slots]
    office.attendance.save(held.session_id, marks, today=AFTER)
    office.attendance.sign(held.slots[3], png(), enrollment_id=held.enrollments[0], now=SIGNED)
    office.documents.generate("convocation", held.session_id)
    office.documents.generate("certificat_realisation", held.session_id)
    for step in office.checklist.of_session(held.session_id, AFTER).items:
        if not step.done and step.evidence != "closed":
            office.checklist.tick(held.session_id, step.step_id, True, "Fait sur papier")


@pytest.fixture
def held(office):
    held = held_session(office, START)
    ready_to_close(office, held)
    return held


def test_closing_files_the_dossier_with_its_index(office, held):
    result = office.checklist.close_session(held.session_id, AFTER, confirm=True)
    folder = documents_dir() / "Archives" / "2026" / CODE
    assert result.folder == folder and result.version == 1
    assert office.archives.folder_of(held.session_id) == folder
    names = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert names == [
        f"01 - Avant la formation/Convocation - {CODE} - DURAND Léa.pdf",
        f"01 - Avant la formation/Convocation - {CODE} - MARTIN Hugo.pdf",
        f"01 - Avant la formation/Convocation - {CODE} - PETIT Inès.pdf",
        f"03 - Présences et signatures/Preuves de présence - {CODE}.pdf",
        f"04 - Après la formation/Certificat de réalisation - {CODE} - DURAND Léa.pdf",
        f"04 - Après la formation/Certificat de réalisation - {CODE} - MARTIN Hugo.pdf",
        f"04 - Après la formation/Certificat de réalisation - {CODE} - PETIT Inès.pdf",
        f"05 - Évaluations/Résultats des acquis - {CODE}.xlsx",
        "index.json",
        "index.pdf",
    ]
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    assert index["code"] == CODE and index["closed_on"] == "2026-11-20"
    by_name = {f["name"]: f for f in index["files"]}
    certificate = by_name[f"Certificat de réalisation - {CODE} - DURAND Léa.pdf"]
    assert certificate["kind"] == "certificat_realisation" and certificate["recipient"] == (
        "DURAND Léa"
    )
    assert len(certificate["sha256"]) == 64
    gaps = [g["text"] for g in index["gaps"]]
    assert any(g.startswith("Bilan de la session : non produit") for g in gaps)
    assert any(g.startswith("Satisfaction : aucun questionnaire envoyé") for g in gaps)
    text = pdf_text(folder / "index.pdf")
    assert f"Dossier archivé de la session {CODE}" in text
    assert f"Convocation - {CODE} - MARTIN Hugo.pdf" in text
    assert "Ce qui manque au dossier" in text and "Bilan de la session : non produit" in text
    assert "Preuves de présence" in text
    [line] = office.archives.log(action="archivage")
    assert (line.label, line.subject_id) == (CODE, held.session_id)
    assert line.detail.startswith(f"Version 1 archivée dans « {folder} » : 8 fichiers, ")
    assert result.summary.startswith(f"Dossier archivé dans « {folder} » : 8 fichiers, ")
    assert not [p for p in folder.parent.iterdir() if p.name.startswith(".")]  # no leftover


def test_a_bilan_is_filed_in_its_own_folder_when_there_is_one(office, held, tmp_path):
    bilan = documents_dir() / "2026" / CODE / f"Bilan - {CODE}.pdf"
    bilan.write_bytes(b"%PDF-1.4\n% bilan\n")
    with office.database.unit_of_work() as s:
        s.add(
            GeneratedDocument(
                kind="bilan",
                session_id=held.session_id,
                path=str(bilan),
                generated_at=dt.datetime(2026, 11, 10, 9, 0),
            )
        )
    result = office.checklist.close_session(held.session_id, AFTER, confirm=True)
    assert (result.folder / "06 - Bilan" / bilan.name).read_bytes() == bilan.read_bytes()
    assert not any("Bilan de la session" in gap for gap in result.missing)


def test_a_lost_document_file_is_listed_as_missing(office, held):
    lost = documents_dir() / "2026" / CODE
    (lost / f"Convocation - {CODE} - PETIT Inès.pdf").unlink()
    result = office.checklist.close_session(held.session_id, AFTER, confirm=True)
    assert not (result.folder / "01 - Avant la formation" / "Convocation - PETIT").exists()
    expected = f"Convocation (PETIT Inès) : le fichier « Convocation - {CODE} - PETIT Inès.pdf »"
    assert f"{expected} est introuvable" in "\n".join(result.missing)


def test_reopening_is_recorded_and_closing_again_files_a_new_version(office, held):
    first = office.checklist.close_session(held.session_id, AFTER, confirm=True)
    office.checklist.reopen_session(held.session_id, "Certificat de Léa corrigé")
    assert office.archives.folder_of(held.session_id) is None
    assert office.checklist.of_session(held.session_id, AFTER).closed_on is None
    note = (first.folder / "SESSION ROUVERTE - à lire.txt").read_text(encoding="utf-8")
    assert "rouverte le" in note and "Certificat de Léa corrigé" in note
    [line] = office.archives.log(action="reouverture")
    assert "Motif : Certificat de Léa corrigé." in line.detail and "marqué" in line.detail
    second = office.checklist.close_session(held.session_id, AFTER, confirm=True)
    assert second.folder.name == f"{CODE} (v2)" and second.version == 2
    assert first.folder.is_dir() and (first.folder / "index.pdf").is_file()
    index = json.loads((second.folder / "index.json").read_text(encoding="utf-8"))
    assert index["version"] == 2
    assert [r.action for r in office.archives.log()] == ["archivage", "reouverture", "archivage"]


def test_a_dossier_that_cannot_be_written_leaves_the_session_open(office, held):
    archives = documents_dir() / "Archives"
    archives.mkdir(parents=True)
    (archives / "2026").write_text("un fichier à la place du dossier de l'année")
    with pytest.raises(BusinessRuleError) as refused:
        office.checklist.close_session(held.session_id, AFTER, confirm=True)
    message = str(refused.value)
    assert "n'a pas pu être archivé dans" in message
    assert "la session n'est pas clôturée" in message and "clôturez-la à nouveau" in message
    assert office.checklist.of_session(held.session_id, AFTER).closed_on is None
    assert office.archives.folder_of(held.session_id) is None
    assert office.archives.log() == []
    assert sorted(p.name for p in archives.iterdir()) == ["2026"]


def test_a_session_not_over_is_not_filed(office):
    held = held_session(office, dt.date(2027, 3, 1))
    with pytest.raises(BusinessRuleError, match="n'est pas terminée"):
        office.archives.file_session(held.session_id, dt.date(2027, 3, 2))
    assert not (documents_dir() / "Archives").exists()
