"""The office's question bank and questionnaire models: list, edit, (de)activate, delete.

Rules: a question « choix » has at least two choices; a question that has answers keeps its
scale and cannot be deleted (deactivate it instead); a model that was sent cannot be deleted
(deactivate it). One model is active per audience and moment: activating a model deactivates
the other one of the same audience and moment (said in the editor), so that « Envoyer » never
has to guess.
"""

from __future__ import annotations

from sqlalchemy import delete, func, select

from ...db import french
from ...errors import BusinessRuleError, ValidationError
from ...model import Evaluation, EvaluationAnswer, Questionnaire, QuestionnaireItem, SurveyQuestion
from ...model.followup import QUESTION_SCALES, RESPONDENTS, SURVEY_MOMENTS
from ..base import get_or_fail
from .rows import (
    FormQuestion,
    ItemData,
    QuestionData,
    QuestionnaireData,
    QuestionnaireRow,
    QuestionRow,
)

TEXT_MAX = 500
TITLE_MAX = 200
DELAY_MAX = 730


def choices_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def form_questions(s, questionnaire_id: int) -> tuple[FormQuestion, ...]:
    """The questions of a model in their order, numbered from 1."""
    rows = s.execute(
        select(SurveyQuestion, QuestionnaireItem.required)
        .join(QuestionnaireItem, QuestionnaireItem.question_id == SurveyQuestion.id)
        .where(QuestionnaireItem.questionnaire_id == questionnaire_id)
        .order_by(QuestionnaireItem.position, QuestionnaireItem.id)
    )
    return tuple(
        FormQuestion(q.id, n, q.text, q.scale, choices_of(q.choices), bool(required), q.theme)
        for n, (q, required) in enumerate(rows, start=1)
    )


def _deletion_refusal(s, row: SurveyQuestion) -> str | None:
    """Why a question cannot be deleted: it has answers, or a model holds it."""
    answered = s.scalar(select(func.count()).where(EvaluationAnswer.question_id == row.id))
    if answered:
        return (
            f"« {row.text} » a déjà {answered} réponse(s) et ne peut pas être supprimée : "
            "désactivez-la (« Activer / désactiver ») pour ne plus la proposer ; ses "
            "réponses restent dans les résultats."
        )
    titles = list(
        s.scalars(
            select(Questionnaire.title)
            .join(QuestionnaireItem, QuestionnaireItem.questionnaire_id == Questionnaire.id)
            .where(QuestionnaireItem.question_id == row.id)
            .order_by(french(Questionnaire.title))
        )
    )
    if titles:
        return (
            f"« {row.text} » figure dans "
            + ", ".join(f"« {t} »" for t in titles)
            + " : retirez-la d'abord de ces modèles (onglet « Modèles de questionnaires »), "
            "ou désactivez-la."
        )
    return None


class BankMixin:
    """Question bank and questionnaire models (part of SurveyService)."""

    # -- questions ------------------------------------------------------------------------
    def questions(self, *, active_only: bool = False) -> list[QuestionRow]:
        answers = (
            select(EvaluationAnswer.question_id, func.count().label("n"))
            .group_by(EvaluationAnswer.question_id)
            .subquery()
        )
        models = (
            select(QuestionnaireItem.question_id, func.count().label("n"))
            .group_by(QuestionnaireItem.question_id)
            .subquery()
        )
        query = (
            select(SurveyQuestion, func.coalesce(answers.c.n, 0), func.coalesce(models.c.n, 0))
            .outerjoin(answers, answers.c.question_id == SurveyQuestion.id)
            .outerjoin(models, models.c.question_id == SurveyQuestion.id)
            .order_by(french(SurveyQuestion.theme), SurveyQuestion.id)
        )
        if active_only:
            query = query.where(SurveyQuestion.active.is_(True))
        with self._db.reading() as s:
            return [
                QuestionRow(
                    q.id, q.text, q.scale, choices_of(q.choices), q.theme, q.active, used, held
                )
                for q, used, held in s.execute(query)
            ]

    def question(self, question_id: int) -> QuestionData:
        with self._db.reading() as s:
            q = get_or_fail(s, SurveyQuestion, question_id, "La question")
            return QuestionData(
                q.text, q.scale, list(choices_of(q.choices)), q.theme, q.active, q.id
            )

    def save_question(self, data: QuestionData) -> int:
        """Create or update a question of the bank; returns its id."""
        errors: dict[str, str] = {}
        text = data.text.strip()
        choices = [c.strip() for c in data.choices if c.strip()]
        if not text:
            errors["text"] = "Écrivez le texte de la question."
        elif len(text) > TEXT_MAX:
            errors["text"] = f"La question dépasse {TEXT_MAX} caractères : raccourcissez-la."
        if data.scale not in QUESTION_SCALES:
            errors["scale"] = "Choisissez le type de réponse de la question."
        elif data.scale == "choix" and len(choices) < 2:
            errors["choices"] = "Une question à choix propose au moins deux choix, un par ligne."
        elif data.scale == "choix" and len({c.casefold() for c in choices}) != len(choices):
            errors["choices"] = "Deux choix sont identiques : chaque choix doit être différent."
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            if data.id is None:
                row = SurveyQuestion()
                s.add(row)
            else:
                row = get_or_fail(s, SurveyQuestion, data.id, "La question")
                answered = s.scalar(
                    select(func.count()).where(EvaluationAnswer.question_id == row.id)
                )
                old = choices_of(row.choices)
                if answered and data.scale != row.scale:
                    raise BusinessRuleError(
                        f"La question a déjà {answered} réponse(s) : son type de réponse ne "
                        "peut plus changer. Créez une nouvelle question et désactivez celle-ci."
                    )
                if answered and row.scale == "choix" and tuple(choices[: len(old)]) != old:
                    raise BusinessRuleError(
                        "La question a déjà des réponses : ses choix existants ne peuvent plus "
                        "être modifiés ni déplacés (vous pouvez en ajouter à la fin)."
                    )
            row.text = text
            row.scale = data.scale
            row.choices = "\n".join(choices) if data.scale == "choix" else ""
            row.theme = data.theme.strip()[:100]
            row.active = bool(data.active)
            s.flush()
            question_id = row.id
        self._emit("survey_question", question_id, "created" if data.id is None else "updated")
        data.id = question_id
        return question_id

    def set_question_active(self, question_id: int, active: bool) -> None:
        with self._db.unit_of_work() as s:
            get_or_fail(s, SurveyQuestion, question_id, "La question").active = bool(active)
        self._emit("survey_question", question_id, "updated")

    def question_deletion_refusal(self, question_id: int) -> str | None:
        """Why the question cannot be deleted (a French sentence), None when it can be."""
        with self._db.reading() as s:
            return _deletion_refusal(s, get_or_fail(s, SurveyQuestion, question_id, "La question"))

    def delete_question(self, question_id: int) -> None:
        """Delete a question never answered and in no model; else say what to do."""
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, SurveyQuestion, question_id, "La question")
            refusal = _deletion_refusal(s, row)
            if refusal:
                raise BusinessRuleError(refusal)
            s.delete(row)
        self._emit("survey_question", question_id, "deleted")

    # -- questionnaire models -------------------------------------------------------------
    def questionnaires(self, *, active_only: bool = False) -> list[QuestionnaireRow]:
        items = (
            select(QuestionnaireItem.questionnaire_id, func.count().label("n"))
            .group_by(QuestionnaireItem.questionnaire_id)
            .subquery()
        )
        sent = (
            select(Evaluation.questionnaire_id, func.count().label("n"))
            .where(Evaluation.questionnaire_id.is_not(None))
            .group_by(Evaluation.questionnaire_id)
            .subquery()
        )
        query = (
            select(Questionnaire, func.coalesce(items.c.n, 0), func.coalesce(sent.c.n, 0))
            .outerjoin(items, items.c.questionnaire_id == Questionnaire.id)
            .outerjoin(sent, sent.c.questionnaire_id == Questionnaire.id)
            .order_by(Questionnaire.active.desc(), french(Questionnaire.title))
        )
        if active_only:
            query = query.where(Questionnaire.active.is_(True))
        with self._db.reading() as s:
            return [
                QuestionnaireRow(
                    q.id, q.title, q.audience, q.moment, q.delay_days, q.active, n, used
                )
                for q, n, used in s.execute(query)
            ]

    def questionnaire(self, questionnaire_id: int) -> QuestionnaireData:
        with self._db.reading() as s:
            q = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            items = [ItemData(f.id, f.required) for f in form_questions(s, q.id)]
            return QuestionnaireData(
                q.title, q.audience, q.moment, q.delay_days, q.intro, q.active, items, q.id
            )

    def form_questions(self, questionnaire_id: int) -> tuple[FormQuestion, ...]:
        """The questions of a model as printed, numbered from 1."""
        with self._db.reading() as s:
            get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            return form_questions(s, questionnaire_id)

    def active_questionnaire(self, audience: str, moment: str) -> int | None:
        """The active model for an audience and moment, if any."""
        with self._db.reading() as s:
            return s.scalar(
                select(Questionnaire.id)
                .where(
                    Questionnaire.audience == audience,
                    Questionnaire.moment == moment,
                    Questionnaire.active.is_(True),
                )
                .order_by(Questionnaire.id)
                .limit(1)
            )

    def save_questionnaire(self, data: QuestionnaireData) -> int:
        """Create or update a model and its questions; an active model deactivates the other
        active model of the same audience and moment. Returns its id."""
        errors: dict[str, str] = {}
        title = data.title.strip()
        if not title:
            errors["title"] = "Donnez un titre au questionnaire."
        elif len(title) > TITLE_MAX:
            errors["title"] = f"Le titre dépasse {TITLE_MAX} caractères : raccourcissez-le."
        if data.audience not in RESPONDENTS:
            errors["audience"] = "Choisissez à qui s'adresse le questionnaire."
        if data.moment not in SURVEY_MOMENTS:
            errors["moment"] = "Choisissez le moment : à chaud ou à froid."
        delay = data.delay_days if isinstance(data.delay_days, int) else -1
        if data.moment == "froid" and not 1 <= delay <= DELAY_MAX:
            errors["delay_days"] = (
                f"Un questionnaire à froid part de 1 à {DELAY_MAX} jours après la fin de la "
                "session : indiquez ce délai."
            )
        ids = [item.question_id for item in data.items]
        if not ids:
            errors["items"] = "Ajoutez au moins une question au questionnaire."
        elif len(set(ids)) != len(ids):
            errors["items"] = "Une question figure deux fois : retirez le doublon."
        if errors:
            raise ValidationError(errors)
        with self._db.unit_of_work() as s:
            if data.id is None:
                row = Questionnaire()
                s.add(row)
                before: set[int] = set()
            else:
                row = get_or_fail(s, Questionnaire, data.id, "Le questionnaire")
                before = set(
                    s.scalars(
                        select(QuestionnaireItem.question_id).where(
                            QuestionnaireItem.questionnaire_id == row.id
                        )
                    )
                )
            for question_id in ids:
                question = get_or_fail(s, SurveyQuestion, question_id, "La question")
                if not question.active and question_id not in before:
                    raise BusinessRuleError(
                        f"La question « {question.text} » est désactivée : réactivez-la dans la "
                        "banque avant de l'ajouter à un questionnaire."
                    )
            row.title = title
            row.audience = data.audience
            row.moment = data.moment
            row.delay_days = delay if data.moment == "froid" else 0
            row.intro = data.intro.strip()
            row.active = bool(data.active)
            s.flush()
            s.execute(delete(QuestionnaireItem).where(QuestionnaireItem.questionnaire_id == row.id))
            for position, item in enumerate(data.items, start=1):
                s.add(
                    QuestionnaireItem(
                        questionnaire_id=row.id,
                        question_id=item.question_id,
                        position=position,
                        required=bool(item.required),
                    )
                )
            if row.active:
                self._deactivate_others(s, row)
            questionnaire_id = row.id
        self._emit("questionnaire", questionnaire_id, "created" if data.id is None else "updated")
        data.id = questionnaire_id
        return questionnaire_id

    @staticmethod
    def _deactivate_others(s, row: Questionnaire) -> None:
        for other in s.scalars(
            select(Questionnaire).where(
                Questionnaire.audience == row.audience,
                Questionnaire.moment == row.moment,
                Questionnaire.active.is_(True),
                Questionnaire.id != row.id,
            )
        ):
            other.active = False

    def set_questionnaire_active(self, questionnaire_id: int, active: bool) -> None:
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            row.active = bool(active)
            if row.active:
                self._deactivate_others(s, row)
        self._emit("questionnaire", questionnaire_id, "updated")

    def delete_questionnaire(self, questionnaire_id: int) -> None:
        with self._db.unit_of_work() as s:
            row = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            sent = s.scalar(
                select(func.count()).where(Evaluation.questionnaire_id == questionnaire_id)
            )
            if sent:
                raise BusinessRuleError(
                    f"Le questionnaire a été envoyé {sent} fois : il ne peut pas être supprimé "
                    "(les réponses s'y rapportent). Désactivez-le pour ne plus l'utiliser."
                )
            s.delete(row)
        self._emit("questionnaire", questionnaire_id, "deleted")
