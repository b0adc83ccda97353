"""First start, or a database that is not there: ask what to do instead of creating silently."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office

from ..messages import confirm, show_error

log = logging.getLogger(__name__)

DATABASE_FILTER = "Bases Formadesk (*.sqlite3 *.db);;Tous les fichiers (*)"


class FirstStartDialog(QMessageBox):
    """No database at the usual place: create one there, open a file, or open the demo.

    After ``exec()``, ``choice()`` is "create", "open", "demo" or "quit".
    """

    def __init__(self, path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.setObjectName("firstStartDialog")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Bienvenue dans Formadesk"))
        self.setText(self.tr("Aucune base Formadesk n'existe encore à l'emplacement habituel."))
        self.setInformativeText(
            self.tr(
                "Emplacement : %1\n\nCréez-y une nouvelle base vide, ouvrez une base existante, "
                "ou découvrez Formadesk avec la base de démonstration."
            ).replace("%1", str(path))
        )
        self.create_button = self.addButton(
            self.tr("Créer une nouvelle base ici"), QMessageBox.ButtonRole.AcceptRole
        )
        self.open_button = self.addButton(
            self.tr("Ouvrir un fichier…"), QMessageBox.ButtonRole.ActionRole
        )
        self.demo_button = self.addButton(
            self.tr("Ouvrir la démonstration"), QMessageBox.ButtonRole.ActionRole
        )
        self.quit_button = self.addButton(self.tr("Quitter"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.create_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        for name, button in (
            ("create", self.create_button),
            ("open", self.open_button),
            ("demo", self.demo_button),
        ):
            if clicked is button:
                return name
        return "quit"


def create_database(path: Path, parent: QWidget | None = None) -> Office | None:
    """Create a new, empty database at ``path``; a French message and None when it fails."""
    try:
        return Office.create(path)
    except FormadeskError as error:
        log.warning("Cannot create %s: %s", path, error)
        show_error(parent, error)
    except OSError as error:
        log.exception("Cannot create %s", path)
        show_error(
            parent,
            FormadeskError(
                f"Impossible de créer « {path} » ({error.strerror}). Choisissez un dossier où "
                "vous pouvez écrire."
            ),
        )
    return None


def ask_new_database_path(parent: QWidget | None, folder: Path) -> Path | None:
    """« Nouvelle base… »: a save dialog, then a confirmation; the chosen path or None."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QFileDialog.tr("Nouvelle base Formadesk"),
        str(folder / "formadesk.sqlite3"),
        DATABASE_FILTER,
    )
    if not name:
        return None
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".sqlite3")
    text = (
        f"Créer une nouvelle base vide « {path.name} » dans le dossier « {path.parent} » ?\n\n"
        "La base actuelle sera fermée (et sauvegardée si elle a changé)."
    )
    if not confirm(parent, "Nouvelle base", text):
        return None
    return path


def first_start(path: Path, parent: QWidget | None = None) -> Office | None:
    """Ask until a database is open (returned) or the user quits (None)."""
    from .open_error import open_office

    while True:
        dialog = FirstStartDialog(path, parent)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice == "create":
            office = create_database(path, parent)
        elif choice == "open":
            name, _ = QFileDialog.getOpenFileName(
                parent, dialog.tr("Ouvrir une base Formadesk"), str(Path.home()), DATABASE_FILTER
            )
            office = open_office(Path(name), parent) if name else None
        elif choice == "demo":
            office = _open_demo(parent)
        else:
            return None
        if office is not None:
            return office


def _open_demo(parent: QWidget | None) -> Office | None:
    from formadesk.core.paths import demo_database_path

    from ..app import build_demo_with_progress
    from .open_error import open_office

    demo = demo_database_path()
    if not demo.exists() and not build_demo_with_progress(demo):
        return None
    return open_office(demo, parent)
