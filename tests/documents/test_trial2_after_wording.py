"""After-training documents read right for any employer and give hours one way (trial 2)."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.model import Attendance, Client, CourseObjective, Slot, TrainingSession
from formadesk.core.services.outcomes import OutcomeEdit, OutcomeService

BACK = dt.timedelta(weeks=52)
HOTEL = "Hôtel D'Amico"


def pdf_text(path) -> str:
    args = ["pdftotext", "-enc", "UTF-8", str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


@pytest.fixture
def attended(desk, seeded) -> dict[str, int]:
    """Held a year ago; Hélène works for « Hôtel D'Amico » and attended 13 h 12 (792 min)."""
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.start_date -= BACK
        session.end_date -= BACK
        for slot in session.slots:
            slot.date -= BACK
        s.scalar(select(Client).where(Client.name.like("Boulangerie%"))).name = HOTEL
        slots = s.scalars(select(Slot).order_by(Slot.date, Slot.start_time)).all()
        marks = (("present", 0), ("present", 0), ("present", 0), ("retard", 162))
        for slot, (status, minutes) in zip(slots, marks, strict=True):
            s.add(
                Attendance(
                    slot_id=slot.id,
                    enrollment_id=seeded["helene"],
                    status=status,
                    minutes_attended=minutes,
                )
            )
        first = s.scalar(select(CourseObjective.id).order_by(CourseObjective.position))
    edit = OutcomeEdit(seeded["helene"], "result", "acquis", first)
    OutcomeService(desk.database, desk.changes).save(seeded["session"], [edit])
    return seeded


def _text(desk, kind: str, ids: dict[str, int]) -> str:
    (path,) = desk.documents.generate(kind, ids["session"], enrollment_ids=[ids["helene"]])
    return pdf_text(path)


def test_the_attestation_names_the_employer_as_a_company(desk, attended):
    text = _text(desk, "attestation_fin", attended)

    assert f"salariée de l'entreprise {HOTEL}, a suivi la formation" in text
    assert f"de {HOTEL}" not in text


def test_certificat_and_attestation_give_the_same_hours(desk, attended):
    attestation = _text(desk, "attestation_fin", attended)
    certificat = _text(desk, "certificat_realisation", attended)

    assert "Heures suivies 13 h 12" in attestation
    assert "pour une durée de 13 h 12." in certificat
    assert "13,2" not in certificat
