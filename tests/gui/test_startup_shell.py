"""The frame shown at once at start-up, and the guard that keeps the document workers from
starting a second Formadesk."""

from __future__ import annotations

import runpy
from pathlib import Path

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QLabel

from formadesk.gui.app import show_shell
from formadesk.gui.main_window import MainWindow
from formadesk.gui.startup_shell import GEOMETRY_KEY


def test_the_shell_names_the_file_and_stands_where_the_main_window_was(qtbot, office):
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.setGeometry(QRect(40, 60, 1100, 700))
    window.show()
    window.close()  # saves its place, as at the end of a working day
    assert QSettings().value(GEOMETRY_KEY)

    shell = show_shell(Path("/bureau/formadesk.sqlite3"))
    qtbot.addWidget(shell)

    assert shell.isVisible() and shell.windowTitle() == "Formadesk"
    assert shell.findChild(QLabel).text() == "Ouverture de « formadesk.sqlite3 »…"
    following = MainWindow(office)  # the window that replaces the shell, at the same place
    qtbot.addWidget(following)
    assert shell.size() == following.size()  # and its place (frames differ by a pixel or two)
    assert abs(shell.y() - following.y()) <= 4 and abs(shell.x() - following.x()) <= 4


def test_a_worker_importing_the_main_module_again_does_not_start_formadesk(monkeypatch):
    started: list[bool] = []
    monkeypatch.setattr("formadesk.cli.main", lambda *a: started.append(True) or 0)

    runpy.run_module("formadesk.__main__", run_name="__mp_main__")  # what a worker does

    assert started == []
