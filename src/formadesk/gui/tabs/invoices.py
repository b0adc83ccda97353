"""The « Factures » panel: invoices, credit notes and dédits, their totals, the billing actions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.changes import Change
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..bus import ChangeSignal
from ..forms.ui_invoices_panel import Ui_InvoicesPanel
from ..messages import confirm, show_error
from ..models.invoices import (
    CONTEXT,
    NUMBER_COLUMN,
    STATUS_COLUMN,
    STATUS_FILTERS,
    InvoiceFilter,
    InvoiceTableModel,
    InvoiceTotals,
    ListedInvoice,
    listed,
)
from ..widgets.desktop import open_local
from ..widgets.inputs import fill_combo, select_data
from ..widgets.tables import fit_columns, keep_selected, select_id, selected_id, setup_table
from .base import RefreshingTab
from .invoices_actions import ALL_YEARS, InvoiceActions

PAYER_COLUMN = 4
LATE_STYLE = "color: #c0392b;"


class InvoicesPanel(RefreshingTab):
    """Every invoice, credit note (avoir) and dédit: filtered, totalled, and acted upon.

    The documents tab embeds it as its « Factures » sub-tab. Every question to the user goes
    through a method that tests replace: ``run_dialog``, ``ask_yes_no``, ``ask_journal_year``,
    ``ask_save_path`` and ``open_path``.
    """

    watched = ("invoice", "document", "session")

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_InvoicesPanel()
        ui.setupUi(self)
        self.model = InvoiceTableModel(self)
        self.proxy = InvoiceFilter(self.model, self)
        setup_table(ui.invoiceTable, self.proxy, sortable=False, stretch_column=PAYER_COLUMN)
        header = ui.invoiceTable.horizontalHeader()
        header.setSortIndicator(NUMBER_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        ui.invoiceTable.setSortingEnabled(True)
        statuses = {k: QCoreApplication.translate(CONTEXT, v) for k, v in STATUS_FILTERS.items()}
        fill_combo(ui.statusCombo, statuses)
        fill_combo(ui.yearCombo, [], none_label=self.tr("Toutes les années"))
        self.actions = InvoiceActions(self)
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(self.apply_filters)
        ui.yearCombo.currentIndexChanged.connect(lambda _index: self.refresh())
        ui.statusCombo.currentIndexChanged.connect(self.apply_filters)
        ui.lateOnlyCheck.toggled.connect(self.apply_filters)
        ui.invoiceTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.invoiceTable.doubleClicked.connect(lambda _index: self.actions.produce("pdf"))
        ui.invoiceSessionButton.clicked.connect(self.actions.invoice_session)
        ui.feeButton.clicked.connect(self.actions.invoice_fee)
        ui.remindersButton.clicked.connect(self.actions.reminders)
        ui.journalButton.clicked.connect(self.actions.sales_journal)
        ui.pdfButton.clicked.connect(lambda: self.actions.produce("pdf"))
        ui.wordButton.clicked.connect(lambda: self.actions.produce("docx"))
        ui.paidButton.clicked.connect(self.actions.mark_paid)
        ui.cancelButton.clicked.connect(self.actions.cancel)
        self.refresh()

    # -- content --------------------------------------------------------------------------
    def today(self) -> dt.date:
        """The day lateness is counted from."""
        return dt.date.today()

    def on_change(self, change: Change) -> None:
        if change.touches("invoice", "session", "all"):
            self.refresh()
        else:  # documents come in bursts (a batch of PDFs): reload once, after the burst
            self._later.start()

    def refresh(self) -> None:
        """Reload the invoices of the chosen year (the current one at first: a year of a large
        office is a few thousand rows, all years tens of thousands)."""
        ui = self.ui
        self._later.stop()
        chosen = selected_id(ui.invoiceTable)
        year = self._load_years()
        # the unpaid ones of other years too: « en retard » and what is due span the years
        rows = self.office.billing.invoices(year=year, unpaid_too=year is not None)
        self._set_filters()  # before the rows: they are filtered once, as they come
        self.model.set_rows(listed(rows, self.today()))
        ui.stack.setCurrentWidget(ui.invoiceTable if ui.yearCombo.count() > 1 else ui.emptyLabel)
        self.apply_filters()
        select_id(ui.invoiceTable, chosen)
        fit_columns(ui.invoiceTable, skip=PAYER_COLUMN)
        # sized on the first rows only: leave room for « Annulée — avoir F2026-0123 »
        wide = self.fontMetrics().horizontalAdvance(self.tr("Annulée — avoir F2026-00000")) + 16
        header = ui.invoiceTable.horizontalHeader()
        header.resizeSection(STATUS_COLUMN, max(header.sectionSize(STATUS_COLUMN), wide))
        self._update_buttons()

    def _load_years(self) -> int | None:
        """Fill the year filter with the years that have invoices; the year to load (None for
        all): the one chosen, else this year, else the latest."""
        combo = self.ui.yearCombo
        years = self.office.billing.invoice_years()
        chosen = combo.currentData() if combo.count() > 1 else self.today().year
        if combo.count() > 1 and combo.currentIndex() == 0:
            chosen = None
        elif chosen not in years:
            chosen = years[0] if years else None
        combo.blockSignals(True)
        fill_combo(combo, [(y, str(y)) for y in years], none_label=self.tr("Toutes les années"))
        select_data(combo, chosen)
        combo.blockSignals(False)
        return chosen

    def _set_filters(self) -> None:
        ui = self.ui
        self.proxy.set_filters(
            text=ui.searchEdit.text(),
            year=ui.yearCombo.currentData(),
            status=ui.statusCombo.currentData() or "",
            late_only=ui.lateOnlyCheck.isChecked(),
        )

    def apply_filters(self) -> None:
        ui = self.ui
        chosen = selected_id(ui.invoiceTable)
        self._set_filters()
        shown = self.proxy.shown()
        total = sum(1 for i in self.model.rows() if self.proxy.in_year(i))
        if total == 0:
            ui.countLabel.clear()
        elif len(shown) == total:
            ui.countLabel.setText(fmt.plural(total, self.tr("pièce"), self.tr("pièces")))
        else:
            ui.countLabel.setText(self.tr("{n} sur {m}").format(n=len(shown), m=total))
        ui.totalsLabel.setText(self.totals_text(InvoiceTotals.of(shown)))
        keep_selected(ui.invoiceTable, chosen)
        self._update_buttons()

    def totals_text(self, totals: InvoiceTotals) -> str:
        text = self.tr("Émis : <b>{issued}</b> · Payé : <b>{paid}</b> · Restant dû : <b>{due}</b>")
        text = text.format(
            issued=fmt.money(totals.issued_cents),
            paid=fmt.money(totals.paid_cents),
            due=fmt.money(totals.due_cents),
        )
        if totals.late_cents:
            late = self.tr("dont {amount} en retard").format(amount=fmt.money(totals.late_cents))
            text += f' <span style="{LATE_STYLE}">({late})</span>'
        return text

    def invoiced_sessions(self) -> dict[int, list[str]]:
        """Numbers of the invoices (not cancelled, not dédits) of each session."""
        return self.office.billing.invoiced_sessions()

    # -- selection ------------------------------------------------------------------------
    def selected(self) -> ListedInvoice | None:
        invoice_id = selected_id(self.ui.invoiceTable)
        if invoice_id is None:
            return None
        return self.model.row_at(self.model.row_of_id(invoice_id))

    def show_invoice(self, invoice_id: int) -> bool:
        """Select an invoice, clearing the filters if they hide it (and showing its year)."""
        if select_id(self.ui.invoiceTable, invoice_id):
            return True
        ui = self.ui
        year = self.office.billing.invoice_year(invoice_id)
        for widget in (ui.searchEdit, ui.yearCombo, ui.statusCombo, ui.lateOnlyCheck):
            widget.blockSignals(True)
        ui.searchEdit.clear()
        if ui.yearCombo.findData(year) < 0:
            self.refresh()  # a year that had no invoice yet
        select_data(ui.yearCombo, year)
        ui.statusCombo.setCurrentIndex(0)
        ui.lateOnlyCheck.setChecked(False)
        for widget in (ui.searchEdit, ui.yearCombo, ui.statusCombo, ui.lateOnlyCheck):
            widget.blockSignals(False)
        self.refresh()
        return select_id(ui.invoiceTable, invoice_id)

    def _update_buttons(self) -> None:
        ui, item = self.ui, self.selected()
        ui.pdfButton.setEnabled(item is not None)
        ui.wordButton.setEnabled(item is not None)
        ui.paidButton.setEnabled(item is not None and item.unpaid)
        ui.cancelButton.setEnabled(item is not None and item.can_be_cancelled)

    # -- questions to the user (tests replace them) ---------------------------------------
    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when it was saved."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ask_yes_no(self, title: str, text: str) -> bool:
        return confirm(self, title, text)

    def ask_journal_year(self, years: list[int], current: int | None) -> int | None:
        """The year of the sales journal, ``ALL_YEARS`` for all of them, None to give up."""
        labels = [self.tr("Toutes les années"), *(str(y) for y in years)]
        start = years.index(current) + 1 if current in years else min(1, len(years))
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Journal des ventes"),
            self.tr("Année des factures :"),
            labels,
            start,
            False,
        )
        if not ok:
            return None
        return ALL_YEARS if label == labels[0] else int(label)

    def ask_save_path(self, title: str, file_name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _chosen = QFileDialog.getSaveFileName(
            self, title, str(Path(folder) / file_name), file_filter
        )
        return Path(path) if path else None

    def open_path(self, path: Path) -> None:
        """Open a file or a folder with the workstation's programs."""
        if not open_local(path):
            show_error(
                self,
                FormadeskError(
                    self.tr(
                        "« {path} » n'a pas pu être ouvert : ouvrez-le depuis l'explorateur."
                    ).format(path=path)
                ),
            )
