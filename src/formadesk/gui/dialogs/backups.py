"""Restaurer une sauvegarde: the backups of the open database, back up now, restore one."""

from __future__ import annotations

from babel.numbers import format_decimal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from formadesk.core.api import BackupInfo
from formadesk.core.formatting import LOCALE, date_long, time_short
from formadesk.core.office import Office

from ..forms.ui_backups_dialog import Ui_BackupsDialog
from ..messages import confirm, show_error


def taken_at_text(info: BackupInfo) -> str:
    """« jeudi 26 novembre 2026 à 14h05 »"""
    return f"{date_long(info.taken_at.date())} à {time_short(info.taken_at.time())}"


def size_text(size: int) -> str:
    """« 840 Ko », « 12,4 Mo »"""
    if size < 1024 * 1024:
        return f"{format_decimal(max(1, round(size / 1024)), locale=LOCALE)} Ko"
    return f"{format_decimal(size / 1024 / 1024, format='#,##0.0', locale=LOCALE)} Mo"


def kind_text(info: BackupInfo) -> str:
    if info.automatic:
        return "Automatique (à la fermeture)"
    if info.label.startswith("avant-migration"):
        return "Avant une mise à jour de Formadesk"
    if not info.label:
        return "Manuelle"
    return info.label.replace("-", " ").capitalize()


def describe(info: BackupInfo) -> str:
    """One line for lists: date, size and kind."""
    return f"{taken_at_text(info)} — {size_text(info.size)} — {kind_text(info).lower()}"


class BackupsDialog(QDialog):
    """Lists ``office.backups``; restores the chosen one after confirmation."""

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.ui.resultLabel.hide()
        header = self.ui.backupsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.ui.backupNowButton.clicked.connect(self.backup_now)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.backupsTable.itemSelectionChanged.connect(self._update_buttons)
        self.ui.backupsTable.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.ui.folderLabel.setText(
            self.tr("Dossier des sauvegardes : %1").replace("%1", str(office.backups.folder))
        )
        if office.database.server:  # no copy at closing: the server's own backups count
            self.ui.introLabel.setText(
                self.tr(
                    "La base est sur le serveur du bureau : ses sauvegardes régulières sont "
                    "celles du serveur. Ici, vous pouvez en faire une copie sur ce poste "
                    "et revenir à l'une d'elles : l'état actuel est d'abord mis de "
                    "côté, vous pourrez y revenir."
                )
            )
        self.backups: list[BackupInfo] = []
        self.refresh()

    def refresh(self) -> None:
        self.backups = self.office.backups.list()
        table = self.ui.backupsTable
        table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            size = QTableWidgetItem(size_text(info.size))
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, QTableWidgetItem(taken_at_text(info)))
            table.setItem(row, 1, size)
            table.setItem(row, 2, QTableWidgetItem(kind_text(info)))
        if self.backups:
            table.selectRow(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.selected() is not None)

    def _say(self, text: str) -> None:
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.show()

    def backup_now(self) -> None:
        try:
            path = self.office.backups.backup_now()
        except Exception as error:  # noqa: BLE001 - shown to the user in French
            show_error(self, error)
            return
        self.refresh()
        self._say(self.tr("Sauvegarde enregistrée : %1").replace("%1", path.name))

    def confirm_restore(self, info: BackupInfo) -> bool:
        """Ask before replacing the data; tests override this."""
        text = self.tr(
            "Remplacer toutes les données actuelles par la sauvegarde du %1 ?\n\n"
            "L'état actuel sera d'abord enregistré dans une sauvegarde, pour pouvoir y revenir."
        ).replace("%1", taken_at_text(info))
        if self.office.database.server:
            text += self.tr(
                "\n\nLa base est partagée sur le serveur : demandez d'abord aux autres postes "
                "de fermer Formadesk, leurs changements en cours seraient perdus."
            )
        return confirm(self, self.tr("Restaurer une sauvegarde"), text)

    def restore_selected(self) -> None:
        info = self.selected()
        if info is None or not self.confirm_restore(info):
            return
        try:
            safety = self.office.backups.restore(info.path)
        except Exception as error:  # noqa: BLE001 - shown to the user in French
            show_error(self, error)
            return
        self.refresh()
        self._say(
            self.tr("Sauvegarde du %1 restaurée. L'état d'avant a été conservé dans « %2 ».")
            .replace("%1", taken_at_text(info))
            .replace("%2", safety.name)
        )
