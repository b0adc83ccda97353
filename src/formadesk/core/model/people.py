"""People and bodies: learners, trainers, clients with contacts, funders."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Timestamps, Versioned

LEARNER_STATUSES = {
    "salarie": "Salarié(e)",
    "demandeur_emploi": "Demandeur d'emploi",
    "particulier": "Particulier",
    "apprenti": "Apprenti(e)",
    "autre": "Autre",
}
CIVILITIES = ("", "Mme", "M.")
CLIENT_KINDS = {
    "entreprise": "Entreprise",
    "public": "Organisme public",
    "particulier": "Particulier",
    "organisme_formation": "Organisme de formation",
}
FUNDER_KINDS = {
    "opco": "OPCO",
    "cpf": "CPF (Caisse des Dépôts)",
    "france_travail": "France Travail",
    "region": "Région",
    "etat": "État",
    "europe": "Union européenne",
    "employeur": "Employeur",
    "apprenant": "Apprenant",
    "autre": "Autre",
}


class Learner(Versioned, Timestamps, Base):
    """Apprenant / stagiaire."""

    __tablename__ = "learners"
    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str] = mapped_column(String(5), default="")
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    first_name: Mapped[str] = mapped_column(String(100))
    birth_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    status: Mapped[str] = mapped_column(String(30), default="salarie")
    employer_name: Mapped[str] = mapped_column(String(200), default="")
    employer_siret: Mapped[str] = mapped_column(String(14), default="")
    employer_client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="SET NULL"), nullable=True, index=True
    )
    job_title: Mapped[str] = mapped_column(String(200), default="")
    accessibility_needs: Mapped[str] = mapped_column(Text, default="")
    needs_accessible_room: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Lower-case, accent-free "last first email city employer" for fast search as you type;
    # emptied when the learner is anonymised (searches rely on it: see services/learners).
    search_text: Mapped[str] = mapped_column(String(800), default="", index=True)
    anonymised_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)

    enrollments: Mapped[list[Enrollment]] = relationship(back_populates="learner")  # noqa: F821


class Trainer(Versioned, Timestamps, Base):
    """Formateur / formatrice, internal or external."""

    __tablename__ = "trainers"
    id: Mapped[int] = mapped_column(primary_key=True)
    civility: Mapped[str] = mapped_column(String(5), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    internal: Mapped[bool] = mapped_column(Boolean, default=True)
    company_name: Mapped[str] = mapped_column(String(200), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    nda: Mapped[str] = mapped_column(String(20), default="")
    hourly_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    daily_rate_cents: Mapped[int] = mapped_column(Integer, default=0)
    skills: Mapped[str] = mapped_column(Text, default="")
    qualifications: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TrainerCourse(Base):
    """A course a trainer is allowed to teach."""

    __tablename__ = "trainer_courses"
    trainer_id: Mapped[int] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), primary_key=True
    )
    course_id: Mapped[int] = mapped_column(
        ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True
    )


class TrainerUnavailability(Base):
    """A period when a trainer cannot teach."""

    __tablename__ = "trainer_unavailabilities"
    id: Mapped[int] = mapped_column(primary_key=True)
    trainer_id: Mapped[int] = mapped_column(
        ForeignKey("trainers.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reason: Mapped[str] = mapped_column(String(200), default="")


class Client(Versioned, Timestamps, Base):
    """Client: a company, a public body, a private person or another training office."""

    __tablename__ = "clients"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), default="entreprise")
    name: Mapped[str] = mapped_column(String(200), index=True)
    siret: Mapped[str] = mapped_column(String(14), default="", index=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where the training takes place at the client's (address above: where invoices go).
    site_address: Mapped[str] = mapped_column(String(300), default="")
    site_postal_code: Mapped[str] = mapped_column(String(10), default="")
    site_city: Mapped[str] = mapped_column(String(100), default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="client", cascade="all, delete-orphan"
    )


class Contact(Base):
    """A person to talk to at a client or at a funder (exactly one of the two is set)."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(
        ForeignKey("clients.id", ondelete="CASCADE"), nullable=True, index=True
    )
    funder_id: Mapped[int | None] = mapped_column(
        ForeignKey("funders.id", ondelete="CASCADE"), nullable=True, index=True
    )
    civility: Mapped[str] = mapped_column(String(5), default="")
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    client: Mapped[Client | None] = relationship(back_populates="contacts")
    funder: Mapped[Funder | None] = relationship(back_populates="contacts")


class Funder(Versioned, Timestamps, Base):
    """Financeur: OPCO, CPF, France Travail, Région, employer, the learner ..."""

    __tablename__ = "funders"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), default="opco")
    name: Mapped[str] = mapped_column(String(200))
    siret: Mapped[str] = mapped_column(String(14), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    contact_name: Mapped[str] = mapped_column(String(200), default="")
    # What the funder asks for (documents, delays, how to send invoices), and free notes.
    requirements: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="funder", cascade="all, delete-orphan"
    )
