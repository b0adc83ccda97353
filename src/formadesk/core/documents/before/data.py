"""Plain data of the documents sent BEFORE a training: programme, devis, convention, contrat.

Frozen dataclasses of ready-to-print French text (amounts, dates and hours already formatted);
renderers and Word templates read their fields and never see ORM rows. The shared pieces
(course, session, parties, prices) come first, then one class per document kind.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.data import ContactInfo, OrganisationInfo, PersonInfo, SlotLine


@dataclass(frozen=True)
class CourseSheet:
    """What the catalogue says of a course, as printed on a programme or a convention."""

    code: str
    title: str
    objectives: tuple[str, ...]
    programme: tuple[str, ...]  # lines of the content (« Module 1 : … »), blank lines dropped
    prerequisites: str
    audience: str
    duration: str  # « 14 h »
    modality: str  # « Présentiel »
    teaching_means: str
    assessment: str
    sanction: str  # « Attestation de fin de formation »
    certification: str  # « RS5432 » or ""
    level: str
    nature: str  # « Action de formation »


@dataclass(frozen=True)
class SessionSheet:
    """One run of the course: when, where, with whom."""

    code: str
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    start: str  # « 7 décembre 2026 »
    end: str
    slots: tuple[SlotLine, ...]
    total_hours: str  # « 14 h »
    place: str
    access_info: str
    trainers: tuple[str, ...]
    kind: str  # « Inter-entreprises » / « Intra-entreprise »
    modality: str  # « Présentiel »
    max_places: int
    enrolled: int  # active enrollments
    remote: bool = False


@dataclass(frozen=True)
class PartyInfo:
    """A company, public body, funder or person who signs or pays."""

    name: str
    address_lines: tuple[str, ...] = ()
    siret: str = ""  # spaced for print
    kind: str = ""  # « Entreprise », « Particulier », « OPCO »
    representative: str = ""  # « Mme Anne Roux, responsable formation »
    email: str = ""
    phone: str = ""

    @property
    def address(self) -> str:
        return ", ".join(self.address_lines)


@dataclass(frozen=True)
class PriceLine:
    """A priced line: « Formation … », « 2 », « 1 250,00 € », « 2 500,00 € »."""

    designation: str
    quantity: str
    unit_price: str
    total: str
    count: int = 1  # the same figures as numbers, for spreadsheets
    unit_cents: int = 0
    total_cents: int = 0


@dataclass(frozen=True)
class PriceSummary:
    """The priced lines and their totals, with the VAT exemption mention when it applies."""

    lines: tuple[PriceLine, ...]
    total_ht: str
    vat_label: str  # « TVA (20 %) » or « TVA non applicable »
    vat: str
    total_ttc: str
    vat_mention: str  # « Exonération de TVA, art. 261-4-4° a du CGI » or ""
    total_cents: int  # total due, all taxes included
    total_ht_cents: int = 0
    vat_cents: int = 0


@dataclass(frozen=True)
class FundingInfo:
    """What one funder pays, and whether it pays the office directly (subrogation)."""

    funder: str
    kind: str  # « OPCO »
    scheme: str  # « Plan de développement des compétences »
    amount: str
    subrogation: bool
    agreement: str  # numbers of the funding agreements (« PEC-2026-118 »), joined
    learners: tuple[str, ...] = ()


@dataclass(frozen=True)
class ProgrammeData:
    """The programme of a session: the course's pre-established content, dates and price."""

    organisation: OrganisationInfo
    course: CourseSheet
    session: SessionSheet
    price: str  # « 1 250,00 € net de taxe par stagiaire »
    qualiopi: str  # the office's certificate mention, or ""
    contact: ContactInfo
    accessibility: str  # how to reach the disability referent
    access_delay: str  # « Inscription jusqu'à 5 jours ouvrés avant … » (Qualiopi indicator 1)
    updated_on: str  # « 26 novembre 2026 »


@dataclass(frozen=True)
class QuoteData:
    """A devis for one client of a session (provisional number when no quote is recorded)."""

    organisation: OrganisationInfo
    number: str  # « D2026-0012 » or « D2026-EXCEL-INT-003-C4 (provisoire) »
    provisional: bool
    issued_on: str
    valid_until: str
    client: PartyInfo
    course: CourseSheet
    session: SessionSheet
    learners: tuple[str, ...]
    prices: PriceSummary
    payment_terms: str
    late_penalty: str
    bank: str  # « IBAN FR76 … – BIC … » or ""
    city: str


@dataclass(frozen=True)
class LearnerLine:
    """A learner named on a convention: « Mme Hélène Lefèvre », « Comptable », funding."""

    name: str
    job: str
    funding: str


@dataclass(frozen=True)
class ConventionData:
    """Convention de formation (L6353-1, D6353-1) with one client; the programme is attached."""

    organisation: OrganisationInfo
    client: PartyInfo
    course: CourseSheet
    session: SessionSheet
    learners: tuple[LearnerLine, ...]
    prices: PriceSummary
    funders: tuple[FundingInfo, ...]
    client_share: str  # what the client pays itself once the subrogated funders have paid
    payment_terms: str
    late_penalty: str
    cancellation_clause: str
    bank: str
    issued_on: str
    city: str
    programme: ProgrammeData

    @property
    def subrogation(self) -> bool:
        return any(f.subrogation for f in self.funders)


@dataclass(frozen=True)
class TrainerLine:
    """A trainer and their qualifications, as a contract must state them (L6353-4)."""

    name: str
    qualifications: str


@dataclass(frozen=True)
class ContractData:
    """Contrat de formation professionnelle with a private person (L6353-3 to L6353-7)."""

    organisation: OrganisationInfo
    learner: PersonInfo
    birth_date: str
    email: str
    phone: str
    course: CourseSheet
    session: SessionSheet
    trainers: tuple[TrainerLine, ...]
    price: str  # full price of the action
    funders: tuple[FundingInfo, ...]
    learner_share: str  # what the learner pays themself
    upfront_max: str  # 30 % of the learner's share at most, after the withdrawal period
    balance: str  # the rest, paid as the training goes
    learner_pays: bool
    withdrawal_days: int  # 10 days
    distance_withdrawal_days: int  # 14 days when signed at a distance
    city: str
    programme: ProgrammeData
    vat_mention: str = ""
