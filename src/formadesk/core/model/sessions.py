"""Sessions of courses, their slots, enrollments and funding."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned

SESSION_STATUSES = {
    "brouillon": "Brouillon",
    "planifiee": "Planifiée",
    "confirmee": "Confirmée",
    "en_cours": "En cours",
    "terminee": "Terminée",
    "annulee": "Annulée",
}
SESSION_KINDS = {"inter": "Inter-entreprises", "intra": "Intra-entreprise"}
ENROLLMENT_STATUSES = {
    "preinscrit": "Pré-inscrit(e)",
    "inscrit": "Inscrit(e)",
    "liste_attente": "Liste d'attente",
    "annule": "Annulé(e)",
    "abandon": "Abandon",
    "termine": "Terminé(e)",
}
# Statuses that hold a place in the session.
ACTIVE_ENROLLMENT_STATUSES = ("preinscrit", "inscrit", "termine")
# Who gets a certificat de réalisation once the session is over: those who followed it (often
# left « inscrit »), and those who dropped out, for the hours attended until then. Read by the
# checklist's proof and by the task rule alike.
CERTIFIED_STATUSES = ("inscrit", "termine", "abandon")
FUNDING_STATUSES = {
    "demandee": "Demandée",
    "accordee": "Accordée",
    "refusee": "Refusée",
}
FUNDING_SCHEMES = {
    "plan": "Plan de développement des compétences",
    "cpf": "CPF",
    "pro_a": "Pro-A",
    "contrat_pro": "Contrat de professionnalisation",
    "apprentissage": "Apprentissage",
    "ptp": "Projet de transition professionnelle",
    "demandeur_emploi": "Demandeurs d'emploi",
    "personnel": "Financement personnel",
    "public": "Fonds publics",
    "autre": "Autre",
}


class TrainingSession(Versioned, Timestamps, Base):
    """Session: one run of a course (named so as not to clash with the ORM Session)."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("courses.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date, index=True)
    end_date: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    access_info: Mapped[str] = mapped_column(Text, default="")  # accès, transports
    what_to_bring: Mapped[str] = mapped_column(Text, default="")
    min_places: Mapped[int] = mapped_column(Integer, default=1)
    max_places: Mapped[int] = mapped_column(Integer, default=12)
    kind: Mapped[str] = mapped_column(String(10), default="inter")
    intra_client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(20), default="planifiee", index=True)
    price_cents: Mapped[int | None] = mapped_column(Integer, nullable=True)  # overrides course
    modality: Mapped[str] = mapped_column(String(20), default="presentiel")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Issue 11: the day the session was closed (its checklist complete), None while open.
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Issue 12: the training office this session is entrusted to (sous-traitance, BPF F-2 and
    # D), "" when the office runs it itself; the trainer's remarks printed on the bilan; where
    # the closed session's dossier was filed ("" while not archived).
    subcontractor: Mapped[str] = mapped_column(String(200), default="")
    trainer_remarks: Mapped[str] = mapped_column(Text, default="")
    archive_path: Mapped[str] = mapped_column(String(1000), default="")

    course: Mapped[Course] = relationship()  # noqa: F821
    slots: Mapped[list[Slot]] = relationship(
        back_populates="session",
        order_by="(Slot.date, Slot.start_time)",
        cascade="all, delete-orphan",
    )
    enrollments: Mapped[list[Enrollment]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )


class SessionTrainer(Base):
    """A trainer assigned to the whole session."""

    __tablename__ = "session_trainers"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    trainer_id: Mapped[int] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(60), default="")


class Slot(Base):
    """Séance: one half-day (or day) of a session."""

    __tablename__ = "slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    start_time: Mapped[dt.time] = mapped_column(Time)
    end_time: Mapped[dt.time] = mapped_column(Time)
    room_id: Mapped[int | None] = mapped_column(
        ForeignKey("rooms.id", ondelete="SET NULL"), nullable=True, index=True
    )
    modality: Mapped[str] = mapped_column(String(20), default="presentiel")
    notes: Mapped[str] = mapped_column(String(300), default="")

    session: Mapped[TrainingSession] = relationship(back_populates="slots")


class SlotTrainer(Base):
    """A trainer teaching one slot, with their own signature on the attendance sheet."""

    __tablename__ = "slot_trainers"
    slot_id: Mapped[int] = mapped_column(
        ForeignKey("slots.id", ondelete="CASCADE"), primary_key=True
    )
    trainer_id: Mapped[int] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    # Trainer's presence for the half-day: "" not entered, "present", "absent".
    status: Mapped[str] = mapped_column(String(20), default="")


class Enrollment(Timestamps, Base):
    """Inscription: a learner in a session."""

    __tablename__ = "enrollments"
    __table_args__ = (UniqueConstraint("session_id", "learner_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    learner_id: Mapped[int] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"), index=True
    )
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="inscrit")
    funding_scheme: Mapped[str] = mapped_column(String(30), default="plan")
    price_cents: Mapped[int] = mapped_column(Integer, default=0)
    discount_cents: Mapped[int] = mapped_column(Integer, default=0)  # remise, off the price
    enrolled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    cancelled_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    # Abandon: the learner left for good on this day; later half-days follow (status abandon).
    dropped_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    drop_reason: Mapped[str] = mapped_column(String(300), default="")
    prescriber: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # The trainer's comment on the learner's outcomes (with the objectives' results).
    outcome_comment: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TrainingSession] = relationship(back_populates="enrollments")
    learner: Mapped[Learner] = relationship(back_populates="enrollments")  # noqa: F821
    funding_lines: Mapped[list[FundingLine]] = relationship(
        back_populates="enrollment", cascade="all, delete-orphan"
    )


class FundingLine(Base):
    """The part of an enrollment's price paid by one funder."""

    __tablename__ = "funding_lines"
    id: Mapped[int] = mapped_column(primary_key=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    funder_id: Mapped[int] = mapped_column(ForeignKey("funders.id"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer, default=0)
    scheme: Mapped[str] = mapped_column(String(30), default="plan")
    subrogation: Mapped[bool] = mapped_column(Boolean, default=False)
    agreement_number: Mapped[str] = mapped_column(String(60), default="")  # n° de prise en charge
    # A share of the price (‰) instead of an amount: the amount follows the price when set.
    share_permille: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Accord de prise en charge: demandee, accordee, refusee (FUNDING_STATUSES).
    status: Mapped[str] = mapped_column(String(20), default="demandee")
    requested_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The funder's document (accord de prise en charge), kept in the database.
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL"), nullable=True
    )
    enrollment: Mapped[Enrollment] = relationship(back_populates="funding_lines")


class Attendance(Base):
    """Présence d'un apprenant à une séance."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("slot_id", "enrollment_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    slot_id: Mapped[int] = mapped_column(ForeignKey("slots.id", ondelete="CASCADE"), index=True)
    enrollment_id: Mapped[int] = mapped_column(
        ForeignKey("enrollments.id", ondelete="CASCADE"), index=True
    )
    # present, absent_excuse, absent, retard, depart_anticipe
    status: Mapped[str] = mapped_column(String(20), default="present")
    minutes_attended: Mapped[int] = mapped_column(Integer, default=0)
    signed: Mapped[bool] = mapped_column(Boolean, default=False)
    signed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(String(300), default="")
    # How the half-day is evidenced: "" entered without evidence, "signature" (on screen),
    # "scan" (paper sheet scanned and attached).
    evidence: Mapped[str] = mapped_column(String(20), default="")
    # A scanned justification of an absence (medical certificate, e-mail).
    justification_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachments.id", ondelete="SET NULL"), nullable=True
    )
