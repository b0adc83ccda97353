"""Learners: paged list for 30,000+ rows, search as you type, checks, the learner's dossier."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import IntEnum

from sqlalchemy import Select, bindparam, false, func, select, tuple_

from ..errors import BusinessRuleError, DuplicateLearnerError
from ..guards import check_record
from ..model import (
    ENROLLMENT_STATUSES,
    LEARNER_STATUSES,
    Client,
    Course,
    Enrollment,
    Learner,
    TrainingSession,
)
from ..validation import (
    Checker,
    check_birth_date,
    check_person_name,
    check_postal_code,
    clean_email,
    clean_phone,
    clean_siret,
    learner_search_text,
    normalise_search,
    require_id,
)
from .base import Service, copy_onto, get_or_fail, row_to


class LearnerColumn(IntEnum):
    """Columns of the learners list, in display order."""

    LAST_NAME = 0
    FIRST_NAME = 1
    BIRTH_DATE = 2
    EMAIL = 3
    PHONE = 4
    CITY = 5
    EMPLOYER = 6
    STATUS = 7


# search_text starts with the accent-free "last first": the French alphabetical order.
SORT_COLUMNS = {
    LearnerColumn.LAST_NAME: (Learner.search_text,),
    LearnerColumn.FIRST_NAME: (Learner.first_name, Learner.last_name),
    LearnerColumn.BIRTH_DATE: (Learner.birth_date,),
    LearnerColumn.EMAIL: (Learner.email,),
    LearnerColumn.PHONE: (Learner.phone,),
    LearnerColumn.CITY: (Learner.city, Learner.last_name),
    LearnerColumn.EMPLOYER: (Learner.employer_name, Learner.last_name),
    LearnerColumn.STATUS: (Learner.status, Learner.last_name),
}


@dataclass(frozen=True)
class LearnerFilter:
    """What the learners list shows: words typed in the search box, a status."""

    text: str = ""
    status: str = ""


@dataclass(frozen=True, slots=True)
class LearnerRow:
    """A summary row of the learners list."""

    id: int
    last_name: str
    first_name: str
    birth_date: dt.date | None
    email: str
    phone: str
    city: str
    employer_name: str
    status: str

    @property
    def full_name(self) -> str:
        return f"{self.last_name.upper()} {self.first_name}"

    @property
    def status_label(self) -> str:
        return LEARNER_STATUSES.get(self.status, self.status)


@dataclass
class LearnerData:
    """A learner as edited in the learner dialog."""

    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    civility: str = ""
    last_name: str = ""
    first_name: str = ""
    birth_name: str = ""
    birth_date: dt.date | None = None
    email: str = ""
    phone: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    status: str = "salarie"
    employer_name: str = ""
    employer_siret: str = ""
    job_title: str = ""
    accessibility_needs: str = ""
    needs_accessible_room: bool = False
    notes: str = ""


@dataclass(frozen=True)
class DossierEnrollment:
    enrollment_id: int
    session_id: int
    session_code: str
    course_title: str
    start_date: dt.date
    end_date: dt.date
    status: str
    client_name: str

    @property
    def status_label(self) -> str:
        return ENROLLMENT_STATUSES.get(self.status, self.status)


@dataclass
class LearnerDossier:
    """Everything about one learner: identity and enrollments, newest first."""

    learner: LearnerData
    enrollments: list[DossierEnrollment] = field(default_factory=list)


ROW_COLUMNS = (
    Learner.id,
    Learner.last_name,
    Learner.first_name,
    Learner.birth_date,
    Learner.email,
    Learner.phone,
    Learner.city,
    Learner.employer_name,
    Learner.status,
)

ROWS_BY_ID = select(*ROW_COLUMNS).where(Learner.id.in_(bindparam("ids", expanding=True)))


def _filtered(query: Select, flt: LearnerFilter) -> Select:
    words = normalise_search(flt.text).split()
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Learner.search_text.like(f"%{escaped}%", escape="\\"))
    if flt.status:
        query = query.where(Learner.status == flt.status)
    if not words:
        # An anonymised learner's search_text is emptied, so a search never finds one, and
        # the search can run on the search_text index alone (twice as fast as the table).
        query = query.where(Learner.anonymised_at.is_(None))
    return query


def search_text_of(data: LearnerData) -> str:
    return learner_search_text(
        data.last_name,
        data.first_name,
        data.birth_name,
        data.email,
        data.phone,
        data.city,
        data.employer_name,
    )


def refuse_if_anonymised(learner: Learner) -> None:
    """An anonymised learner stays a number in the statistics: nothing may be written on the
    record again, nor the person enrolled (« Anonyme 12 » on a new document would be false)."""
    if learner.anonymised_at is not None:
        raise BusinessRuleError(
            f"{learner.last_name} : les données personnelles de cet apprenant ont été "
            f"anonymisées le {learner.anonymised_at:%d/%m/%Y}. La fiche ne peut plus être "
            "modifiée ni inscrite ; créez une nouvelle fiche si la personne revient."
        )


def duplicate_message(rows: list[LearnerRow]) -> str:
    """« Un apprenant … existe déjà … » naming the learners found."""
    names = ", ".join(
        row.full_name
        + (f" (né(e) le {row.birth_date:%d/%m/%Y})" if row.birth_date else "")
        + (f" <{row.email}>" if row.email else "")
        for row in rows[:3]
    )
    return (
        f"Un apprenant qui pourrait être le même existe déjà : {names}. Rien n'a été "
        "enregistré : cherchez-le dans la liste des apprenants, ou confirmez qu'il s'agit "
        "d'une autre personne."
    )


class LearnerService(Service):
    """Create, edit, find and list learners."""

    def count(self, flt: LearnerFilter = LearnerFilter()) -> int:
        with self._db.reading() as s:
            return s.scalar(_filtered(select(func.count(Learner.id)), flt)) or 0

    def page(
        self,
        flt: LearnerFilter = LearnerFilter(),
        *,
        sort: LearnerColumn = LearnerColumn.LAST_NAME,
        descending: bool = False,
        offset: int = 0,
        limit: int = 200,
    ) -> list[LearnerRow]:
        """One page of summary rows, sorted and filtered in SQL."""
        with self._db.reading() as s:
            query = self._page_query(flt, sort, descending).offset(offset).limit(limit)
            return [LearnerRow(*r) for r in s.execute(query)]

    def first_rows(
        self,
        flt: LearnerFilter = LearnerFilter(),
        *,
        sort: LearnerColumn = LearnerColumn.LAST_NAME,
        descending: bool = False,
        probe: int = 2000,
    ) -> tuple[int, list[LearnerRow]]:
        """How many learners match, and the first rows (at most ``probe``).

        A search that keeps fewer than ``probe`` learners is answered by one pass over the
        table (the rows give the count); a broad one adds a COUNT, which is cheap.
        """
        if sort == LearnerColumn.LAST_NAME and flt.text.split() and not flt.status:
            return self._searched_by_name(flt, descending, probe)
        query = self._page_query(flt, sort, descending).limit(probe + 1)
        with self._db.reading() as s:
            rows = [LearnerRow(*r) for r in s.execute(query)]
        if len(rows) <= probe:
            return len(rows), rows
        return self.count(flt), rows[:probe]

    def _searched_by_name(
        self, flt: LearnerFilter, descending: bool, probe: int
    ) -> tuple[int, list[LearnerRow]]:
        """A search in name order: the ids of the first matches come from the search_text
        index alone (no row read), then the rest of the index is counted from where they
        stopped: one pass over the index gives both the first rows and the count."""
        order = (Learner.search_text, Learner.id)
        ids_query = _filtered(select(Learner.id, Learner.search_text), flt).order_by(
            *(c.desc() if descending else c.asc() for c in order)
        )
        with self._db.reading() as s:
            run = s.connection().execute  # plain rows: no ORM bookkeeping per id
            scanned = run(ids_query.limit(probe)).all()
            ids = [r[0] for r in scanned]
            count = len(ids)
            if count == probe:  # more may follow: count the rest of the index only
                key, after = tuple_(*order), tuple_(scanned[-1][1], ids[-1])
                rest = key < after if descending else key > after
                count += run(_filtered(select(func.count(Learner.id)), flt).where(rest)).scalar()
            first = ids[:probe]
            found = {r[0]: LearnerRow(*r) for r in run(ROWS_BY_ID, {"ids": first}).all()}
        return count, [found[i] for i in first if i in found]

    @staticmethod
    def _page_query(flt: LearnerFilter, sort: LearnerColumn, descending: bool):
        columns = SORT_COLUMNS[sort]
        if flt.text.strip() and sort != LearnerColumn.LAST_NAME:
            # Sorting by name walks the search_text index, where the search is checked too.
            # Any other order: filtering the table then sorting the matches beats walking
            # another index in order (wrapping the column keeps that index out).
            columns = tuple(func.coalesce(c, "") for c in columns)
        order = [c.desc() if descending else c.asc() for c in columns]
        order.append(Learner.id.desc() if descending else Learner.id.asc())
        return _filtered(select(*ROW_COLUMNS), flt).order_by(*order)

    def search(self, text: str, *, limit: int = 20) -> list[LearnerRow]:
        return self.page(LearnerFilter(text=text), limit=limit)

    def get(self, learner_id: int) -> LearnerData:
        with self._db.reading() as s:
            return row_to(LearnerData, get_or_fail(s, Learner, learner_id, "L'apprenant"))

    def validate(self, data: LearnerData) -> LearnerData:
        """Check and normalise a learner; raises ValidationError naming each wrong field."""
        check_record(data, Learner)  # lengths and invisible characters, before any query
        check = Checker()
        data.last_name = check.require("last_name", data.last_name, "Le nom est obligatoire.")
        data.first_name = check.require("first_name", data.first_name, "Le prénom est obligatoire.")
        for key, label in (("last_name", "Le nom"), ("first_name", "Le prénom")):
            if key not in check.errors:
                check.field(key, check_person_name, getattr(data, key), label)
        data.email = check.field("email", clean_email, data.email) or ""
        data.phone = check.field("phone", clean_phone, data.phone) or ""
        data.birth_date = check.field("birth_date", check_birth_date, data.birth_date)
        data.postal_code = check.field("postal_code", check_postal_code, data.postal_code) or ""
        data.employer_siret = (
            check.field(
                "employer_siret", clean_siret, data.employer_siret, "Le SIRET de l'employeur"
            )
            or ""
        )
        if data.status not in LEARNER_STATUSES:
            check.fail("status", "Choisissez le statut de l'apprenant.")
        if data.status == "salarie" and data.employer_siret and not data.employer_name.strip():
            check.fail("employer_name", "Indiquez le nom de l'employeur qui va avec ce SIRET.")
        check.raise_if_any()
        data.last_name = data.last_name.strip()
        data.first_name = data.first_name.strip()
        return data

    def save(self, data: LearnerData, *, allow_duplicate: bool = False) -> int:
        """Create or update a learner; returns the id. Nothing is written if a check fails.

        A learner with the same e-mail, or the same accent-free names and birth date, as
        another one is refused (DuplicateLearnerError) unless ``allow_duplicate`` confirms it.
        """
        if data.id is not None:
            require_id(data.id, "L'apprenant")
        self.validate(data)
        if not allow_duplicate:
            same = self._duplicates(data, homonyms=False)
            if same:
                raise DuplicateLearnerError(duplicate_message(same), same)
        with self._db.unit_of_work() as s:
            if data.id is None:
                row = Learner(last_name=data.last_name, first_name=data.first_name)
                s.add(row)
            else:
                row = get_or_fail(s, Learner, data.id, "L'apprenant")
                refuse_if_anonymised(row)
            copy_onto(row, data)
            row.search_text = search_text_of(data)
            if data.employer_siret:
                row.employer_client_id = s.scalar(
                    select(Client.id).where(Client.siret == data.employer_siret).limit(1)
                )
            s.flush()
            learner_id = row.id
        self._emit("learner", learner_id, "created" if data.id is None else "updated")
        data.id = learner_id
        return learner_id

    def possible_duplicates(self, data: LearnerData, *, homonyms: bool = True) -> list[LearnerRow]:
        """Other learners who may be this one: same e-mail, or same accent-free names with
        the same birth date; ``homonyms`` adds the same names when a birth date is unknown.
        Without ``homonyms``: exactly those ``save`` refuses unless ``allow_duplicate``."""
        return self._duplicates(data, homonyms=homonyms)

    def _duplicates(self, data: LearnerData, *, homonyms: bool) -> list[LearnerRow]:
        """Same e-mail, or same accent-free names and birth date; ``homonyms`` adds the same
        names when a birth date is missing on either side."""
        names = f"{normalise_search(data.last_name)} {normalise_search(data.first_name)}"
        escaped = names.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        same_names = (Learner.search_text == names) | Learner.search_text.like(
            f"{escaped} %", escape="\\"
        )
        if data.birth_date:
            same_day = Learner.birth_date == data.birth_date
            same_names &= (same_day | Learner.birth_date.is_(None)) if homonyms else same_day
        elif not homonyms:
            same_names = false()
        condition = same_names
        if data.email.strip():
            condition |= func.lower(Learner.email) == data.email.strip().lower()
        query = select(*ROW_COLUMNS).where(condition, Learner.anonymised_at.is_(None))
        if data.id:
            query = query.where(Learner.id != data.id)
        with self._db.reading() as s:
            rows = [LearnerRow(*r) for r in s.execute(query.limit(50))]
        # search_text starts with the names but may hold more words: compare exactly.
        wanted = (normalise_search(data.last_name), normalise_search(data.first_name))
        email = data.email.strip().lower()
        return [
            r
            for r in rows
            if (email and r.email.lower() == email)
            or (normalise_search(r.last_name), normalise_search(r.first_name)) == wanted
        ][:10]

    def dossier(self, learner_id: int) -> LearnerDossier:
        query = (
            select(
                Enrollment.id,
                TrainingSession.id,
                TrainingSession.code,
                Course.title,
                TrainingSession.start_date,
                TrainingSession.end_date,
                Enrollment.status,
                func.coalesce(Client.name, ""),
            )
            .join(TrainingSession, TrainingSession.id == Enrollment.session_id)
            .join(Course, Course.id == TrainingSession.course_id)
            .outerjoin(Client, Client.id == Enrollment.client_id)
            .where(Enrollment.learner_id == learner_id)
            .order_by(TrainingSession.start_date.desc())
        )
        learner = self.get(learner_id)
        with self._db.reading() as s:
            return LearnerDossier(learner, [DossierEnrollment(*r) for r in s.execute(query)])
