"""The exchanges of one file (a learner, a client, a contact, a trainer, a funder or a session):
a small table, newest first, and « Noter un échange… » already filled with that person.

``ExchangeHistory(office, parent, bus=bus)`` then ``show_for(learner_id=…)``; with a bus it
reloads itself when an exchange changes, so the tab holding it need not watch the journal.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.journal import InteractionRow, Who

from ..messages import show_error
from ..models.journal import CONTEXT, HISTORY_COLUMNS, HISTORY_SUBJECT_COLUMN, HISTORY_WHO_COLUMN
from ..models.simple import RowTableModel
from .tables import fit_columns, selected_id, setup_table

KEYS = ("learner_id", "client_id", "contact_id", "trainer_id", "funder_id", "session_id")
ONE_PERSON = ("learner_id", "contact_id", "trainer_id")  # « avec qui » would repeat the file


class ExchangeHistory(QWidget):
    """A file's exchanges, with a button to log a new one with the same person."""

    counted = Signal(int)  # how many exchanges are shown (for a tab title)

    def __init__(self, office: Office, parent: QWidget | None = None, *, bus=None):
        super().__init__(parent)
        self.office = office
        self.filters: dict[str, int] = {}
        self._empty_shown = False  # the list shows no one's exchanges already
        self.model: RowTableModel[InteractionRow] = RowTableModel(HISTORY_COLUMNS, CONTEXT, self)
        self.view = QTableView(self)
        self.view.setObjectName("exchangeHistoryView")
        setup_table(self.view, self.model, stretch_column=HISTORY_SUBJECT_COLUMN)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.title = QLabel(self)
        self.title.setObjectName("exchangeHistoryTitle")
        self.log_button = QPushButton(self.tr("Noter un &échange…"), self)
        self.log_button.setObjectName("logExchangeButton")
        self.log_button.setToolTip(self.tr("Appel, e-mail, visite ou courrier avec cette personne"))
        self.log_button.clicked.connect(lambda: self.log_exchange())
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.log_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view)
        if bus is not None:
            bus.changed.connect(self._on_change)
        self.show_for()

    # -- showing --------------------------------------------------------------------------
    def show_for(self, **ids: int | None) -> None:
        """Show the exchanges of ``learner_id=…`` (or client_id, contact_id, trainer_id,
        funder_id, session_id); no id empties the list."""
        unknown = set(ids) - set(KEYS)
        if unknown:
            raise TypeError(f"unknown file: {', '.join(sorted(unknown))}")
        filters = {k: v for k, v in ids.items() if v is not None}
        if not filters and self._empty_shown:
            return  # nothing to reload (each search in the learners list lands here)
        self.filters = filters
        one_person = any(k in ONE_PERSON for k in filters)
        if self.view.isColumnHidden(HISTORY_WHO_COLUMN) != one_person:
            self.view.setColumnHidden(HISTORY_WHO_COLUMN, one_person)
        self.reload()

    def reload(self) -> None:
        rows = self.office.journal.history(**self.filters) if self.filters else []
        self._empty_shown = not self.filters
        self.model.set_rows(rows)
        fit_columns(self.view, skip=HISTORY_SUBJECT_COLUMN, maximum=200)
        self.log_button.setEnabled(bool(self.filters))
        if not self.filters:
            self.title.setText("")
        elif rows:
            pending = sum(1 for r in rows if r.pending)
            text = fmt.plural(len(rows), self.tr("échange"), self.tr("échanges"))
            if pending:
                text += " · " + fmt.plural(
                    pending, self.tr("relance à faire"), self.tr("relances à faire")
                )
            self.title.setText(text)
        else:
            self.title.setText(self.tr("Aucun échange noté pour l'instant."))
        self.counted.emit(len(rows))

    def rows(self) -> list[InteractionRow]:
        return self.model.rows()

    def _on_change(self, change: Change) -> None:
        if self.filters and change.touches("interaction", "all"):
            self.reload()

    # -- actions --------------------------------------------------------------------------
    def who(self) -> Who | None:
        for key in ("contact_id", "learner_id", "trainer_id", "funder_id", "client_id"):
            if self.filters.get(key):
                try:
                    return self.office.journal.who(key[:-3], self.filters[key])
                except FormadeskError:
                    return None
        return None

    def log_exchange(self):
        """« Noter un échange… » with this file's person (and session) filled in."""
        from ..dialogs.interaction_dialog import InteractionDialog

        dialog = InteractionDialog(
            self.office,
            None,
            self.window(),
            who=self.who(),
            session_id=self.filters.get("session_id"),
        )
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def edit_selected(self):
        from ..dialogs.interaction_dialog import InteractionDialog

        row_id = selected_id(self.view)
        if row_id is None:
            return None
        try:
            dialog = InteractionDialog(self.office, row_id, self.window())
        except FormadeskError as error:
            show_error(self, error)
            return None
        dialog.accepted.connect(self.reload)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
