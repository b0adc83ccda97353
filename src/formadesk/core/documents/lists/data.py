"""Plain data of the lists: participants of a session, the session's identity sheet, and the
learners of one client. Amounts stay integer cents (``price_cents``) and are formatted by the
``price`` / ``total`` properties, so that Excel gets numbers and PDF and Word get French text.
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import formatting as fmt
from ..engine.data import OrganisationInfo


@dataclass(frozen=True)
class SessionInfo:
    """The session a list is about."""

    code: str  # « 2026-EXCEL-INT-003 »
    course_title: str
    course_code: str
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    place: str
    total_hours: str  # « 14 h »
    trainers: str  # « Claire Martin, Paul Durand »
    status: str  # « Confirmée »
    kind: str  # « Inter-entreprises »
    modality: str  # « Présentiel »
    min_places: int
    max_places: int


@dataclass(frozen=True)
class ParticipantLine:
    """One enrollment of the session, as listed."""

    last_name: str
    first_name: str
    civility: str
    employer: str
    client: str
    email: str
    phone: str
    status: str  # « Inscrit(e) », « Annulé(e) »
    active: bool  # holds a place (inscrit, pré-inscrit, terminé)
    funding: str  # « Plan de développement des compétences »
    funders: str  # « OPCO Atlas : 900,00 € »
    price_cents: int

    @property
    def name(self) -> str:
        """« LEFÈVRE Hélène »."""
        return f"{self.last_name.upper()} {self.first_name}".strip()

    @property
    def price(self) -> str:
        """« 1 250,00 € », or « — » when no price is set."""
        return fmt.money(self.price_cents) if self.price_cents else "—"


@dataclass(frozen=True)
class SlotRow:
    """One slot of the session sheet."""

    date: str  # « lundi 7 décembre 2026 »
    times: str  # « 9h00 – 12h30 »
    room: str
    trainers: str


@dataclass(frozen=True)
class ParticipantsData:
    """Liste des participants of a session: active enrollments first, then the others."""

    organisation: OrganisationInfo
    session: SessionInfo
    lines: tuple[ParticipantLine, ...]
    issued_on: str  # « 26 novembre 2026 »

    @property
    def active_lines(self) -> tuple[ParticipantLine, ...]:
        return tuple(line for line in self.lines if line.active)

    @property
    def other_lines(self) -> tuple[ParticipantLine, ...]:
        """Waiting list, cancellations and drop-outs."""
        return tuple(line for line in self.lines if not line.active)

    @property
    def headcount(self) -> str:
        """« 2 inscrits actifs sur 12 places (minimum 1) »."""
        s = self.session
        count = len(self.active_lines)
        word = "inscrit actif" if count == 1 else "inscrits actifs"
        return f"{count} {word} sur {s.max_places} places (minimum {s.min_places})"


@dataclass(frozen=True)
class SessionSheetData(ParticipantsData):
    """Fiche session: identity, timetable, rooms, trainers and learners."""

    slots: tuple[SlotRow, ...] = ()
    rooms: tuple[str, ...] = ()
    client: str = ""  # the client of an intra-company session


@dataclass(frozen=True)
class ClientListData(ParticipantsData):
    """The learners of one client in the session, with their status and price."""

    client: str = ""
    client_address: str = ""  # « 3 rue des Lilas, 69100 Villeurbanne »
    client_siret: str = ""

    @property
    def total_cents(self) -> int:
        """Sum of the prices of the client's active enrollments."""
        return sum(line.price_cents for line in self.active_lines)

    @property
    def total(self) -> str:
        return fmt.money(self.total_cents)
