"""Columns of the complaints and improvement actions lists (Qualité tab)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core.services.complaints import ComplaintRow
from formadesk.core.services.improvements import ActionRow

from .simple import CENTER, Column

CONTEXT = "ComplaintsModel"
FAR = dt.date.max


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def step_text(done: dt.date | None, due: dt.date | None, late: bool) -> str:
    """« ✓ 03/12/2026 » when done (« hors délai » after its due date), « avant le 05/12/2026 »
    while due, « en retard » past it."""
    if done:
        text = f"✓ {done:%d/%m/%Y}"
        return _tr("{text} (hors délai)").format(text=text) if due and done > due else text
    if due is None:
        return ""
    text = _tr("avant le {date}").format(date=f"{due:%d/%m/%Y}")
    return _tr("{text} — en retard").format(text=text) if late else text


COMPLAINT_COLUMNS: list[Column[ComplaintRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N°"), lambda r: r.number, sort_key=lambda r: r.id),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Reçue le"),
        lambda r: _day(r.received_on),
        sort_key=lambda r: r.received_on,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Canal"), lambda r: r.channel_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "De la part de"), lambda r: r.author),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Objet"), lambda r: r.subject),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Accusé de réception"),
        lambda r: step_text(r.acknowledged_on or r.answered_on, r.acknowledge_by, r.ack_late()),
        sort_key=lambda r: r.acknowledged_on or r.acknowledge_by or FAR,
        hint=lambda r: "full" if r.ack_late() else None,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Réponse"),
        lambda r: step_text(r.answered_on, r.answer_by, r.answer_late()),
        sort_key=lambda r: r.answered_on or r.answer_by or FAR,
        hint=lambda r: "full" if r.answer_late() else None,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Clôture"),
        lambda r: _day(r.closed_on),
        sort_key=lambda r: r.closed_on or FAR,
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Actions"),
        lambda r: r.actions or "",
        sort_key=lambda r: r.actions,
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "État"),
        lambda r: r.status_label,
        hint=lambda r: "ok" if r.closed_on else ("warning" if r.is_late() else None),
    ),
]

ACTION_COLUMNS: list[Column[ActionRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "N°"), lambda r: r.number, sort_key=lambda r: r.id),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Ouverte le"),
        lambda r: _day(r.opened_on),
        sort_key=lambda r: r.opened_on,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Origine"), lambda r: r.source_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Action"), lambda r: r.title),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Responsable"), lambda r: r.owner),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Échéance"),
        lambda r: _day(r.due_on) + (_tr(" — en retard") if r.is_late() else ""),
        sort_key=lambda r: r.due_on or FAR,
        hint=lambda r: "full" if r.is_late() else None,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"),
        lambda r: r.status_label,
        hint=lambda r: "ok" if r.status == "realisee" else None,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Réalisée le"),
        lambda r: _day(r.done_on),
        sort_key=lambda r: r.done_on or FAR,
        align=CENTER,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Effet observé"), lambda r: r.effect),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
]
