"""Choosing a session to invoice (started or finished), then issuing its invoices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.sessions import SessionRow

from ..formdialog import FormDialog
from ..forms.ui_invoice_session_dialog import Ui_InvoiceSessionDialog
from ..models.simple import CENTER, Column, RowTableModel
from ..widgets.inputs import french_buttons
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table

CONTEXT = "InvoiceSessionDialog"
NOT_INVOICEABLE = ("brouillon", "annulee")  # a cancelled session only gets dédits
TITLE_COLUMN = 1


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class SessionChoice:
    """A session that may be invoiced, with the numbers of its invoices already issued."""

    session: SessionRow
    invoiced: tuple[str, ...] = ()

    @property
    def id(self) -> int:
        return self.session.id


def _billing_text(choice: SessionChoice) -> str:
    if not choice.invoiced:
        return _tr("à facturer")
    invoices = fmt.plural(len(choice.invoiced), _tr("facture"), _tr("factures"))
    return _tr("déjà facturée ({n})").format(n=invoices)


SESSION_COLUMNS: list[Column[SessionChoice]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Code"), lambda c: c.session.code),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Formation"), lambda c: c.session.course_title),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Dates"),
        lambda c: f"{fmt.date_short(c.session.start_date)} – {fmt.date_short(c.session.end_date)}",
        sort_key=lambda c: c.session.end_date,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda c: c.session.status_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Inscrits"),
        lambda c: c.session.enrolled,
        sort_key=lambda c: c.session.enrolled,
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Facturation"),
        _billing_text,
        hint=lambda c: "ok" if c.invoiced else None,
        tooltip=lambda c: ", ".join(c.invoiced),
    ),
]


def session_choices(
    sessions: Sequence[SessionRow], invoiced: Mapping[int, Sequence[str]], today: dt.date
) -> list[SessionChoice]:
    """Sessions already started (not drafts, not cancelled), the last to end first."""
    started = [s for s in sessions if s.status not in NOT_INVOICEABLE and s.start_date <= today]
    started.sort(key=lambda s: (s.end_date, s.code), reverse=True)
    return [SessionChoice(s, tuple(invoiced.get(s.id, ()))) for s in started]


class InvoiceSessionDialog(FormDialog):
    """Pick a session and the invoices' date; « Émettre les factures » issues them all.

    A refusal of the core (already invoiced, not finished while funders pay in subrogation, no
    price ...) shows under the list and the dialog stays open. ``saved_ids`` are the new ids.
    """

    field_widgets = {"session": "sessionTable", "issued_on": "issueDate"}

    def __init__(
        self,
        office: Office,
        invoiced: Mapping[int, Sequence[str]] | None = None,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.saved_ids: list[int] = []
        self.chosen_session_id: int | None = None
        self.ui = ui = Ui_InvoiceSessionDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Émettre les factures")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        today = today or dt.date.today()
        ui.issueDate.setDate(QDate(today))
        self.model: RowTableModel[SessionChoice] = RowTableModel(SESSION_COLUMNS, CONTEXT, self)
        self.proxy = setup_table(ui.sessionTable, self.model, stretch_column=TITLE_COLUMN)
        self._choices = session_choices(office.sessions.list(), invoiced or {}, today)
        ui.searchEdit.textChanged.connect(self._filter)
        ui.showInvoicedCheck.toggled.connect(self._show_choices)
        ui.sessionTable.doubleClicked.connect(lambda _index: self.accept())
        self._show_choices()
        self.select_session(session_id or self._first_to_invoice(self._choices, today))
        ui.searchEdit.setFocus()

    def _show_choices(self) -> None:
        chosen = selected_id(self.ui.sessionTable)
        everything = self.ui.showInvoicedCheck.isChecked()
        self.model.set_rows([c for c in self._choices if everything or not c.invoiced])
        fit_columns(self.ui.sessionTable, skip=TITLE_COLUMN)
        if not select_id(self.ui.sessionTable, chosen):
            self._filter(self.ui.searchEdit.text())

    @staticmethod
    def _first_to_invoice(rows: Sequence[SessionChoice], today: dt.date) -> int | None:
        fresh = [choice for choice in rows if not choice.invoiced]
        for choice in fresh:
            if choice.session.end_date <= today:
                return choice.id
        return fresh[0].id if fresh else None

    def _filter(self, text: str) -> None:
        assert self.proxy is not None
        self.proxy.setFilterFixedString(text.strip())
        if selected_id(self.ui.sessionTable) is None and self.proxy.rowCount():
            self.ui.sessionTable.selectRow(0)

    def select_session(self, session_id: int | None) -> bool:
        """Make ``session_id`` the chosen session (True when it is in the list)."""
        if any(c.id == session_id and c.invoiced for c in self._choices):
            self.ui.showInvoicedCheck.setChecked(True)
        return select_id(self.ui.sessionTable, session_id)

    def collect(self) -> tuple[int, dt.date]:
        session_id = selected_id(self.ui.sessionTable)
        if session_id is None:
            raise ValidationError({"session": self.tr("Choisissez la session à facturer.")})
        return session_id, self.ui.issueDate.date().toPython()

    def commit(self, data: tuple[int, dt.date]) -> int | None:
        session_id, issued_on = data
        self.chosen_session_id = session_id
        self.saved_ids = self.office.billing.invoice_session(session_id, issued_on=issued_on)
        return self.saved_ids[0] if self.saved_ids else None
