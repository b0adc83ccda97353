"""The window on a base of the office's PostgreSQL server (issue 14): the address and password
asked, and the other workstations' changes brought into open lists within seconds."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from formadesk.core.errors import DatabaseOpenError
from formadesk.core.office import Office
from formadesk.core.server import PasswordNeeded
from formadesk.core.server_url import is_server_url, safe_url

from .messages import show_error

log = logging.getLogger(__name__)

POLL_MS = 3000  # another workstation's change shows within about three seconds
PASSWORD_TRIES = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("ServerBase", text)


def ask_server_url(parent: QWidget | None, current: str = "") -> str | None:
    """The address of a base on the server, typed by the user (None when cancelled). A wrong
    one is said at the top of the same prompt, asked again with what was typed."""
    problem = ""
    while True:
        text, ok = QInputDialog.getText(
            parent,
            tr("Ouvrir une base sur un serveur"),
            problem
            + tr(
                "Adresse de la base PostgreSQL du bureau, sous la forme\n"
                "postgresql://utilisateur@serveur/base\n"
                "(le mot de passe est demandé ensuite s'il le faut ; il n'est jamais enregistré)."
            ),
            QLineEdit.EchoMode.Normal,
            current or "postgresql://",
        )
        if not ok or not text.strip():
            return None
        current = text.strip()
        if is_server_url(current):
            from formadesk.core.server import parse_url

            try:
                parse_url(current)  # a port that is no number, no base named …
                return current
            except DatabaseOpenError as error:
                problem = f"{error}\n\n"
            continue
        problem = tr(
            "« %1 » n'est pas une adresse de serveur : elle doit commencer par postgresql://. "
            "Pour un fichier, utilisez « Ouvrir une base… ».\n\n"
        ).replace("%1", current)


def ask_password(parent: QWidget | None, message: str) -> str | None:
    password, ok = QInputDialog.getText(
        parent, tr("Mot de passe du serveur"), message, QLineEdit.EchoMode.Password
    )
    return password if ok and password else None


def open_server_office(url: str, parent: QWidget | None = None) -> Office | None:
    """Open the server's base at ``url``; the password is asked when ~/.pgpass and PGPASSWORD
    give none. A refusal is shown in French; None when the base could not be opened."""
    password = None
    for _ in range(PASSWORD_TRIES + 1):
        try:
            return Office.open(url, password=password)
        except PasswordNeeded as error:
            password = ask_password(parent, str(error))
            if password is None:
                return None
        except DatabaseOpenError as error:
            log.warning("Cannot open %s (%s): %s", safe_url(url), error.reason, error)
            show_error(parent, error)
            return None
    return None


class ServerWatch(QObject):
    """Every few seconds, asks the server what other workstations changed; the office then
    re-emits those changes, and the open lists reload as after a change made here."""

    def __init__(self, office: Office, parent: QObject, on_problem=None):
        super().__init__(parent)
        self._office = office
        self._on_problem = on_problem
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        office.remote_changes()  # the starting point: nothing is news yet
        self.timer.start()

    def poll(self) -> set[str]:
        try:
            changed = self._office.remote_changes()
        except Exception as error:  # noqa: BLE001 - the network may drop; said once, retried
            if not self._failing and self._on_problem is not None:
                self._on_problem(
                    tr(
                        "Le serveur ne répond pas : les changements des autres postes "
                        "s'afficheront quand il répondra de nouveau."
                    )
                )
            self._failing = True
            log.warning("Polling the server failed: %s", error)
            return set()
        self._failing = False
        return changed

    def stop(self) -> None:
        self.timer.stop()
