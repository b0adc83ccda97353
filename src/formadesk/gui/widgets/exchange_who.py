"""The « avec qui » field of an exchange: type a few letters of a learner, a client's contact,
a client, a trainer or a funder and pick one; or leave a free name (a caller not on file).

Each pause in typing runs one search (``office.journal.find_people``, accents ignored) shown in
the completer's list; choosing a line sets ``who()``. Typing over a chosen name makes it a free
name again, said in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from formadesk.core.office import Office
from formadesk.core.services.journal import Who

RESULTS = 20
DELAY_MS = 150
WHO_ROLE = Qt.ItemDataRole.UserRole + 1


class ExchangeWhoField(QLineEdit):
    """A line edit that finds anyone the office deals with; ``setup(office)`` before use."""

    who_changed = Signal(object)  # the chosen Who, or None (a free name)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.office: Office | None = None
        self._who: Who | None = None
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
        self.setPlaceholderText(
            self.tr(
                "Nom d'un apprenant, d'un contact, d'un client, d'un formateur, d'un financeur…"
            )
        )

    def setup(self, office: Office) -> None:
        self.office = office

    # -- value ----------------------------------------------------------------------------
    def who(self) -> Who | None:
        return self._who

    def free_name(self) -> str:
        """The name typed when nobody on file was chosen."""
        return "" if self._who is not None else " ".join(self.text().split())

    def set_who(self, who: Who | None, *, free_name: str = "") -> None:
        """Show this person (or a free name when ``who`` is None)."""
        changed = who != self._who
        self._who = who
        self.setText(who.name if who else free_name)
        self.setToolTip(who.label if who else self._free_tooltip(free_name))
        self.setCursorPosition(0)
        if changed:
            self.who_changed.emit(who)

    def _free_tooltip(self, name: str) -> str:
        if not name:
            return ""
        return self.tr("Nom libre : cette personne n'est pas dans les fiches de Formadesk.")

    # -- searching ------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        if self._who is not None and text != self._who.name:
            self._who = None  # what is typed no longer names the chosen person
            self.who_changed.emit(None)
        self.setToolTip(self._free_tooltip(text.strip()))
        if len(text.strip()) >= 2:
            self._timer.start()
        else:
            self._timer.stop()
            self.completer_.popup().hide()

    def search(self) -> list[Who]:
        """Fill the list with the people matching the typed text and show it."""
        self._timer.stop()
        if self.office is None:
            return []
        found = self.office.journal.find_people(self.text(), limit=RESULTS)
        self.matches.clear()
        for who in found:
            item = QStandardItem(who.label)
            item.setData(who, WHO_ROLE)
            item.setToolTip(who.email)
            self.matches.appendRow(item)
        if not found:
            item = QStandardItem(
                self.tr("Personne sur fiche à ce nom : le nom tapé sera noté tel quel.")
            )
            item.setEnabled(False)
            self.matches.appendRow(item)
        if self.hasFocus() or self.isVisible():
            self.completer_.complete()
        return found

    def choose_row(self, index: int) -> None:
        """Pick the ``index``-th match of the last search (what a click does)."""
        self._picked(self.matches.index(index, 0))

    def _picked(self, index: QModelIndex) -> None:
        who = index.data(WHO_ROLE)
        if isinstance(who, Who):
            self.set_who(who)
        self.completer_.popup().hide()
