"""Showing errors to the user: one French sentence, details in the log."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from formadesk.core.errors import FormadeskError, ValidationError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException, title: str = "Formadesk") -> None:
    """A French message box for any error; unexpected ones are logged with their traceback."""
    if isinstance(error, ValidationError):
        text = "Corrigez les champs suivants :\n\n" + "\n".join(
            f"• {message}" for message in error.errors.values()
        )
    elif isinstance(error, FormadeskError):
        text = str(error)
    else:
        log.exception("Unexpected error", exc_info=error)
        text = (
            "Une erreur inattendue est survenue ; rien n'a été enregistré. "
            "Réessayez ; si elle se reproduit, transmettez le fichier journal à votre support."
        )
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:
        box.exec()
    else:
        box.open()  # window-modal, does not block: the form stays as typed behind it


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes
