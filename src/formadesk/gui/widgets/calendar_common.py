"""What the planning views share: colours, course colours, time arithmetic, text wrapping."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontMetrics

from formadesk.core import formatting as fmt
from formadesk.core.services.resources import SlotRow

DAY_START_HOUR = 8
DAY_END_HOUR = 19
SNAP_MINUTES = 15
GRID_COLOUR = QColor("#d5d9de")
HEADER_COLOUR = QColor("#f2f4f7")
TODAY_COLOUR = QColor("#fff8dc")
TEXT_COLOUR = QColor("#1f2933")
MUTED_COLOUR = QColor("#6b7480")
SELECTED_COLOUR = QColor("#1f5fbf")
MIN_TEXT_WIDTH = 22


def course_colour(course_id: int | None) -> QColor:
    """A light colour that stays the same for a course from one day to the next."""
    if not course_id:
        return QColor("#e4e7eb")
    hue = (course_id * 0.618033988749895) % 1.0  # golden ratio: neighbours differ clearly
    return QColor.fromHsvF(hue, 0.30, 0.97)


def minutes_of(value: dt.time) -> int:
    return value.hour * 60 + value.minute


def time_of(minutes: int) -> dt.time:
    minutes = max(0, min(minutes, 23 * 60 + 45))
    return dt.time(minutes // 60, minutes % 60)


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    return int(round(minutes / step) * step)


def hour_range(slots: Sequence[SlotRow]) -> tuple[int, int]:
    """First and last hour to draw: 8h-19h, widened for a slot that starts or ends outside."""
    first, last = DAY_START_HOUR, DAY_END_HOUR
    for slot in slots:
        first = min(first, slot.start_time.hour)
        last = max(last, math.ceil(minutes_of(slot.end_time) / 60))
    return first, min(last, 24)


def lanes(slots: Sequence[SlotRow]) -> dict[int, tuple[int, int]]:
    """Side-by-side placement of overlapping slots: slot id -> (lane, lanes in its group)."""
    placed: dict[int, tuple[int, int]] = {}
    group: list[tuple[SlotRow, int]] = []
    lane_ends: list[dt.time] = []
    group_end: dt.time | None = None

    def close_group() -> None:
        for row, lane in group:
            placed[row.id] = (lane, len(lane_ends))

    for slot in sorted(slots, key=lambda s: (s.start_time, s.end_time, s.id)):
        if group_end is not None and slot.start_time >= group_end:
            close_group()
            group, lane_ends, group_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= slot.start_time), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(slot.end_time)
        else:
            lane_ends[lane] = slot.end_time
        group.append((slot, lane))
        group_end = max(group_end or slot.end_time, slot.end_time)
    close_group()
    return placed


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """Break a line after spaces or hyphens so that each piece fits ``width`` when it can."""
    pieces: list[str] = []
    current = ""
    for token in re.split(r"(?<=[\s\-–])", text):
        if current and metrics.horizontalAdvance(current + token) > width:
            pieces.append(current.rstrip())
            current = token
        else:
            current += token
    if current.strip() or not pieces:
        pieces.append(current.rstrip())
    if any(metrics.horizontalAdvance(piece) > width for piece in pieces):
        return [text]  # a word wider than the block: one elided line reads better than shreds
    return pieces


def short_code(code: str) -> str:
    """« 2026-EXCEL-INT-004 » -> « EXCEL-INT-004 » where the year is already on screen."""
    return re.sub(r"^\d{4}-", "", code)


def slot_tooltip(slot: SlotRow) -> str:
    """Everything about a slot, for the tooltip of its block."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SlotBlock", text)

    lines = [
        f"<b>{slot.session_code}</b> — {slot.course_title}",
        fmt.date_long(slot.date).capitalize()
        + ", "
        + fmt.time_range(slot.start_time, slot.end_time),
        tr("Salle : ") + (slot.room_name or tr("<i>à réserver</i>")),
        tr("Animé par : ") + (slot.trainer_names or tr("<i>formateur à affecter</i>")),
        tr("<i>Double-clic : ouvrir la session</i>"),
    ]
    return "<br>".join(lines)
