"""Satisfaction questionnaires (Qualiopi indicator 30): bank, models, sending, answers, results."""

from __future__ import annotations

from .rows import (
    ANSWER_CHANNELS,
    IMPORT_STATUSES,
    QUESTION_SCALES,
    RESPONDENTS,
    SURVEY_MOMENTS,
    Comment,
    FormQuestion,
    ImportedFile,
    ImportReport,
    ItemData,
    QuestionData,
    QuestionnaireData,
    QuestionnaireRow,
    QuestionResult,
    QuestionRow,
    RemindReport,
    Respondent,
    ReturnRate,
    SendReport,
    SheetImportReport,
    SurveyResults,
)
from .sending import send_rank
from .service import SurveyService
from .values import allowed_values, shown, value_labels

__all__ = [
    "ANSWER_CHANNELS",
    "IMPORT_STATUSES",
    "QUESTION_SCALES",
    "RESPONDENTS",
    "SURVEY_MOMENTS",
    "Comment",
    "FormQuestion",
    "ImportReport",
    "ImportedFile",
    "ItemData",
    "QuestionData",
    "QuestionResult",
    "QuestionRow",
    "QuestionnaireData",
    "QuestionnaireRow",
    "RemindReport",
    "Respondent",
    "ReturnRate",
    "SendReport",
    "SheetImportReport",
    "SurveyResults",
    "SurveyService",
    "allowed_values",
    "send_rank",
    "shown",
    "value_labels",
]
