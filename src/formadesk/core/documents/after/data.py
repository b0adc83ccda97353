"""Plain data of the documents issued AFTER a training, for one learner.

- ``AttestationFinData``: attestation de fin de formation (Code du travail L6353-1);
- ``CertificatData``: certificat de réalisation, following the ministry's model;
- ``AssiduiteData``: attestation d'assiduité, hours attended over hours planned.

Text is ready to print (French dates and hours); the shared header is ``LearnerTraining``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import formatting as fmt
from ..engine.data import OrganisationInfo, PersonInfo

# Course.nature -> the wording of the ministry's model (certificat de réalisation).
NATURES = {
    "action_formation": "Action de formation",
    "bilan_competences": "Bilan de compétences",
    "vae": "Action de VAE",
    "apprentissage": "Action de formation par apprentissage",
}
NOT_ASSESSED = "Non évalué"


@dataclass(frozen=True)
class LearnerTraining:
    """Who followed what, when and where: the common part of every document after training."""

    organisation: OrganisationInfo
    learner: PersonInfo  # « Mme Hélène Lefèvre »
    employer: str  # « Boulangerie Émile & Fils », or ""
    session_code: str
    course_title: str
    nature: str  # « Action de formation »
    start: str  # « 7 décembre 2026 »
    end: str  # « 8 décembre 2026 »
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    place: str
    planned_hours: str  # « 14 h »
    attended_hours: str  # « 10 h 30 »: from the attendance entered (never the planned hours)
    attended_decimal: str  # « 10,5 »: the same in decimal hours (for tables)
    from_attendance: bool  # True when ``attended_hours`` sums entered attendance
    city: str  # where the document is signed
    issued_on: str  # « 15 décembre 2026 »
    employed: bool = True  # an employee (status salarié(e) or apprenti(e)), not a job seeker …

    @property
    def signed_at(self) -> str:
        """« Fait à Lyon, le 15 décembre 2026 »."""
        where = f"à {self.city}, " if self.city else ""
        return f"Fait {where}le {self.issued_on}"

    @property
    def employee(self) -> str:
        """« salariée », « salarié » or « salarié(e) », agreed with the learner's civility."""
        return {"Mme": "salariée", "M.": "salarié"}.get(self.learner.civility, "salarié(e)")

    @property
    def works_for(self) -> bool:
        """Whether « salarié(e) de … » is true: an employee whose employer is known."""
        return self.employed and bool(self.employer)

    @property
    def signatory(self) -> str:
        """« Sophie Garnier, Directrice »."""
        org = self.organisation
        return ", ".join(p for p in (org.signatory_name, org.signatory_title) if p)


@dataclass(frozen=True)
class ObjectiveLine:
    """One objective of the course and the learner's result."""

    text: str
    result: str  # « Acquis », « Partiellement acquis », « Non acquis » or « Non évalué »


@dataclass(frozen=True)
class AttestationFinData:
    """Attestation de fin de formation of one learner."""

    training: LearnerTraining
    objectives: tuple[ObjectiveLine, ...]
    assessed: bool  # at least one objective has a recorded result
    assessment_method: str  # modalités d'évaluation
    sanction: str  # « Attestation de fin de formation », « Certification RS… »


@dataclass(frozen=True)
class NatureChoice:
    """One box of the ministry model's list of natures: « ☒ Action de formation »."""

    label: str
    ticked: bool

    @property
    def box(self) -> str:
        return "☒" if self.ticked else "☐"


@dataclass(frozen=True)
class CertificatData:
    """Certificat de réalisation of one learner (ministry model)."""

    training: LearnerTraining
    natures: tuple[NatureChoice, ...]


@dataclass(frozen=True)
class PresenceLine:
    """One half-day of the attendance record."""

    date: str  # « lundi 7 décembre 2026 »
    times: str  # « 9h00 – 12h30 »
    status: str  # « Présente », « Absent excusé », « Retard », « Non saisi » …
    planned: str  # « 3 h 30 »
    attended: str  # « 3 h », or "" when not entered


@dataclass(frozen=True)
class AssiduiteData:
    """Attestation d'assiduité: hours attended over planned hours, half-day by half-day."""

    training: LearnerTraining
    lines: tuple[PresenceLine, ...]
    attended_minutes: int
    planned_minutes: int
    rate: str  # « 75 % » (of the planned hours), "" when nothing is planned
    missing: int  # half-days without attendance entered

    @property
    def attended(self) -> str:
        """« 10 h 30 »: hours attended, from the attendance entered."""
        return fmt.hours(self.attended_minutes)

    @property
    def planned(self) -> str:
        """« 14 h »: hours planned in the timetable."""
        return fmt.hours(self.planned_minutes)
