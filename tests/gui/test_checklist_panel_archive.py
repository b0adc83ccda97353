"""The checklist panel files the session's dossier when it closes it, says where and opens
it; reopening takes the reason typed beside the button; a dossier that cannot be written
leaves the session open with a message saying what to do."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QDesktopServices  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from formadesk.gui.widgets.checklist_panel import ChecklistPanel  # noqa: E402
from tests.core.attendance_factories import held_session, on_their_cpf  # noqa: E402

LAST_SPRING = dt.date(2025, 3, 3)  # a Monday before the real today: the session is over
FOLDER = Path("Archives") / "2025" / "2025-EXCEL-INT-001"


def ready_panel(qtbot, office) -> ChecklistPanel:
    held = on_their_cpf(office, held_session(office, LAST_SPRING))
    for item in office.checklist.of_session(held.session_id).items:
        if not item.done and item.evidence != "closed":
            office.checklist.tick(held.session_id, item.step_id, True, "Fait hors Formadesk")
    panel = ChecklistPanel(office)
    qtbot.addWidget(panel)
    panel.resize(600, 500)
    panel.show()
    panel.show_session(held.session_id)
    return panel


def test_closing_says_where_the_dossier_is_and_opens_it(qtbot, office, monkeypatch):
    panel = ready_panel(qtbot, office)
    assert not panel.open_archive_button.isVisible() and not panel.archive_label.isVisible()
    assert panel.close_session()
    folder = Path(os.environ["FORMADESK_DOCUMENTS_DIR"]) / FOLDER
    assert panel.ui.stateLabel.text().startswith("Session clôturée le ")
    assert panel.archive_label.isVisible()
    assert panel.archive_label.text().startswith(f"Dossier archivé dans « {folder} » : ")
    assert "(voir index.pdf)" in panel.archive_label.text()
    assert (folder / "index.pdf").is_file()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    panel.open_archive_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [folder]
    # Shown again later (another session, then back): the folder is still said.
    session_id = panel.session_id
    panel.show_session(None)
    panel.show_session(session_id)
    assert panel.archive_label.text() == f"Dossier archivé dans « {folder} »."


def test_reopening_records_the_reason_typed_beside_the_button(qtbot, office):
    panel = ready_panel(qtbot, office)
    panel.close_session()
    assert panel.reason_edit.isVisible() and panel.ui.reopenButton.isVisible()
    panel.reason_edit.setText("Certificat à corriger")
    panel.ui.reopenButton.click()
    assert panel.ui.closeButton.isVisible() and not panel.reason_edit.isVisible()
    assert not panel.open_archive_button.isVisible()
    [line] = office.archives.log(action="reouverture")
    assert line.detail.startswith("Motif : Certificat à corriger. Dossier archivé conservé")
    assert panel.close_session()
    assert panel.archive_label.text().startswith("Dossier archivé dans « ")
    assert "2025-EXCEL-INT-001 (v2)" in panel.archive_label.text()


def test_a_dossier_that_cannot_be_filed_leaves_the_session_open(qtbot, office):
    panel = ready_panel(qtbot, office)
    year = Path(os.environ["FORMADESK_DOCUMENTS_DIR"]) / "Archives" / "2025"
    year.parent.mkdir(parents=True)
    year.write_text("pas un dossier")
    assert not panel.close_session()
    box = panel.findChild(QMessageBox, "errorBox")
    assert box is not None and "n'a pas pu être archivé" in box.text()
    assert "la session n'est pas clôturée" in box.text()
    box.close()
    assert panel.ui.closeButton.isVisible() and panel.ui.closeButton.isEnabled()
    assert not panel.archive_label.isVisible()
    assert office.checklist.of_session(panel.session_id).closed_on is None
