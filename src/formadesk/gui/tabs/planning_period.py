"""Periods the planning tab shows (a week, a month, one or two weeks) and their French titles."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from formadesk.core import formatting as fmt


class View(Enum):
    WEEK = "week"
    MONTH = "month"
    TIMELINE = "timeline"


def monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _day_month(day: dt.date) -> str:
    """« 1er mars », « 23 novembre »."""
    text = fmt.date_medium(day).rsplit(" ", 1)[0]
    return "1er" + text[1:] if day.day == 1 else text


def range_bounds(first: dt.date, last: dt.date) -> tuple[str, str]:
    """How to write « du … au … » without repeating the month or year when they are shared."""
    if first.year != last.year:
        start = f"{_day_month(first)} {first.year}"
    elif first.month != last.month:
        start = _day_month(first)
    else:
        start = "1er" if first.day == 1 else str(first.day)
    return start, f"{_day_month(last)} {last.year}"


def week_bounds(monday: dt.date) -> tuple[str, str]:
    """(« 23 », « 29 novembre 2026 »), (« 30 novembre », « 6 décembre 2026 ») ..."""
    return range_bounds(monday, monday + dt.timedelta(days=6))


def month_title(day: dt.date) -> str:
    """« Novembre 2026 »."""
    return fmt.date_medium(day.replace(day=1)).split(" ", 1)[1].capitalize()


def period_of(view: View, anchor: dt.date, weeks: int = 1) -> tuple[dt.date, dt.date]:
    """First and last day shown by ``view`` around ``anchor``."""
    if view is View.MONTH:
        first = anchor.replace(day=1)
        return first, add_months(first, 1) - dt.timedelta(days=1)
    monday = monday_of(anchor)
    span = weeks if view is View.TIMELINE else 1
    return monday, monday + dt.timedelta(days=7 * span - 1)


def step(view: View, anchor: dt.date, direction: int, weeks: int = 1) -> dt.date:
    """The anchor of the previous (-1) or next (+1) period."""
    if view is View.MONTH:
        return add_months(anchor, direction)
    span = weeks if view is View.TIMELINE else 1
    return monday_of(anchor) + dt.timedelta(days=7 * span * direction)


def shown_days(first: dt.date, last: dt.date, busy: set[dt.date]) -> list[dt.date]:
    """The days to draw as columns: Saturdays and Sundays only when something happens then."""
    days = []
    day = first
    while day <= last:
        if day.weekday() < 5 or day in busy:
            days.append(day)
        day += dt.timedelta(days=1)
    return days
