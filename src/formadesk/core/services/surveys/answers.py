"""Checking a set of answers against the questions, and storing them (all or nothing)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import delete, select

from ...model import Evaluation, EvaluationAnswer, SurveyQuestion
from .bank import choices_of, form_questions
from .rows import FormQuestion
from .values import is_empty, parse_answer, score_of

Parsed = dict[int, tuple[int | None, str]]


def questions_for(s, evaluation: Evaluation) -> tuple[FormQuestion, ...]:
    """The questions an evaluation answers: those of its questionnaire."""
    if evaluation.questionnaire_id is None:
        return ()
    return form_questions(s, evaluation.questionnaire_id)


def check_answers(
    s,
    evaluation: Evaluation,
    raw: Mapping[int, object],
    *,
    decode=None,
    label=lambda q: f"Question {q.number}",
) -> tuple[Parsed, list[str]]:
    """(answers to store, problems): every problem is a French sentence naming the question.

    Answers to questions of the bank that are no longer in the model are kept (the file was
    sent before the model changed); unknown question ids are ignored.
    """
    questions = {q.id: q for q in questions_for(s, evaluation)}
    extra_ids = [i for i in raw if i not in questions]
    if extra_ids:
        for q in s.scalars(select(SurveyQuestion).where(SurveyQuestion.id.in_(extra_ids))):
            questions[q.id] = FormQuestion(
                q.id, 0, q.text, q.scale, choices_of(q.choices), False, q.theme
            )
    parsed: Parsed = {}
    problems: list[str] = []
    for question_id, value in raw.items():
        q = questions.get(question_id)
        if q is None:
            continue
        if decode is not None:
            value = decode(q.scale, value)
        try:
            answer = parse_answer(q.scale, q.choices, value)
        except ValueError as error:
            problems.append(f"{label(q)} (« {q.text} ») : {error}")
            continue
        if answer is not None:
            parsed[question_id] = answer
    for q in questions.values():
        if q.required and q.number and q.id not in parsed and q.id in raw:
            problems.append(f"{label(q)} (« {q.text} ») attend une réponse.")
    return parsed, problems


def has_answers(raw: Mapping[int, object]) -> bool:
    return any(not is_empty(v) for v in raw.values())


def store_answers(
    s, evaluation: Evaluation, parsed: Parsed, *, answered_on: dt.date, channel: str
) -> int | None:
    """Replace the evaluation's answers by ``parsed``; set score, comment, date and channel."""
    scales = dict(
        s.execute(
            select(SurveyQuestion.id, SurveyQuestion.scale).where(
                SurveyQuestion.id.in_(list(parsed))
            )
        ).all()
    )
    s.execute(delete(EvaluationAnswer).where(EvaluationAnswer.evaluation_id == evaluation.id))
    for question_id, (value, text) in parsed.items():
        s.add(
            EvaluationAnswer(
                evaluation_id=evaluation.id, question_id=question_id, value=value, text=text
            )
        )
    evaluation.score = score_of((scales[i], value) for i, (value, _) in parsed.items())
    texts = [text for i, (_, text) in parsed.items() if scales[i] == "texte" and text]
    evaluation.comment = "\n".join(texts)
    evaluation.answered_on = answered_on
    evaluation.channel = channel
    return evaluation.score


def answers_of(s, evaluation_id: int) -> Parsed:
    return {
        a.question_id: (a.value, a.text)
        for a in s.scalars(
            select(EvaluationAnswer).where(EvaluationAnswer.evaluation_id == evaluation_id)
        )
    }
