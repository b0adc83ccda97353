"""The training office itself, and the office's settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps, Versioned


class Organisation(Versioned, Timestamps, Base):
    """Organisme de formation: one row, the office using this database."""

    __tablename__ = "organisation"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    legal_form: Mapped[str] = mapped_column(String(60), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    website: Mapped[str] = mapped_column(String(200), default="")
    siret: Mapped[str] = mapped_column(String(14), default="")
    nda: Mapped[str] = mapped_column(String(20), default="")  # numéro de déclaration d'activité
    nda_region: Mapped[str] = mapped_column(String(60), default="")
    qualiopi_certificate: Mapped[str] = mapped_column(String(100), default="")
    vat_exempt: Mapped[bool] = mapped_column(Boolean, default=True)
    vat_number: Mapped[str] = mapped_column(String(20), default="")
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    logo_filename: Mapped[str] = mapped_column(String(200), default="")
    signatory_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_title: Mapped[str] = mapped_column(String(200), default="")
    disability_referent_name: Mapped[str] = mapped_column(String(200), default="")
    disability_referent_email: Mapped[str] = mapped_column(String(200), default="")
    disability_referent_phone: Mapped[str] = mapped_column(String(30), default="")
    session_code_pattern: Mapped[str] = mapped_column(String(60), default="{year}-{course}-{n:03d}")
    documents_dir: Mapped[str] = mapped_column(String(500), default="")
    internal_rules: Mapped[str] = mapped_column(Text, default="")  # règlement intérieur
    welcome_booklet: Mapped[str] = mapped_column(Text, default="")  # livret d'accueil


class Setting(Base):
    """A key/value setting of the office (conflict levels, retention periods ...)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# What the compliance log records.
COMPLIANCE_ACTIONS = {
    "archivage": "Dossier archivé",
    "reouverture": "Session rouverte",
    "anonymisation": "Données anonymisées",
    "export_donnees": "Données personnelles exportées",
}


class ComplianceLog(Base):
    """One archiving, reopening, anonymisation or export of personal data, never changed.

    ``subject_kind`` is « session » or « apprenant »; ``label`` says which in words kept after
    anonymisation (a session code, « Apprenant n° 12 »), never a person's name.
    """

    __tablename__ = "compliance_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(30))  # COMPLIANCE_ACTIONS
    subject_kind: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    detail: Mapped[str] = mapped_column(Text, default="")
