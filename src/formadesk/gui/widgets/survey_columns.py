"""The rows and columns of the « Satisfaction » page: sessions with their return rate, and
the respondents of one session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from formadesk.core import formatting as fmt
from formadesk.core.services.surveys import ANSWER_CHANNELS, Respondent

from ..models.simple import CENTER, RIGHT, Column

CONTEXT = "SurveysPage"


@dataclass(frozen=True)
class SessionLine:
    """A session of the list with its questionnaires' figures."""

    id: int
    code: str
    title: str
    start: dt.date
    end: dt.date
    sent: int
    answered: int
    average: int | None

    @property
    def rate(self) -> int | None:
        return round(100 * self.answered / self.sent) if self.sent else None


def _rate_hint(line: SessionLine) -> str | None:
    if line.rate is None:
        return None
    return "ok" if line.rate >= 70 else "warning" if line.rate >= 40 else "full"


SESSION_COLUMNS: list[Column[SessionLine]] = [
    Column("Session", lambda r: r.code),
    Column("Formation", lambda r: r.title),
    Column("Fin", lambda r: fmt.date_short(r.end), sort_key=lambda r: r.end.toordinal()),
    Column("Envoyés", lambda r: r.sent, align=RIGHT),
    Column("Reçus", lambda r: r.answered, align=RIGHT),
    Column(
        "Taux de retour",
        lambda r: "" if r.rate is None else f"{r.rate} %",
        sort_key=lambda r: -1 if r.rate is None else r.rate,
        align=RIGHT,
        hint=_rate_hint,
    ),
    Column(
        "Satisfaction",
        lambda r: "" if r.average is None else f"{r.average} / 100",
        sort_key=lambda r: -1 if r.average is None else r.average,
        align=RIGHT,
    ),
]


@dataclass(frozen=True)
class RespondentLine:
    id: int
    row: Respondent
    questionnaire: str


RESPONDENT_COLUMNS: list[Column[RespondentLine]] = [
    Column("Public", lambda r: r.row.audience_label),
    Column("Répondant", lambda r: r.row.name),
    Column("Questionnaire", lambda r: r.questionnaire),
    Column("Envoyé le", lambda r: fmt.date_short(r.row.sent_on), align=CENTER),
    Column("Relancé le", lambda r: fmt.date_short(r.row.reminded_on), align=CENTER),
    Column(
        "Répondu le",
        lambda r: fmt.date_short(r.row.answered_on),
        align=CENTER,
        hint=lambda r: "ok" if r.row.answered_on else None,
    ),
    Column("Retour", lambda r: ANSWER_CHANNELS.get(r.row.channel, r.row.channel)),
    Column("Score", lambda r: "" if r.row.score is None else r.row.score, align=RIGHT),
    Column("E-mail", lambda r: r.row.email or "—"),
]
