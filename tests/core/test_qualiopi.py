"""Qualiopi figures (indicators 2 and 3) and the evidence pack for an audit."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest
from openpyxl import load_workbook

from formadesk.core.errors import BusinessRuleError, ValidationError

from .factories import make_course, make_learner, make_session
from .qualiopi_factories import FIRST_HALF, first_half_2026


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_figures_overall_and_per_course(office):
    scenario = first_half_2026(office)

    figures = office.qualiopi.figures(*FIRST_HALF)

    assert figures.overall.trained == 6
    by_code = {c.code: c for c in figures.courses}
    assert set(by_code) == {"EXCEL-INT", "CQP-VEN"}
    assert by_code["EXCEL-INT"].rates.satisfaction_rate == pytest.approx(0.75)
    assert by_code["CQP-VEN"].rates.satisfaction_rate is None
    (cqp,) = figures.certifying
    assert (cqp.course_id, cqp.certification_code) == (scenario.cqp_course, "RNCP35185")
    assert cqp.rates.pass_rate == 0.5


def test_a_session_not_over_yet_is_not_in_the_published_figures(office):
    today = dt.date.today()
    course = make_course(office)
    coming = make_session(office, course, start=today + dt.timedelta(days=10))
    for last in ("Avenir", "Demain"):
        office.enrollments.enroll(
            session_id=coming, learner_id=make_learner(office, last, "Zoé"), confirm=True
        )
    figures = office.qualiopi.figures(today - dt.timedelta(days=30), today + dt.timedelta(days=60))
    assert (figures.overall.sessions, figures.overall.trained) == (0, 0)
    assert figures.end == today and figures.overall.completion_rate is None
    with pytest.raises(BusinessRuleError, match="après aujourd'hui"):
        office.qualiopi.figures(today + dt.timedelta(days=1), today + dt.timedelta(days=60))


def test_a_period_ending_before_it_starts_is_refused_in_french(office):
    with pytest.raises(ValidationError, match="fin de la période est avant son début"):
        office.qualiopi.figures(dt.date(2026, 6, 30), dt.date(2026, 1, 1))


def test_published_pdf_and_workbook_state_the_rates(office, tmp_path):
    first_half_2026(office)

    pdf = office.qualiopi.export_figures(*FIRST_HALF, tmp_path / "resultats.pdf")
    book = office.qualiopi.export_figures(*FIRST_HALF, tmp_path / "resultats.xlsx")

    layout = pdf_text(pdf)
    text = " ".join(layout.split())
    assert "Taux de satisfaction 75 %" in text
    assert "Taux d'achèvement 67 % 4 sur 6 stagiaires formés" in text
    assert "Raisons personnelles 1" in text and "Motif non renseigné 1" in text
    assert "RNCP35185" in text and "50 %" in text
    cqp_line = next(line for line in layout.splitlines() if "CQP-VEN — CQP Vendeur" in line)
    assert cqp_line.split()[-7:] == ["1", "3", "67", "%", "1", "—", "—"]
    assert cqp_line.rstrip().endswith("—") and "0 %" not in cqp_line  # no survey: no 0 %
    sheet = load_workbook(book)["Résultats"]
    values = {row[0]: row[1] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert values["Taux de satisfaction"] == pytest.approx(0.75)
    assert values["Taux de réussite aux certifications"] == 0.5
    courses = load_workbook(book)["Par formation"]
    cqp = next(r for r in courses.iter_rows(values_only=True) if r[0] == "CQP-VEN")
    assert cqp[7] == "—"
