"""The kinds of planning conflict, their French labels, and how the office wants each treated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

BLOCK, WARN, IGNORE = "block", "warn", "ignore"
SEVERITY_LABELS = {BLOCK: "Bloquant", WARN: "Avertissement", IGNORE: "Ignoré"}

# kind -> (French label, default severity)
CONFLICT_KINDS: dict[str, tuple[str, str]] = {
    "room_double_booked": ("Salle réservée deux fois", BLOCK),
    "room_unavailable": ("Salle indisponible (travaux, maintenance)", BLOCK),
    "room_capacity": ("Salle trop petite pour les inscrits", BLOCK),
    "room_not_accessible": ("Salle non accessible à un apprenant qui en a besoin", BLOCK),
    "outside_opening_hours": ("Hors des horaires d'ouverture de la salle", WARN),
    "equipment_over_quantity": ("Matériel ou licences en nombre insuffisant", BLOCK),
    "equipment_out_of_service": ("Matériel en panne ou prêté", WARN),
    "trainer_double_booked": ("Formateur à deux endroits en même temps", BLOCK),
    "trainer_unavailable": ("Formateur indisponible", BLOCK),
    "trainer_not_qualified": ("Formateur non habilité pour cette formation", WARN),
    "learner_double_booked": ("Apprenant attendu à deux créneaux simultanés", WARN),
    "public_holiday": ("Créneau un jour férié", WARN),
    "slot_without_room": ("Créneau sans salle", WARN),
    "slot_without_trainer": ("Créneau sans formateur", WARN),
}
SETTING_PREFIX = "conflict."
HOLIDAY_REGION_SETTING = "planning.holiday_region"  # "", "57" (Moselle), "6AE" (Alsace)


@dataclass(frozen=True)
class Conflict:
    """One problem in the planning, with what it involves and when."""

    kind: str
    severity: str
    message: str
    date: dt.date
    start: dt.time
    end: dt.time
    slot_ids: tuple[int, ...] = ()
    session_codes: tuple[str, ...] = ()
    jury_ids: tuple[int, ...] = ()
    items: tuple[str, ...] = ()  # names of the room, trainer, equipment or learner at stake
    session_ids: tuple[int, ...] = ()

    @property
    def label(self) -> str:
        return CONFLICT_KINDS[self.kind][0]

    @property
    def blocking(self) -> bool:
        return self.severity == BLOCK

    def involves_slot(self, slot_ids: set[int]) -> bool:
        return bool(slot_ids.intersection(self.slot_ids))

    def when(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.start:%H:%M}–{self.end:%H:%M}"
