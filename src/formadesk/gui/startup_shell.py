"""The window shown at once at start-up, where the main window will be.

Opening the database and building the screens takes about a second on a large office. The
shell imports nothing but Qt: it shows the application's frame, at the size and place the
main window had last time, with « Ouverture de … » in it, as soon as Python has started; the
main window replaces it, at the same place, once it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from formadesk import APP_NAME

GEOMETRY_KEY = "main_window/geometry"  # saved by the main window when it closes
DEFAULT_SIZE = (1360, 860)  # both windows, on a first start


class StartupShell(QMainWindow):
    def __init__(self, text: str = ""):
        super().__init__()
        self.setWindowTitle(APP_NAME)
        label = QLabel(text or self.tr("Ouverture de la base de données…"), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("color: #555; font-size: 11pt;")
        self.setCentralWidget(label)
        if not self.restoreGeometry(QSettings().value(GEOMETRY_KEY, b"")):
            self.resize(*DEFAULT_SIZE)
