"""The dashboard: what needs doing (alerts by kind of task), today's half-days, the sessions of
the coming weeks with their fill rate and checklist progress, and the charts of the year."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QListWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.office import Office
from formadesk.core.services.checklist import Progress
from formadesk.core.services.sessions import SessionRow
from formadesk.core.tasks.kinds import TASK_KINDS

from ..bus import ChangeSignal
from ..forms.ui_dashboard_tab import Ui_DashboardTab
from ..models.sessions import CONTEXT, UPCOMING_COLUMNS, fill_text, progress_column
from ..models.simple import ID_ROLE, Column, RowTableModel
from ..widgets.charts import export_widget, print_widget
from ..widgets.tables import fit_columns, setup_table
from .base import RefreshingTab
from .dashboard_charts import ChartsPanel
from .dashboard_evidence import MissingEvidencePanel
from .dashboard_today import TodayPanel

KIND_ROLE = Qt.ItemDataRole.UserRole + 2
PAGE_ROLE = Qt.ItemDataRole.UserRole + 3  # an alert that opens a page of the dashboard
COMING_WEEKS = 6
# Changes that move a chart; the charts are recomputed only when their page is shown.
CHART_ENTITIES = ("enrollment", "session", "invoice", "evaluation")


class DashboardTab(RefreshingTab):
    """Counts, alerts, today's half-days, the coming weeks' sessions and the charts.

    Double-clicking a session emits ``session_requested(id)``; clicking an alert emits
    ``tasks_requested(kind)`` ("" for every open task); the main window decides where to show
    them (tabs never call each other).
    """

    watched = ("learner", "course", "session", "enrollment", "invoice", "task", "evaluation",
               "document", "procedure", "attendance", "slot")  # fmt: skip
    session_requested = Signal(int)
    tasks_requested = Signal(str)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_DashboardTab()
        ui.setupUi(self)
        self._progress: dict[int, Progress | None] = {}
        self._under_count = 0
        fill_column = Column(
            "Remplissage",
            lambda r: f"{round(100 * r.enrolled / r.max_places)}\u202f%" if r.max_places else "",
            sort_key=lambda r: r.enrolled / r.max_places if r.max_places else 0,
            align=Qt.AlignmentFlag.AlignCenter,
        )
        self.upcoming_model: RowTableModel[SessionRow] = RowTableModel(
            [*UPCOMING_COLUMNS, fill_column, progress_column(self._progress.get)], CONTEXT, self
        )
        setup_table(ui.upcomingTable, self.upcoming_model, stretch_column=1)
        self.evidence = MissingEvidencePanel(office, bus, self)
        ui.bottomSplitter.addWidget(self.evidence)
        ui.listsSplitter.setStretchFactor(0, 3)
        ui.listsSplitter.setStretchFactor(1, 2)
        self.today = TodayPanel(office, bus, self)  # refreshes itself on changes and new days
        ui.todayLayout.addWidget(self.today)
        ui.mainSplitter.setStretchFactor(0, 1)
        ui.mainSplitter.setStretchFactor(1, 4)
        ui.mainSplitter.setSizes([290, 970])
        self.charts = ChartsPanel(ui.chartsGrid, ui.chartsArea)
        self._charts_stale = True
        ui.pagesTabs.currentChanged.connect(lambda _index: self._load_charts_if_shown())
        ui.exportButton.clicked.connect(
            lambda: export_widget(ui.chartsArea, self.tr("Indicateurs Formadesk"))
        )
        ui.printButton.clicked.connect(
            lambda: print_widget(
                ui.chartsArea, self.tr("Indicateurs Formadesk"), self.print_heading()
            )
        )
        ui.upcomingTable.doubleClicked.connect(
            lambda index: self.session_requested.emit(index.data(ID_ROLE))
        )
        ui.underList.itemDoubleClicked.connect(
            lambda item: self.session_requested.emit(item.data(ID_ROLE))
        )
        ui.alertsList.itemClicked.connect(self._alert_clicked)
        ui.alertsList.itemActivated.connect(self._alert_clicked)
        self.refresh()

    # -- refreshing ---------------------------------------------------------------------------
    def on_change(self, change: Change) -> None:
        if change.touches(*CHART_ENTITIES, "all"):
            self._charts_stale = True
        if change.touches("attendance", "slot", "document", "procedure") and not change.touches(
            "session", "enrollment", "task", "invoice", "all"
        ):
            self._show_alerts()  # today's panel and the evidence list refresh themselves
            self._show_coming()
            return
        self.refresh()

    def print_heading(self) -> str:
        """« Indicateurs — <organisme> — douze derniers mois, imprimé le 06/12/2026 »."""
        return self.tr("Indicateurs — {who} — douze derniers mois, imprimé le {day}").format(
            who=self.office.display_name, day=fmt.date_short(dt.date.today())
        )

    def refresh(self) -> None:
        self._charts_stale = True
        self._show_counts()
        self._show_alerts()
        self._show_coming()
        self._load_charts_if_shown()

    def _load_charts_if_shown(self) -> None:
        if self._charts_stale and self.ui.pagesTabs.currentWidget() is self.ui.chartsPage:
            self.show_charts()

    def show_charts(self) -> None:
        """Compute and draw the charts now (done when the « Indicateurs » page is shown)."""
        self.charts.show_figures(self.office.stats.charts())
        self._charts_stale = False

    def _show_counts(self) -> None:
        ui = self.ui
        figures = self.office.stats.dashboard()
        year = dt.date.today().year
        ui.learnersValue.setText(_count(figures.learners))
        ui.coursesValue.setText(_count(figures.courses))
        ui.sessionsValue.setText(_count(figures.sessions_this_year))
        ui.enrollmentsValue.setText(_count(figures.enrollments_this_year))
        ui.sessionsCaption.setText(self.tr("Sessions en {year}").format(year=year))
        ui.enrollmentsCaption.setText(self.tr("Inscriptions en {year}").format(year=year))
        overdue = self.office.stats.overdue()
        ui.overdueValue.setText(fmt.money(overdue.cents))
        ui.overdueCaption.setText(
            self.tr("Impayés échus ({n})").format(
                n=fmt.plural(overdue.count, self.tr("facture"), self.tr("factures"))
            )
        )
        ui.overdueValue.setStyleSheet("color: #b42318;" if overdue.cents else "")

        self._under_count = len(figures.under_minimum)
        ui.underList.clear()
        for row in figures.under_minimum:
            text = self.tr("{code} — {title}\ndébut le {start} · {fill}").format(
                code=row.code,
                title=row.course_title,
                start=fmt.date_long(row.start_date),
                fill=fill_text(row),
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self.tr("Double-cliquez pour ouvrir la session."))
            ui.underList.addItem(item)
        if not figures.under_minimum:
            item = QListWidgetItem(self.tr("Toutes les sessions à venir ont atteint leur minimum."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.underList.addItem(item)
        ui.underGroup.setTitle(
            self.tr("Sessions sous le minimum d'inscrits ({n})").format(
                n=len(figures.under_minimum)
            )
        )

    def _show_alerts(self) -> None:
        """One line per kind of open task, the largest counts first, then « Toutes les tâches »."""
        ui = self.ui
        summary = self.office.tasks.summary()
        ui.alertsList.clear()
        bold = QFont(ui.alertsList.font())
        bold.setBold(True)
        total = summary.overdue + summary.today + summary.week + summary.later
        head = QListWidgetItem(
            self.tr("{n}, dont {late} en retard et {today} pour aujourd'hui").format(
                n=fmt.plural(total, self.tr("tâche ouverte"), self.tr("tâches ouvertes")),
                late=summary.overdue,
                today=summary.today,
            )
        )
        head.setFont(bold)
        head.setData(KIND_ROLE, "")
        head.setToolTip(self.tr("Cliquez pour ouvrir toutes les tâches « À faire »."))
        ui.alertsList.addItem(head)
        kinds = sorted(summary.by_kind.items(), key=lambda kv: (-kv[1], TASK_KINDS.get(kv[0], "")))
        for kind, count in kinds:
            if not count:
                continue
            item = QListWidgetItem(alert_text(kind, count))
            item.setData(KIND_ROLE, kind)
            item.setToolTip(self.tr("Cliquez pour voir ces tâches dans « À faire »."))
            if kind in URGENT_KINDS:
                item.setForeground(QColor("#b42318"))
                item.setFont(bold)
            ui.alertsList.addItem(item)
        under = self._under_count
        if under:
            item = QListWidgetItem(
                self.tr("{n} à venir sous le minimum d'inscrits").format(
                    n=fmt.plural(under, self.tr("session"), self.tr("sessions"))
                )
            )
            item.setData(PAGE_ROLE, "sessions")
            item.setForeground(QColor("#9a6700"))
            item.setToolTip(self.tr("Cliquez pour voir les sessions sous leur minimum."))
            ui.alertsList.insertItem(1, item)
        if not kinds:
            item = QListWidgetItem(self.tr("Rien à traiter : toutes les tâches sont faites."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            ui.alertsList.addItem(item)
        ui.alertsGroup.setTitle(self.tr("À traiter ({n})").format(n=total))

    def _alert_clicked(self, item: QListWidgetItem) -> None:
        if item.data(PAGE_ROLE) == "sessions":
            self.ui.pagesTabs.setCurrentWidget(self.ui.sessionsPage)
            return
        kind = item.data(KIND_ROLE)
        if kind is not None:
            self.tasks_requested.emit(kind)

    def _show_coming(self) -> None:
        ui = self.ui
        coming = self.office.stats.coming_sessions(weeks=COMING_WEEKS)
        self._progress.clear()
        self._progress.update({c.row.id: c.progress for c in coming})
        self.upcoming_model.set_rows([c.row for c in coming])
        under = sum(1 for c in coming if c.under_minimum)
        ui.upcomingGroup.setTitle(
            self.tr(
                "Sessions des {weeks} prochaines semaines ({n}, dont {under} sous le minimum)"
            ).format(weeks=COMING_WEEKS, n=len(coming), under=under)
        )
        ui.upcomingStack.setCurrentWidget(ui.upcomingTable if coming else ui.upcomingEmpty)
        fit_columns(ui.upcomingTable, skip=1)


# Kinds whose lines are shown in red: a deadline with a legal or money consequence.
URGENT_KINDS = frozenset(
    {"convention_not_signed", "convocations_not_sent", "attendance_missing", "under_minimum"}
)


def alert_text(kind: str, count: int) -> str:
    """« 8 — Convention ou contrat non signé »: the count first, then the kind's label."""
    return f"{_count(count)} — {TASK_KINDS.get(kind, kind)}"


def _count(value: int) -> str:
    """« 12 345 », with the French narrow no-break space."""
    return f"{value:,}".replace(",", "\u202f")
