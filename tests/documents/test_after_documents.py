"""Documents after a training (attestation de fin, certificat, assiduité), read from the PDF."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from docx import Document
from sqlalchemy import select

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.model import Attendance, CourseObjective, ObjectiveResult, Slot

CODE = "2026-EXCEL-INT-003"
COURSE = "Excel intermédiaire : tableaux croisés dynamiques"
TODAY = dt.date.today()


def pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


@pytest.fixture
def followed(desk, seeded) -> dict[str, int]:
    """Hélène: present, excused, late (3 h), Tuesday afternoon not entered; one result."""
    with desk.database.unit_of_work() as s:
        slots = s.scalars(select(Slot).order_by(Slot.date, Slot.start_time)).all()
        for slot, status, minutes in zip(
            slots, ("present", "absent_excuse", "retard"), (0, 0, 180), strict=False
        ):
            s.add(
                Attendance(
                    slot_id=slot.id,
                    enrollment_id=seeded["helene"],
                    status=status,
                    minutes_attended=minutes,
                )
            )
        first = s.scalar(select(CourseObjective).order_by(CourseObjective.position))
        s.add(ObjectiveResult(enrollment_id=seeded["helene"], objective_id=first.id))
        s.scalars(select(CourseObjective)).all()[0].course.sanction = "Attestation de compétences"
    return seeded


def make(desk, kind: str, session_id: int, enrollment_id: int) -> str:
    (path,) = desk.documents.generate(kind, session_id, enrollment_ids=[enrollment_id])
    return pdf_text(path)


def test_attestation_de_fin_lists_objectives_with_results(desk, followed):
    text = make(desk, "attestation_fin", followed["session"], followed["helene"])

    for expected in [
        "ATTESTATION DE FIN DE FORMATION",
        "Article L6353-1 du Code du travail",
        "Je soussigné(e) Sophie Garnier, Directrice, de l'organisme de formation Atelier "
        "Formation Conseil, atteste que : Mme Hélène Lefèvre",
        "salariée de Boulangerie Émile & Fils, a suivi la formation « " + COURSE + " »",
        "Action de formation (article L6313-1 du Code du travail)",
        "du lundi 7 décembre 2026 au mardi 8 décembre 2026",
        "Durée prévue 14 h",
        "Heures suivies 6 h 30",  # 3 h 30 present (no minutes entered) + 3 h late
        "5 place Béraudier, 69003 Lyon",
        "Sanction de la formation Attestation de compétences",
        "Construire un tableau croisé dynamique Acquis",
        "Créer des graphiques croisés Non évalué",
        f"Fait à Lyon, le {_medium(TODAY)}",
        "SIRET 123 456 789 00012",
    ]:
        assert expected in text, expected


def test_without_attendance_the_planned_hours_are_shown_as_such(desk, seeded):
    text = make(desk, "attestation_fin", seeded["session"], seeded["marc"])
    assert "M. Marc N'Diaye a suivi la formation" in text
    assert "Heures suivies 14 h (selon le planning)" in text
    assert "Créer des graphiques croisés Non évalué" in text


def test_certificat_follows_the_ministry_model(desk, followed):
    text = make(desk, "certificat_realisation", followed["session"], followed["helene"])

    for expected in [
        "CERTIFICAT DE RÉALISATION",
        "Je soussigné(e) Sophie Garnier, représentant légal du dispensateur de l'action "
        "concourant au développement des compétences Atelier Formation Conseil, atteste que :",
        "Mme Hélène Lefèvre salarié(e) de l'entreprise Boulangerie Émile & Fils",
        f"a suivi l'action {COURSE}",
        "☒ Action de formation ☐ Bilan de compétences",
        "☐ Action de VAE ☐ Action de formation par apprentissage",
        "qui s'est déroulée du 7 décembre 2026 au 8 décembre 2026,",
        "pour une durée de 6,5 heures.",  # hours actually attended
        "pendant une durée de 3 ans à compter de la fin de l'année du dernier paiement",
        "En cas de cofinancement des fonds européens",
        "Cachet et signature du responsable du dispensateur de formation",
    ]:
        assert expected in text, expected
    marc = make(desk, "certificat_realisation", followed["session"], followed["marc"])
    assert "pour une durée de 14 heures." in marc  # no attendance: planned hours


def test_assiduite_gives_hours_over_planned_and_each_half_day(desk, followed):
    text = make(desk, "attestation_assiduite", followed["session"], followed["helene"])

    for expected in [
        "ATTESTATION D'ASSIDUITÉ",
        "Heures suivies : 6 h 30 sur 14 h prévues, soit un taux d'assiduité de 46,4 %.",
        "Présence non saisie pour 1 séance",
        "lundi 7 décembre 2026 9h00 – 12h30 Présente 3 h 30 3 h 30",
        "lundi 7 décembre 2026 13h30 – 17h00 Absente excusée 3 h 30",
        "mardi 8 décembre 2026 9h00 – 12h30 Retard 3 h 30",
        "mardi 8 décembre 2026 13h30 – 17h00 Non saisi 3 h 30",
    ]:
        assert expected in text, expected


def _medium(day: dt.date) -> str:
    from formadesk.core.formatting import date_medium

    return date_medium(day)


MY_KINDS = [
    "emargement_jour",
    "emargement_apprenant",
    "emargement_client",
    "emargement_paysage",
    "emargement_vierge",
    "chevalets",
    "attestation_fin",
    "certificat_realisation",
    "attestation_assiduite",
    "liste_participants",
    "liste_session",
    "liste_client",
]


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [c.text for t in document.tables for row in t.rows for c in row.cells]
    return " ".join(" ".join(parts).split())


@pytest.mark.parametrize("kind", MY_KINDS)
def test_every_kind_renders_in_word_with_the_learner_and_course(desk, followed, kind):
    (path, *_) = desk.documents.generate(kind, followed["session"], file_format="docx")
    text = docx_text(path)
    assert "Hélène" in text and "Lefèvre" in text.replace("LEFÈVRE", "Lefèvre"), kind
    assert COURSE in text or kind == "chevalets" and "Excel intermédiaire" in text, kind
    assert "{{" not in text and "{%" not in text


def test_word_certificat_keeps_the_ministry_wording_and_opens_in_libreoffice(
    desk, followed, tmp_path
):
    (path,) = desk.documents.generate(
        "certificat_realisation",
        followed["session"],
        file_format="docx",
        enrollment_ids=[followed["helene"]],
    )
    text = docx_text(path)
    assert "☒ Action de formation ☐ Bilan de compétences" in text
    assert "pour une durée de 6,5 heures." in text and "pendant une durée de 3 ans" in text
    if shutil.which("libreoffice"):
        cmd = ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        subprocess.run([*cmd, str(path)], capture_output=True, timeout=180, check=True)
        assert "Mme Hélène Lefèvre" in pdf_text(tmp_path / f"{path.stem}.pdf")
