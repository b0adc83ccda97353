"""The « Qualité » place: satisfaction, complaints, improvement actions, the contact journal.

Each page is its own tab-like widget (it refreshes on the changes it watches); this tab only
holds them side by side, in the order an auditor asks for the evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from formadesk.core.office import Office

from ..bus import ChangeSignal
from .quality_complaints import ActionsPage, ComplaintsPage
from .quality_journal import JournalPage
from .quality_surveys import SurveysPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("QualityTab", text)


class QualityTab(QWidget):
    """Four pages: « Satisfaction », « Réclamations », « Actions d'amélioration », « Échanges »."""

    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.pages = QTabWidget(self)
        self.pages.setObjectName("qualityPages")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.surveys_page = SurveysPage(office, bus, self.pages)
        self.complaints_page = ComplaintsPage(office, bus, self.pages)
        self.actions_page = ActionsPage(office, bus, self.pages)
        self.journal_page = JournalPage(office, bus, self.pages)
        for page, title in (
            (self.surveys_page, _tr("Satisfaction")),
            (self.complaints_page, _tr("Réclamations")),
            (self.actions_page, _tr("Actions d'amélioration")),
            (self.journal_page, _tr("Journal des échanges")),
        ):
            self.pages.addTab(page, title)
            if hasattr(page, "session_requested"):
                page.session_requested.connect(self.session_requested)

    def show_page(self, name: str) -> QWidget:
        """Bring « surveys », « complaints », « actions » or « journal » to the front."""
        page = getattr(self, f"{name}_page")
        self.pages.setCurrentWidget(page)
        return page
