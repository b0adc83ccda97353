"""The « Concerne » field of a task typed by hand: a learner, a trainer or a client, found by a
few letters of the name (the exchange journal's search, without contacts and funders)."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QWidget

from formadesk.core.services.journal import Who

from ..widgets.exchange_who import RESULTS, WHO_ROLE, ExchangeWhoField

TASK_WHO_KINDS = ("learner", "trainer", "client")


class TaskWhoField(ExchangeWhoField):
    """``who()`` is a learner, trainer or client, or None (nobody, or a name not on file)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Nom d'un apprenant, d'un formateur ou d'un client…"))

    def _free_tooltip(self, name: str) -> str:
        if not name:
            return ""
        return self.tr("Choisissez la personne ou le client dans la liste qui s'ouvre.")

    def search(self) -> list[Who]:
        self._timer.stop()
        if self.office is None:
            return []
        found = [
            who
            for who in self.office.journal.find_people(self.text(), limit=RESULTS * 2)
            if who.kind in TASK_WHO_KINDS
        ][:RESULTS]
        self.matches.clear()
        for who in found:
            item = QStandardItem(who.label)
            item.setData(who, WHO_ROLE)
            self.matches.appendRow(item)
        if not found:
            item = QStandardItem(self.tr("Aucun apprenant, formateur ou client à ce nom."))
            item.setEnabled(False)
            self.matches.appendRow(item)
        if self.hasFocus() or self.isVisible():
            self.completer_.complete()
        return found
