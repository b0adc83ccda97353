"""The documents tab: generated documents, invoices, and the office's Word templates."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from formadesk.core.changes import Change
from formadesk.core.documents.engine.registry import preload_kinds
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..forms.ui_documents_tab import Ui_DocumentsTab
from .base import RefreshingTab
from .documents_list import DocumentListPanel
from .documents_templates import TemplatesPanel
from .invoices import InvoicesPanel

PRELOAD_DELAY_MS = 300  # after the tab is drawn


class DocumentsTab(RefreshingTab):
    """Three sub-tabs: « Documents » (every generated file), « Factures », « Modèles Word »."""

    watched = ("document", "session")

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_DocumentsTab()
        ui.setupUi(self)
        self.documents = DocumentListPanel(office, ui, self)
        self.templates = TemplatesPanel(ui, self)
        self.invoices = InvoicesPanel(office, bus, ui.invoicesPage)
        ui.invoicesLayout.addWidget(self.invoices)
        ui.subTabs.currentChanged.connect(self._sub_tab_shown)
        self._kinds_asked = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._kinds_asked:  # once this tab is drawn: « Produire des documents… » next
            self._kinds_asked = True
            QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_kinds)

    def _preload_kinds(self) -> None:
        """Load the document kinds (reportlab, docxtpl, openpyxl: about a second) in a
        background thread while the user looks at the list, so that « Produire des
        documents… » opens at once; done here, not at start-up, it never slows the first
        searches of the other tabs."""
        threading.Thread(target=preload_kinds, name="document-kinds", daemon=True).start()

    def refresh(self) -> None:
        self.documents.refresh()
        if self.ui.subTabs.currentWidget() is self.ui.templatesPage:
            self.templates.refresh()

    def on_change(self, change: Change) -> None:
        self.documents.refresh(sessions=change.touches("session", "all"))

    def _sub_tab_shown(self, _index: int) -> None:
        if self.ui.subTabs.currentWidget() is self.ui.templatesPage:
            self.templates.refresh()  # a template may have been saved in Word meanwhile

    # -- used by other parts of the window and by tests ----------------------------------
    def show_templates(self) -> None:
        self.ui.subTabs.setCurrentWidget(self.ui.templatesPage)
        self.templates.ensure_loaded()

    def produce(self, session_id: int | None = None):
        """Open the generation dialog, for ``session_id`` or the filtered session."""
        return self.documents.generate(session_id)
