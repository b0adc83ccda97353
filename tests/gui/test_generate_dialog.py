"""The generation dialog: recipients, cancelling a batch, a bad Word template, the session panel."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time
from pathlib import Path

import pytest
from docx import Document
from PySide6.QtCore import Qt

from formadesk.core.office import Office
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.generate_dialog import GenerateDialog
from formadesk.gui.tabs.documents import DocumentsTab
from formadesk.gui.tabs.sessions import SessionsTab
from formadesk.gui.widgets import desktop
from tests.core.factories import make_course, make_learner, make_session

NAMES = (("Lefèvre", "Hélène"), ("Durand", "Léa"), ("Petit", "Noé"))


@pytest.fixture
def session_id(office: Office) -> int:
    session = make_session(office, make_course(office))
    for last, first in NAMES:
        learner = make_learner(office, last, first)
        office.enrollments.enroll(session_id=session, learner_id=learner)
    return session


@pytest.fixture
def templates(monkeypatch, tmp_path) -> Path:
    folder = tmp_path / "modeles"
    monkeypatch.setenv("FORMADESK_TEMPLATES_DIR", str(folder))
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda _url: True)
    return folder


def dialog_for(qtbot, office: Office, session_id: int, kind: str, fmt: str = "pdf"):
    dialog = GenerateDialog(office, session_id, kind_key=kind)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_kind(kind, fmt)
    return dialog


def run(qtbot, dialog: GenerateDialog) -> None:
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)


def test_kinds_formats_and_recipients(qtbot, office, session_id):
    dialog = dialog_for(qtbot, office, session_id, "liste_participants")
    formats = [dialog.ui.formatCombo.itemText(i) for i in range(dialog.ui.formatCombo.count())]
    assert formats == ["PDF", "Excel", "Word"]
    assert not dialog.ui.recipientsList.isVisibleTo(dialog)  # one file for the session
    assert not dialog.ui.mergedCheck.isEnabled()
    labels = [dialog.ui.kindCombo.itemText(i) for i in range(dialog.ui.kindCombo.count())]
    assert labels[0] == "Avant la formation" and "Facture" not in labels
    dialog.select_kind("convocation", "pdf")
    assert dialog.ui.recipientsGroup.title() == "Apprenants"
    assert dialog.ui.recipientsList.count() == 3 and dialog.selection() == {}
    durand = dialog.ui.recipientsList.findItems("DURAND Léa", Qt.MatchFlag.MatchStartsWith)[0]
    durand.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ui.recipientsCount.text() == "2 sur 3"
    run(qtbot, dialog)
    assert len(dialog.result) == 2 and "DURAND" not in " ".join(map(str, dialog.result))
    assert dialog.ui.fileList.count() == 2


def test_merged_pdf_is_offered_at_the_end(qtbot, office, session_id, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: opened.append(url))
    dialog = dialog_for(qtbot, office, session_id, "convocation")
    dialog.ui.mergedCheck.setChecked(True)
    run(qtbot, dialog)
    assert dialog.ui.openMergedButton.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.ui.openMergedButton, Qt.MouseButton.LeftButton)
    assert opened[0].toLocalFile().endswith("tous.pdf")


def test_cancel_after_the_first_file_keeps_it(qtbot, office, session_id, monkeypatch):
    real = office.documents.generate

    def held(*args, progress, cancelled, **kwargs):
        def report(message: str, fraction: float) -> None:
            progress(message, fraction)
            if message.startswith("Convocation 1/"):
                deadline = time.monotonic() + 10
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.01)  # hold the batch until the user clicks « Interrompre »

        return real(*args, progress=report, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(office.documents, "generate", held)
    bus = ChangeSignal(office)
    tab = DocumentsTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    dialog = dialog_for(qtbot, office, session_id, "convocation")  # attestations: refused ahead
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Convocation 1/3" in dialog.ui.progressLabel.text(), timeout=20000)
    assert dialog.ui.cancelButton.isVisible() and not dialog.ui.closeButton.isEnabled()
    qtbot.mouseClick(dialog.ui.cancelButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)

    assert dialog.result.cancelled and len(dialog.result) == 1
    assert Path(dialog.result[0]).is_file()
    assert dialog.ui.summaryLabel.text().startswith("Production interrompue : 1 document sur 3")
    qtbot.waitUntil(lambda: tab.documents.model.rowCount() == 1)


def test_a_template_with_an_unknown_field_says_which(qtbot, office, session_id, templates):
    tab = DocumentsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show_templates()
    assert tab.templates.select_kind("convocation")
    path = tab.templates.customise()
    assert path == templates / "convocation.docx" and path.is_file()
    assert tab.templates.selected().own

    document = Document(str(path))
    paragraph = next(p for p in document.paragraphs if p.text.strip() and "{%" not in p.text)
    paragraph.text = "{{ apprenant.nom }}"
    document.save(str(path))

    dialog = dialog_for(qtbot, office, session_id, "convocation", "docx")
    run(qtbot, dialog)
    assert dialog.ui.pages.currentWidget() is dialog.ui.formPage
    message = dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    assert "convocation.docx" in message and "apprenant" in message, message
    assert office.documents.list_documents() == []
    assert not list(Path(os.environ["FORMADESK_DOCUMENTS_DIR"]).rglob("*.docx"))


def test_session_panel_opens_the_dialog_for_its_session(qtbot, office, session_id):
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_session(session_id)
    button = tab.ui.convocationsButton
    assert button.text().replace("&", "") == "Documents…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(GenerateDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.session_id == session_id and not dialog.ui.sessionCombo.isEnabled()
    assert dialog.kind.key == "convocation"
    dialog.close()


def test_a_large_batch_from_the_dialog_is_rendered_by_the_worker_processes(
    qtbot, office, monkeypatch, templates
):
    """Opening the dialog loads the renderers in the worker processes; a batch of twelve
    convocations then goes to them, and the dialog lists the twelve files in order."""
    from formadesk.core import workers
    from formadesk.core.documents.engine import parallel

    monkeypatch.setenv(workers.ENVIRONMENT, "2")
    session = make_session(office, make_course(office), places=12)
    for index in range(12):
        learner = make_learner(office, f"Élève{index:02d}", "Zoë")
        office.enrollments.enroll(session_id=session, learner_id=learner)
    spread: list[int] = []
    real = parallel.Spread.finish
    monkeypatch.setattr(
        parallel.Spread,
        "finish",
        lambda self, **kw: spread.append(len(self.items)) or real(self, **kw),
    )

    dialog = dialog_for(qtbot, office, session, "convocation")
    qtbot.waitUntil(workers.ready, timeout=30000)  # in the background, while the user chooses
    run(qtbot, dialog)

    assert spread == [12] and len(dialog.result) == 12
    names = [dialog.ui.fileList.item(i).text() for i in range(dialog.ui.fileList.count())]
    assert len(names) == 12 and "ÉLÈVE00" in names[0]


def test_the_session_box_never_shows_one_session_while_another_is_chosen(qtbot, office, session_id):
    """Typed text that names one session chooses it; other text gives way to the session still
    chosen: documents are never made for a session the box does not show."""
    from datetime import timedelta

    from tests.core.factories import MONDAY

    other = make_session(office, make_course(office, "WORD-BASE"), start=MONDAY + timedelta(7))
    other_code = office.sessions.get(other).code
    dialog = GenerateDialog(office)  # opened from the Documents tab, no session chosen yet
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.ui.sessionCombo
    combo.setCurrentIndex(combo.findData(session_id))

    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), other_code)
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentData() == other and combo.currentText().startswith(other_code)
    assert dialog.ui.recipientsList.count() == 0  # nobody enrolled there

    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "zzz")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert combo.currentData() == other and combo.currentText().startswith(other_code)
    assert combo.lineEdit().cursorPosition() == 0
