"""Return rates and results of the satisfaction questionnaires (Qualiopi indicators 2 and 30).

Every satisfaction evaluation counts (those sent before questionnaires existed too); the
answers per question come from the questionnaires answered through Formadesk. Comments are
shown with the audience, never the name: results are read in meetings and audits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict

from sqlalchemy import case, func, select

from ...model import (
    Course,
    Evaluation,
    EvaluationAnswer,
    SessionTrainer,
    Slot,
    SlotTrainer,
    SurveyQuestion,
    TrainingSession,
)
from ...model.followup import RESPONDENTS
from ..base import get_or_fail
from .bank import choices_of
from .people import names_of
from .rows import Comment, QuestionResult, Respondent, ReturnRate, SurveyResults
from .values import value_labels

SATISFACTION = ("satisfaction_chaud", "satisfaction_froid")


def _filtered(query, *, session_id, course_id, trainer_id, start, end, questionnaire_id, audience):
    if session_id is not None:
        query = query.where(Evaluation.session_id == session_id)
    if course_id is not None:
        query = query.where(TrainingSession.course_id == course_id)
    if trainer_id is not None:
        taught = (
            select(SessionTrainer.session_id)
            .where(SessionTrainer.trainer_id == trainer_id)
            .union(
                select(Slot.session_id)
                .join(SlotTrainer, SlotTrainer.slot_id == Slot.id)
                .where(SlotTrainer.trainer_id == trainer_id)
            )
        )
        query = query.where(Evaluation.session_id.in_(taught))
    if start is not None:
        query = query.where(TrainingSession.end_date >= start)
    if end is not None:
        query = query.where(TrainingSession.end_date <= end)
    if questionnaire_id is not None:
        query = query.where(Evaluation.questionnaire_id == questionnaire_id)
    if audience is not None:
        query = query.where(Evaluation.respondent == audience)
    return query


class ResultsMixin:
    """Respondents, return rates and results (SurveyService)."""

    def respondents(
        self, session_id: int, *, questionnaire_id: int | None = None
    ) -> list[Respondent]:
        """The satisfaction evaluations of a session, by audience then name."""
        query = select(Evaluation).where(
            Evaluation.session_id == session_id, Evaluation.kind.in_(SATISFACTION)
        )
        if questionnaire_id is not None:
            query = query.where(Evaluation.questionnaire_id == questionnaire_id)
        with self._db.reading() as s:
            get_or_fail(s, TrainingSession, session_id, "La session")
            evaluations = s.scalars(query).all()
            names = names_of(s, evaluations)
            rows = [
                Respondent(
                    e.id,
                    e.session_id,
                    e.questionnaire_id,
                    e.respondent,
                    names[e.id][0],
                    names[e.id][1],
                    e.token or "",
                    e.sent_on,
                    e.answered_on,
                    e.reminded_on,
                    e.channel,
                    e.score,
                )  # fmt: skip
                for e in evaluations
            ]
        order = list(RESPONDENTS)
        rows.sort(
            key=lambda r: (
                order.index(r.audience) if r.audience in order else 9,
                r.questionnaire_id or 0,
                r.name.casefold(),
            )
        )
        return rows

    def not_answered(self, session_id: int) -> list[Respondent]:
        return [r for r in self.respondents(session_id) if r.answered_on is None and r.sent_on]

    def return_rates(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        text: str = "",
        session_id: int | None = None,
        limit: int | None = 500,
    ) -> list[ReturnRate]:
        """Sessions with satisfaction questionnaires sent, newest first (last day in range)."""
        answered = func.sum(case((Evaluation.answered_on.is_not(None), 1), else_=0))
        query = (
            select(
                TrainingSession.id,
                TrainingSession.code,
                Course.title,
                TrainingSession.start_date,
                TrainingSession.end_date,
                func.count(Evaluation.id),
                answered,
                func.avg(Evaluation.score),
            )
            .join(Evaluation, Evaluation.session_id == TrainingSession.id)
            .join(Course, Course.id == TrainingSession.course_id)
            .where(Evaluation.kind.in_(SATISFACTION), Evaluation.sent_on.is_not(None))
            .group_by(TrainingSession.id, TrainingSession.code, Course.title)
            .order_by(TrainingSession.end_date.desc(), TrainingSession.code)
        )
        if start is not None:
            query = query.where(TrainingSession.end_date >= start)
        if end is not None:
            query = query.where(TrainingSession.end_date <= end)
        if session_id is not None:
            query = query.where(TrainingSession.id == session_id)
        if text.strip():
            like = f"%{text.strip()}%"
            query = query.where(TrainingSession.code.ilike(like) | Course.title.ilike(like))
        if limit:
            query = query.limit(limit)
        with self._db.reading() as s:
            return [
                ReturnRate(
                    i,
                    code,
                    title,
                    first,
                    last,
                    sent,
                    int(done or 0),
                    None if avg is None else round(avg),
                )  # fmt: skip
                for i, code, title, first, last, sent, done, avg in s.execute(query)
            ]

    def return_rate(self, session_id: int) -> ReturnRate | None:
        rows = self.return_rates(session_id=session_id, limit=None)
        return rows[0] if rows else None

    def results(
        self,
        *,
        session_id: int | None = None,
        course_id: int | None = None,
        trainer_id: int | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        questionnaire_id: int | None = None,
        audience: str | None = None,
    ) -> SurveyResults:
        """Counts, rates, average per question, distribution per value and comments."""
        where = dict(
            session_id=session_id, course_id=course_id, trainer_id=trainer_id, start=start,
            end=end, questionnaire_id=questionnaire_id, audience=audience,
        )  # fmt: skip
        base = (
            select(Evaluation.id)
            .join(TrainingSession, TrainingSession.id == Evaluation.session_id)
            .where(Evaluation.kind.in_(SATISFACTION), Evaluation.sent_on.is_not(None))
        )
        ids = _filtered(base, **where).subquery()
        with self._db.reading() as s:
            counts = s.execute(
                select(
                    Evaluation.respondent,
                    func.count(),
                    func.sum(case((Evaluation.answered_on.is_not(None), 1), else_=0)),
                )
                .where(Evaluation.id.in_(select(ids.c.id)))
                .group_by(Evaluation.respondent)
            ).all()
            average = s.scalar(
                select(func.avg(Evaluation.score)).where(
                    Evaluation.id.in_(select(ids.c.id)), Evaluation.answered_on.is_not(None)
                )
            )
            answered = (Evaluation.id.in_(select(ids.c.id)), Evaluation.answered_on.is_not(None))
            question = (
                SurveyQuestion.id,
                SurveyQuestion.text,
                SurveyQuestion.scale,
                SurveyQuestion.choices,
            )
            # Counted in SQL: one row per question and value (hundreds of thousands of
            # answers on a ten-year office stay in the database).
            tallies = s.execute(
                select(*question, EvaluationAnswer.value, func.count())
                .join(EvaluationAnswer, EvaluationAnswer.question_id == SurveyQuestion.id)
                .join(Evaluation, Evaluation.id == EvaluationAnswer.evaluation_id)
                .where(*answered, SurveyQuestion.scale != "texte")
                .group_by(*question, EvaluationAnswer.value)
            ).all()
            texts = s.execute(
                select(
                    SurveyQuestion.text,
                    EvaluationAnswer.text,
                    TrainingSession.code,
                    Evaluation.respondent,
                )
                .join(EvaluationAnswer, EvaluationAnswer.question_id == SurveyQuestion.id)
                .join(Evaluation, Evaluation.id == EvaluationAnswer.evaluation_id)
                .join(TrainingSession, TrainingSession.id == Evaluation.session_id)
                .where(*answered, SurveyQuestion.scale == "texte", EvaluationAnswer.text != "")
                .order_by(TrainingSession.end_date.desc(), Evaluation.id)
            ).all()
        order = list(RESPONDENTS)
        by_audience = tuple(
            sorted(
                ((who, n, int(done or 0)) for who, n, done in counts),
                key=lambda r: order.index(r[0]) if r[0] in order else 9,
            )
        )
        questions: dict[int, tuple[str, str, str]] = {}
        tally_of: dict[int, Counter] = defaultdict(Counter)
        for qid, qtext, scale, choices, value, n in tallies:
            questions.setdefault(qid, (qtext, scale, choices))
            if value is not None:
                tally_of[qid][value] += n
        comments = [
            Comment(code, RESPONDENTS.get(who, who), qtext, text.strip())
            for qtext, text, code, who in texts
            if text.strip()
        ]
        results = []
        for qid in sorted(questions):
            qtext, scale, choices = questions[qid]
            if scale == "texte":
                continue
            tally = tally_of[qid]
            count = sum(tally.values())
            labels = value_labels(scale, choices_of(choices))
            mean = None
            if count and scale in ("note5", "note10", "oui_non"):
                mean = sum(v * n for v, n in tally.items()) / count  # oui/non: share of « oui »
            results.append(
                QuestionResult(
                    qid,
                    qtext,
                    scale,
                    count,
                    mean,
                    tuple((label, tally.get(v, 0)) for v, label in labels),
                )  # fmt: skip
            )
        sent = sum(n for _, n, _ in by_audience)
        done = sum(d for _, _, d in by_audience)
        return SurveyResults(
            sent, done, None if average is None else round(average), tuple(results),
            tuple(comments), by_audience,
        )  # fmt: skip
