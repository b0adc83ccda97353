"""« Journal des échanges »: every call, e-mail, visit and letter logged, the follow-ups to make,
search as you type, and the selected exchange's text and attached files."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.journal import CHANNELS, InteractionRow, JournalFilter

from ..bus import ChangeSignal
from ..dialogs.interaction_dialog import InteractionDialog
from ..forms.ui_journal_page import Ui_JournalPage
from ..messages import confirm, show_error
from ..models.journal import CONTEXT, JOURNAL_COLUMNS, SUBJECT_COLUMN
from ..models.simple import RowTableModel
from ..widgets.exchange_files import open_attachment
from ..widgets.inputs import fill_combo
from ..widgets.tables import fit_columns, select_id, selected_id, setup_table
from .base import RefreshingTab

SEARCH_DELAY_MS = 200
LIMIT = 500
FILE_ROLE = Qt.ItemDataRole.UserRole
PERIODS = {
    "": "Toutes les dates",
    "0": "Aujourd'hui",
    "7": "7 derniers jours",
    "30": "30 derniers jours",
    "365": "12 derniers mois",
}


def exchange_html(row: InteractionRow) -> str:
    """The selected exchange, as the assistant reads it back."""
    head = (
        f"<b>{html.escape(row.subject)}</b><br>"
        f"{fmt.date_long(row.happened_at.date())} à {row.happened_at:%H:%M} · "
        f"{html.escape(row.channel_label)} {html.escape(row.direction_label.lower())} · "
        f"{html.escape(row.who_label)}"
    )
    if row.session_code:
        head += f" · session {html.escape(row.session_code)}"
    parts = [head]
    if row.follow_up_on is not None:
        if row.follow_up_done_on is not None:
            parts.append(
                f"<span style='color:#1d6b2f'>Relance du {fmt.date_short(row.follow_up_on)} "
                f"faite le {fmt.date_short(row.follow_up_done_on)}.</span>"
            )
        else:
            colour = "#c0392b" if row.is_late() else "#a04000"
            parts.append(
                f"<span style='color:{colour}'>Relance à faire le "
                f"{fmt.date_short(row.follow_up_on)}.</span>"
            )
    if row.notes:
        parts.append(html.escape(row.notes).replace("\n", "<br>"))
    return "<br><br>".join(parts)


class JournalPage(RefreshingTab):
    """The contact journal: list, filters, entry and follow-ups."""

    watched = ("interaction", "learner", "client", "funder", "trainer", "session")

    def __init__(self, office: Office, bus: ChangeSignal, parent: QWidget | None = None):
        super().__init__(office, bus, parent)
        self.ui = ui = Ui_JournalPage()
        ui.setupUi(self)
        self.model: RowTableModel[InteractionRow] = RowTableModel(JOURNAL_COLUMNS, CONTEXT, self)
        setup_table(ui.journalView, self.model, stretch_column=SUBJECT_COLUMN)
        ui.splitter.setSizes([480, 180])
        fill_combo(ui.channelCombo, CHANNELS, none_label=self.tr("Tous les canaux"))
        fill_combo(ui.periodCombo, PERIODS)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        ui.searchEdit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.channelCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.periodCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.pendingCheck.toggled.connect(lambda _c: self.refresh())
        ui.journalView.selectionModel().selectionChanged.connect(lambda *_a: self._selected())
        ui.journalView.doubleClicked.connect(lambda _i: self.edit_selected())
        for key, slot in (
            (Qt.Key.Key_Return, self.edit_selected),
            (Qt.Key.Key_Delete, self.delete_selected),
        ):
            shortcut = QShortcut(QKeySequence(key), ui.journalView, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        ui.newButton.clicked.connect(lambda: self.open_dialog(None))
        ui.editButton.clicked.connect(self.edit_selected)
        ui.doneButton.clicked.connect(self.mark_done)
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.openFileButton.clicked.connect(self.open_selected_file)
        ui.filesList.itemDoubleClicked.connect(lambda _i: self.open_selected_file())
        ui.filesList.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.setAcceptDrops(True)  # an e-mail dropped here opens a new exchange with it
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def current_filter(self) -> JournalFilter:
        ui = self.ui
        days = ui.periodCombo.currentData()
        since = dt.date.today() - dt.timedelta(days=int(days)) if days else None
        return JournalFilter(
            text=ui.searchEdit.text().strip(),
            channel=ui.channelCombo.currentData() or "",
            since=since,
            pending=ui.pendingCheck.isChecked(),
        )

    def refresh(self) -> None:
        self._search_timer.stop()
        ui = self.ui
        chosen = selected_id(ui.journalView)
        flt = self.current_filter()
        rows = self.office.journal.list(flt, limit=LIMIT)
        self.model.set_rows(rows)
        fit_columns(ui.journalView, skip=SUBJECT_COLUMN, maximum=260)
        count = fmt.plural(len(rows), self.tr("échange"), self.tr("échanges"))
        if flt.pending:
            late = sum(1 for r in rows if r.is_late())
            count = fmt.plural(len(rows), self.tr("relance à faire"), self.tr("relances à faire"))
            if late:
                count += self.tr(", dont {n} en retard").format(n=late)
        elif len(rows) >= LIMIT:
            count = self.tr("Les {n} plus récents : affinez la recherche").format(n=LIMIT)
        ui.countLabel.setText(count)
        if not select_id(ui.journalView, chosen):
            self._selected()

    def selected_row(self) -> InteractionRow | None:
        row_id = selected_id(self.ui.journalView)
        position = self.model.row_of_id(row_id) if row_id is not None else -1
        return self.model.row_at(position)

    def select(self, interaction_id: int | None) -> bool:
        return select_id(self.ui.journalView, interaction_id)

    def _selected(self) -> None:
        ui = self.ui
        row = self.selected_row()
        ui.filesList.clear()
        if row is None:
            ui.detailText.setHtml(
                self.tr("Choisissez un échange dans la liste pour lire son texte.")
            )
        else:
            ui.detailText.setHtml(exchange_html(row))
            if row.attachments:
                for attachment in self.office.journal.attachments(row.id):
                    item = QListWidgetItem(attachment.filename)
                    item.setData(FILE_ROLE, attachment.id)
                    ui.filesList.addItem(item)
                ui.filesList.setCurrentRow(0)
        ui.filesLabel.setText(
            self.tr("Pièces jointes ({n})").format(n=ui.filesList.count())
            if ui.filesList.count()
            else self.tr("Aucune pièce jointe")
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        row = self.selected_row()
        ui.editButton.setEnabled(row is not None)
        ui.deleteButton.setEnabled(row is not None)
        ui.doneButton.setEnabled(row is not None and row.pending)
        ui.openFileButton.setEnabled(ui.filesList.currentItem() is not None)

    # -- actions --------------------------------------------------------------------------
    def open_dialog(self, interaction_id: int | None) -> InteractionDialog | None:
        """The exchange dialog, window-modal; the saved exchange is selected afterwards."""
        try:
            dialog = InteractionDialog(self.office, interaction_id, self)
        except FormadeskError as error:
            show_error(self, error)
            return None
        dialog.accepted.connect(lambda: self._after_save(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _after_save(self, interaction_id: int | None) -> None:
        self.refresh()
        if not self.select(interaction_id) and interaction_id is not None:
            self.ui.searchEdit.clear()  # hidden by the filters: show every exchange
            self.ui.pendingCheck.setChecked(False)
            self.ui.channelCombo.setCurrentIndex(0)
            self.ui.periodCombo.setCurrentIndex(0)
            self.refresh()
            self.select(interaction_id)

    def edit_selected(self) -> InteractionDialog | None:
        row = self.selected_row()
        return self.open_dialog(row.id) if row is not None else None

    def mark_done(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        try:
            self.office.journal.mark_follow_up_done(row.id)
        except FormadeskError as error:
            show_error(self, error)

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr(
            "Supprimer définitivement l'échange « {subject} » du {date} avec {who} ? "
            "Ses pièces jointes et sa relance sont supprimées avec lui."
        ).format(subject=row.subject, date=f"{row.happened_at:%d/%m/%Y}", who=row.who)
        if not confirm(self, self.tr("Supprimer l'échange"), question):
            return
        try:
            self.office.journal.delete(row.id)
        except FormadeskError as error:
            show_error(self, error)

    # -- an e-mail or a scan dropped onto the page: a new exchange with it ------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        dialog = self.open_dialog(None)
        if dialog is not None:
            dialog.add_files(paths)

    def open_selected_file(self) -> None:
        item = self.ui.filesList.currentItem()
        if item is None:
            return
        try:
            open_attachment(self.office, item.data(FILE_ROLE))
        except Exception as error:  # noqa: BLE001 - said in French
            show_error(self, error)
