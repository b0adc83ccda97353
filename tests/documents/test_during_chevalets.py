"""Name tents: one folded A4 landscape page per learner, then per trainer."""

from __future__ import annotations

import subprocess

import formadesk.core.documents  # noqa: F401  (registers the kinds)

CODE = "2026-EXCEL-INT-003"


def pdf_text(path, page: int) -> str:
    args = ["pdftotext", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(path), "-"]
    return " ".join(subprocess.run(args, capture_output=True, check=True, text=True).stdout.split())


def test_a_tent_per_learner_and_trainer_with_the_name_twice(desk, seeded):
    (path,) = desk.documents.generate("chevalets", seeded["session"])

    assert path.name == f"Chevalets - {CODE}.pdf"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    assert "Pages:           3" in info and "841.89 x 595.276 pts (A4)" in info  # A4 landscape
    helene, marc, trainer = (pdf_text(path, page) for page in (1, 2, 3))
    assert helene.count("Hélène") == 2 and helene.count("LEFÈVRE") == 2
    assert "Boulangerie Émile & Fils" in helene
    assert "Excel intermédiaire : tableaux croisés dynamiques" in helene
    assert "Marc" in marc and "N'DIAYE" in marc
    assert "Claire" in trainer and "MARTIN" in trainer and "Formateur / formatrice" in trainer
