"""The catalogue of courses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import func, select

from .. import formatting as fmt
from ..errors import BusinessRuleError, ValidationError
from ..guards import check_record, problem
from ..model import BPF_OBJECTIVES, MODALITIES, Course, CourseObjective, TrainingSession
from ..validation import Checker, check_money, require_id
from .base import Service, copy_onto, get_or_fail, row_to

# BPF_OBJECTIVES is offered to the screens (which may not import the models): the course
# dialog's choices for the cadre F-3 of the BPF.
__all__ = [
    "BPF_OBJECTIVES",
    "MAX_DURATION_MINUTES",
    "CourseData",
    "CourseRow",
    "CourseService",
]


@dataclass
class CourseData:
    """A course as edited in its dialog; ``objectives`` one text per objective."""

    id: int | None = None
    version: int = 0  # the record's version when read (0: not read, not checked)
    code: str = ""
    title: str = ""
    objectives: list[str] = field(default_factory=list)
    programme: str = ""
    prerequisites: str = ""
    audience: str = ""
    teaching_means: str = ""
    assessment_method: str = ""
    what_to_bring: str = ""  # one item a line (À apporter)
    duration_minutes: int = 0
    price_cents: int = 0
    intra_price_cents: int = 0
    modality: str = "presentiel"
    nsf_code: str = ""
    level: str = ""
    certification_code: str = ""
    sanction: str = ""
    bpf_objective: str = ""  # cadre F-3 of the BPF: a key of BPF_OBJECTIVES, "" = not said yet
    active: bool = True


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    duration_minutes: int
    price_cents: int
    modality: str
    active: bool
    session_count: int
    intra_price_cents: int = 0


MAX_DURATION_MINUTES = 3000 * 60  # a long certifying course lasts some 1,500 hours


class CourseService(Service):
    """Create, edit and list courses."""

    def list(self, *, include_inactive: bool = True, text: str = "") -> list[CourseRow]:
        counts = (
            select(TrainingSession.course_id, func.count().label("n"))
            .group_by(TrainingSession.course_id)
            .subquery()
        )
        query = (
            select(Course, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.course_id == Course.id)
            .order_by(Course.title)
        )
        if not include_inactive:
            query = query.where(Course.active.is_(True))
        if text:
            like = f"%{text.strip()}%"
            query = query.where(Course.title.ilike(like) | Course.code.ilike(like))
        with self._db.reading() as s:
            return [
                CourseRow(
                    c.id,
                    c.code,
                    c.title,
                    c.duration_minutes,
                    c.price_cents,
                    c.modality,
                    c.active,
                    n,
                )
                for c, n in s.execute(query)
            ]

    def get(self, course_id: int) -> CourseData:
        with self._db.reading() as s:
            row = get_or_fail(s, Course, course_id, "La formation")
            return row_to(CourseData, row, objectives=[o.text for o in row.objectives])

    def save(self, data: CourseData) -> int:
        """Create or update a course; returns its id. Raises ValidationError."""
        if data.id is not None:
            require_id(data.id, "La formation")
        check_record(data, Course, skip=("id", "objectives"))
        for text in data.objectives:
            message = problem(CourseObjective.__table__.c.text, text)
            if message:
                raise ValidationError({"objectives": message})
        check = Checker()
        data.code = check.require("code", data.code, "Le code de la formation est obligatoire.")
        data.code = data.code.upper()
        if data.code and not re.fullmatch(r"[A-Z0-9][A-Z0-9_-]{0,19}", data.code):
            check.fail(
                "code",
                "Le code ne contient que lettres, chiffres et tirets (20 caractères au plus).",
            )
        data.title = check.require(
            "title", data.title, "L'intitulé de la formation est obligatoire."
        )
        if data.duration_minutes <= 0:
            check.fail("duration_minutes", "Indiquez la durée de la formation en heures.")
        elif data.duration_minutes > MAX_DURATION_MINUTES:
            check.fail(
                "duration_minutes",
                f"Une formation dure au plus {MAX_DURATION_MINUTES // 60} heures : "
                "vérifiez la durée.",
            )
        check.field("price_cents", check_money, data.price_cents, "Le prix inter")
        check.field("intra_price_cents", check_money, data.intra_price_cents, "Le prix intra")
        if data.modality not in MODALITIES:
            check.fail("modality", "Choisissez une modalité : présentiel, distanciel ou mixte.")
        if data.nsf_code and not re.fullmatch(r"\d{3}[a-z]?", data.nsf_code.strip()):
            check.fail(
                "nsf_code", "Le code NSF se compose de 3 chiffres, suivis d'une lettre (ex. 326t)."
            )
        data.bpf_objective = (data.bpf_objective or "").strip()
        if data.bpf_objective and data.bpf_objective not in BPF_OBJECTIVES:
            check.fail(
                "bpf_objective",
                "Choisissez l'objectif BPF de la formation dans la liste (cadre F-3), "
                "ou laissez « à préciser ».",
            )
        objectives = [o.strip() for o in data.objectives if o.strip()]
        with self._db.reading() as s:
            clash = s.scalar(select(Course.id).where(Course.code == data.code))
        if clash and clash != data.id:
            check.fail("code", f"Le code « {data.code} » est déjà utilisé par une autre formation.")
        check.raise_if_any()
        with self._db.unit_of_work() as s:
            if data.id is None:
                row = Course(code=data.code, title=data.title)
                s.add(row)
            else:
                row = get_or_fail(s, Course, data.id, "La formation")
            copy_onto(row, data, skip=("id", "objectives"))
            row.objectives = [
                CourseObjective(position=i, text=text) for i, text in enumerate(objectives)
            ]
            s.flush()
            course_id = row.id
        self._emit("course", course_id, "created" if data.id is None else "updated")
        data.id = course_id
        return course_id

    def delete(self, course_id: int) -> None:
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Course, course_id, "La formation")
            used = s.scalar(select(func.count()).where(TrainingSession.course_id == course_id))
            if used:
                raise BusinessRuleError(
                    f"La formation « {row.title} » a {fmt.plural(used, 'session')} : elle ne "
                    "peut pas être "
                    "supprimée. Décochez « active » pour la retirer du catalogue."
                )
            s.delete(row)
        self._emit("course", course_id, "deleted")
