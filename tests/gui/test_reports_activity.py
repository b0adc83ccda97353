"""« Rapport d'activité » of the « Bilans » tab: a period, its figures, charts and exports."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from formadesk.gui.tabs import reports_activity
from formadesk.gui.tabs.reports_activity import ActivityPage, last_twelve_months
from tests.core.activity_factories import PERIOD, two_years


def open_page(qtbot, office, bus) -> ActivityPage:
    page = ActivityPage(office, bus)
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    page.set_period(*PERIOD)
    qtbot.waitUntil(lambda: not page.is_computing() and page.report is not None, timeout=10000)
    return page


def cells(table) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_the_page_shows_the_figures_and_charts_of_the_period(qtbot, office, bus):
    two_years(office)
    page = open_page(qtbot, office, bus)
    figures = dict(cells(page.ui.figuresTable))
    assert figures["Sessions réalisées"] == "2"
    assert figures["Apprenants (personnes)"] == "4"
    assert figures["Taux d'achèvement"] == "80\u00a0%"
    revenue = cells(page.ui.revenueTable)
    assert ("dont OPCO Atlas", "464,28\u202f€") in revenue
    assert revenue[-1] == ("Total facturé HT", "3\u202f450,00\u202f€")
    assert page.ui.causesLabel.text() == "Causes des abandons : Déménagement : 1"
    trained = page.charts["trained"].series()[0]
    assert len(trained.values) == 9 and trained.values[1] == 2 and trained.values[5] == 3
    kinds = page.charts["kinds"]
    assert [s.values for s in kinds.series()] == [[160572, 138000, 46428]]


def test_a_period_backwards_is_said_and_not_exported(qtbot, office, bus):
    page = open_page(qtbot, office, bus)
    page.ui.endEdit.setDate(page.ui.startEdit.date().addDays(-1))
    assert page.ui.periodProblemLabel.isVisible()
    assert "est avant son début" in page.ui.periodProblemLabel.text()
    assert not page.ui.pdfButton.isEnabled() and not page.ui.excelButton.isEnabled()
    # The figures of the previous period are greyed until the period is right again.
    assert not page.ui.figuresTable.isEnabled() and not page.ui.chartsArea.isEnabled()
    page.ui.endEdit.setDate(page.ui.startEdit.date().addDays(30))
    assert page.ui.figuresTable.isEnabled() and page.ui.pdfButton.isEnabled()
    future = dt.date.today() + dt.timedelta(days=40)
    page.set_period(future, future + dt.timedelta(days=30))
    assert "commence après aujourd'hui" in page.ui.periodProblemLabel.text()


def test_shortcuts_choose_the_period(qtbot, office, bus):
    page = open_page(qtbot, office, bus)
    today = dt.date.today()
    qtbot.mouseClick(page.ui.lastYearButton, Qt.MouseButton.LeftButton)
    assert page.period() == (dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31))
    qtbot.mouseClick(page.ui.last12Button, Qt.MouseButton.LeftButton)
    start, end = page.period()
    assert (start, end) == last_twelve_months(today)
    assert start.day == 1 and (end - start).days in range(364, 366) and end >= today


def test_excel_and_pdf_exports_are_written_then_offered(qtbot, office, bus, tmp_path, monkeypatch):
    two_years(office)
    page = open_page(qtbot, office, bus)
    opened = []
    monkeypatch.setattr(reports_activity, "confirm", lambda *_args: True)
    monkeypatch.setattr(reports_activity, "open_local", opened.append)
    page.ask_export_path = lambda fmt_: tmp_path / f"activite.{fmt_}"
    qtbot.mouseClick(page.ui.excelButton, Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "activite.xlsx")
    assert "Par mois" in book.sheetnames
    qtbot.mouseClick(page.ui.pdfButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "activite.pdf").read_bytes().startswith(b"%PDF")
    assert opened == [tmp_path / "activite.xlsx", tmp_path / "activite.pdf"]
    assert "Rapport enregistré" in page.ui.messageLabel.text()
