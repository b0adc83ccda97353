"""The dashboard's alerts open the tasks behind them; its charts draw, export and print."""

from __future__ import annotations

import datetime as dt
import os
import subprocess

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.sessions import SessionData, SlotData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.dashboard import DashboardTab
from formadesk.gui.widgets.charts import MonthChart, Series, print_widget_on


def _weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _session_soon(office, days: int = 10, *, minimum: int = 3) -> int:
    course = office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=210))
    start = _weekday(dt.date.today() + dt.timedelta(days=days))
    return office.sessions.save(
        SessionData(
            course,
            start,
            start,
            min_places=minimum,
            max_places=10,
            slots=[SlotData(start, dt.time(9), dt.time(12, 30))],
        ),  # fmt: skip
        confirm=True,
    )


def test_an_alert_counts_the_open_tasks_of_its_kind_and_opens_them(qtbot, office):
    session = _session_soon(office)
    learner = office.learners.save(LearnerData(last_name="Durand", first_name="Léa"))
    office.enrollments.enroll(session_id=session, learner_id=learner)

    tab = DashboardTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    lines = [tab.ui.alertsList.item(i).text() for i in range(tab.ui.alertsList.count())]
    assert "1 — Session sous le minimum d'inscrits" in lines
    assert "1 session à venir sous le minimum d'inscrits" in lines
    assert lines[0].startswith(f"{office.tasks.summary().total} tâche")

    item = tab.ui.alertsList.item(lines.index("1 — Session sous le minimum d'inscrits"))
    with qtbot.waitSignal(tab.tasks_requested) as requested:
        tab.ui.alertsList.itemClicked.emit(item)
    assert requested.args == ["under_minimum"]
    with qtbot.waitSignal(tab.tasks_requested) as requested:
        tab.ui.alertsList.itemClicked.emit(tab.ui.alertsList.item(0))
    assert requested.args == [""]

    # The session line opens the coming sessions, where the session shows its fill and « Suivi ».
    tab.ui.alertsList.itemClicked.emit(tab.ui.alertsList.item(1))
    assert tab.ui.pagesTabs.currentWidget() is tab.ui.sessionsPage
    model = tab.upcoming_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    row = {h: model.index(0, c).data() for c, h in enumerate(headers)}
    assert row["Inscrits"] == "1/10 (min. 3)"
    assert row["Remplissage"] == "10\u202f%"
    assert "/" in row["Suivi"]

    # Enough learners: the alert goes once the tasks are refreshed.
    for name in ("Petit", "Moreau"):
        other = office.learners.save(LearnerData(last_name=name, first_name="Léo"))
        office.enrollments.enroll(session_id=session, learner_id=other)
    tab.refresh()
    lines = [tab.ui.alertsList.item(i).text() for i in range(tab.ui.alertsList.count())]
    assert not any("sous le minimum" in line for line in lines)


def test_the_charts_page_draws_exports_and_prints(qtbot, office, tmp_path):
    session = _session_soon(office, days=-20, minimum=1)
    learner = office.learners.save(LearnerData(last_name="Durand", first_name="Léa"))
    office.enrollments.enroll(session_id=session, learner_id=learner)

    tab = DashboardTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.ui.pagesTabs.setCurrentWidget(tab.ui.chartsPage)
    charts = tab.charts.charts
    assert [c.title() for c in charts] == [
        "Inscriptions par mois",
        "Taux de remplissage des sessions",
        "Facturé et encaissé (TTC)",
        "Satisfaction des stagiaires",
    ]
    assert charts[0].note().startswith("1 inscription prise de ")
    assert "Impayés échus aujourd'hui : 0,00" in charts[2].note()
    enrolments = charts[0].series()[0]
    assert enrolments.values[-1] == 1 and enrolments.texts[-1] == "1"

    path = tmp_path / "inscriptions.png"
    assert charts[0].export_png(path)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (charts[0].width(), charts[0].height())
    assert image.width() > 300 and path.stat().st_size > 2000

    pdf = tmp_path / "indicateurs.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    charts[0].print_on(printer)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Inscriptions par mois" in text
    assert "janv." in text or "déc." in text


def test_a_chart_labels_every_value_and_says_when_it_has_none(qtbot, tmp_path):
    chart = MonthChart("Facturé et encaissé (TTC)")
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data(
        ["oct.", "nov.", "déc."],
        [
            Series("Facturé", [120000, 0, 50000], ["1,2\u202fk€", "", "500\u202f€"]),
            Series("Note", [80, None, 90], ["80", "", "90"], kind="line", maximum=100),
        ],
    )
    pdf = tmp_path / "chart.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    chart.print_on(printer)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    for label in ("Facturé", "Note", "oct.", "déc.", "500", "80", "90"):
        assert label in text

    chart.set_data([], [])
    chart.print_on(printer)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Aucune donnée sur la période." in text


def test_export_button_writes_the_four_charts_as_one_png(qtbot, office, tmp_path, monkeypatch):
    tab = DashboardTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.resize(1280, 760)
    tab.show()
    tab.ui.pagesTabs.setCurrentWidget(tab.ui.chartsPage)
    target = tmp_path / "indicateurs"
    monkeypatch.setattr(
        "formadesk.gui.widgets.charts.QFileDialog.getSaveFileName",
        lambda *args, **kwargs: (str(target), "Image PNG (*.png)"),
    )
    tab.ui.exportButton.click()
    image = QImage(str(target) + ".png")
    area = tab.ui.chartsArea
    assert (image.width(), image.height()) == (area.width(), area.height())
    assert not image.isNull() and area.width() > 800

    # « Imprimer… » draws the four charts on the page as text and lines (readable in a PDF).
    pdf = tmp_path / "indicateurs.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(pdf))
    print_widget_on(area, printer, tab.print_heading())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    # Who, what and when head the page.
    assert f"imprimé le {dt.date.today():%d/%m/%Y}" in text and "Indicateurs —" in text
    for title in ("Inscriptions par mois", "Taux de remplissage", "Facturé et encaissé",
                  "Satisfaction des stagiaires"):  # fmt: skip
        assert title in text
