"""The « Qualiopi » page of « Bilans »: the figures of a period, their exports, the pack."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton

from formadesk.gui.tabs.report_worker import last_year
from formadesk.gui.tabs.reports_qualiopi import QualiopiPage, last_twelve_months
from tests.core.qualiopi_factories import FIRST_HALF, first_half_2026


def cells(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def shown_page(qtbot, office, bus) -> QualiopiPage:
    page = QualiopiPage(office, bus)
    qtbot.addWidget(page)
    page.set_period(*FIRST_HALF)
    qtbot.waitUntil(lambda: not page.is_computing() and page.figures is not None)
    return page


def test_the_page_shows_indicator_2_overall_and_per_course_and_indicator_3(qtbot, office, bus):
    first_half_2026(office)
    page = shown_page(qtbot, office, bus)

    overall = {row[0]: row[1] for row in cells(page.ui.overallTable)}
    assert overall["Taux de satisfaction"] == "75\u00a0%"
    assert overall["Taux d'achèvement"] == "67\u00a0%"
    assert overall["Taux de réussite aux certifications"] == "50\u00a0%"
    assert "Raisons personnelles : 1" in page.ui.causesLabel.text()
    courses = {row[0]: row for row in cells(page.ui.coursesTable)}
    assert courses["CQP-VEN — CQP Vendeur conseil"][5] == "—"  # no survey: not 0 %
    assert cells(page.ui.certTable) == [
        ["CQP-VEN — CQP Vendeur conseil", "RNCP35185", "3", "2", "1", "50\u00a0%", "0"]
    ]
    assert page.ui.summaryLabel.text() == (
        "Sessions terminées du 01/01/2026 au 30/06/2026 : 2 sessions, 6 stagiaires formés."
    )


def test_an_end_before_the_start_is_said_and_the_actions_wait(qtbot, office, bus):
    page = QualiopiPage(office, bus)
    qtbot.addWidget(page)
    page.ui.endEdit.setDate(QDate(2020, 1, 1))
    page.ui.startEdit.setDate(QDate(2020, 2, 1))
    assert "avant son début" in page.ui.periodProblemLabel.text()
    assert not page.ui.packButton.isEnabled() and not page.ui.publishButton.isEnabled()
    page.ui.endEdit.setDate(QDate(2020, 3, 1))
    assert page.ui.periodProblemLabel.isHidden() and page.ui.packButton.isEnabled()
    qtbot.waitUntil(lambda: not page.is_computing())


def test_shortcuts_set_the_last_twelve_months_and_last_year(qtbot, office, bus):
    page = QualiopiPage(office, bus)
    qtbot.addWidget(page)
    page.ui.lastYearButton.click()
    assert page.period() == last_year(dt.date.today())
    page.ui.last12Button.click()
    assert page.period() == last_twelve_months(dt.date.today())
    assert last_twelve_months(dt.date(2026, 12, 6)) == (dt.date(2025, 12, 7), dt.date(2026, 12, 6))
    qtbot.waitUntil(lambda: not page.is_computing())


def test_publish_writes_the_pdf_and_says_where(qtbot, office, bus, tmp_path, monkeypatch):
    first_half_2026(office)
    page = shown_page(qtbot, office, bus)
    monkeypatch.setattr(page, "ask_export_path", lambda _format: tmp_path / "resultats")

    written = page.export("pdf")

    assert written == tmp_path / "resultats.pdf" and written.stat().st_size > 0
    assert "resultats.pdf" in page.ui.messageLabel.text()


def test_the_pack_runs_and_ends_with_what_is_missing(qtbot, office, bus, tmp_path, monkeypatch):
    first_half_2026(office)
    page = shown_page(qtbot, office, bus)
    monkeypatch.setattr(page, "ask_pack_folder", lambda: tmp_path)

    result = page.make_pack()

    assert (result.folder / "00-index.pdf").is_file()
    box = page.findChild(QMessageBox, "packSummaryBox")
    assert "Dossier d'audit constitué" in box.text()
    assert "2 sessions sans programme produit" in box.informativeText()
    assert "voir l'index « 00-index.pdf »" in box.informativeText()
    assert "Indicateur 26 : Référent handicap non renseigné" in box.detailedText()
    assert box.findChild(QPushButton, "openFolderButton").text() == "Ouvrir le dossier"
    box.grab().save(str(tmp_path / "summary.png"))
