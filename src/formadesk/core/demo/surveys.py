"""Demo satisfaction questionnaires: the seeded models, tokens, and answers matching a score.

The migration seeds the question bank and five models in every base; the demo sends them
(evaluations carry their model and a token) and fills the answers of the recent ones so that
the results screens have something to show. The score stored is the one the answers give.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from ..model import Questionnaire, QuestionnaireItem, SurveyQuestion
from ..services.surveys.values import score_of
from .context import Context

CHANNELS = ("pdf", "pdf", "pdf", "papier", "xlsx")
PRAISE = (
    "Les exercices pratiques sur nos propres cas.",
    "La disponibilité du formateur.",
    "Un groupe homogène et de bons échanges.",
    "Les supports clairs, utiles après la formation.",
)
CRITICAL = ("un peu", "aurais aimé", "améliorer", "trop")
IMPROVE = (
    "Un peu plus de temps sur les cas pratiques.",
    "Des pauses plus régulières.",
    "Recevoir les supports avant la formation.",
    "Une salle mieux ventilée.",
)


@dataclass(frozen=True, slots=True)
class DemoQuestion:
    id: int
    scale: str
    choices: tuple[str, ...]
    theme: str


@dataclass(frozen=True, slots=True)
class DemoModel:
    id: int
    questions: tuple[DemoQuestion, ...]


def models(ctx: Context) -> dict[tuple[str, str], DemoModel]:
    """The active model of each (audience, moment), read once per build."""
    cached = getattr(ctx, "_survey_models", None)
    if cached is not None:
        return cached
    conn = ctx.writer.conn
    found: dict[tuple[str, str], DemoModel] = {}
    for qid, audience, moment in conn.execute(
        select(Questionnaire.id, Questionnaire.audience, Questionnaire.moment)
        .where(Questionnaire.active.is_(True))
        .order_by(Questionnaire.id)
    ):
        rows = conn.execute(
            select(SurveyQuestion.id, SurveyQuestion.scale, SurveyQuestion.choices)
            .add_columns(SurveyQuestion.theme)
            .join(QuestionnaireItem, QuestionnaireItem.question_id == SurveyQuestion.id)
            .where(QuestionnaireItem.questionnaire_id == qid)
            .order_by(QuestionnaireItem.position)
        )
        questions = tuple(
            DemoQuestion(i, scale, tuple(c for c in choices.splitlines() if c), theme)
            for i, scale, choices, theme in rows
        )
        found.setdefault((audience, moment), DemoModel(qid, questions))
    ctx._survey_models = found  # type: ignore[attr-defined]
    return found


def rng(ctx: Context) -> random.Random:
    """The questionnaires' own generator: drawing from it leaves the rest of the demo as it
    was (the shared ``ctx.rng`` sequence is unchanged)."""
    own = getattr(ctx, "_survey_rng", None)
    if own is None:
        own = ctx._survey_rng = random.Random(ctx.today.toordinal())  # type: ignore[attr-defined]
    return own


def token(ctx: Context) -> str:
    """A token like the program's (128 random bits), from the demo's seeded generator."""
    return f"{rng(ctx).getrandbits(128):032x}"


def _value(ctx: Context, question: DemoQuestion, score: int) -> int | None:
    gen = rng(ctx)
    target = max(0.0, min(100.0, score + gen.gauss(0, 12)))
    if question.scale == "note5":
        return 1 + round(target / 25)
    if question.scale == "note10":
        return 1 + round(target / 100 * 9)
    if question.scale == "oui_non":
        return 1 if gen.random() < score / 100 + 0.1 else 0
    if question.scale == "choix":
        middle = (len(question.choices) - 1) // 2 if question.theme == "Contenu" else 0
        if gen.random() < 0.75:
            return middle + 1
        return gen.randint(1, len(question.choices))
    return None


def answers(
    ctx: Context, evaluation_id: int, model: DemoModel, score: int, comment: str
) -> tuple[int | None, str, list[dict[str, Any]]]:
    """Answers close to ``score``: the score they give, the comment and the rows, which the
    caller queues after its evaluation (the writer may flush between two rows)."""
    rows: list[dict[str, Any]] = []
    numbers: list[tuple[str, int | None]] = []
    texts: list[str] = []
    free = [q for q in model.questions if q.scale == "texte"]
    critical = any(word in comment for word in CRITICAL)
    # The office's comment goes where it belongs: praise first, a criticism last.
    placed = free[-1] if critical or len(free) == 1 else free[0] if free else None
    for question in model.questions:
        if question.scale == "texte":
            if question is placed and comment:
                text = comment
            elif question is free[0] and rng(ctx).random() < 0.3:
                text = rng(ctx).choice(PRAISE)
            elif question is free[-1] and rng(ctx).random() < 0.3:
                text = rng(ctx).choice(IMPROVE)
            else:
                continue
            texts.append(text)
            rows.append(_row(ctx, evaluation_id, question.id, None, text))
            continue
        if rng(ctx).random() < 0.04:  # a question left blank now and then
            continue
        value = _value(ctx, question, score)
        numbers.append((question.scale, value))
        text = question.choices[value - 1] if question.scale == "choix" else ""
        rows.append(_row(ctx, evaluation_id, question.id, value, text))
    return score_of(numbers), "\n".join(texts), rows


def _row(ctx: Context, evaluation_id: int, question_id: int, value, text: str) -> dict[str, Any]:
    return {
        "id": ctx.new_id("evaluation_answers"),
        "evaluation_id": evaluation_id,
        "question_id": question_id,
        "value": value,
        "text": text,
    }


def answered_recently(ctx: Context, answered: dt.date | None) -> bool:
    """Answers are detailed for the recent past only (the ten-year office stays fast)."""
    return answered is not None and (ctx.today - answered).days <= ctx.size.documents_days


__all__ = ["CHANNELS", "answered_recently", "answers", "models", "rng", "token"]
