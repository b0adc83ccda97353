"""The invoices list: rows as shown (lateness, credit notes), its columns, filter and totals."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from formadesk.core import formatting as fmt
from formadesk.core.services.billing_rows import PAYABLE_KINDS, InvoiceRow

from .simple import CENTER, RIGHT, Column, RowTableModel

CONTEXT = "InvoicesModel"
LATE_RED_DAYS = 30  # beyond a month late the delay shows red, before it orange

# Status filter keys: what the assistant asks for, not the raw database statuses.
STATUS_FILTERS = {
    "": QT_TRANSLATE_NOOP(CONTEXT, "Tous les statuts"),
    "emise": QT_TRANSLATE_NOOP(CONTEXT, "Émises (à encaisser)"),
    "payee": QT_TRANSLATE_NOOP(CONTEXT, "Payées"),
    "annulee": QT_TRANSLATE_NOOP(CONTEXT, "Annulées et avoirs"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class ListedInvoice:
    """An invoice as listed: the core's row, its place in number order, its delay, its avoir."""

    row: InvoiceRow
    order: int
    days_late: int
    credit_number: str = ""  # the avoir that cancelled it

    @property
    def id(self) -> int:
        return self.row.id

    @property
    def payable(self) -> bool:
        return self.row.kind in PAYABLE_KINDS

    @property
    def unpaid(self) -> bool:
        """Still expected to be paid (an issued facture or dédit)."""
        return self.payable and self.row.status == "emise"

    @property
    def can_be_cancelled(self) -> bool:
        return self.row.kind != "avoir" and self.row.status != "annulee"


def listed(rows: Sequence[InvoiceRow], today: dt.date) -> list[ListedInvoice]:
    """Wrap the core's rows (in number order) for the list, as of ``today``."""
    return [
        ListedInvoice(r, order, r.days_late(today), r.cancelled_by_number)
        for order, r in enumerate(rows)
    ]


def status_text(item: ListedInvoice) -> str:
    row = item.row
    if row.kind == "avoir":
        text = _tr("Émis")
        return f"{text} — {_tr('annule')} {row.cancels_number}" if row.cancels_number else text
    if row.status == "payee":
        return _tr("Payée le {date}").format(date=fmt.date_short(row.paid_on))
    if row.status == "annulee":
        text = _tr("Annulée")
        return f"{text} — {_tr('avoir')} {item.credit_number}" if item.credit_number else text
    return row.status_label


def _late_hint(item: ListedInvoice) -> str | None:
    if not item.days_late:
        return None
    return "full" if item.days_late > LATE_RED_DAYS else "warning"


def _status_hint(item: ListedInvoice) -> str | None:
    if item.row.status == "payee":
        return "ok"
    return _late_hint(item)


def _payer_tooltip(item: ListedInvoice) -> str:
    return _tr("Financeur (subrogation)") if item.row.funder_id else _tr("Client")


INVOICE_COLUMNS: list[Column[ListedInvoice]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Numéro"), lambda i: i.row.number, sort_key=lambda i: i.order
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda i: i.row.kind_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda i: fmt.date_short(i.row.issued_on),
        sort_key=lambda i: (i.row.issued_on, i.order),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Échéance"),
        lambda i: fmt.date_short(i.row.due_on) if i.payable else "",
        sort_key=lambda i: (i.row.due_on or dt.date.min) if i.payable else dt.date.min,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Payeur"),
        lambda i: i.row.payer_name,
        sort_key=lambda i: i.row.payer_name.casefold(),
        tooltip=_payer_tooltip,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda i: i.row.session_code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Montant TTC"),
        lambda i: fmt.money(i.row.total_ttc_cents),
        sort_key=lambda i: i.row.total_ttc_cents,
        align=RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"),
        status_text,
        sort_key=lambda i: (i.row.status, i.order),
        hint=_status_hint,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Retard"),
        lambda i: _tr("{n} j").format(n=i.days_late) if i.days_late else "",
        sort_key=lambda i: i.days_late,
        align=CENTER,
        hint=_late_hint,
    ),
]
NUMBER_COLUMN, STATUS_COLUMN = 0, 7


def _cancelled(item: ListedInvoice) -> bool:
    return item.row.status == "annulee"


class InvoiceTableModel(RowTableModel[ListedInvoice]):
    """The invoices, sorted here in Python: a proxy sorting 30,000 rows through ``data()``
    takes seconds, a key sort a few milliseconds. Newest number first until told otherwise."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(
            INVOICE_COLUMNS, CONTEXT, parent, muted=lambda i: i.row.status == "annulee"
        )
        self._order = (NUMBER_COLUMN, Qt.SortOrder.DescendingOrder)

    def set_rows(self, rows: Sequence[ListedInvoice]) -> None:
        super().set_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(INVOICE_COLUMNS):
            return
        self._order = (column, order)
        self.set_rows(self.rows())

    def _sorted(self, rows: Sequence[ListedInvoice]) -> list[ListedInvoice]:
        column, order = self._order
        spec = INVOICE_COLUMNS[column]
        key = spec.sort_key or spec.text
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)


class InvoiceFilter(QSortFilterProxyModel):
    """Keeps the invoices matching the text, the year, the status and « en retard seulement ».

    Sorting is passed on to the ``InvoiceTableModel`` underneath (the proxy keeps its order).
    """

    def __init__(self, source: InvoiceTableModel, parent: QObject | None = None):
        super().__init__(parent)
        self.setSourceModel(source)
        self._source = source
        self.text = ""
        self.year: int | None = None
        self.status = ""
        self.late_only = False

    def set_filters(self, *, text: str, year: int | None, status: str, late_only: bool) -> None:
        wanted = (text.strip().casefold(), year, status, late_only)
        if wanted == (self.text, self.year, self.status, self.late_only):
            return  # a model reset has just filtered the rows again
        self.beginFilterChange()
        self.text, self.year = wanted[:2]
        self.status, self.late_only = status, late_only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches(self, item: ListedInvoice) -> bool:
        if not self.in_year(item):
            return False
        row = item.row
        if self.late_only and not item.days_late:
            return False
        if self.status == "emise" and not item.unpaid:
            return False
        if self.status == "payee" and row.status != "payee":
            return False
        if self.status == "annulee" and not (row.status == "annulee" or row.kind == "avoir"):
            return False
        if self.text:
            haystack = f"{row.number} {row.payer_name} {row.session_code} {row.kind_label}"
            return self.text in haystack.casefold()
        return True

    def in_year(self, item: ListedInvoice) -> bool:
        """Of the chosen year; asked for what is due (late, « à encaisser »), the unpaid
        invoices of the years before it too: still to be collected that year."""
        year = item.row.issued_on.year
        if self.year is None or year == self.year:
            return True
        unpaid_asked = self.late_only or self.status == "emise"
        return unpaid_asked and item.unpaid and year < self.year

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        item = self._source.row_at(source_row)
        return item is not None and self.matches(item)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._source.sort(column, order)

    def shown(self) -> list[ListedInvoice]:
        """The rows that pass the filter, in the source's order."""
        return [i for i in self._source.rows() if self.matches(i)]


@dataclass(frozen=True)
class InvoiceTotals:
    """Sums of a list: issued (net of credit notes), paid, still due and, of that, overdue."""

    issued_cents: int = 0
    paid_cents: int = 0
    due_cents: int = 0
    late_cents: int = 0

    @classmethod
    def of(cls, items: Iterable[ListedInvoice]) -> InvoiceTotals:
        issued = paid = due = late = 0
        for item in items:
            amount = item.row.total_ttc_cents
            issued += amount
            if item.row.status == "payee":
                paid += amount
            elif item.unpaid:
                due += amount
                late += amount if item.days_late else 0
        return cls(issued, paid, due, late)


def _letter_text(item: ListedInvoice) -> str:
    return _tr("oui") if item.row.client_id else _tr("non (financeur)")


OVERDUE_COLUMNS: list[Column[ListedInvoice]] = [
    *(INVOICE_COLUMNS[i] for i in (0, 4, 5, 3, 6, 8)),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Lettre"),
        _letter_text,
        align=CENTER,
        tooltip=lambda i: (
            "" if i.row.client_id else _tr("Un financeur se relance par son espace en ligne.")
        ),
    ),
]


def invoice_summary(item: ListedInvoice) -> str:
    """« Facture F2027-0002 du 05/03/2027 — Boulangerie … — 525,00 € TTC » as rich text."""
    row = item.row
    text = _tr("{kind} <b>{number}</b> du {date}<br>{payer} — session {session}<br>{amount} TTC")
    return text.format(
        kind=html.escape(row.kind_label),
        number=html.escape(row.number),
        date=fmt.date_short(row.issued_on),
        payer=html.escape(row.payer_name),
        session=html.escape(row.session_code or "—"),
        amount=html.escape(fmt.money(row.total_ttc_cents)),
    )
