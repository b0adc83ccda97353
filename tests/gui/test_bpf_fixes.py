"""Each kind of « À vérifier » item of the BPF page opens the dialog that fixes it."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem, QMessageBox

from formadesk.core.reporting.bpf_data import MissingItem
from formadesk.gui.attendance import AttendanceDialog
from formadesk.gui.dialogs.enrollment_dialog import EnrollmentDialog
from formadesk.gui.dialogs.learner_dialog import LearnerDialog
from formadesk.gui.tabs.reports_bpf import DATA_ROLE
from tests.gui.test_reports_bpf import build, open_page


def choose(page, item: MissingItem):
    """Put ``item`` in the list, select it and press the fix button, as the user would."""
    entry = QListWidgetItem(item.text)
    entry.setData(DATA_ROLE, item)
    page.ui.missingList.addItem(entry)
    page.ui.missingList.setCurrentItem(entry)
    label = page.ui.fixButton.text()
    return label, page.fix_selected()


def test_learner_enrolment_and_attendance_items_open_their_dialogs(qtbot, office, bus):
    scenario = build(office)
    page = open_page(qtbot, office, bus)
    session = scenario.session_id

    label, dialog = choose(page, MissingItem("Hugo Martin", "learner", scenario.martin, session))
    assert label == "Compléter la fiche de l'apprenant…"
    assert isinstance(dialog, LearnerDialog) and dialog.isVisible()
    assert dialog.ui.lastNameEdit.text() == "Martin"
    dialog.reject()

    item = MissingItem("Inscription", "enrollment", scenario.martin_enrollment, session)
    label, dialog = choose(page, item)
    assert label == "Compléter l'inscription…"
    assert isinstance(dialog, EnrollmentDialog) and dialog.isVisible()
    assert dialog.ui.headerLabel.text().startswith("Hugo Martin — session")
    dialog.reject()

    label, dialog = choose(page, MissingItem("Présences", "attendance", session, None))
    assert label == "Saisir les présences…"
    assert isinstance(dialog, AttendanceDialog) and dialog.session_id == session
    dialog.close()


def test_a_session_item_asks_the_main_window_for_the_session(qtbot, office, bus):
    scenario = build(office)
    page = open_page(qtbot, office, bus)

    item = MissingItem("Session", "session", scenario.session_id, scenario.session_id)
    with qtbot.waitSignal(page.session_requested, timeout=2000) as asked:
        label, dialog = choose(page, item)
    assert label == "Ouvrir la session"
    assert dialog is None
    assert asked.args == [scenario.session_id]


def test_an_item_whose_record_is_gone_says_so_in_french(qtbot, office, bus):
    build(office)
    page = open_page(qtbot, office, bus)

    _label, dialog = choose(page, MissingItem("Formation", "course", 999, None))
    assert dialog is None
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None and box.isVisible()
    assert box.text() == "La formation n° 999 n'existe plus. Actualisez la liste."
    box.close()
