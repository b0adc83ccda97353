"""Follow-up: evaluations, incidents, complaints, interactions and tasks."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps

EVALUATION_KINDS = {
    "positionnement": "Positionnement",
    "acquis": "Évaluation des acquis",
    "satisfaction_chaud": "Satisfaction à chaud",
    "satisfaction_froid": "Satisfaction à froid",
}
OBJECTIVE_RESULTS = {
    "acquis": "Acquis",
    "partiel": "Partiellement acquis",
    "non_acquis": "Non acquis",
}


class Evaluation(Timestamps, Base):
    """An evaluation sent to / answered by a learner, client, trainer or funder."""

    __tablename__ = "evaluations"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    enrollment_id: Mapped[int | None] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    respondent: Mapped[str] = mapped_column(String(20), default="apprenant")
    sent_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 0..100
    comment: Mapped[str] = mapped_column(Text, default="")


class ObjectiveResult(Base):
    """Result of one course objective for one enrollment (for the attestation)."""

    __tablename__ = "objective_results"
    __table_args__ = (UniqueConstraint("enrollment_id", "objective_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    objective_id: Mapped[int] = mapped_column(
        ForeignKey("course_objectives.id", ondelete="CASCADE")
    )
    result: Mapped[str] = mapped_column(String(20), default="acquis")


class Incident(Timestamps, Base):
    """Aléa: anything that threatens a session."""

    __tablename__ = "incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # salle, materiel, formateur, autre
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True
    )
    equipment_id: Mapped[int | None] = mapped_column(
        ForeignKey("equipment.id", ondelete="SET NULL"), nullable=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    resolution: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="ouvert")
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Complaint(Timestamps, Base):
    """Réclamation: received, acknowledged, answered, closed."""

    __tablename__ = "complaints"
    id: Mapped[int] = mapped_column(primary_key=True)
    received_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(30), default="email")
    author: Mapped[str] = mapped_column(String(200), default="")
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), nullable=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    acknowledged_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answer: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    improvement_action: Mapped[str] = mapped_column(Text, default="")


class Interaction(Timestamps, Base):
    """Échange: a logged contact with anyone, with a follow-up date."""

    __tablename__ = "interactions"
    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[dt.datetime] = mapped_column(DateTime)
    channel: Mapped[str] = mapped_column(String(30), default="telephone")
    direction: Mapped[str] = mapped_column(String(10), default="entrant")
    person: Mapped[str] = mapped_column(String(200), default="")
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), nullable=True, index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )
    trainer_id: Mapped[int | None] = mapped_column(
        ForeignKey("trainers.id", ondelete="SET NULL"), nullable=True
    )
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    subject: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    follow_up_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Task(Timestamps, Base):
    """Tâche / relance, typed by hand or generated by a rule (``rule_key`` unique)."""

    __tablename__ = "tasks"
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    done_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    priority: Mapped[int] = mapped_column(Integer, default=2)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), nullable=True, index=True
    )
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), nullable=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True
    )
    incident_id: Mapped[int | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True
    )
    rule_key: Mapped[str | None] = mapped_column(String(200), nullable=True, unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
