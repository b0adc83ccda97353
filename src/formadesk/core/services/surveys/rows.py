"""What the survey screens and files exchange with the service: plain dataclasses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ...model.followup import ANSWER_CHANNELS, QUESTION_SCALES, RESPONDENTS, SURVEY_MOMENTS

__all__ = [
    "ANSWER_CHANNELS",
    "QUESTION_SCALES",
    "RESPONDENTS",
    "SURVEY_MOMENTS",
]


@dataclass
class QuestionData:
    """A question of the bank as edited; ``choices`` one per item (« choix » only)."""

    text: str = ""
    scale: str = "note5"
    choices: list[str] = field(default_factory=list)
    theme: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class QuestionRow:
    """A question of the bank as listed, with how much it is used."""

    id: int
    text: str
    scale: str
    choices: tuple[str, ...]
    theme: str
    active: bool
    answers: int  # answers recorded: the question can no longer be deleted
    models: int  # questionnaires holding it

    @property
    def scale_label(self) -> str:
        return QUESTION_SCALES.get(self.scale, self.scale)


@dataclass
class ItemData:
    """A question in a questionnaire (the order of the list is the order printed)."""

    question_id: int
    required: bool = False


@dataclass
class QuestionnaireData:
    """A questionnaire model as edited."""

    title: str = ""
    audience: str = "apprenant"
    moment: str = "chaud"
    delay_days: int = 0
    intro: str = ""
    active: bool = True
    items: list[ItemData] = field(default_factory=list)
    id: int | None = None


@dataclass(frozen=True)
class QuestionnaireRow:
    id: int
    title: str
    audience: str
    moment: str
    delay_days: int
    active: bool
    questions: int
    sent: int

    @property
    def label(self) -> str:
        who = RESPONDENTS.get(self.audience, self.audience)
        when = SURVEY_MOMENTS.get(self.moment, self.moment).lower()
        return f"{self.title} ({who}, {when})"


@dataclass(frozen=True)
class FormQuestion:
    """A question as printed on a questionnaire (PDF, spreadsheet, entry screen)."""

    id: int
    number: int  # 1, 2 ... in the questionnaire
    text: str
    scale: str
    choices: tuple[str, ...]
    required: bool
    theme: str = ""


@dataclass(frozen=True)
class FormSheet:
    """Everything a questionnaire file shows for one respondent (or a blank one)."""

    organisation: str
    title: str
    intro: str
    session_code: str
    course_title: str
    dates: str  # « du 1er au 2 mars 2027 »
    respondent: str  # "" on a blank questionnaire
    respondent_kind: str  # label of RESPONDENTS
    token: str  # "" on a blank questionnaire
    questions: tuple[FormQuestion, ...]


@dataclass(frozen=True)
class Respondent:
    """One evaluation sent (or to send): who answers, and where the questionnaire goes."""

    evaluation_id: int
    session_id: int
    questionnaire_id: int | None
    audience: str
    name: str
    email: str
    token: str
    sent_on: dt.date | None
    answered_on: dt.date | None
    reminded_on: dt.date | None
    channel: str
    score: int | None

    @property
    def audience_label(self) -> str:
        return RESPONDENTS.get(self.audience, self.audience)


@dataclass
class SendReport:
    """What « Envoyer les questionnaires » did for one session and one model."""

    session_code: str
    questionnaire_title: str
    due_on: dt.date
    created: list[str] = field(default_factory=list)  # respondents' names
    existing: list[str] = field(default_factory=list)  # already sent before (not duplicated)
    files: list[str] = field(default_factory=list)  # paths written (PDF and .eml)
    without_email: list[str] = field(default_factory=list)  # PDF only, no .eml
    already_answered: list[str] = field(default_factory=list)  # no file written again
    folder: str = ""

    def summary(self) -> str:
        parts = [
            f"{len(self.created)} questionnaire(s) créé(s), "
            f"{len(self.existing)} déjà envoyé(s) auparavant."
        ]
        if self.files:
            parts.append(f"{len(self.files)} fichier(s) écrit(s) dans « {self.folder} ».")
        if self.without_email:
            parts.append(
                "Sans adresse e-mail (PDF seul, à remettre ou à envoyer autrement) : "
                + ", ".join(self.without_email)
                + "."
            )
        if self.already_answered:
            parts.append(
                "Déjà répondu (rien de réécrit) : " + ", ".join(self.already_answered) + "."
            )
        return "\n".join(parts)


# Outcome of one returned file.
IMPORT_STATUSES = {
    "recognised": "Réponses enregistrées",
    "replaced": "Réponses remplacées",
    "already": "Déjà répondu",
    "unknown": "Identifiant inconnu",
    "unreadable": "Illisible",  # damaged, truncated, locked: perhaps a questionnaire
    "not_questionnaire": "Pas un questionnaire",
    "ignored": "Ignoré",
    "empty": "Aucune réponse",
    "invalid": "Réponses refusées",
}


@dataclass(frozen=True)
class ImportedFile:
    """What happened to one returned PDF (nothing is written unless recognised/replaced)."""

    path: str
    status: str  # key of IMPORT_STATUSES
    message: str
    evaluation_id: int | None = None
    respondent: str = ""
    score: int | None = None

    @property
    def status_label(self) -> str:
        return IMPORT_STATUSES.get(self.status, self.status)

    @property
    def stored(self) -> bool:
        return self.status in ("recognised", "replaced")


@dataclass
class ImportReport:
    files: list[ImportedFile] = field(default_factory=list)

    def of(self, status: str) -> list[ImportedFile]:
        return [f for f in self.files if f.status == status]

    @property
    def stored(self) -> int:
        return sum(1 for f in self.files if f.stored)

    @property
    def ignored(self) -> int:
        """Files left aside: neither a questionnaire PDF nor a spreadsheet."""
        return sum(1 for f in self.files if f.status == "ignored")


@dataclass
class SheetImportReport:
    """What an imported spreadsheet of answers changed (nothing when ``problems``)."""

    path: str
    answered: list[str] = field(default_factory=list)  # newly answered respondents
    changed: list[str] = field(default_factory=list)  # answers replaced
    unchanged: int = 0
    skipped: int = 0  # rows without any answer
    problems: list[str] = field(default_factory=list)  # « Ligne 4, Q12 : ... »

    def summary(self) -> str:
        if self.problems:
            return (
                "Aucune réponse n'a été enregistrée : corrigez ces cellules, puis importez à "
                "nouveau le fichier.\n" + "\n".join(f"• {p}" for p in self.problems)
            )
        lines = [
            f"{len(self.answered)} nouvelle(s) réponse(s), {len(self.changed)} modifiée(s), "
            f"{self.unchanged} inchangée(s), {self.skipped} ligne(s) sans réponse."
        ]
        if self.answered:
            lines.append("Nouvelles : " + ", ".join(self.answered) + ".")
        if self.changed:
            lines.append("Modifiées : " + ", ".join(self.changed) + ".")
        return "\n".join(lines)


@dataclass
class RemindReport:
    reminded: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    without_email: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already answered


@dataclass(frozen=True)
class ReturnRate:
    """Questionnaires of one session: sent, answered, rate in percent."""

    session_id: int
    session_code: str
    course_title: str
    start_date: dt.date
    end_date: dt.date
    sent: int
    answered: int
    average: int | None  # mean score 0..100 of the answered ones

    @property
    def rate(self) -> int | None:
        return round(100 * self.answered / self.sent) if self.sent else None


@dataclass(frozen=True)
class QuestionResult:
    question_id: int
    text: str
    scale: str
    count: int
    average: float | None  # on the question's own scale (1-5, 1-10, share of oui 0..1)
    distribution: tuple[tuple[str, int], ...]  # (value label, count) in scale order


@dataclass(frozen=True)
class Comment:
    session_code: str
    respondent: str  # label of the audience, never the name: results are shown in meetings
    question: str
    text: str


@dataclass(frozen=True)
class SurveyResults:
    sent: int
    answered: int
    average: int | None  # mean score 0..100
    questions: tuple[QuestionResult, ...]
    comments: tuple[Comment, ...]
    by_audience: tuple[tuple[str, int, int], ...]  # (audience, sent, answered)

    @property
    def rate(self) -> int | None:
        return round(100 * self.answered / self.sent) if self.sent else None
