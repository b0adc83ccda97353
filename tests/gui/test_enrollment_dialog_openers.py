"""The edit dialog opens from the session's enrolments; the funder's document is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.enrollment_dialog import DOCUMENT, EnrollmentDialog
from formadesk.gui.tabs.sessions import SessionsTab
from tests.core.funding_support import funded_session
from tests.gui.test_enrollment_dialog import fill_line


def test_double_click_and_the_button_open_the_enrolment(qtbot, office, monkeypatch):
    ids = funded_session(office)
    opened = []
    monkeypatch.setattr(EnrollmentDialog, "exec", lambda self: opened.append(self) or 0)
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_session(ids["session"])
    tab.ui.enrollmentTable.selectRow(0)

    tab.ui.enrollmentTable.doubleClicked.emit(tab.ui.enrollmentTable.currentIndex())
    tab.detail.editEnrollmentButton.click()

    assert len(opened) == 2
    assert opened[0].windowTitle() == "Modifier l'inscription"
    assert opened[0].ui.clientField.text() == "Boulangerie Martin"


def test_the_funders_agreement_is_attached_to_its_line(qtbot, office, tmp_path):
    ids = funded_session(office)
    scan = tmp_path / "accord Akto.pdf"
    scan.write_bytes(b"%PDF-1.4\n% accord de prise en charge\n")
    dialog = EnrollmentDialog(office, ids["enrollment"])
    qtbot.addWidget(dialog)
    dialog.ui.addFundingButton.click()
    fill_line(dialog, 0, ids["akto"], "600,00", agreement="PEC-1")
    dialog.choose_file = lambda: str(scan)

    dialog.ui.fundingTable.cellWidget(0, DOCUMENT).click()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()

    [line] = office.enrollments.get(ids["enrollment"]).funding
    assert line.attachment_name == "accord Akto.pdf" and line.amount_cents == 60000
    again = EnrollmentDialog(office, ids["enrollment"])
    qtbot.addWidget(again)
    assert again.ui.fundingTable.cellWidget(0, DOCUMENT).text() == "accord Akto.pdf"
