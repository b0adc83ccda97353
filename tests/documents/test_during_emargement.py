"""Feuilles d'émargement in their five layouts, read back from the PDF with pdftotext."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from sqlalchemy import select

import formadesk.core.documents  # noqa: F401  (registers the kinds)
from formadesk.core.errors import BusinessRuleError
from formadesk.core.model import Attendance, Slot, SlotTrainer, Trainer

CODE = "2026-EXCEL-INT-003"
COURSE = "Excel intermédiaire : tableaux croisés dynamiques"


def pdf_text(path, *pages: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    out = subprocess.run([*args, str(path), "-"], capture_output=True, check=True, text=True)
    return " ".join(out.stdout.split())


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    return int(next(ln for ln in out.stdout.splitlines() if ln.startswith("Pages:")).split()[1])


@pytest.fixture
def absent_monday(desk, seeded) -> dict[str, int]:
    """Hélène absent on Monday afternoon; Tuesday afternoon taught by a second trainer."""
    with desk.database.unit_of_work() as s:
        slots = s.scalars(select(Slot).order_by(Slot.date, Slot.start_time)).all()
        s.add(Attendance(slot_id=slots[1].id, enrollment_id=seeded["helene"], status="absent"))
        s.add(Attendance(slot_id=slots[0].id, enrollment_id=seeded["helene"], status="present"))
        paul = Trainer(civility="M.", first_name="Paul", last_name="Durand")
        s.add(paul)
        s.flush()
        s.add(SlotTrainer(slot_id=slots[3].id, trainer_id=paul.id))
    return seeded


def test_one_page_per_day_with_half_days_trainer_and_learners(desk, absent_monday):
    (path,) = desk.documents.generate("emargement_jour", absent_monday["session"])

    assert path.name == f"Feuille d'émargement - {CODE}.pdf"
    assert page_count(path) == 2
    monday, tuesday = pdf_text(path, 1), pdf_text(path, 2)
    for expected in [
        "Feuille d'émargement du lundi 7 décembre 2026",
        COURSE,
        CODE,
        "5 place Béraudier, 69003 Lyon – Salle Lovelace (Lyon Part-Dieu)",
        "Matin 9h00 – 12h30",
        "Après-midi 13h30 – 17h00",
        "Formateur / formatrice Claire Martin",
        "LEFÈVRE Hélène Boulangerie Émile & Fils",
        "N'DIAYE Marc",
        "Absente",  # entered absence on Monday afternoon
        "Déclaration d'activité enregistrée sous le numéro 84691234569",
        "Page 1/2",
    ]:
        assert expected in monday, expected
    assert "Zidane" not in monday + tuesday  # cancelled enrollment
    assert "Feuille d'émargement du mardi 8 décembre 2026" in tuesday
    assert "Formateur Paul Durand" in tuesday and "Absente" not in tuesday


def test_client_sheet_lists_only_that_clients_learners(desk, absent_monday):
    (path,) = desk.documents.generate("emargement_client", absent_monday["session"])

    assert path.name == f"Feuille d'émargement client - {CODE} - Boulangerie Émile & Fils.pdf"
    text = pdf_text(path)
    assert "Client Boulangerie Émile & Fils" in text
    assert "LEFÈVRE Hélène" in text and "N'DIAYE" not in text


def test_landscape_sheet_splits_many_half_days_across_pages(desk, absent_monday):
    with desk.database.unit_of_work() as s:
        for day in (9, 10):
            for start, end in ((dt.time(9), dt.time(12)), (dt.time(14), dt.time(17))):
                s.add(
                    Slot(
                        session_id=absent_monday["session"],
                        date=dt.date(2026, 12, day),
                        start_time=start,
                        end_time=end,
                    )
                )
        s.add(
            Slot(
                session_id=absent_monday["session"],
                date=dt.date(2026, 12, 11),
                start_time=dt.time(9),
                end_time=dt.time(17),
            )
        )
    (path,) = desk.documents.generate("emargement_paysage", absent_monday["session"])

    assert page_count(path) == 2  # 10 half-days: 6 then 4 (the full day gives two)
    first, second = pdf_text(path, 1), pdf_text(path, 2)
    assert "demi-journées 1 à 6 sur 10" in first and "lun. 07/12/2026 Matin 9h00 – 12h30" in first
    assert "demi-journées 7 à 10 sur 10" in second
    assert "ven. 11/12/2026 Matin dès 9h00" in second and "Après-midi jusqu'à 17h00" in second
    assert "LEFÈVRE Hélène" in second and "Nom et prénom" in second


def test_blank_sheet_leaves_date_times_and_lines_to_fill(desk, seeded):
    (path,) = desk.documents.generate("emargement_vierge", seeded["session"])

    text = pdf_text(path)
    assert "Feuille d'émargement — date : ____ / ____ / ________" in text
    assert "Matin de ____ h ____ à ____ h ____" in text
    assert COURSE in text and "LEFÈVRE Hélène" in text
    assert page_count(path) == 1


def test_individual_sheet_has_a_line_per_half_day(desk, absent_monday):
    paths = desk.documents.generate("emargement_apprenant", absent_monday["session"])

    assert [p.name for p in paths] == [
        f"Feuille d'émargement individuelle - {CODE} - LEFÈVRE Hélène.pdf",
        f"Feuille d'émargement individuelle - {CODE} - N'DIAYE Marc.pdf",
    ]
    text = pdf_text(paths[0])
    for expected in [
        "Apprenant(e) Mme Hélène Lefèvre",
        "Entreprise Boulangerie Émile & Fils",
        "lundi 7 décembre 2026 Matin 9h00 – 12h30",
        "Absente",
        "mardi 8 décembre 2026 Après-midi 13h30 – 17h00",
        "Paul Durand",
        "Signature de l'apprenant(e)",
    ]:
        assert expected in text, expected


def test_a_session_without_slots_asks_for_a_planning_or_the_blank_sheet(desk, seeded):
    with desk.database.unit_of_work() as s:
        for slot in s.scalars(select(Slot)):
            s.delete(slot)
    with pytest.raises(BusinessRuleError, match="aucune séance planifiée"):
        desk.documents.generate("emargement_jour", seeded["session"])
    assert desk.documents.generate("emargement_vierge", seeded["session"])
