"""The dashboard: this year's figures and the sessions that need attention soon."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.services.sessions import SessionRow

from ..bus import ChangeSignal
from ..forms.ui_dashboard_tab import Ui_DashboardTab
from ..models.sessions import CONTEXT, UPCOMING_COLUMNS, fill_text
from ..models.simple import ID_ROLE, RowTableModel
from ..widgets.tables import fit_columns, setup_table
from .base import RefreshingTab
from .dashboard_evidence import MissingEvidencePanel
from .dashboard_today import TodayPanel


class DashboardTab(RefreshingTab):
    """Counts of the year, today's half-days (« Aujourd'hui »), the next 30 days' sessions,
    and those below their minimum.

    Double-clicking a session emits ``session_requested(id)``; the main window decides where
    to show it (tabs never call each other).
    """

    watched = ("learner", "course", "session", "enrollment")
    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_DashboardTab()
        ui.setupUi(self)
        self.upcoming_model: RowTableModel[SessionRow] = RowTableModel(
            UPCOMING_COLUMNS, CONTEXT, self
        )
        setup_table(ui.upcomingTable, self.upcoming_model, stretch_column=1)
        self.evidence = MissingEvidencePanel(office, bus, self)
        ui.listsSplitter.addWidget(self.evidence)
        ui.listsSplitter.setStretchFactor(0, 3)
        ui.listsSplitter.setStretchFactor(1, 2)
        ui.listsSplitter.setStretchFactor(2, 2)
        self.today = TodayPanel(office, bus, self)  # refreshes itself on changes and new days
        ui.mainLayout.insertWidget(1, self.today, 2)
        ui.mainLayout.setStretch(2, 1)
        ui.upcomingTable.doubleClicked.connect(
            lambda index: self.session_requested.emit(index.data(ID_ROLE))
        )
        ui.underList.itemDoubleClicked.connect(
            lambda item: self.session_requested.emit(item.data(ID_ROLE))
        )
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        figures = self.office.stats.dashboard()
        year = dt.date.today().year
        ui.learnersValue.setText(_count(figures.learners))
        ui.coursesValue.setText(_count(figures.courses))
        ui.sessionsValue.setText(_count(figures.sessions_this_year))
        ui.enrollmentsValue.setText(_count(figures.enrollments_this_year))
        ui.sessionsCaption.setText(self.tr("Sessions en {year}").format(year=year))
        ui.enrollmentsCaption.setText(self.tr("Inscriptions en {year}").format(year=year))

        self.upcoming_model.set_rows(figures.upcoming)
        ui.upcomingGroup.setTitle(
            self.tr("Sessions des 30 prochains jours ({n})").format(n=len(figures.upcoming))
        )
        ui.upcomingStack.setCurrentWidget(
            ui.upcomingTable if figures.upcoming else ui.upcomingEmpty
        )
        fit_columns(ui.upcomingTable, skip=1)

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


def _count(value: int) -> str:
    """« 12 345 », with the French narrow no-break space."""
    return f"{value:,}".replace(",", "\u202f")
