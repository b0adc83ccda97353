"""A search field over all clients (or funders): type a few letters, a SIRET or a city, pick.

Replaces combo boxes that could hold only the first few hundred clients. Each pause in typing
runs one SQL search (``office.parties.search``, a few rows, accent-insensitive) and shows the
matches in the completer's list; choosing one sets ``party_id()``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from formadesk.core.office import Office
from formadesk.core.services.parties import PartyRow

RESULTS = 20
DELAY_MS = 150
ID_ROLE = Qt.ItemDataRole.UserRole


class PartySearchField(QLineEdit):
    """A line edit that finds a client or funder among all of them; ``setup`` before use."""

    party_changed = Signal(object)  # the chosen id, or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.office: Office | None = None
        self.funders = False
        self._id: int | None = None
        self._chosen_text = ""
        self.matches = QStandardItemModel(self)
        self.completer_ = QCompleter(self.matches, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setMaxVisibleItems(12)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._picked)
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.textEdited.connect(self._typed)
        self.setClearButtonEnabled(True)

    def setup(self, office: Office, *, funders: bool = False) -> None:
        self.office, self.funders = office, funders
        what = self.tr("financeur") if funders else self.tr("client")
        self.setPlaceholderText(
            self.tr("Rechercher un {what} : nom, ville, code postal ou SIRET…").format(what=what)
        )

    # -- value ----------------------------------------------------------------------------
    def party_id(self) -> int | None:
        return self._id

    def set_party_id(self, party_id: int | None) -> None:
        """Show this client or funder (None empties the field)."""
        row = None
        if party_id is not None and self.office is not None:
            row = self.office.parties.party(party_id, funder=self.funders)
        self._set(row)

    def _set(self, row: PartyRow | None) -> None:
        changed = (row.id if row else None) != self._id
        self._id = row.id if row else None
        self._chosen_text = row.name if row else ""
        self.setText(self._chosen_text)
        self.setToolTip(row.label if row else "")
        if changed:
            self.party_changed.emit(self._id)

    # -- searching ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self._id is not None and text != self._chosen_text:
            self._id = None  # what is typed no longer names the chosen one
            self.setToolTip("")
            self.party_changed.emit(None)
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.completer_.popup().hide()

    def search(self) -> list[PartyRow]:
        """Fill the list with the matches of the typed text and show it."""
        self._timer.stop()
        if self.office is None:
            return []
        rows = self.office.parties.search(self.text(), funders=self.funders, limit=RESULTS)
        self.matches.clear()
        for row in rows:
            item = QStandardItem(row.label)
            item.setData(row.id, ID_ROLE)
            item.setData(row, ID_ROLE + 1)
            self.matches.appendRow(item)
        if not rows:
            item = QStandardItem(self.tr("Aucun résultat : vérifiez l'orthographe ou le SIRET."))
            item.setEnabled(False)
            self.matches.appendRow(item)
        if self.hasFocus() or self.isVisible():
            self.completer_.complete()
        return rows

    def choose_row(self, index: int) -> None:
        """Pick the ``index``-th match of the last search (what a click does)."""
        self._picked(self.matches.index(index, 0))

    def _picked(self, index: QModelIndex) -> None:
        row = index.data(ID_ROLE + 1)
        if isinstance(row, PartyRow):
            self._set(row)
        self.completer_.popup().hide()
