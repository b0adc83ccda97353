"""Plain data of the practical documents sent before a training.

Bulletin d'inscription, règlement intérieur, livret d'accueil, ordre de mission and covering
letter: frozen dataclasses of ready-to-print French text, never ORM rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.data import ContactInfo, OrganisationInfo, PersonInfo
from .data import CourseSheet, FundingInfo, PartyInfo, SessionSheet

BLANK = "…………………………………………"  # a line left for the reader to fill in by hand


@dataclass(frozen=True)
class Field:
    """One line of a form: « Date de naissance » and its value (BLANK when unknown)."""

    label: str
    value: str


@dataclass(frozen=True)
class RegistrationData:
    """Bulletin d'inscription prefilled for one learner; blanks are left where data is missing."""

    organisation: OrganisationInfo
    learner: PersonInfo
    identity: tuple[Field, ...]  # civility, names, birth date, contacts, status, job
    employer: tuple[Field, ...]  # company, SIRET, address, contact
    course: CourseSheet
    session: SessionSheet
    price: str
    funding_scheme: str  # « Plan de développement des compétences »
    funders: tuple[FundingInfo, ...]
    accessibility_needs: str  # what the learner already told us, or ""
    return_to: str  # « Atelier Formation Conseil, 12 rue … – contact@… »
    city: str


@dataclass(frozen=True)
class TextSection:
    """A part of an office text: an optional title and its paragraphs."""

    title: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class OfficeTextData:
    """Règlement intérieur or livret d'accueil: the office's own text for one session."""

    organisation: OrganisationInfo
    title: str  # « Règlement intérieur »
    course_title: str
    session: SessionSheet
    sections: tuple[TextSection, ...]
    text: str  # the whole text, for Word templates
    default_text: bool  # the office has not written its own yet
    contact: ContactInfo
    issued_on: str
    city: str
    what_to_bring: tuple[str, ...] = ()


@dataclass(frozen=True)
class MissionSlot:
    """A slot the trainer teaches: date, times, room and its length."""

    date: str
    times: str
    place: str
    hours: str  # « 3 h 30 »
    minutes: int = 0


@dataclass(frozen=True)
class MissionData:
    """Ordre de mission of one trainer for one session."""

    organisation: OrganisationInfo
    trainer: PersonInfo
    trainer_status: str  # « Formateur interne (salarié) » / « Formateur externe (prestataire) »
    internal: bool
    company: PartyInfo  # the trainer's company (external), else empty
    trainer_nda: str
    email: str
    phone: str
    course: CourseSheet
    session: SessionSheet
    slots: tuple[MissionSlot, ...]
    hours: str  # « 14 h »
    rate: str  # « 55,00 € de l'heure » / « 380,00 € par jour »
    amount: str  # planned amount, « 770,00 € »
    amount_basis: str  # « 14 h × 55,00 € »
    learners: int
    to_bring: tuple[str, ...]  # what the trainer brings and hands back
    issued_on: str
    city: str
    amount_cents: int = 0
    minutes: int = 0


@dataclass(frozen=True)
class CoverLetterData:
    """A covering letter sending documents to one learner."""

    organisation: OrganisationInfo
    learner: PersonInfo
    session_code: str
    course_title: str
    dates: str
    enclosures: tuple[str, ...]
    to_return: tuple[str, ...]  # enclosures to send back signed
    contact: ContactInfo
    issued_on: str
    city: str
