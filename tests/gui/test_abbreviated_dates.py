"""Short dates in the lists and calendars write « 1er » on the first of the month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGraphicsSimpleTextItem

from formadesk.gui.tabs.sessions import SessionsTab
from formadesk.gui.widgets.calendar_week import WeekView
from formadesk.gui.widgets.timeline import TimelineView
from tests.core.factories import make_course, make_session

FIRST = dt.date(2027, 4, 1)  # a Thursday


def texts(view) -> set[str]:
    return {i.text() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)}


def test_the_session_slots_list_reads_jeu_1er_avr(office, bus, qtbot):
    session_id = make_session(office, make_course(office), start=FIRST)
    tab = SessionsTab(office, bus)
    qtbot.addWidget(tab)
    tab.show_session(session_id)
    model = tab.detail.slot_model
    assert model.index(0, 0).data() == "jeu. 1er avr. 2027"
    assert model.index(model.rowCount() - 1, 0).data() == "ven. 2 avr. 2027"


def test_the_week_headers_read_jeu_1er_avr(qtbot):
    view = WeekView()
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    view.set_week([FIRST + dt.timedelta(days=i) for i in range(-3, 2)], [], FIRST)
    assert {"Jeu. 1er avr.", "Ven. 2 avr.", "Mer. 31 mars"} <= texts(view)


def test_the_timeline_headers_read_1er_wide_or_narrow(qtbot):
    view = TimelineView()
    qtbot.addWidget(view)
    view.resize(1000, 400)
    view.show()
    days = [FIRST, FIRST + dt.timedelta(days=1)]
    view.set_timeline(days, [], [], lambda _s: (), today=FIRST, unassigned="")
    assert "Jeu. 1er avr." in texts(view)
    month = [FIRST + dt.timedelta(days=i) for i in range(30)]
    view.set_timeline(month, [], [], lambda _s: (), today=FIRST, unassigned="")
    assert {"J 1er", "V 2"} <= texts(view)
