"""The Word convocation of a full session holds on one page in LibreOffice, as its PDF does,
and its signature never stands alone on a page (trial 2, point 5)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest
from sqlalchemy import select

from formadesk.core.documents.engine.docx import user_templates_dir
from formadesk.core.documents.engine.templates_build import build_all
from formadesk.core.model import CourseObjective, Organisation, Slot, TrainingSession
from tests.libreoffice import convert_to_pdf

pytestmark = pytest.mark.slow


@pytest.fixture
def full(desk, seeded) -> dict[str, int]:
    """Three days of two half-days, four objectives, long access notes: as the demo's."""
    with desk.database.unit_of_work() as s:
        session = s.get(TrainingSession, seeded["session"])
        session.end_date = dt.date(2026, 12, 9)
        for start, end in ((dt.time(9), dt.time(12, 30)), (dt.time(13, 30), dt.time(17))):
            s.add(Slot(session_id=session.id, date=session.end_date, start_time=start,
                       end_time=end, room_id=session.slots[0].room_id))  # fmt: skip
        course = session.course
        for position, text in enumerate(
            ("Mettre en forme un tableau de données", "Filtrer et trier des listes"), start=3
        ):
            course.objectives.append(CourseObjective(position=position, text=text))
        session.what_to_bring = "Vos identifiants de messagerie professionnelle."
        org = s.scalar(select(Organisation))
        org.signatory_name, org.signatory_title = "Claire Béranger", "Gérante"
    return seeded


def test_the_word_convocation_holds_on_one_page_with_its_signature(desk, full, tmp_path):
    # the templates this checkout ships, built from their spec (whatever is installed)
    built = tmp_path / "built"
    build_all(built)
    user_templates_dir().mkdir(parents=True, exist_ok=True)
    shutil.copy(built / "convocation.docx", user_templates_dir() / "convocation.docx")

    (path,) = desk.documents.generate(
        "convocation", full["session"], file_format="docx", enrollment_ids=[full["helene"]]
    )
    pdf = convert_to_pdf(path, tmp_path / "pdf")

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    assert "Pages:           1" in info.stdout
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Gérante" in text and "Claire Béranger" in text
