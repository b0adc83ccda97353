"""The documents tab: a batch made through the dialog is listed, regenerated, followed, mailed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from formadesk.core.office import Office
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.generate_dialog import GenerateDialog
from formadesk.gui.tabs.documents import DocumentsTab
from formadesk.gui.widgets import desktop
from tests.core.factories import make_course, make_learner, make_session

NAMES = (("Lefèvre", "Hélène"), ("Durand", "Léa"), ("Petit", "Noé"))


@pytest.fixture
def session_id(office: Office) -> int:
    session = make_session(office, make_course(office))
    for last, first in NAMES:
        learner = make_learner(office, last, first, email=f"{first.lower()}@exemple.fr")
        office.enrollments.enroll(session_id=session, learner_id=learner)
    return session


@pytest.fixture
def tab(qtbot, office: Office) -> DocumentsTab:
    tab = DocumentsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """Files and folders the tab asked the desktop to open (nothing really opens)."""
    urls: list[str] = []
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def finish(qtbot, dialog: GenerateDialog) -> None:
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is not dialog.ui.runPage, timeout=20000)


def produce(qtbot, tab: DocumentsTab, session_id: int, kind: str) -> GenerateDialog:
    dialog = tab.produce(session_id)
    dialog.select_kind(kind, "pdf")
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    finish(qtbot, dialog)
    return dialog


def test_empty_state(tab):
    assert tab.ui.stack.currentWidget() is tab.ui.emptyLabel
    assert not tab.ui.openButton.isEnabled()
    assert [tab.ui.subTabs.tabText(i) for i in range(3)] == [
        "Documents",
        "Factures",
        "Modèles Word",
    ]


def test_attestations_are_listed_then_regenerated_as_version_2(qtbot, tab, session_id):
    # convocations: attestations are refused before the session's last day (issue 7)
    dialog = produce(qtbot, tab, session_id, "convocation")
    assert dialog.ui.pages.currentWidget() is dialog.ui.donePage, dialog.ui.errorLabel.text()
    assert dialog.ui.progressBar.value() == 100
    assert dialog.ui.summaryLabel.text() == "3 documents produits."
    files = [Path(p) for p in dialog.result]
    assert all(p.is_file() for p in files) and dialog.ui.fileList.count() == 3
    dialog.close()

    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 3)  # the change comes queued
    rows = tab.documents.model.rows()
    assert {r.version for r in rows} == {1}
    assert {r.learner_name for r in rows} == {"LEFÈVRE Hélène", "DURAND Léa", "PETIT Noé"}
    first = next(r for r in rows if r.learner_name == "LEFÈVRE Hélène")

    tab.ui.searchEdit.setText("lefevre")  # accents ignored; searched once typing pauses
    qtbot.waitUntil(lambda: tab.documents.proxy.rowCount() == 1)
    tab.ui.documentTable.selectRow(0)
    again = tab.documents.regenerate()
    finish(qtbot, again)
    assert again.ui.summaryLabel.text() == "1 document produit."
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 2)  # the search still applies
    versions = sorted(r.version for r in tab.documents.model.rows())
    assert versions == [1, 2]
    assert Path(first.path).is_file()  # the earlier version is kept
    tab.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 4)
    headers = [tab.documents.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[:2] == ["Type", "N°"]
    assert tab.documents.proxy.index(0, 1).data() in ("", None)  # a convocation has no number
    assert tab.documents.proxy.index(0, 5).data() == "2"  # newest first
    assert Path(again.result[0]).name.endswith("(v2).pdf")


def test_mark_sent_then_email_draft(qtbot, tab, office, session_id, opened, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    office.documents.generate("convocation", session_id)
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 3)
    tab.ui.documentTable.selectRow(0)
    assert tab.ui.sentButton.isEnabled()
    qtbot.mouseClick(tab.ui.sentButton, Qt.MouseButton.LeftButton)
    status_column = 6
    qtbot.waitUntil(lambda: tab.documents.proxy.index(0, status_column).data() == "Envoyé")
    assert tab.documents.proxy.index(0, 8).data()  # « Envoyé le » is filled
    assert not tab.ui.sentButton.isEnabled() and tab.ui.signedButton.isEnabled()

    tab.ui.statusCombo.setCurrentIndex(tab.ui.statusCombo.findText("Envoyé"))
    assert tab.documents.proxy.rowCount() == 1
    tab.ui.documentTable.selectRow(0)
    qtbot.mouseClick(tab.ui.emailButton, Qt.MouseButton.LeftButton)
    draft = Path(opened[-1].toLocalFile())
    assert draft.suffix == ".eml" and draft.is_file()
    assert "@exemple.fr" in draft.read_text(encoding="utf-8", errors="replace")


def test_open_and_folder_of_a_document(qtbot, tab, office, session_id, opened):
    office.documents.generate("programme", session_id)
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 1)
    tab.ui.documentTable.selectRow(0)
    qtbot.mouseClick(tab.ui.openButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.ui.folderButton, Qt.MouseButton.LeftButton)
    file_path, folder = (url.toLocalFile() for url in opened)
    assert file_path.endswith(".pdf") and os.path.isfile(file_path)
    assert folder == os.path.dirname(file_path)


def test_produce_starts_from_the_selected_documents_session(qtbot, tab, office, session_id):
    other = make_session(office, make_course(office, code="SST"))
    office.documents.generate("programme", session_id)
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 1)
    tab.ui.documentTable.selectRow(0)
    dialog = tab.produce()
    assert dialog.session_id == session_id and dialog.ui.sessionCombo.isEnabled()
    dialog.close()
    tab.ui.sessionCombo.setCurrentIndex(tab.ui.sessionCombo.findData(other))
    assert tab.documents.model.rowCount() == 0  # the filter reads that session's documents
    assert tab.ui.countLabel.text() == "Aucun document"
    dialog = tab.produce()
    assert dialog.session_id == other
    dialog.close()
