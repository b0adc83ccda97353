"""Columns of the lists of the resources tab: rooms, equipment, trainers, incidents, juries."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core import formatting as fmt
from formadesk.core.services.incidents import AffectedSlot, IncidentRow
from formadesk.core.services.juries import JuryRow
from formadesk.core.services.resources import EquipmentRow, RoomRow, TrainerRow
from formadesk.core.vocabulary import EQUIPMENT_STATES

from .simple import CENTER, Column

CONTEXT = "ResourcesModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _yes_no(value: bool) -> str:
    return _tr("oui") if value else _tr("non")


ROOM_COLUMNS: list[Column[RoomRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Site"), lambda r: r.site),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Capacité"),
        lambda r: r.capacity,
        sort_key=lambda r: r.capacity,
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Accessible PMR"),
        lambda r: _yes_no(r.accessible),
        align=CENTER,
        hint=lambda r: None if r.accessible else "warning",
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Horaires"), lambda r: r.opening_hours),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Créneaux cette semaine"),
        lambda r: r.slots_this_week,
        sort_key=lambda r: r.slots_this_week,
        align=CENTER,
    ),
]

EQUIPMENT_COLUMNS: list[Column[EquipmentRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: r.kind_label),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Quantité"),
        lambda r: r.quantity,
        sort_key=lambda r: r.quantity,
        align=CENTER,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "État"),
        lambda r: r.state_label,
        hint=lambda r: "full" if r.state_label == EQUIPMENT_STATES["en_panne"] else None,
    ),
]

TRAINER_COLUMNS: list[Column[TrainerRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Nom"), lambda r: r.name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"),
        lambda r: _tr("interne") if r.internal else _tr("externe"),
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "E-mail"), lambda r: r.email),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Téléphone"), lambda r: r.phone),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Formations"),
        lambda r: r.courses,
        sort_key=lambda r: r.courses,
        align=CENTER,
        tooltip=lambda r: _tr("Nombre de formations que ce formateur peut animer"),
    ),
]


def period_text(start: dt.datetime, end: dt.datetime | None) -> str:
    """« 02/03/2027 8h00 – 18h00 », or « 02/03/2027 8h00 → 05/03/2027 18h00 »."""
    if end is None:
        return _tr("depuis le {start}").format(start=f"{start:%d/%m/%Y} {fmt.time_short(start)}")
    if start.date() == end.date():
        return f"{start:%d/%m/%Y} {fmt.time_range(start.time(), end.time())}"
    return f"{start:%d/%m/%Y} {fmt.time_short(start)} → {end:%d/%m/%Y} {fmt.time_short(end)}"


def _status(row: IncidentRow) -> str:
    return _tr("Résolu") if row.status == "resolu" else _tr("En cours")


INCIDENT_COLUMNS: list[Column[IncidentRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: r.kind),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Ressource"), lambda r: r.resource),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Période"),
        lambda r: period_text(r.starts_at, r.ends_at),
        sort_key=lambda r: r.starts_at,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Description"), lambda r: r.description),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Statut"),
        _status,
        hint=lambda r: None if r.status == "resolu" else "warning",
        tooltip=lambda r: r.resolution,
    ),
]

JURY_COLUMNS: list[Column[JuryRow]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: fmt.date_short(r.date),
        sort_key=lambda r: r.date,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Horaires"), lambda r: fmt.time_range(r.start_time, r.end_time)
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Intitulé"), lambda r: r.title),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Candidats"),
        lambda r: r.candidates,
        sort_key=lambda r: r.candidates,
        align=CENTER,
    ),
]

AFFECTED_COLUMNS: list[Column[AffectedSlot]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Date"), lambda r: fmt.date_short(r.date)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Horaires"), lambda r: fmt.time_range(r.start, r.end)),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Session"), lambda r: r.session_code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Inscrits"),
        lambda r: r.learners,
        align=CENTER,
        hint=lambda r: "warning" if r.needs_accessible else None,
        tooltip=lambda r: (
            _tr("Un inscrit a besoin d'une salle accessible (PMR)") if r.needs_accessible else ""
        ),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Formation"),
        lambda r: r.course_title,
        tooltip=lambda r: r.course_title,
    ),
]
