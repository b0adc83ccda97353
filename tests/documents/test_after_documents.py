"""Documents after a training (attestation de fin, certificat, assiduité), read from the PDF.

The seeded session is moved 52 weeks back (Monday 8 and Tuesday 9 December 2025): these
documents are refused before a session's last day.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from docx import Document
from sqlalchemy import delete, select, update

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import (
    Attendance,
    CourseObjective,
    GeneratedDocument,
    Slot,
    TrainingSession,
)
from formadesk.core.services.outcomes import OutcomeEdit, OutcomeService

CODE = "2026-EXCEL-INT-003"
COURSE = "Excel intermédiaire : tableaux croisés dynamiques"
TODAY = dt.date.today()
BACK = dt.timedelta(weeks=52)  # the same weekdays, a year earlier


def pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


def move_session(desk, session_id: int, shift: dt.timedelta) -> None:
    """Move a session and its half-days by ``shift``."""
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, session_id)
        session.start_date += shift
        session.end_date += shift
        for slot in session.slots:
            slot.date += shift


@pytest.fixture
def held(desk, seeded) -> dict[str, int]:
    """The seeded session, held on Monday 8 and Tuesday 9 December 2025."""
    move_session(desk, seeded["session"], -BACK)
    return seeded


def enter(desk, enrollment_id: int, marks) -> None:
    """Attendance of one learner: (status, minutes) per half-day, in date order."""
    with desk.database.unit_of_work() as s:
        slots = s.scalars(select(Slot).order_by(Slot.date, Slot.start_time)).all()
        for slot, (status, minutes) in zip(slots, marks, strict=False):
            s.add(
                Attendance(
                    slot_id=slot.id,
                    enrollment_id=enrollment_id,
                    status=status,
                    minutes_attended=minutes,
                )
            )


@pytest.fixture
def followed(desk, held) -> dict[str, int]:
    """Hélène: present, excused, late (3 h), absent on Tuesday afternoon; one result.
    Marc: no attendance entered."""
    marks = (("present", 0), ("absent_excuse", 0), ("retard", 180), ("absent", 0))
    enter(desk, held["helene"], marks)
    with desk.database.unit_of_work() as s:
        first = s.scalar(select(CourseObjective).order_by(CourseObjective.position))
        s.scalars(select(CourseObjective)).all()[0].course.sanction = "Attestation de compétences"
    # The result as the assistant enters it in the session's outcome grid.
    edit = OutcomeEdit(held["helene"], "result", "acquis", first.id)
    OutcomeService(desk.database, desk.changes).save(held["session"], [edit])
    return held


def assess(desk, session_id: int, enrollment_id: int, result: str = "acquis") -> None:
    """The learner's first objective assessed, as entered in the session's outcome grid."""
    with desk.database.reading() as s:
        first = s.scalar(select(CourseObjective.id).order_by(CourseObjective.position))
    edit = OutcomeEdit(enrollment_id, "result", result, first)
    OutcomeService(desk.database, desk.changes).save(session_id, [edit])


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
        "salariée de l'entreprise Boulangerie Émile & Fils, a suivi la formation « "
        + COURSE
        + " »",
        "Action de formation (article L6313-1 du Code du travail)",
        "du lundi 8 décembre 2025 au mardi 9 décembre 2025",
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


def test_without_attendance_nothing_is_written_and_the_half_days_are_named(desk, followed):
    for kind, name in (
        ("certificat_realisation", "Le certificat de réalisation de Marc N'Diaye ne peut pas "
         "être produit"),
        ("attestation_fin", "L'attestation de fin de formation de Marc N'Diaye ne peut pas être "
         "produite"),
        ("attestation_assiduite", "L'attestation d'assiduité de Marc N'Diaye"),
    ):  # fmt: skip
        with pytest.raises(BusinessRuleError) as refused:
            desk.documents.generate(kind, followed["session"], enrollment_ids=[followed["marc"]])
        assert str(refused.value).startswith(name), kind
        assert (
            "la présence n'est pas saisie pour les demi-journées lundi 8 décembre 2025 matin, "
            "lundi 8 décembre 2025 après-midi, mardi 9 décembre 2025 matin, mardi 9 décembre "
            "2025 après-midi. Saisissez les émargements de Marc N'Diaye, puis recommencez."
        ) in str(refused.value)
    assert desk.documents.list_documents() == [] and not desk.docs_dir.exists()


def test_one_half_day_missing_refuses_the_whole_batch_naming_it(desk, held):
    enter(desk, held["helene"], [("present", 0)] * 3)  # Tuesday afternoon not entered
    enter(desk, held["marc"], [("present", 0)] * 4)
    with pytest.raises(BusinessRuleError) as refused:
        desk.documents.generate("certificat_realisation", held["session"])
    assert str(refused.value) == (
        "Le certificat de réalisation d'Hélène Lefèvre ne peut pas être produit : la présence "
        "n'est pas saisie pour la demi-journée mardi 9 décembre 2025 après-midi. Saisissez les "
        "émargements d'Hélène Lefèvre, puis recommencez."
    )
    assert desk.documents.list_documents() == []  # not even Marc's: fix, then make them all
    with desk.database.unit_of_work() as s:  # the missing half-day entered: left at 15:30
        s.execute(delete(Attendance).where(Attendance.enrollment_id == held["helene"]))
    enter(desk, held["helene"], [("present", 0)] * 3 + [("depart_anticipe", 120)])
    helene, marc = desk.documents.generate("certificat_realisation", held["session"])
    assert "pour une durée de 12 h 30." in pdf_text(helene)  # 3 × 3 h 30 + 2 h
    assert "pour une durée de 14 h." in pdf_text(marc)


def test_a_batch_names_every_learner_whose_attendance_is_missing(desk, held):
    enter(desk, held["helene"], [("present", 0)] * 2)  # Tuesday not entered
    with pytest.raises(BusinessRuleError) as refused:
        desk.documents.generate("attestation_assiduite", held["session"])
    lines = str(refused.value).splitlines()
    assert lines[0] == "2 documents ne peuvent pas être produits ; rien n'a été écrit :"
    assert lines[1].startswith("– L'attestation d'assiduité d'Hélène Lefèvre ne peut pas")
    assert (
        "les demi-journées mardi 9 décembre 2025 matin, mardi 9 décembre 2025 après-midi."
        in (lines[1])
    )
    assert lines[2].startswith("– L'attestation d'assiduité de Marc N'Diaye ne peut pas")


def test_refused_before_the_last_day_of_the_session(desk, seeded):
    """The issue's case: made on 5 December for a session held on 14 and 15 December."""
    start = TODAY + dt.timedelta(days=9)
    with desk.database.reading() as s:
        first = s.get(TrainingSession, seeded["session"]).start_date
    move_session(desk, seeded["session"], start - first)
    enter(desk, seeded["helene"], [("present", 0)] * 4)  # even with attendance entered ahead
    last = _long(start + dt.timedelta(days=1))
    for kind, what in (
        ("certificat_realisation", "Le certificat de réalisation"),
        ("attestation_fin", "L'attestation de fin de formation"),
        ("attestation_assiduite", "L'attestation d'assiduité"),
    ):
        with pytest.raises(BusinessRuleError) as refused:
            desk.documents.generate(kind, seeded["session"], enrollment_ids=[seeded["helene"]])
        assert str(refused.value).startswith(
            f"{what} de la session {CODE} ne peut pas être produit"
        )
        assert f"avant le dernier jour de la session, le {last}" in str(refused.value)
    assert desk.documents.list_documents() == [] and not desk.docs_dir.exists()


def test_a_reprint_keeps_the_date_of_the_first_issue(desk, followed):
    only = [followed["helene"]]
    (first,) = desk.documents.generate("certificat_realisation", followed["session"],
                                       enrollment_ids=only)  # fmt: skip
    assert f"Fait à Lyon, le {_medium(TODAY)}" in pdf_text(first)
    with desk.database.unit_of_work() as s:  # as if issued the day after the session
        s.execute(update(GeneratedDocument).values(generated_at=dt.datetime(2025, 12, 10, 9)))
    (again,) = desk.documents.generate("certificat_realisation", followed["session"],
                                       enrollment_ids=only)  # fmt: skip
    (word,) = desk.documents.generate("certificat_realisation", followed["session"],
                                      enrollment_ids=only, file_format="docx")  # fmt: skip
    assert again.name.endswith("(v2).pdf")
    assert "Fait à Lyon, le 10 décembre 2025" in pdf_text(again)
    assert "Fait à Lyon, le 10 décembre 2025" in docx_text(word)


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
        "qui s'est déroulée du 8 décembre 2025 au 9 décembre 2025,",
        "pour une durée de 6 h 30.",  # hours actually attended
        "pendant une durée de 3 ans à compter de la fin de l'année du dernier paiement",
        "En cas de cofinancement des fonds européens",
        "Cachet et signature du responsable du dispensateur de formation",
    ]:
        assert expected in text, expected


def test_assiduite_gives_hours_over_planned_and_each_half_day(desk, followed):
    text = make(desk, "attestation_assiduite", followed["session"], followed["helene"])

    for expected in [
        "ATTESTATION D'ASSIDUITÉ",
        "Heures suivies : 6 h 30 sur 14 h prévues, soit un taux d'assiduité de 46,4 %.",
        "lundi 8 décembre 2025 9h00 – 12h30 Présente 3 h 30 3 h 30",
        "lundi 8 décembre 2025 13h30 – 17h00 Absente excusée 3 h 30",
        "mardi 9 décembre 2025 9h00 – 12h30 Retard 3 h 30",
        "mardi 9 décembre 2025 13h30 – 17h00 Absente 3 h 30",
    ]:
        assert expected in text, expected
    assert "non saisi" not in text.lower()


def _medium(day: dt.date) -> str:
    from formadesk.core.formatting import date_medium

    return date_medium(day)


def _long(day: dt.date) -> str:
    from formadesk.core.formatting import date_long

    return date_long(day)


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
    enter(desk, followed["marc"], [("present", 0)] * 4)
    assess(desk, followed["session"], followed["marc"])
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
    assert "pour une durée de 6 h 30." in text and "pendant une durée de 3 ans" in text
    if shutil.which("libreoffice"):
        cmd = ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        subprocess.run([*cmd, str(path)], capture_output=True, timeout=180, check=True)
        assert "Mme Hélène Lefèvre" in pdf_text(tmp_path / f"{path.stem}.pdf")


def test_no_attestation_de_fin_without_any_result_of_the_learner(desk, followed):
    enter(desk, followed["marc"], [("present", 0)] * 4)
    with pytest.raises(BusinessRuleError) as refused:
        make(desk, "attestation_fin", followed["session"], followed["marc"])
    assert str(refused.value).startswith(
        "L'attestation de fin de formation de Marc N'Diaye ne peut pas être produite : aucun "
        "résultat de l'évaluation des acquis n'est saisi."
    )
    assert "« Évaluation des acquis… »" in str(refused.value)
    assess(desk, followed["session"], followed["marc"], "partiel")
    text = make(desk, "attestation_fin", followed["session"], followed["marc"])
    assert "Construire un tableau croisé dynamique Partiellement acquis" in text
