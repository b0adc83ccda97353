"""Session statuses follow the calendar while the window stays open past midnight."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from formadesk.core.office import Office

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 5 * 60 * 1000  # a computer woken from sleep catches up within minutes


class DayClock(QObject):
    """Looks at the date every few minutes; on a new day, moves session statuses forward.

    The office does it when it opens and when a session is saved; an office left open
    overnight would otherwise show yesterday's « Planifiée » all day. The move goes through
    ``office.sessions.advance_statuses``, whose change signal refreshes every tab. ``now`` is
    the clock read (tests give their own). ``new_day(date)`` is emitted once the new day is
    taken into account (the window then brings the « À faire » list up to date).
    """

    new_day = Signal(object)

    def __init__(
        self,
        office_of: Callable[[], Office | None],
        parent: QObject | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(parent)
        self.office_of = office_of
        self.now = now
        self.day = now().date()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> list[int]:
        """On a new day, advance the statuses; returns the ids of the sessions moved."""
        now = self.now()
        if now.date() == self.day:
            return []
        office = self.office_of()
        if office is None or office.database.read_only_reason:
            self.day = now.date()
            self.new_day.emit(self.day)
            return []
        try:
            moved = office.sessions.advance_statuses(now)
        except Exception:  # noqa: BLE001 - tried again at the next tick; nothing to ask the user
            log.exception("Advancing the session statuses on %s failed", now.date())
            return []
        self.day = now.date()
        if moved:
            log.info("New day %s: %d session statuses moved forward", now.date(), len(moved))
        self.new_day.emit(self.day)
        return moved


class DayWatch(QObject):
    """Emits ``day_changed(date)`` when the calendar day changes while the window stays open.

    For views of « today » (the dashboard's half-days): they reload on the new day even when
    no session status moved. ``now`` is the clock read (tests give their own).
    """

    day_changed = Signal(object)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(parent)
        self.now = now
        self.day = now().date()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> bool:
        """True (and ``day_changed`` emitted) when the day is not the one last seen."""
        day = self.now().date()
        if day == self.day:
            return False
        self.day = day
        self.day_changed.emit(day)
        return True
