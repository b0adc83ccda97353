"""The preview: every row turned into a learner, checked with the learner form's own rules
(``LearnerService.validate``), and compared with the database and the earlier rows of the
file to find possible duplicates. Nothing is written here."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass, field

from ...errors import ValidationError
from ...formatting import parse_date_fr
from ...model import LEARNER_STATUSES
from ...validation import normalise_search
from ..learners import LearnerData
from .mapping import FIELDS, header_words
from .reading import Cell, ImportFile

OK, REFUSED, DUPLICATE = "ok", "refused", "duplicate"
STATUS_LABELS = {OK: "À importer", REFUSED: "Refusée", DUPLICATE: "Doublon possible"}
SKIP, UPDATE, CREATE = "skip", "update", "create"
DECISIONS = {SKIP: "Ignorer", UPDATE: "Mettre à jour", CREATE: "Créer quand même"}

CIVILITY_WORDS = {
    "mme": "Mme",
    "madame": "Mme",
    "mlle": "Mme",
    "mademoiselle": "Mme",
    "m": "M.",
    "mr": "M.",
    "monsieur": "M.",
}
STATUS_WORDS = {header_words(label): key for key, label in LEARNER_STATUSES.items()} | {
    header_words(key): key for key in LEARNER_STATUSES
}
STATUS_WORDS |= {"salarie": "salarie", "salariee": "salarie", "apprentie": "apprenti"}
STATUS_WORDS |= {"demandeuse d emploi": "demandeur_emploi", "de": "demandeur_emploi"}
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")
_SHORT = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2})$")


@dataclass(frozen=True)
class Match:
    """Who a row may be: a learner of the database, or an earlier row of the file."""

    learner_id: int | None = None
    row_number: int | None = None
    label: str = ""


@dataclass
class ImportRow:
    """One row of the file, as the preview and the report show it."""

    number: int
    data: LearnerData
    status: str = OK
    errors: dict[str, str] = field(default_factory=dict)
    match: Match | None = None
    decision: str = SKIP
    filled: frozenset[str] = frozenset()  # the fields this row gives a value for

    @property
    def name(self) -> str:
        return f"{self.data.last_name.upper()} {self.data.first_name}".strip()

    @property
    def reason(self) -> str:
        """The French reasons of a refusal (field by field), or who the duplicate may be."""
        if self.status == REFUSED:
            return " ".join(f"{FIELDS.get(k, k)} : {m}" for k, m in self.errors.items())
        if self.status == DUPLICATE and self.match:
            return self.match.label
        return ""


@dataclass
class ImportPreview:
    """The rows of a file checked, with a decision for each duplicate (skip by default)."""

    file: ImportFile
    mapping: dict[int, str]
    rows: list[ImportRow]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def decide(self, number: int, decision: str) -> None:
        if decision not in DECISIONS:
            raise ValueError(decision)
        for row in self.rows:
            if row.number == number:
                row.decision = decision

    @property
    def summary(self) -> str:
        return (
            f"{self.count(OK)} à importer, {self.count(DUPLICATE)} doublon(s) possible(s), "
            f"{self.count(REFUSED)} refusée(s)"
        )


def parse_day(value: Cell, today: dt.date | None = None) -> dt.date | None:
    """A birth date as found in a file: a date cell, dd/mm/yyyy, d/m/yy or yyyy-mm-dd."""
    if isinstance(value, dt.date):
        return value
    text = value.strip()
    iso = _ISO.match(text)
    short = _SHORT.match(text)
    try:
        if iso:
            return dt.date(*(int(g) for g in iso.groups()))
        if short:
            day, month, year = (int(g) for g in short.groups())
            this_year = (today or dt.date.today()).year % 100
            return dt.date(year + (2000 if year <= this_year else 1900), month, day)
    except ValueError:
        raise ValueError(
            f"La date « {text} » n'existe pas : vérifiez le jour et le mois."
        ) from None
    return parse_date_fr(text)


def learner_of(cells: list[Cell], mapping: dict[int, str]) -> tuple[LearnerData, dict[str, str]]:
    """The learner a row describes, and the values that cannot be read (field -> message)."""
    values: dict[str, Cell] = {}
    for index, name in sorted(mapping.items()):
        value = cells[index] if index < len(cells) else ""
        if value != "" and name not in values:  # two columns for one field: the first filled
            values[name] = value
    errors: dict[str, str] = {}
    data = LearnerData()
    for name, value in values.items():
        if name == "birth_date":
            try:
                data.birth_date = parse_day(value)
            except ValueError as error:
                errors[name] = str(error)
            continue
        text = value.strftime("%d/%m/%Y") if isinstance(value, dt.date) else value
        if name == "civility":
            data.civility = CIVILITY_WORDS.get(header_words(text), "")
            if not data.civility:
                errors[name] = f"« {text} » n'est pas une civilité : indiquez Mme ou M."
        elif name == "status":
            status = STATUS_WORDS.get(header_words(text))
            if status is None:
                known = ", ".join(LEARNER_STATUSES.values())
                errors[name] = f"« {text} » n'est pas un statut connu : indiquez {known}."
            else:
                data.status = status
        elif name == "postal_code" and text.isdigit() and len(text) < 5:
            data.postal_code = text.zfill(5)  # a number cell lost its leading zero
        else:
            setattr(data, name, text)
    return data, errors


def check_row(validate, number: int, cells: list[Cell], mapping: dict[int, str]) -> ImportRow:
    """One row read and checked with ``validate`` (the learner form's checks)."""
    data, errors = learner_of(cells, mapping)
    typed = dataclasses.replace(data)  # validate empties a wrong value: show what was typed
    try:
        validate(data)
    except ValidationError as error:
        errors = {**error.errors, **errors}
    filled = frozenset(mapping[i] for i in mapping if i < len(cells) and cells[i] != "")
    row = ImportRow(number, typed if errors else data, REFUSED if errors else OK, errors)
    row.filled = filled
    return row


def identity_keys(data: LearnerData) -> list[tuple]:
    """What makes two learners possibly the same: the e-mail; the accent-free names with
    the birth date (the rule of ``LearnerService.save``)."""
    keys: list[tuple] = []
    if data.email.strip():
        keys.append(("email", data.email.strip().lower()))
    if data.birth_date:
        names = (normalise_search(data.last_name), normalise_search(data.first_name))
        keys.append(("names", *names, data.birth_date))
    return keys


def mark_duplicates(rows: list[ImportRow], known: dict[tuple, tuple[int, str]]) -> None:
    """Flag rows that match a learner of the database (``known``: key -> (id, name)) or an
    earlier row of the file; refused rows are left as they are."""
    seen: dict[tuple, int] = {}
    for row in rows:
        if row.status == REFUSED:
            continue
        keys = identity_keys(row.data)
        for key in keys:
            why = "même e-mail" if key[0] == "email" else "mêmes nom, prénom et date de naissance"
            if key in known:
                learner_id, name = known[key]
                row.match = Match(
                    learner_id=learner_id, label=f"Déjà dans la base : {name} ({why})"
                )
                break
            if key in seen:
                row.match = Match(
                    row_number=seen[key], label=f"Même personne que la ligne {seen[key]} ({why})"
                )
                break
        if row.match:
            row.status = DUPLICATE
        for key in keys:
            seen.setdefault(key, row.number)


def merged(existing: LearnerData, row: ImportRow) -> LearnerData:
    """``existing`` with the values the row gives (an empty cell keeps what was there)."""
    result = dataclasses.replace(existing)
    for name in row.filled:
        setattr(result, name, getattr(row.data, name))
    return result
