"""A small planning to put conflicts into: two rooms, two trainers, two sessions on one day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core.office import Office
from formadesk.core.services.resource_records import EquipmentData, RoomData, TrainerData
from formadesk.core.services.sessions import SessionData, SlotData

from .factories import make_course

DAY = dt.date(2027, 3, 2)  # a Tuesday
T = dt.time


@dataclass
class Plan:
    office: Office
    course: int
    big_room: int
    small_room: int
    anne: int
    marc: int
    projector: int

    def session(self, *slots: tuple[dt.time, dt.time], day: dt.date = DAY, places: int = 12):
        data = SessionData(
            course_id=self.course,
            start_date=day,
            end_date=day,
            max_places=places,
            slots=[SlotData(day, a, b) for a, b in slots],
        )
        session_id = self.office.sessions.save(data)
        return session_id, [s.id for s in self.office.sessions.get(session_id).slots]

    def kinds(self, day: dt.date = DAY) -> list[str]:
        return sorted(c.kind for c in self.office.planning.check(day, day))


def make_plan(office: Office) -> Plan:
    course = make_course(office)
    big = office.resources.save_room(
        RoomData(name="Salle Rhône", capacity=12, opens_at=T(8), closes_at=T(18))
    )
    small = office.resources.save_room(RoomData(name="Salle Saône", capacity=2, accessible=False))
    anne = office.resources.save_trainer(
        TrainerData(last_name="Dupré", first_name="Anne", course_ids=[course])
    )
    marc = office.resources.save_trainer(TrainerData(last_name="Noël", first_name="Marc"))
    projector = office.resources.save_equipment(EquipmentData(name="Vidéoprojecteur", quantity=1))
    return Plan(office, course, big, small, anne, marc, projector)
