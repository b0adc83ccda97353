"""The sessions tab and its dialogs, driven like a user would, on a real database."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerData
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.dialogs.course_dialog import CourseDialog
from formadesk.gui.dialogs.enroll_dialog import EnrollDialog
from formadesk.gui.dialogs.session_dialog import SessionDialog
from formadesk.gui.tabs.sessions import SessionsTab

MONDAY = dt.date(2027, 3, 1)


@pytest.fixture
def db(tmp_path):
    return tmp_path / "t.sqlite3"


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def create_course(qtbot, office: Office) -> int:
    dialog = CourseDialog(office)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.codeEdit, "excel-int")
    dialog.ui.titleEdit.setText("Excel intermédiaire")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.durationEdit, "14")
    qtbot.keyClicks(dialog.ui.priceEdit, "540,00")
    dialog.ui.objectivesEdit.setPlainText("Construire un TCD\nUtiliser RECHERCHEX\n")
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    return dialog.saved_id


def enroll(qtbot, office: Office, session_id: int, search: str) -> EnrollDialog:
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.searchEdit, search)
    qtbot.waitUntil(lambda: dialog.ui.learnerList.count() == 1)
    dialog.ui.learnerList.setCurrentRow(0)
    save(qtbot, dialog)
    return dialog


def test_course_session_and_enrollments_through_the_dialogs(qtbot, db):
    office = Office.open(db, create=True)
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()

    course_id = create_course(qtbot, office)
    assert office.courses.get(course_id).objectives == ["Construire un TCD", "Utiliser RECHERCHEX"]
    assert [r.code for r in tab.course_model.rows()] == ["EXCEL-INT"]

    dialog = SessionDialog(office, course_id=course_id)
    qtbot.addWidget(dialog)
    dialog.ui.startDate.setDate(QDate(MONDAY))
    assert dialog.ui.codeEdit.text() == "2027-EXCEL-INT-001"
    assert dialog.ui.endDate.date().toPython() == MONDAY + dt.timedelta(days=1)
    dialog.ui.minSpin.setValue(1)
    dialog.ui.maxSpin.setValue(1)
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.slotTable.rowCount() == 4
    assert "14 h / durée de la formation : 14 h" in dialog.ui.hoursLabel.text()
    save(qtbot, dialog)
    session_id = dialog.saved_id
    assert session_id and office.sessions.get(session_id).planned_minutes == 14 * 60
    tab.show_session(session_id)
    assert tab.detail.session_id == session_id
    assert tab.detail.slot_model.rowCount() == 4

    office.learners.save(LearnerData(last_name="Lefèvre", first_name="Hélène"))
    office.learners.save(LearnerData(last_name="Martin", first_name="Lucas"))
    first = enroll(qtbot, office, session_id, "lefe")
    assert first.result() == QDialog.DialogCode.Accepted
    assert [r.learner_name for r in tab.detail.enrollment_model.rows()] == ["LEFÈVRE Hélène"]

    second = enroll(qtbot, office, session_id, "martin")
    assert second.isVisible(), "a refused enrollment keeps the dialog open"
    assert "complète" in second.ui.errorLabel.text()
    assert len(office.enrollments.for_session(session_id)) == 1
    office.close(backup_if_changed=False)

    reopened = Office.open(db)
    assert [r.code for r in reopened.sessions.list()] == ["2027-EXCEL-INT-001"]
    assert [r.learner_name for r in reopened.enrollments.for_session(session_id)] == [
        "LEFÈVRE Hélène"
    ]
    reopened.close(backup_if_changed=False)


@pytest.fixture
def course_id(office):
    from formadesk.core.services.catalogue import CourseData

    return office.courses.save(
        CourseData(code="SST", title="Sauveteur secouriste", duration_minutes=14 * 60)
    )


def test_planned_hours_turn_orange_and_a_typed_code_is_kept(qtbot, office, course_id):
    dialog = SessionDialog(office, course_id=course_id)
    qtbot.addWidget(dialog)
    dialog.ui.startDate.setDate(QDate(MONDAY))
    dialog.generate_slots()
    assert dialog.ui.hoursLabel.styleSheet() == ""
    dialog.ui.slotTable.selectRow(0)
    qtbot.mouseClick(dialog.ui.removeSlotButton, Qt.MouseButton.LeftButton)
    assert "10 h 30 / durée de la formation : 14 h" in dialog.ui.hoursLabel.text()
    assert "#d35400" in dialog.ui.hoursLabel.styleSheet()

    dialog.ui.codeEdit.clear()
    qtbot.keyClicks(dialog.ui.codeEdit, "SST-MARS")
    dialog.ui.startDate.setDate(QDate(MONDAY + dt.timedelta(days=7)))
    assert dialog.ui.codeEdit.text() == "SST-MARS"


def test_status_change_removal_and_excel_export(qtbot, office, course_id, tmp_path, monkeypatch):
    from formadesk.core.services.sessions import SessionData, half_day_slots
    from formadesk.gui.tabs import session_detail

    end = MONDAY + dt.timedelta(days=1)
    session_id = office.sessions.save(
        SessionData(course_id, MONDAY, end, slots=half_day_slots(MONDAY, end))
    )
    learner = office.learners.save(LearnerData(last_name="Petit", first_name="Hugo"))
    office.enrollments.enroll(session_id=session_id, learner_id=learner)
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_session(session_id)
    tab.ui.enrollmentTable.selectRow(0)

    monkeypatch.setattr(tab.detail, "ask_status", lambda row: "liste_attente")
    qtbot.mouseClick(tab.ui.statusButton, Qt.MouseButton.LeftButton)
    assert tab.detail.enrollment_model.rows()[0].status == "liste_attente"
    assert "0/12" in tab.ui.detailTitle.text()

    target = tmp_path / "inscrits.xlsx"
    monkeypatch.setattr(tab.detail, "ask_export_path", lambda name: str(target))
    monkeypatch.setattr(session_detail, "confirm", lambda *args: False)
    qtbot.mouseClick(tab.ui.exportButton, Qt.MouseButton.LeftButton)
    assert target.exists() and target.stat().st_size > 0

    tab.ui.enrollmentTable.selectRow(0)
    monkeypatch.setattr(session_detail, "confirm", lambda *args: True)
    qtbot.mouseClick(tab.ui.removeButton, Qt.MouseButton.LeftButton)
    assert office.enrollments.for_session(session_id) == []
    assert tab.detail.enrollment_model.rowCount() == 0


def test_a_session_whose_dates_are_past_is_listed_as_terminee(qtbot, db):
    from formadesk.core.services.catalogue import CourseData
    from formadesk.core.services.sessions import SessionData, SlotData

    office = Office.open(db, create=True)
    course = office.courses.save(CourseData(code="SST", title="Sauveteur", duration_minutes=420))
    day = dt.date.today() - dt.timedelta(days=10)
    data = SessionData(course, day, day, slots=[SlotData(day, dt.time(9), dt.time(17))])
    month_ago = dt.datetime.now() - dt.timedelta(days=30)  # saved while still to come
    session_id = office.sessions.save(data, confirm=True, now=month_ago)
    assert office.sessions.row(session_id).status_label == "Planifiée"
    office.close(backup_if_changed=False)

    office = Office.open(db)  # opening the office moves statuses forward
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    [row] = tab.session_model.rows()
    model = tab.session_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert model.index(0, headers.index("Statut")).data() == "Terminée"
    assert row.id == session_id
    office.close(backup_if_changed=False)
