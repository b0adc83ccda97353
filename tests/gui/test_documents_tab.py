"""Convocations made from the sessions tab appear in the documents tab, which opens them."""

from __future__ import annotations

import datetime as dt
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from formadesk.core.services.catalogue import CourseData
from formadesk.core.services.learners import LearnerData
from formadesk.core.services.sessions import SessionData, half_day_slots
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs import session_detail
from formadesk.gui.tabs.documents import DocumentsTab
from formadesk.gui.tabs.sessions import SessionsTab
from formadesk.gui.widgets import desktop

START = dt.date(2027, 3, 1)


def test_empty_state(qtbot, office):
    tab = DocumentsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    assert tab.ui.stack.currentWidget() is tab.ui.emptyLabel
    assert not tab.ui.openButton.isEnabled()


def test_convocations_are_listed_and_opened(qtbot, office, monkeypatch):
    from formadesk.core.documents import service

    if not hasattr(service.DocumentService, "make_convocations"):
        pytest.skip("the document service has no convocations yet")
    course = office.courses.save(CourseData(code="SST", title="Secourisme", duration_minutes=840))
    end = START + dt.timedelta(days=1)
    session = office.sessions.save(
        SessionData(course, START, end, place="Lyon", slots=half_day_slots(START, end))
    )
    for name in ("Durand", "Petit"):
        learner = office.learners.save(LearnerData(last_name=name, first_name="Léa"))
        office.enrollments.enroll(session_id=session, learner_id=learner)
    bus = ChangeSignal(office)
    sessions, documents = SessionsTab(office, bus), DocumentsTab(office, bus)
    for tab in (sessions, documents):
        qtbot.addWidget(tab)
        tab.show()
    sessions.show_session(session)
    asked: list[str] = []
    monkeypatch.setattr(session_detail, "confirm", lambda _parent, _title, text: asked.append(text))

    qtbot.mouseClick(sessions.ui.convocationsButton, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("2 convocations ont été écrites")
    qtbot.waitUntil(lambda: documents.model.rowCount() == 2)  # the change comes from a worker
    assert documents.ui.stack.currentWidget() is documents.ui.documentTable

    opened: list[str] = []
    monkeypatch.setattr(desktop.QDesktopServices, "openUrl", lambda url: opened.append(url))
    documents.ui.documentTable.selectRow(0)
    qtbot.mouseClick(documents.ui.openButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(documents.ui.folderButton, Qt.MouseButton.LeftButton)
    file_path, folder = (url.toLocalFile() for url in opened)
    assert file_path.endswith(".pdf") and os.path.isfile(file_path)
    assert folder == os.path.dirname(file_path)
