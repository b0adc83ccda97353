"""Qualiopi documents as the office and the auditor read them: the published figures when
there is nothing to count, the index of the pack, the workbook opened by LibreOffice."""

from __future__ import annotations

import datetime as dt
import subprocess

from formadesk.core.documents.reports.qualiopi_pdf import write_index_pdf
from formadesk.core.reporting.qualiopi_pack import PackIndex, PackSection
from formadesk.core.services.organisation import OrganisationData
from tests.libreoffice import convert_to_pdf

YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def named_office(office):
    data = office.organisation.get()
    office.organisation.update(OrganisationData(**{**data.__dict__, "name": "Formations du Lac"}))
    return office


def test_a_year_without_sessions_prints_dashes_never_zero_percent(office, tmp_path):
    named_office(office)

    pdf = office.qualiopi.export_figures(*YEAR, tmp_path / "vide.pdf")

    text = text_of(pdf)
    assert "Taux de satisfaction — aucun questionnaire retourné" in text
    assert "Taux d'achèvement — 0 sur 0 stagiaire formé" in text
    assert "0 %" not in text
    assert "Aucune formation certifiante n'a de session terminée sur la période." in text


def test_the_index_lists_files_counts_and_what_is_missing(office, tmp_path):
    figures = named_office(office).qualiopi.figures(*YEAR)
    many = tuple(f"2025-SST-{n:03d}/Convocation - {n}.pdf" for n in range(1, 46))
    index = PackIndex(
        figures,
        "Dossier Qualiopi du 01-01-2025 au 31-12-2025",
        ("2025-SST-001",),
        (
            PackSection(
                "09", "Convocation et règlement remis aux stagiaires",
                "09 Convocations et règlement", many, (("Convocation", 45),),
                ("3 sessions sans convocation envoyée : A, B, C",),
            ),
            PackSection("26", "Handicap : référent et réseau", "26 Handicap", (), (), ()),
        ),
    )  # fmt: skip

    text = text_of(write_index_pdf(index, tmp_path / "00-index.pdf"))

    assert "Indicateur 9 — Convocation et règlement remis aux stagiaires" in text
    assert "Convocation (45)" in text and "45 fichiers" in text
    assert "Fichiers par session : 2025-SST-001/ (1) ; 2025-SST-002/ (1)" in text  # many
    assert "Manquant : ✗ 3 sessions sans convocation envoyée : A, B, C" in text
    assert "Indicateur 26 — Handicap" in text and "Rien de manquant relevé" in text
    assert "Manques relevés 1" in text


def test_the_figures_workbook_opens_in_libreoffice(office, tmp_path):
    named_office(office)
    book = office.qualiopi.export_figures(*YEAR, tmp_path / "resultats.xlsx")
    converted = convert_to_pdf(book, tmp_path / "lo")
    assert "Résultats (indicateur 2)" in text_of(converted)
