"""The « Bilans » place: the activity report, the BPF, the Qualiopi figures and evidence pack,
and personal data (retention, anonymisation).

Each page is its own tab-like widget, built the first time it is shown (the BPF of a year
reads every enrolment of it); this tab only holds them side by side.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from formadesk.core.office import Office

from ..bus import ChangeSignal


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


# name, module, class, title
PAGES = (
    ("activity", "reports_activity", "ActivityPage", "Rapport d'activité"),
    ("bpf", "reports_bpf", "BpfPage", "BPF"),
    ("qualiopi", "reports_qualiopi", "QualiopiPage", "Qualiopi"),
    ("privacy", "reports_privacy", "PrivacyPage", "Données personnelles"),
)


class ReportsTab(QWidget):
    """Four pages: « Rapport d'activité », « BPF », « Qualiopi », « Données personnelles »."""

    session_requested = Signal(int)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.bus = bus
        self.pages = QTabWidget(self)
        self.pages.setObjectName("reportsPages")
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._built: dict[str, QWidget] = {}
        for name, _module, _class, title in PAGES:
            placeholder = QWidget(self.pages)
            placeholder.setObjectName(f"{name}_placeholder")
            self.pages.addTab(placeholder, _tr(title))
        self.pages.currentChanged.connect(self._build_shown)
        self._build_shown(self.pages.currentIndex())

    def page(self, name: str) -> QWidget:
        """The page called ``name`` (« activity », « bpf », « qualiopi », « privacy »), built
        on first use."""
        built = self._built.get(name)
        if built is not None:
            return built
        index = next(i for i, spec in enumerate(PAGES) if spec[0] == name)
        _name, module, class_name, title = PAGES[index]
        page_class = getattr(importlib.import_module(f"{__package__}.{module}"), class_name)
        page = page_class(self.office, self.bus, self.pages)
        self._built[name] = page
        current = self.pages.currentIndex()
        blocked = self.pages.blockSignals(True)
        placeholder = self.pages.widget(index)
        self.pages.removeTab(index)
        self.pages.insertTab(index, page, _tr(title))
        self.pages.setCurrentIndex(current)
        self.pages.blockSignals(blocked)
        placeholder.deleteLater()
        if hasattr(page, "session_requested"):
            page.session_requested.connect(self.session_requested)
        return page

    def show_page(self, name: str) -> QWidget:
        """Bring a page to the front (built if needed)."""
        page = self.page(name)
        self.pages.setCurrentWidget(page)
        return page

    def _build_shown(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(PAGES[index][0])
