"""Columns of the contact journal (the « Journal des échanges » page and each file's history)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP

from formadesk.core.services.journal import InteractionRow

from .simple import CENTER, Column

CONTEXT = "JournalModel"


def _follow_up_hint(row: InteractionRow) -> str | None:
    if row.is_late():
        return "full"
    if row.pending:
        return "warning"
    return None


def _first_line(text: str, limit: int = 90) -> str:
    line = (text or "").strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _tooltip(row: InteractionRow) -> str:
    return row.notes[:1500] if row.notes else row.subject


WHEN = Column(
    QT_TRANSLATE_NOOP(CONTEXT, "Date"),
    lambda r: f"{r.happened_at:%d/%m/%Y %H:%M}",
    sort_key=lambda r: r.happened_at,
)
CHANNEL = Column(QT_TRANSLATE_NOOP(CONTEXT, "Canal"), lambda r: r.channel_label)
DIRECTION = Column(QT_TRANSLATE_NOOP(CONTEXT, "Sens"), lambda r: r.direction_label)
WHO = Column(
    QT_TRANSLATE_NOOP(CONTEXT, "Avec qui"), lambda r: r.who_label, tooltip=lambda r: r.who_label
)
SESSION = Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code)
SUBJECT = Column(
    QT_TRANSLATE_NOOP(CONTEXT, "Objet"),
    lambda r: r.subject + (f" — {_first_line(r.notes)}" if r.notes else ""),
    sort_key=lambda r: r.subject.lower(),
    tooltip=_tooltip,
)
FOLLOW_UP = Column(
    QT_TRANSLATE_NOOP(CONTEXT, "Relance"),
    lambda r: r.follow_up_text,
    sort_key=lambda r: (r.follow_up_done_on is not None, r.follow_up_on or dt.date.max),
    hint=_follow_up_hint,
)
FILES = Column(
    QT_TRANSLATE_NOOP(CONTEXT, "PJ"),
    lambda r: str(r.attachments) if r.attachments else "",
    sort_key=lambda r: r.attachments,
    align=CENTER,
    tooltip=lambda r: f"{r.attachments} pièce(s) jointe(s)" if r.attachments else "",
)

JOURNAL_COLUMNS: list[Column[InteractionRow]] = [
    WHEN,
    CHANNEL,
    DIRECTION,
    WHO,
    SESSION,
    SUBJECT,
    FOLLOW_UP,
    FILES,
]
# A file's history, in a narrow panel: the day, the channel (its direction in the tooltip),
# who (hidden when the file is one person's), the subject (its text in the tooltip).
HISTORY_COLUMNS: list[Column[InteractionRow]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: f"{r.happened_at:%d/%m/%Y}",
        sort_key=lambda r: r.happened_at,
        tooltip=lambda r: f"{r.happened_at:%d/%m/%Y à %H:%M}",
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Canal"),
        lambda r: r.channel_label,
        tooltip=lambda r: f"{r.channel_label} — {r.direction_label.lower()}",
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Avec qui"), lambda r: r.who, tooltip=lambda r: r.who_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Objet"),
        lambda r: r.subject,
        sort_key=lambda r: r.subject.lower(),
        tooltip=_tooltip,
    ),
    FOLLOW_UP,
]
SUBJECT_COLUMN = JOURNAL_COLUMNS.index(SUBJECT)
HISTORY_WHO_COLUMN = 2
HISTORY_SUBJECT_COLUMN = 3
