"""Plain data of the documents used DURING a training: sign-in sheets and name tents.

One shape serves every layout of the feuille d'émargement: a sheet is a set of half-day
columns (``SignSlot``) and of people lines (``SignRow``) holding one mark per column. The
per-day, per-client, landscape and blank layouts print sheets as a grid; the per-learner
layout prints the grid transposed (one line per half-day). Word templates, which cannot nest
loops, read the flattened ``day_lines`` and ``learner_lines`` instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.data import OrganisationInfo

NOT_CONCERNED = "—"  # printed in a cell nobody has to sign (a trainer not teaching that slot)


@dataclass(frozen=True)
class SignSlot:
    """One half-day column: « Matin », « 9h00 – 12h30 », its room and trainers."""

    key: int  # the slot's id (0 on a blank sheet); a full-day slot gives two columns
    date: str  # « lundi 7 décembre 2026 », or "" on a blank sheet
    date_short: str  # « 07/12/2026 »
    weekday: str  # « lun. »
    part: str  # « Matin » / « Après-midi »
    times: str  # « 9h00 – 12h30 »
    place: str  # « Salle Lovelace (Lyon Part-Dieu) » or « À distance »
    trainers: tuple[str, ...] = ()

    @property
    def trainer_names(self) -> str:
        return ", ".join(self.trainers)


@dataclass(frozen=True)
class SignRow:
    """One person to sign: a mark per column ("" = signs here, « Absente », « — »)."""

    name: str  # « LEFÈVRE Hélène » (or "" on a blank line to fill by hand)
    detail: str  # employer or client, or « Formatrice »
    marks: tuple[str, ...]
    is_trainer: bool = False


@dataclass(frozen=True)
class SignSheet:
    """A page (or group of pages) of signatures: a day, a learner or the whole session."""

    heading: str  # « lundi 7 décembre 2026 », « Mme Hélène Lefèvre » or ""
    place: str  # where that sheet's slots are held
    slots: tuple[SignSlot, ...]
    rows: tuple[SignRow, ...]

    @property
    def trainer_rows(self) -> tuple[SignRow, ...]:
        return tuple(row for row in self.rows if row.is_trainer)

    @property
    def learner_rows(self) -> tuple[SignRow, ...]:
        return tuple(row for row in self.rows if not row.is_trainer)


@dataclass(frozen=True)
class DayLine:
    """Word templates: one person on one day, morning and afternoon marks."""

    date: str
    name: str
    detail: str
    morning: str  # "" to sign, « Absente », « — » when there is no morning slot
    afternoon: str


@dataclass(frozen=True)
class LearnerSlotLine:
    """Word templates of the per-learner sheet: one half-day of the learner's sheet."""

    date: str
    part: str
    times: str
    place: str
    mark: str
    trainers: str


@dataclass(frozen=True)
class EmargementData:
    """A feuille d'émargement of one session, in one of the layouts."""

    organisation: OrganisationInfo
    layout: str  # "jour", "apprenant", "paysage" or "vierge" (the client layout is "jour")
    session_code: str
    course_title: str
    dates: str  # « du lundi 7 décembre 2026 au mardi 8 décembre 2026 »
    place: str
    trainers: tuple[str, ...]
    total_hours: str  # « 14 h »
    audience: str  # the client's name, the learner's name, or ""
    sheets: tuple[SignSheet, ...]
    # For Word templates, which see the fields only: flat views of the sheets.
    trainer_names: str = ""  # « Claire Martin, Paul Durand »
    slots: tuple[SignSlot, ...] = ()  # every half-day column of the document, in order
    day_lines: tuple[DayLine, ...] = ()
    learner_lines: tuple[LearnerSlotLine, ...] = ()


@dataclass(frozen=True)
class NameCard:
    """One name tent: « Hélène » over « LEFÈVRE », and a smaller line below."""

    first_name: str
    last_name: str  # upper case
    detail: str  # employer, « Formatrice », or ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class ChevaletsData:
    """The name tents of a session: one card per active learner, then the trainers."""

    organisation: OrganisationInfo
    session_code: str
    course_title: str
    dates: str
    cards: tuple[NameCard, ...]
