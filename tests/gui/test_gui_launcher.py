"""`formadesk-gui` has no console on Windows: what would only reach stderr is shown in a dialog."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QMessageBox

from formadesk import cli


@pytest.fixture
def boxes(monkeypatch, qapp) -> list[tuple[str, str]]:
    """The (title, text) of each message box shown; each is answered at once."""
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def test_a_wrong_option_is_shown_in_french_in_a_dialog(monkeypatch, boxes, capsys):
    monkeypatch.setattr(sys, "argv", ["formadesk-gui", "--bd=base.sqlite3"])
    assert cli.gui_main() == 2
    assert len(boxes) == 1
    title, text = boxes[0]
    assert title == "Formadesk ne peut pas démarrer"
    assert text.startswith("Arguments non reconnus : --bd=base.sqlite3")
    assert "Erreur : arguments non reconnus" in capsys.readouterr().err  # a console still sees it


def test_a_missing_module_is_shown_in_a_dialog(monkeypatch, boxes):
    monkeypatch.setitem(sys.modules, "formadesk.cli_planning", None)  # a broken installation
    monkeypatch.setattr(sys, "argv", ["formadesk-gui"])
    assert cli.gui_main() == 1
    assert len(boxes) == 1
    assert boxes[0][0] == "Formadesk ne peut pas démarrer"
    assert "Formadesk n'a pas pu démarrer" in boxes[0][1]
    assert "ModuleNotFoundError" in boxes[0][1] or "ImportError" in boxes[0][1]


def test_a_missing_database_file_for_a_command_is_shown_in_a_dialog(monkeypatch, boxes, tmp_path):
    missing = tmp_path / "absente.sqlite3"
    monkeypatch.setattr(sys, "argv", ["formadesk-gui", "check", "--db", str(missing)])
    assert cli.gui_main() == 1
    [(title, text)] = boxes
    assert title == "Formadesk ne peut pas démarrer"
    assert text.startswith(f"Aucune base à cet emplacement : {missing}. Pour en créer une")


def test_nothing_is_shown_when_all_went_well(monkeypatch, boxes, capsys):
    monkeypatch.setattr(sys, "argv", ["formadesk-gui", "--version"])
    assert cli.gui_main() == 0
    assert boxes == []
