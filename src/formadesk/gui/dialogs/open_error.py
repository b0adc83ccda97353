"""When a database cannot be opened: say why, then open another file or restore a backup."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from formadesk.core.api import BackupInfo, list_backups
from formadesk.core.errors import DatabaseOpenError, FormadeskError
from formadesk.core.office import Office
from formadesk.core.opening import restore_in_place
from formadesk.core.paths import backups_dir

from ..messages import confirm, show_error
from .backups import describe, taken_at_text

log = logging.getLogger(__name__)

DATABASE_FILTER = "Bases Formadesk (*.sqlite3 *.db);;Tous les fichiers (*)"


class OpenErrorDialog(QMessageBox):
    """The French message of a DatabaseOpenError with what the user can do about it.

    ``ask()`` returns the path to try next, or None to give up.
    """

    def __init__(self, error: DatabaseOpenError, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.error = error
        self.path = path
        self.backups: list[BackupInfo] = [] if error.reason == "locked" else list_backups(path)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Impossible d'ouvrir la base"))
        self.setText(str(error))
        self.retry_button = None
        if error.reason == "locked":
            self.retry_button = self.addButton(
                self.tr("Réessayer"), QMessageBox.ButtonRole.AcceptRole
            )
        self.create_button = None
        if error.reason in ("missing", "empty"):
            self.create_button = self.addButton(
                self.tr("Créer une nouvelle base ici"), QMessageBox.ButtonRole.ActionRole
            )
        self.open_button = self.addButton(
            self.tr("Ouvrir un autre fichier…"), QMessageBox.ButtonRole.ActionRole
        )
        self.restore_button = None
        if self.backups:
            self.restore_button = self.addButton(
                self.tr("Restaurer une sauvegarde…"), QMessageBox.ButtonRole.ActionRole
            )
            newest = taken_at_text(self.backups[0])
            self.setInformativeText(
                self.tr("La sauvegarde la plus récente date du %1.").replace("%1", newest)
            )
        elif error.reason not in ("locked", "missing", "empty"):
            self.setInformativeText(
                self.tr("Aucune sauvegarde de ce fichier n'a été trouvée dans %1.").replace(
                    "%1", str(backups_dir(path))
                )
            )
        self.quit_button = self.addButton(self.tr("Quitter"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.retry_button or self.restore_button or self.open_button)

    def ask(self) -> Path | None:
        while True:
            self.exec()
            clicked = self.clickedButton()
            if clicked is self.retry_button:
                return self.path
            if clicked is self.create_button and self.create_button is not None:
                if self.create_here():
                    return self.path
                continue
            if clicked is self.open_button:
                name, _ = QFileDialog.getOpenFileName(
                    self.parentWidget(),
                    self.tr("Ouvrir une base Formadesk"),
                    str(self.path.parent),
                    self.tr(DATABASE_FILTER),
                )
                if name:
                    return Path(name)
                continue
            if clicked is self.restore_button and self.restore_button is not None:
                if self.restore_chosen_backup():
                    return self.path
                continue
            return None

    def create_here(self) -> bool:
        """Create a new, empty database at the path asked for, after a confirmation."""
        from .first_start import create_database

        text = (
            self.tr("Créer une nouvelle base vide « %1 » dans le dossier « %2 » ?")
            .replace("%1", self.path.name)
            .replace("%2", str(self.path.parent))
        )
        if not confirm(self.parentWidget(), self.tr("Nouvelle base"), text):
            return False
        office = create_database(self.path, self.parentWidget())
        if office is None:
            return False
        office.close(backup_if_changed=False)
        return True

    def restore_chosen_backup(self) -> bool:
        labels = [describe(info) for info in self.backups]
        label, ok = QInputDialog.getItem(
            self.parentWidget(),
            self.tr("Restaurer une sauvegarde"),
            self.tr("Sauvegarde à remettre en place :"),
            labels,
            0,
            False,
        )
        if not ok:
            return False
        info = self.backups[labels.index(label)]
        question = self.tr(
            "Le fichier « %1 » sera mis de côté (renommé, pas supprimé), puis remplacé par la "
            "sauvegarde du %2. Les changements faits depuis cette sauvegarde seront perdus.\n\n"
            "Continuer ?"
        )
        text = question.replace("%1", self.path.name).replace("%2", taken_at_text(info))
        if not confirm(self.parentWidget(), self.tr("Restaurer une sauvegarde"), text):
            return False
        try:
            restore_in_place(self.path, info.path)
        except DatabaseOpenError as error:
            log.warning("Backup %s refused for a restore: %s", info.path, error)
            message = self.tr(
                "%1 Rien n'a été remplacé : le fichier d'origine est resté en place."
            ).replace("%1", str(error))
            show_error(self.parentWidget(), FormadeskError(message))
            return False
        except OSError as error:
            log.exception("Restore in place failed")
            message = self.tr(
                "La restauration a échoué (%1) ; le fichier d'origine est resté en place. "
                "Vérifiez la place disque et les droits du dossier."
            ).replace("%1", error.strerror or str(error))
            show_error(self.parentWidget(), FormadeskError(message))
            return False
        return True


def open_office(path: Path, parent: QWidget | None = None, *, verify: bool = True) -> Office | None:
    """Open ``path``; when that fails, let the user retry, pick another file or restore a
    backup, until a database opens (returned) or the user gives up (None).

    ``verify=False`` leaves the full integrity check to ``verify_in_background``.
    """
    while True:
        try:
            return Office.open(path, verify=verify)
        except DatabaseOpenError as error:
            log.warning("Cannot open %s (%s): %s", path, error.reason, error)
            next_path = OpenErrorDialog(error, Path(error.path or path), parent).ask()
            if next_path is None:
                return None
            path = next_path
