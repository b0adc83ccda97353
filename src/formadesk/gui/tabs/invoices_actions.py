"""What the « Factures » panel's buttons do: each is one facade call behind a dialog."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.services.billing_rows import InvoiceRow

from ..messages import show_error
from ..tasks import run_with_progress

if TYPE_CHECKING:
    from .invoices import InvoicesPanel

ALL_YEARS = 0  # answer of ``ask_journal_year`` for a journal of every year
FORMAT_NAMES = {"pdf": "PDF", "docx": "Word"}


class InvoiceActions(QObject):
    """The billing actions of an ``InvoicesPanel``: a refusal shows in French, nothing changes.

    Each dialog is imported when its button is first used, so that the panel opens faster."""

    def __init__(self, panel: InvoicesPanel):
        super().__init__(panel)
        self.panel = panel
        self.office = panel.office

    # -- issuing --------------------------------------------------------------------------
    def invoice_session(self) -> None:
        """Issue the invoices of a session, then offer to produce their PDFs."""
        panel = self.panel
        from ..dialogs.invoice_session_dialog import InvoiceSessionDialog

        dialog = InvoiceSessionDialog(self.office, panel.invoiced_sessions(), panel)
        done, ids = panel.run_dialog(dialog), dialog.saved_ids
        session_id = dialog.chosen_session_id
        dialog.deleteLater()
        if not done or not ids:
            return
        rows = self._rows(ids, session_id)
        panel.show_invoice(ids[0])
        lines = "\n".join(
            f"• {r.number} — {r.payer_name} — {fmt.money(r.total_ttc_cents)}" for r in rows
        )
        issued = fmt.plural(len(ids), self.tr("facture émise"), self.tr("factures émises"))
        text = self.tr("{issued} :\n{lines}\n\nProduire leurs PDF maintenant ?")
        if panel.ask_yes_no(
            self.tr("Facturer une session"), text.format(issued=issued, lines=lines)
        ):
            self.produce_many(ids, "pdf")

    def invoice_fee(self) -> None:
        """Invoice a dédit for a cancelled enrollment, then offer its PDF."""
        panel, item = self.panel, self.panel.selected()
        session_id = item.row.session_id if item else None
        from ..dialogs.invoice_fee_dialog import InvoiceFeeDialog

        dialog = InvoiceFeeDialog(self.office, panel, session_id=session_id)
        done, fee_id, session_id = panel.run_dialog(dialog), dialog.saved_id, dialog.session_id()
        dialog.deleteLater()
        if not done or fee_id is None:
            return
        panel.show_invoice(fee_id)
        row = self._rows([fee_id], session_id)[0]
        text = self.tr(
            "Facture de dédit {number} émise ({amount}).\n\nProduire son PDF maintenant ?"
        )
        text = text.format(number=row.number, amount=fmt.money(row.total_ttc_cents))
        if panel.ask_yes_no(self.tr("Facturer un dédit"), text):
            self.produce_many([fee_id], "pdf", open_file=True)

    def cancel(self) -> None:
        """Cancel the selected invoice by a credit note; tell its number, offer its PDF."""
        panel, item = self.panel, self.panel.selected()
        if item is None or not item.can_be_cancelled:
            return
        from ..dialogs.invoice_cancel_dialog import InvoiceCancelDialog

        dialog = InvoiceCancelDialog(self.office, item, panel)
        done, credit_id = panel.run_dialog(dialog), dialog.saved_id
        dialog.deleteLater()
        if not done or credit_id is None:
            return
        panel.show_invoice(credit_id)
        row = self._rows([credit_id], item.row.session_id)[0]
        text = self.tr(
            "Avoir {credit} émis : la facture {number} est annulée.\n\n"
            "Produire le PDF de l'avoir maintenant ?"
        ).format(credit=row.number, number=item.row.number)
        if panel.ask_yes_no(self.tr("Annuler la facture"), text):
            self.produce_many([credit_id], "pdf", open_file=True)

    def mark_paid(self) -> None:
        panel, item = self.panel, self.panel.selected()
        if item is None or not item.unpaid:
            return
        from ..dialogs.invoice_payment_dialog import InvoicePaymentDialog

        dialog = InvoicePaymentDialog(self.office, item, panel)
        panel.run_dialog(dialog)
        dialog.deleteLater()

    # -- documents ------------------------------------------------------------------------
    def produce(self, file_format: str) -> None:
        """Write the selected invoice as PDF or Word (a new version each time), then open it."""
        item = self.panel.selected()
        if item is not None:
            self.produce_many([item.id], file_format, open_file=True)

    def produce_many(
        self, ids: Sequence[int], file_format: str, *, open_file: bool = False
    ) -> list[Path]:
        """Render invoices off the UI thread; open the file, or offer to open their folder."""
        billing = self.office.billing

        def work() -> list[Path]:
            return [billing.render_invoice(i, file_format) for i in ids]

        name = FORMAT_NAMES.get(file_format, file_format)
        try:
            paths = run_with_progress(
                self.panel, self.tr("Production des {name} des factures…").format(name=name), work
            )
        except (FormadeskError, OSError) as error:
            show_error(self.panel, readable(error))
            return []
        if open_file and len(paths) == 1:
            self.panel.open_path(paths[0])
        elif paths:
            files = fmt.plural(len(paths), self.tr("fichier"), self.tr("fichiers"))
            written = self.tr("écrit") if len(paths) < 2 else self.tr("écrits")
            what = f"{files} {name} {written}."
            self.offer_folder(paths, what)
        return paths

    def offer_folder(self, paths: Sequence[Path], what: str) -> None:
        folder = common_folder(paths)
        text = self.tr("{what}\n\nDossier : {folder}\n\nOuvrir le dossier ?")
        if self.panel.ask_yes_no(self.tr("Factures"), text.format(what=what, folder=folder)):
            self.panel.open_path(folder)

    def reminders(self) -> None:
        """Payment reminder letters for the overdue invoices, then their folder."""
        panel, item = self.panel, self.panel.selected()
        session_id = item.row.session_id if item else None
        from ..dialogs.invoice_reminders_dialog import InvoiceRemindersDialog

        dialog = InvoiceRemindersDialog(self.office, panel, session_id=session_id)
        done, paths = panel.run_dialog(dialog), dialog.paths
        dialog.deleteLater()
        if done and paths:
            names = "\n".join(f"• {p.name}" for p in paths)
            letters = fmt.plural(
                len(paths),
                self.tr("lettre de relance écrite"),
                self.tr("lettres de relance écrites"),
            )
            self.offer_folder(paths, f"{letters} :\n{names}")

    def sales_journal(self) -> None:
        """The Excel sales journal of one year (or all), saved where the user says, then opened."""
        panel = self.panel
        years = self.office.billing.invoice_years()
        year = panel.ask_journal_year(years, panel.ui.yearCombo.currentData())
        if year is None:
            return
        if year == ALL_YEARS:
            name = self.tr("Journal des ventes.xlsx")
        else:
            name = self.tr("Journal des ventes {year}.xlsx").format(year=year)
        path = panel.ask_save_path(
            self.tr("Journal des ventes"), name, self.tr("Classeur Excel (*.xlsx)")
        )
        if path is None:
            return
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            written = run_with_progress(
                panel, self.tr("Écriture du journal des ventes…"),
                self.office.billing.sales_journal, path, year or None,
            )  # fmt: skip
        except (FormadeskError, OSError) as error:
            show_error(panel, readable(error))
            return
        panel.open_path(written)

    # -- helpers --------------------------------------------------------------------------
    def _rows(self, ids: Sequence[int], session_id: int | None) -> list[InvoiceRow]:
        """The rows of new invoices, in the order of ``ids``."""
        by_id = {r.id: r for r in self.office.billing.invoices(session_id)}
        return [by_id[i] for i in ids if i in by_id]


def common_folder(paths: Sequence[Path]) -> Path:
    """The deepest folder holding every path (letters may go to several session folders)."""
    return Path(os.path.commonpath([str(p.parent) for p in paths]))


def readable(error: Exception) -> Exception:
    """A French sentence for a file that could not be written."""
    if isinstance(error, OSError):
        text = QCoreApplication.translate(
            "InvoiceActions",
            "Le fichier n'a pas pu être écrit ({reason}). Vérifiez que le dossier existe et que "
            "le fichier n'est pas ouvert dans un autre programme.",
        )
        return FormadeskError(text.format(reason=error.strerror or error))
    return error
