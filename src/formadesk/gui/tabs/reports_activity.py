"""The « Rapport d'activité » page of the « Bilans » tab (forms/activity_page.ui): the figures of
any period, month by month charts, revenue by client type and by funder, and the report in
PDF or Excel.

The figures are computed in a worker thread (a year of a ten-year office reads tens of
thousands of attendance rows): the page stays responsive and shows them when done.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.reporting.activity import ActivityReport
from formadesk.core.reporting.activity_figures import FUNDERS

from ..bus import ChangeSignal
from ..dialogs.bpf_trace_dialog import link
from ..forms.ui_activity_page import Ui_ActivityPage
from ..messages import confirm, show_error
from ..tasks import run_with_progress
from ..widgets.charts import MonthChart, Series
from ..widgets.desktop import open_local
from .dashboard_charts import month_label
from .report_worker import BackgroundFigures, PeriodPage, fill_table, last_year

NBSP = "\u202f"
EXPORTS = {
    "pdf": ("Enregistrer le rapport d'activité en PDF", "Document PDF (*.pdf)"),
    "xlsx": ("Enregistrer le rapport d'activité en Excel", "Classeur Excel (*.xlsx)"),
}
# Under the bars of the chart by client type, where long names would run into each other.
SHORT_KINDS = {
    "Organisme public": "Public",
    "Organisme de formation": "Autres OF",
    FUNDERS: "Financeurs",
}


def this_year(today: dt.date) -> tuple[dt.date, dt.date]:
    return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)


def last_twelve_months(today: dt.date) -> tuple[dt.date, dt.date]:
    """The twelve whole months ending with the current one (its first day a year ago)."""
    first = dt.date(today.year - 1, today.month, 1)
    first = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    following = dt.date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _count(value: float) -> str:
    return f"{round(value):,}".replace(",", NBSP) if value else ""


class ActivityPage(PeriodPage):
    """Period, figures, charts and exports of the activity report."""

    exports = EXPORTS
    export_stem = "Rapport d'activité"

    watched = (
        "session", "enrollment", "attendance", "invoice", "evaluation", "jury", "course",
        "client", "funder", "organisation", "learner",
    )  # fmt: skip

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_ActivityPage()
        ui.setupUi(self)
        self.report: ActivityReport | None = None
        self.worker = BackgroundFigures(office.activity.figures, self)
        self.worker.done.connect(self.show_report)
        self.worker.failed.connect(self._failed)
        for table in (ui.figuresTable, ui.revenueTable):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        ui.causesLabel.setStyleSheet("color: #57606a;")
        ui.messageLabel.linkActivated.connect(lambda _url: self._open_last())
        self.charts = {
            "trained": MonthChart(self.tr("Apprenants formés par mois"), ui.chartsArea),
            "hours": MonthChart(self.tr("Heures-apprenants suivies par mois"), ui.chartsArea),
            "money": MonthChart(self.tr("Chiffre d'affaires facturé HT par mois"), ui.chartsArea),
            "kinds": MonthChart(self.tr("Chiffre d'affaires HT par type de client"), ui.chartsArea),
        }
        for index, chart in enumerate(self.charts.values()):
            chart.setObjectName(f"activityChart{index}")
            ui.chartsGrid.addWidget(chart, index // 2, index % 2)
        ui.activitySplitter.setStretchFactor(0, 2)
        ui.activitySplitter.setStretchFactor(1, 3)
        ui.activitySplitter.setSizes([440, 860])
        self._last_file: Path | None = None
        today = dt.date.today()
        self.setup_period(
            (ui.pdfButton, ui.excelButton), (ui.figuresTable, ui.revenueTable, ui.chartsArea)
        )
        ui.thisYearButton.clicked.connect(lambda: self.set_period(*this_year(dt.date.today())))
        ui.lastYearButton.clicked.connect(lambda: self.set_period(*last_year(dt.date.today())))
        ui.last12Button.clicked.connect(
            lambda: self.set_period(*last_twelve_months(dt.date.today()))
        )
        ui.pdfButton.clicked.connect(lambda: self.export("pdf"))
        ui.excelButton.clicked.connect(lambda: self.export("xlsx"))
        self.set_period(*this_year(today))

    # -- computing ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the figures of the period in the worker; shown when done."""
        if not self.period_ok():
            return
        self.ui.summaryLabel.setText(self.tr("Calcul des chiffres en cours…"))
        self.worker.ask(*self.period())

    def _failed(self, error: BaseException) -> None:
        self.ui.summaryLabel.setText(self.tr("Les chiffres n'ont pas pu être calculés."))
        show_error(self, error)

    def is_computing(self) -> bool:
        return self.worker.running() or self._later.isActive()

    # -- showing --------------------------------------------------------------------------
    def show_report(self, report: ActivityReport) -> None:
        self.report = report
        ui = self.ui
        ui.summaryLabel.setText(
            self.tr("Sessions terminées {period} : {sessions}, {learners}.").format(
                period=report.period_text,
                sessions=fmt.plural(report.sessions, "session"),
                learners=fmt.plural(report.learners, "apprenant"),
            )
        )
        fill_table(
            ui.figuresTable, (self.tr("Indicateur"), self.tr("Valeur")), report.summary(), (1,)
        )
        revenue = [(label, fmt.money(cents)) for label, cents in report.revenue_by_client_kind]
        revenue += [
            (self.tr("dont {funder}").format(funder=name), fmt.money(cents))
            for name, cents in report.revenue_by_funder
        ]
        revenue.append((self.tr("Total facturé HT"), fmt.money(report.invoiced_ht_cents)))
        fill_table(
            ui.revenueTable, (self.tr("Chiffre d'affaires"), self.tr("Facturé HT")), revenue, (1,)
        )
        causes = " ; ".join(f"{cause} : {n}" for cause, n in report.rates.drop_causes)
        ui.causesLabel.setText(
            self.tr("Causes des abandons : {causes}").format(causes=causes)
            if causes
            else self.tr("Aucun abandon sur la période.")
        )
        self._show_charts(report)

    def _show_charts(self, report: ActivityReport) -> None:
        months = report.months
        labels = [month_label(m.month) for m in months]
        trained = [m.trained for m in months]
        self.charts["trained"].set_data(
            labels,
            [Series(self.tr("Apprenants"), trained, [_count(v) for v in trained])],
            self.tr("Sessions comptées au mois de leur dernier jour"),
        )
        hours = [m.learner_minutes / 60 for m in months]
        self.charts["hours"].set_data(
            labels,
            [Series(self.tr("Heures"), hours, [_count(v) for v in hours], colour="#8fb8e0")],
            self.tr("Heures réellement suivies, d'après les présences"),
        )
        money = [m.invoiced_ht_cents for m in months]
        self.charts["money"].set_data(
            labels,
            [
                Series(
                    self.tr("Facturé HT"),
                    money,
                    [fmt.money_short(v) if v else "" for v in money],
                    colour="#e08a2e",
                )
            ],  # fmt: skip
            self.tr("Factures, dédits et avoirs, à leur date d'émission"),
        )
        kinds = report.revenue_by_client_kind
        values = [cents for _, cents in kinds]
        self.charts["kinds"].set_data(
            [SHORT_KINDS.get(label, label) for label, _ in kinds],
            [Series(self.tr("Facturé HT"), values, [fmt.money_short(v) for v in values])],
            self.tr("Total : {amount}").format(amount=fmt.money(report.invoiced_ht_cents)),
        )

    # -- exports --------------------------------------------------------------------------
    def export(self, file_format: str) -> Path | None:
        """Write the report off the UI thread, then offer to open it."""
        path = self.export_path(file_format)
        if path is None:
            return None
        try:
            written = run_with_progress(
                self, self.tr("Rapport d'activité en cours…"), self.office.activity.export,
                *self.period(), path,
            )  # fmt: skip
        except (FormadeskError, OSError) as error:
            show_error(self, error)
            return None
        self._last_file = written
        self.ui.messageLabel.setText(
            self.tr("Rapport enregistré : {link}").format(link=link(written))
        )
        question = self.tr("Le rapport est enregistré :\n{path}\n\nL'ouvrir maintenant ?")
        if confirm(self, self.tr("Rapport d'activité"), question.format(path=written)):
            open_local(written)
        return written

    def _open_last(self) -> None:
        if self._last_file is not None:
            open_local(self._last_file)
