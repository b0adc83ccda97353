"""The « Documents » sub-tab: every generated document, filtered, and what can be done with it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.validation import normalise_search
from formadesk.core.vocabulary import DOCUMENT_STATUSES

from ..dialogs.document_preview import preview_file
from ..dialogs.generate_job import BILLING_KINDS, make_searchable, session_choices
from ..forms.ui_documents_tab import Ui_DocumentsTab
from ..messages import show_error
from ..models.documents import CONTEXT, DOCUMENT_COLUMNS
from ..models.simple import SORT_ROLE, RowTableModel
from ..widgets.desktop import open_local
from ..widgets.inputs import fill_combo, select_data, set_choices
from ..widgets.tables import fit_columns, keep_selected, select_id, selected_id, setup_table
from .documents_print import print_file

if TYPE_CHECKING:
    from formadesk.core.documents.engine.history import DocumentRow

    from ..dialogs.generate_dialog import GenerateDialog

LIMIT = 1000  # newest documents listed (months of work); a search or a session reaches the others
SEARCH_DELAY_MS = 250  # the search runs once typing pauses


class DocumentFilter(QSortFilterProxyModel):
    """Keeps the rows of one kind, one status, and matching every typed word (accents ignored)."""

    def __init__(self, model: RowTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(model)
        self.setSortRole(SORT_ROLE)
        self._model = model
        self.kind: str | None = None
        self.status: str | None = None

    def set_filter(self, *, kind: str | None, status: str | None) -> None:
        """The searched words are matched by the database (``list_documents``), over every
        document, not only the newest listed."""
        if not hasattr(self, "beginFilterChange"):  # PySide6 before 6.9
            self.kind, self.status = kind, status
            self.invalidateFilter()
            return
        self.beginFilterChange()
        self.kind, self.status = kind, status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        row = self._model.row_at(source_row)
        if row is None or (self.kind and row.kind != self.kind):
            return False
        return not (self.status and row.status != self.status)


class DocumentListPanel(QObject):
    """Lists generated documents (newest first) and acts on the selected one."""

    def __init__(self, office: Office, ui: Ui_DocumentsTab, widget: QWidget):
        super().__init__(widget)
        self.office = office
        self.ui = ui
        self.widget = widget
        self.model: RowTableModel[DocumentRow] = RowTableModel(DOCUMENT_COLUMNS, CONTEXT, self)
        self.proxy = DocumentFilter(self.model, self)
        setup_table(ui.documentTable, self.proxy, sortable=False)
        ui.documentTable.setSortingEnabled(True)
        ui.documentTable.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # newest first, as given
        fill_combo(ui.statusCombo, DOCUMENT_STATUSES, none_label=self.tr("Tous les statuts"))
        ui.kindCombo.addItem(self.tr("Tous les types"), None)
        make_searchable(ui.sessionCombo)
        self._kinds_loaded = False
        self._search_later = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_later.timeout.connect(lambda: self.refresh(sessions=False))
        ui.searchEdit.textChanged.connect(lambda _text: self._search_later.start())
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.documentTable.selectionModel().selectionChanged.connect(self.update_buttons)
        ui.documentTable.doubleClicked.connect(lambda _index: self.open_document())
        ui.generateButton.clicked.connect(lambda: self.generate())
        ui.openButton.clicked.connect(self.open_document)
        ui.previewButton.clicked.connect(self.preview)
        ui.printButton.clicked.connect(self.print_document)
        ui.folderButton.clicked.connect(self.open_folder)
        ui.sentButton.clicked.connect(lambda: self.set_status("envoye"))
        ui.signedButton.clicked.connect(lambda: self.set_status("signe"))
        ui.emailButton.clicked.connect(self.email)
        ui.regenerateButton.clicked.connect(self.regenerate)

    # -- loading --------------------------------------------------------------------------
    def refresh(self, *, sessions: bool = True) -> None:
        """Reload the list (and, unless told otherwise, the sessions of the session filter)."""
        ui = self.ui
        if not self._kinds_loaded:
            from formadesk.core.documents.engine.kind_labels import KIND_LABELS

            kinds = sorted(KIND_LABELS.items(), key=lambda item: normalise_search(item[1]))
            fill_combo(ui.kindCombo, kinds, none_label=ui.kindCombo.itemText(0))
            self._kinds_loaded = True
        if sessions or ui.sessionCombo.count() == 0:
            self._load_sessions()
        chosen = selected_id(ui.documentTable)
        self._search_later.stop()
        rows = self.office.documents.list_documents(
            self.session_filter(), limit=LIMIT, text=ui.searchEdit.text()
        )
        self.model.set_rows(rows)
        nothing_yet = not rows and self.session_filter() is None and not ui.searchEdit.text()
        ui.stack.setCurrentWidget(ui.emptyLabel if nothing_yet else ui.documentTable)
        self.apply_filter()
        select_id(ui.documentTable, chosen)
        fit_columns(ui.documentTable, maximum=260)

    def _load_sessions(self) -> None:
        set_choices(
            self.ui.sessionCombo,
            session_choices(self.office),
            none_label=self.tr("Toutes les sessions"),
        )

    def session_filter(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    def apply_filter(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.documentTable)
        self.proxy.set_filter(
            kind=ui.kindCombo.currentData(),
            status=ui.statusCombo.currentData(),
        )
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = "" if self.session_filter() is None else self.tr("Aucun document")
        elif shown == total:
            text = fmt.plural(total, self.tr("document"), self.tr("documents"))
        else:
            text = self.tr("{n} sur {m}").format(n=shown, m=total)
        if total >= LIMIT:
            text += self.tr(" (les plus récents)")
        ui.countLabel.setText(text)
        keep_selected(ui.documentTable, chosen)
        self.update_buttons()

    def update_buttons(self) -> None:
        row = self.selected_row()
        ui = self.ui
        for button in (ui.openButton, ui.previewButton, ui.printButton, ui.folderButton):
            button.setEnabled(row is not None)
        ui.sentButton.setEnabled(row is not None and row.status == "genere")
        ui.signedButton.setEnabled(row is not None and row.status != "signe")
        ui.emailButton.setEnabled(row is not None)
        ui.regenerateButton.setEnabled(row is not None and row.kind not in BILLING_KINDS)

    def selected_row(self) -> DocumentRow | None:
        document_id = selected_id(self.ui.documentTable)
        return self.model.row_at(self.model.row_of_id(document_id)) if document_id else None

    def _existing_path(self) -> Path | None:
        """The selected document's file, or None after saying it is gone."""
        row = self.selected_row()
        if row is None:
            return None
        path = Path(row.path)
        if not path.exists():
            text = self.tr(
                "Le fichier « {name} » n'existe plus à cet endroit : il a été déplacé ou "
                "supprimé. Sélectionnez le document puis « Régénérer » pour le produire à nouveau."
            )
            show_error(self.widget, FormadeskError(text.format(name=path.name)))
            return None
        return path

    # -- actions --------------------------------------------------------------------------
    def open_document(self) -> None:
        path = self._existing_path()
        if path is not None:
            open_local(path)

    def preview(self) -> None:
        path = self._existing_path()
        if path is None:
            return
        try:
            preview_file(self.widget, path)
        except (FormadeskError, OSError, ValueError) as error:
            show_error(self.widget, FormadeskError(self._unreadable(path, error)))

    def print_document(self) -> None:
        path = self._existing_path()
        if path is None:
            return
        try:
            print_file(self.widget, path)
        except FormadeskError as error:
            show_error(self.widget, error)
        except (OSError, ValueError) as error:
            show_error(self.widget, FormadeskError(self._unreadable(path, error)))

    def _unreadable(self, path: Path, error: Exception) -> str:
        return self.tr(
            "« {name} » n'a pas pu être lu ({reason}). Ouvrez-le avec « Ouvrir », ou régénérez-le."
        ).format(name=path.name, reason=error)

    def open_folder(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        folder = Path(row.path).parent
        if not folder.exists():
            text = self.tr("Le dossier « {folder} » n'existe plus.").format(folder=folder)
            show_error(self.widget, FormadeskError(text))
            return
        open_local(folder)

    def set_status(self, status: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self.office.documents.set_status(row.id, status)
        except FormadeskError as error:
            show_error(self.widget, error)

    def email(self) -> None:
        """Write a .eml draft with the document attached; the mail program opens it."""
        row = self.selected_row()
        if row is None:
            return
        try:
            draft = self.office.documents.email_draft(row.id)
        except FormadeskError as error:
            show_error(self.widget, error)
            return
        if not open_local(draft):
            text = self.tr(
                "Le brouillon est prêt mais aucune messagerie ne l'a ouvert : ouvrez vous-même "
                "le fichier « {path} » avec Outlook ou Thunderbird."
            )
            show_error(self.widget, FormadeskError(text.format(path=draft)))

    def generate(self, session_id: int | None = None) -> GenerateDialog:
        """Open the generation dialog (for the filtered session, when one is chosen)."""
        from ..dialogs.generate_dialog import GenerateDialog  # on first use

        dialog = GenerateDialog(self.office, parent=self.widget)
        if not select_data(dialog.ui.sessionCombo, session_id or self.session_filter()):
            row = self.selected_row()  # else the session of the selected document
            if row is not None:
                index = dialog.ui.sessionCombo.findText(
                    f"{row.session_code} — ", Qt.MatchFlag.MatchStartsWith
                )
                dialog.ui.sessionCombo.setCurrentIndex(max(index, 0))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()
        return dialog

    def regenerate(self) -> GenerateDialog | None:
        """A new version of the selected document: same kind, session, recipient and format."""
        row = self.selected_row()
        if row is None or row.kind in BILLING_KINDS:
            return None
        session_id = row.session_id
        if session_id is None:
            text = self.tr("La session {code} n'existe plus : ce document ne peut être refait.")
            show_error(self.widget, FormadeskError(text.format(code=row.session_code)))
            return None
        from ..dialogs.generate_dialog import GenerateDialog  # on first use

        dialog = GenerateDialog(self.office, session_id, self.widget, kind_key=row.kind)
        dialog.select_kind(row.kind, row.file_format)
        same_kind = dialog.kind is not None and dialog.kind.key == row.kind
        if not same_kind or dialog.ui.formatCombo.currentData() != row.file_format:
            dialog.deleteLater()
            text = self.tr("Ce document ne se produit plus dans ce format : rien n'est refait.")
            show_error(self.widget, FormadeskError(text))
            return None
        if row.learner_name and not dialog.check_only(row.learner_name):
            dialog.deleteLater()
            text = self.tr(
                "{name} ne fait plus partie des destinataires de la session {code} (inscription "
                "annulée, formateur retiré…) : le document ne peut pas être refait."
            )
            show_error(
                self.widget,
                FormadeskError(text.format(name=row.learner_name, code=row.session_code)),
            )
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setModal(True)
        dialog.show()
        dialog.start()
        return dialog
