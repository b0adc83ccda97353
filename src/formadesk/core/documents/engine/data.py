"""Plain, frozen data handed to renderers: no ORM rows, only ready-to-print French text."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class ContactInfo:
    """A person or service to reach (any field may be empty)."""

    name: str = ""
    phone: str = ""
    email: str = ""

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.email)


@dataclass(frozen=True)
class OrganisationInfo:
    """The training office as printed on letterheads and footers."""

    name: str
    address_lines: tuple[str, ...] = ()
    city: str = ""
    siret: str = ""  # already spaced for print: « 123 456 789 00012 »
    nda: str = ""  # numéro de déclaration d'activité
    nda_region: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: bytes | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    disability_referent: ContactInfo = field(default_factory=ContactInfo)
    vat_exempt: bool = True

    @property
    def nda_sentence(self) -> str:
        """The legal mention of the activity declaration, or "" when there is no number."""
        if not self.nda:
            return ""
        region = f" auprès du préfet de région {self.nda_region}" if self.nda_region else ""
        return (
            f"Déclaration d'activité enregistrée sous le numéro {self.nda}{region}. "
            "Cet enregistrement ne vaut pas agrément de l'État."
        )


@dataclass(frozen=True)
class PersonInfo:
    """A named recipient: « Mme Hélène Lefèvre » and the lines of their postal address."""

    civility: str  # "Mme", "M." or ""
    full_name: str  # « Hélène Lefèvre »
    address_lines: tuple[str, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.civility} {self.full_name}".strip()

    @property
    def salutation(self) -> str:
        """« Madame, », « Monsieur, » or « Madame, Monsieur, »."""
        return {"Mme": "Madame,", "M.": "Monsieur,"}.get(self.civility, "Madame, Monsieur,")


@dataclass(frozen=True)
class SlotLine:
    """One row of a timetable: « lundi 7 décembre 2026 », « 9h00 – 12h30 », « Salle Lovelace »."""

    date: str
    times: str
    place: str


@dataclass(frozen=True)
class ConvocationData:
    """Everything a convocation letter prints, for one learner of one session."""

    organisation: OrganisationInfo
    learner: PersonInfo
    session_code: str
    course_title: str
    objectives: tuple[str, ...]
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    slots: tuple[SlotLine, ...]
    total_hours: str  # « 14 h »
    place: str
    access_info: str
    what_to_bring: tuple[str, ...]
    contact: ContactInfo  # the office: who to call to ask or to warn of an absence
    trainers: tuple[str, ...]
    issued_on: str  # « 26 novembre 2026 »
    city: str  # where the letter is signed
    remote: bool = False  # every slot is held at a distance

    @property
    def disability_referent(self) -> ContactInfo:
        return self.organisation.disability_referent
