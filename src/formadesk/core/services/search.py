"""The global search box: learners, sessions, courses, clients and funders as you type."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..formatting import date_short
from ..model import Course, TrainingSession
from ..validation import normalise_search
from .base import Service
from .learners import LearnerService
from .parties import PartyService

KIND_LABELS = {
    "learner": "Apprenant",
    "session": "Session",
    "course": "Formation",
    "client": "Client",
    "funder": "Financeur",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str  # learner, session, course, client, funder
    id: int
    title: str
    detail: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


class SearchService(Service):
    """Finds anything by a few letters; each kind is capped so results come back at once."""

    def everything(self, text: str, *, per_kind: int = 8) -> list[SearchHit]:
        text = text.strip()
        if len(text) < 2:
            return []
        like = f"%{text}%"
        hits = [
            SearchHit("learner", r.id, r.full_name, " · ".join(x for x in (r.email, r.city) if x))
            for r in LearnerService(self._db).search(text, limit=per_kind)
        ]
        with self._db.reading() as s:
            sessions = s.execute(
                select(
                    TrainingSession.id,
                    TrainingSession.code,
                    Course.title,
                    TrainingSession.start_date,
                )
                .join(Course, Course.id == TrainingSession.course_id)
                .where(TrainingSession.code.ilike(like) | Course.title.ilike(like))
                .order_by(TrainingSession.start_date.desc())
                .limit(per_kind)
            )
            hits += [
                SearchHit("session", sid, code, f"{title} · {date_short(start)}")
                for sid, code, title, start in sessions
            ]
            courses = s.execute(
                select(Course.id, Course.code, Course.title)
                .where(Course.code.ilike(like) | Course.title.ilike(like))
                .order_by(Course.title)
                .limit(per_kind)
            )
            hits += [SearchHit("course", cid, title, code) for cid, code, title in courses]
        parties = PartyService(self._db)  # accents ignored, SIRET digits found
        hits += [
            SearchHit("client", r.id, r.name, r.city) for r in parties.search(text, limit=per_kind)
        ]
        hits += [
            SearchHit("funder", r.id, r.name, r.city)
            for r in parties.search(text, funders=True, limit=per_kind)
        ]
        typed = normalise_search(text)  # what starts with the words typed comes first
        return sorted(hits, key=lambda hit: not normalise_search(hit.title).startswith(typed))
