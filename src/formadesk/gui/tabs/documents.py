"""The documents tab: every generated document, to open it or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..forms.ui_documents_tab import Ui_DocumentsTab
from ..messages import show_error
from ..models.documents import CONTEXT, DOCUMENT_COLUMNS
from ..models.simple import RowTableModel
from ..widgets.desktop import open_local
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab


class DocumentsTab(RefreshingTab):
    """Generated documents, newest first; opens a file or its folder with the system's tools."""

    watched = ("document",)

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_DocumentsTab()
        ui.setupUi(self)
        self.model = RowTableModel(DOCUMENT_COLUMNS, CONTEXT, self)
        self.proxy = setup_table(ui.documentTable, self.model)
        ui.searchEdit.textChanged.connect(self._filter)
        ui.openButton.clicked.connect(self.open_document)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.documentTable.doubleClicked.connect(lambda _index: self.open_document())
        ui.documentTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        chosen = selected_id(self.ui.documentTable)
        rows = self.office.documents.list_documents()
        self.model.set_rows(rows)
        self.ui.stack.setCurrentWidget(self.ui.documentTable if rows else self.ui.emptyLabel)
        self._filter(self.ui.searchEdit.text())
        select_id(self.ui.documentTable, chosen)
        fit_columns(self.ui.documentTable)
        self._update_buttons()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            self.ui.countLabel.clear()
        elif shown == total:
            self.ui.countLabel.setText(self.tr("{n} document(s)").format(n=total))
        else:
            self.ui.countLabel.setText(self.tr("{n} sur {m}").format(n=shown, m=total))

    def _update_buttons(self) -> None:
        chosen = selected_id(self.ui.documentTable) is not None
        self.ui.openButton.setEnabled(chosen)
        self.ui.folderButton.setEnabled(chosen)

    def selected_path(self) -> Path | None:
        document_id = selected_id(self.ui.documentTable)
        row = self.model.row_at(self.model.row_of_id(document_id)) if document_id else None
        return Path(row.path) if row else None

    def open_document(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        if not path.exists():
            show_error(
                self,
                FormadeskError(
                    self.tr(
                        "Le fichier « {name} » n'existe plus à cet endroit : il a été déplacé ou "
                        "supprimé. Produisez-le à nouveau depuis l'onglet Sessions."
                    ).format(name=path.name)
                ),
            )
            return
        open_local(path)

    def open_folder(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        folder = path.parent
        if not folder.exists():
            show_error(
                self,
                FormadeskError(
                    self.tr("Le dossier « {folder} » n'existe plus.").format(folder=folder)
                ),
            )
            return
        open_local(folder)
