"""Shared set-up of the « before the training » document tests (imported by test_before_*).

``enrich`` completes the conftest's demo-like session: a full catalogue entry, a priced
course, a company client with its SIRET and contact, an OPCO paying by subrogation, a private
learner, an external trainer with rates, and the office's own cancellation clause.
"""

from __future__ import annotations

import datetime as dt
import subprocess

from docx import Document
from sqlalchemy import select

from formadesk.core.model import (
    Client,
    Contact,
    Course,
    Enrollment,
    FundingLine,
    Learner,
    Setting,
    Trainer,
)

CODE = "2026-EXCEL-INT-003"
TITLE = "Excel intermédiaire : tableaux croisés dynamiques"
CLAUSE = "Dédit de 40 % du prix en cas de renoncement moins de 8 jours ouvrés avant le début."


def pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    )
    return " ".join(out.stdout.split())


def docx_text(path) -> str:
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return " ".join(" ".join(parts).split())


def missing(text: str, expected: list[str]) -> list[str]:
    """The expected mentions absent from ``text`` (an empty list when all are there)."""
    return [item for item in expected if item not in text]


def enrich(desk, seeded) -> dict[str, int]:
    """Complete the seeded session; return the ids a test needs (client, trainer ...)."""
    with desk.database.unit_of_work() as s:
        course = s.get(Course, seeded["course"])
        course.programme = "Module 1 : les sources de données\nModule 2 : les segments et filtres"
        course.prerequisites = "Maîtriser les formules simples d'Excel."
        course.audience = "Assistant(e)s, comptables, contrôleurs de gestion."
        course.teaching_means = "Un poste par stagiaire, exercices sur cas réels, support remis."
        course.assessment_method = "Quiz de positionnement, cas pratique évalué en fin de session."
        course.sanction = "Attestation de fin de formation"
        course.price_cents = 125000
        helene = s.get(Enrollment, seeded["helene"])
        client = s.get(Client, helene.client_id)
        client.siret, client.address = "55210055400013", "8 quai Saint-Antoine"
        client.postal_code, client.city = "69002", "Lyon"
        s.add(Contact(client=client, civility="M.", first_name="Émile", last_name="Roux",
                      role="gérant"))  # fmt: skip
        s.get(Learner, helene.learner_id).job_title = "Comptable"
        line = s.scalar(select(FundingLine).where(FundingLine.enrollment_id == helene.id))
        line.subrogation, line.agreement_number, line.scheme = True, "PEC-2026-0042", "plan"
        marc = s.get(Learner, s.get(Enrollment, seeded["marc"]).learner_id)
        marc.status, marc.birth_date = "particulier", dt.date(1990, 6, 2)
        marc.address, marc.postal_code = "14 rue de Bonnel", "69003"
        trainer = s.scalar(select(Trainer))
        trainer.internal, trainer.company_name = False, "Martin Conseil Bureautique"
        trainer.siret, trainer.nda = "48483192800027", "84 69 01234 69"
        trainer.qualifications = "Certifiée MOS Expert ; 12 ans d'expérience"
        trainer.hourly_rate_cents, trainer.daily_rate_cents = 6000, 42000
        s.add(Setting(key="documents.cancellation_clause", value=CLAUSE))
        return {"client": client.id, "trainer": trainer.id, "session": seeded["session"]}
