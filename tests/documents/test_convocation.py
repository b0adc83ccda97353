"""Convocations as a learner receives them: read back from the PDF with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess
from io import BytesIO

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import select

from formadesk.core.documents.engine.files import safe_file_name
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import GeneratedDocument, Organisation, Slot, TrainingSession

CODE = "2026-EXCEL-INT-003"


def pdf_text(path, *pages: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def test_one_convocation_per_active_learner_named_and_filed(desk, seeded):
    paths = desk.documents.make_convocations(seeded["session"])

    folder = desk.docs_dir / "2026" / CODE
    assert [p.name for p in paths] == [
        f"Convocation - {CODE} - LEFÈVRE Hélène.pdf",
        f"Convocation - {CODE} - N'DIAYE Marc.pdf",
    ]  # the cancelled learner gets none
    assert all(p.parent == folder and p.stat().st_size > 5000 for p in paths)
    assert sorted(f.name for f in folder.iterdir()) == sorted(p.name for p in paths)  # no temp


def test_convocation_says_what_when_where_and_who_to_call(desk, seeded):
    (path,) = desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded["helene"]])
    text = pdf_text(path)

    for expected in [
        "Mme Hélène Lefèvre",
        "3 allée des Châtaigniers",
        "69100 Villeurbanne",
        "Objet : Convocation à la formation « Excel intermédiaire : tableaux croisés dynamiques »",
        "Madame,",
        "du lundi 7 décembre 2026 au mardi 8 décembre 2026",
        "lundi 7 décembre 2026 9h00 – 12h30 Salle Lovelace (Lyon Part-Dieu)",
        "mardi 8 décembre 2026 13h30 – 17h00",
        "Durée totale : 14 h",
        "Construire un tableau croisé dynamique",
        "5 place Béraudier, 69003 Lyon",
        "Métro B, arrêt Gare Part-Dieu",
        "Un ordinateur portable avec Excel",
        "Claire Martin",
        "référent handicap, Karim Benali",
        "handicap@afc-formation.fr",
        "04 78 00 00 00",
        "Sophie Garnier",
        "Directrice",
        "Atelier Formation Conseil",
        "SIRET 123 456 789 00012",
        "Déclaration d'activité enregistrée sous le numéro 84691234569 auprès du préfet de "
        "région Auvergne-Rhône-Alpes",
        "Page 1/1",
    ]:
        assert expected in text, expected


def test_regenerating_keeps_both_versions_and_reports_the_change(desk, seeded):
    first = desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded["helene"]])
    second = desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded["helene"]])

    assert second[0].name == f"Convocation - {CODE} - LEFÈVRE Hélène (v2).pdf"
    assert first[0].exists() and second[0].exists()
    with desk.database.reading() as s:
        docs = s.scalars(select(GeneratedDocument).order_by(GeneratedDocument.id)).all()
        assert [(d.kind, d.version, d.status) for d in docs] == [
            ("convocation", 1, "genere"),
            ("convocation", 2, "genere"),
        ]
        assert all(d.learner_id == seeded["helene_learner"] for d in docs)
        assert docs[1].path == str(second[0].resolve())
    rows = desk.documents.list_documents(seeded["session"])
    assert [(r.version, r.kind_label, r.status_label, r.learner_name) for r in rows] == [
        (2, "Convocation", "Généré", "LEFÈVRE Hélène"),
        (1, "Convocation", "Généré", "LEFÈVRE Hélène"),
    ]
    created = [c for c in desk.emitted if c.entity == "document"]
    assert [c.action for c in created] == ["created", "created"]
    assert created[1].ids == (rows[0].id,)


def test_session_without_active_learner_is_refused_with_a_french_hint(desk, seeded):
    with pytest.raises(BusinessRuleError, match="aucun inscrit actif : inscrivez"):
        desk.documents.generate("convocation", _empty_session(desk, seeded))
    with pytest.raises(BusinessRuleError, match="Aucune des inscriptions choisies"):
        desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded["cancelled"]])
    assert not desk.docs_dir.exists()
    assert desk.documents.list_documents() == []


def _empty_session(desk, seeded) -> int:
    with desk.database.unit_of_work() as s:
        session = TrainingSession(
            code="2027-EXCEL-INT-001",
            course_id=seeded["course"],
            start_date=dt.date(2027, 1, 4),
            end_date=dt.date(2027, 1, 4),
        )
        s.add(session)
        s.flush()
        return session.id


def test_long_timetable_breaks_across_pages_with_its_header_and_logo(desk, seeded):
    with desk.database.unit_of_work() as s:
        s.scalar(select(Organisation)).logo = _png_logo()
        for day in range(9, 31):
            s.add(
                Slot(
                    session_id=seeded["session"],
                    date=dt.date(2026, 12, day),
                    start_time=dt.time(9),
                    end_time=dt.time(12),
                )
            )
    (path,) = desk.documents.make_convocations(seeded["session"], enrollment_ids=[seeded["marc"]])

    assert "Monsieur," in pdf_text(path, 1)
    page_2 = pdf_text(path, 2)
    assert "Page 2/2" in page_2
    assert "Date Horaires Lieu" in page_2  # header row repeated on the new page
    assert "Atelier Formation Conseil" in page_2


def test_documents_go_to_the_folder_the_office_chose(desk, seeded, monkeypatch, tmp_path):
    assert desk.documents.output_folder(CODE, 2026) == desk.docs_dir / "2026" / CODE
    monkeypatch.delenv("FORMADESK_DOCUMENTS_DIR")
    with desk.database.unit_of_work() as s:
        s.scalar(select(Organisation)).documents_dir = str(tmp_path / "Partage")
    folder = desk.documents.output_folder("2026/EXCEL:1", 2026)
    assert folder == tmp_path / "Partage" / "2026" / "2026-EXCEL-1"
    here = tmp_path / "ici"
    paths = desk.documents.make_convocations(
        seeded["session"], out_dir=here, enrollment_ids=[seeded["marc"]]
    )
    assert [p.parent for p in paths] == [here]


def test_file_names_are_safe_on_windows():
    assert safe_file_name('2026/EXCEL:003 "bis"?') == "2026-EXCEL-003 -bis--"
    assert safe_file_name("  CON ") == "document"
    assert safe_file_name("Hélène Lefèvre") == "Hélène Lefèvre"


def _png_logo() -> bytes:
    image = Image.new("RGB", (240, 120), "#1F3A5F")
    ImageDraw.Draw(image).ellipse((80, 20, 160, 100), fill="#F2A900")
    buffer = BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
