"""Columns of the rooms, equipment and trainers lists."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core.model import EQUIPMENT_STATES
from formadesk.core.services.resources import EquipmentRow, RoomRow, TrainerRow

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
