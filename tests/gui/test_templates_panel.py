"""The « Modèles Word » sub-tab: customise a template, go back to the shipped one, copy fields."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs import documents_templates
from formadesk.gui.tabs.documents import DocumentsTab
from formadesk.gui.widgets import desktop


@pytest.fixture
def templates(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "modeles"
    monkeypatch.setenv("FORMADESK_TEMPLATES_DIR", str(folder))
    return folder


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    urls: list[str] = []
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


@pytest.fixture
def tab(qtbot, office, templates) -> DocumentsTab:
    tab = DocumentsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_templates()
    return tab


def test_every_word_kind_is_listed_with_the_shipped_template(tab):
    lines = tab.templates.model.rows()
    assert {"convocation", "attestation_fin", "facture"} <= {line.key for line in lines}
    assert all(not line.own for line in lines)
    assert tab.templates.selected() is not None
    assert not tab.ui.resetButton.isEnabled()


def test_customise_opens_a_copy_then_reset_puts_it_aside(
    qtbot, tab, templates, opened, monkeypatch
):
    assert tab.templates.select_kind("attestation_fin")
    qtbot.mouseClick(tab.ui.customizeButton, Qt.MouseButton.LeftButton)
    own = templates / "attestation_fin.docx"
    assert own.is_file() and Path(opened[-1].toLocalFile()) == own
    line = tab.templates.selected()
    assert line.own and line.origin == "Modèle de l'organisme"
    assert tab.ui.resetButton.isEnabled()

    monkeypatch.setattr(documents_templates, "confirm", lambda *_args: True)
    qtbot.mouseClick(tab.ui.resetButton, Qt.MouseButton.LeftButton)
    assert not own.exists()
    assert len(list((templates / "anciens").glob("attestation_fin (*).docx"))) == 1
    assert not tab.templates.selected().own

    qtbot.mouseClick(tab.ui.templatesFolderButton, Qt.MouseButton.LeftButton)
    assert Path(opened[-1].toLocalFile()) == templates


def test_fields_of_the_convocation_can_be_copied(qtbot, tab):
    assert tab.templates.select_kind("convocation")
    names = [line.name for line in tab.templates.field_model.rows()]
    assert "learner.display_name" in names
    assert "Convocation" in tab.ui.fieldsGroup.title()

    qtbot.keyClicks(tab.ui.fieldSearchEdit, "display_name")
    proxy = tab.templates.field_proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data() == "{{ learner.display_name }}"
    )
    tab.ui.fieldTable.selectRow(row)
    qtbot.mouseClick(tab.ui.copyFieldButton, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "{{ learner.display_name }}"
    assert "copié" in tab.ui.fieldsHint.text()
