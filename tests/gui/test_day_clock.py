"""A window left open past midnight moves session statuses forward on the new day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from formadesk.gui.main_window import MainWindow
from tests.core.factories import make_course, make_session

MONDAY = dt.date(2030, 1, 7)


def status_shown(window: MainWindow, session_id: int) -> str:
    model = window.sessions_tab.session_model
    horizontal = Qt.Orientation.Horizontal
    column = next(
        c for c in range(model.columnCount()) if model.headerData(c, horizontal) == "Statut"
    )
    return model.index(model.row_of_id(session_id), column).data()


def test_the_status_moves_when_the_day_changes_while_the_window_is_open(office, qtbot):
    session_id = make_session(office, make_course(office), start=MONDAY)  # Monday-Tuesday
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.sessions_tab)
    assert status_shown(window, session_id) == "Planifiée"

    clock = window.day_clock
    clock.now = lambda: dt.datetime.combine(clock.day, dt.time(23, 55))
    assert clock.tick() == []  # same day: nothing to do
    clock.now = lambda: dt.datetime(2030, 1, 9, 0, 5)  # the Wednesday after, past midnight
    assert clock.tick() == [session_id]
    assert status_shown(window, session_id) == "Terminée"  # refreshed by the change signal
    assert office.sessions.row(session_id).status == "terminee"
    assert clock.tick() == []  # once a day
    assert clock.timer.isActive()
