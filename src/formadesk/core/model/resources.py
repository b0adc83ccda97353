"""Rooms, equipment, licences and printed materials, and their bookings and juries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, Time
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps, Versioned

EQUIPMENT_KINDS = {"materiel": "Matériel", "logiciel": "Licence logicielle", "support": "Support"}
EQUIPMENT_STATES = {"en_service": "En service", "en_panne": "En panne", "prete": "Prêté"}


class Room(Versioned, Timestamps, Base):
    """Salle de formation."""

    __tablename__ = "rooms"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    site: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    capacity: Mapped[int] = mapped_column(Integer, default=12)
    accessible: Mapped[bool] = mapped_column(Boolean, default=True)  # PMR
    opens_at: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    closes_at: Mapped[dt.time | None] = mapped_column(Time, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RoomUnavailability(Base):
    """A period when a room cannot be used (works, maintenance ...)."""

    __tablename__ = "room_unavailabilities"
    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("rooms.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Equipment(Versioned, Timestamps, Base):
    """Matériel, licence logicielle (quantity = seats) or support imprimé (quantity = stock)."""

    __tablename__ = "equipment"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="materiel")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    state: Mapped[str] = mapped_column(String(20), default="en_service")
    notes: Mapped[str] = mapped_column(Text, default="")


class RoomEquipment(Base):
    """Equipment installed in a room."""

    __tablename__ = "room_equipment"
    room_id: Mapped[int] = mapped_column(
        ForeignKey("rooms.id", ondelete="CASCADE"), primary_key=True
    )
    equipment_id: Mapped[int] = mapped_column(
        ForeignKey("equipment.id", ondelete="CASCADE"), primary_key=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)


class Jury(Versioned, Timestamps, Base):
    """An examination sitting."""

    __tablename__ = "juries"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("courses.id", ondelete="SET NULL"), nullable=True
    )
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True
    )
    documents_to_prepare: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class JuryMember(Base):
    __tablename__ = "jury_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    jury_id: Mapped[int] = mapped_column(ForeignKey("juries.id", ondelete="CASCADE"), index=True)
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(100), default="")


class JuryCandidate(Base):
    __tablename__ = "jury_candidates"
    id: Mapped[int] = mapped_column(primary_key=True)
    jury_id: Mapped[int] = mapped_column(ForeignKey("juries.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    result: Mapped[str] = mapped_column(String(40), default="")


class Booking(Base):
    """Equipment, licences or materials booked for a slot or a jury."""

    __tablename__ = "bookings"
    id: Mapped[int] = mapped_column(primary_key=True)
    equipment_id: Mapped[int] = mapped_column(
        ForeignKey("equipment.id", ondelete="CASCADE"), index=True
    )
    slot_id: Mapped[int | None] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), nullable=True, index=True
    )
    jury_id: Mapped[int | None] = mapped_column(
        ForeignKey("juries.id", ondelete="CASCADE"), nullable=True, index=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    notes: Mapped[str] = mapped_column(String(300), default="")
