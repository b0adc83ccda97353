"""SurveyService: the satisfaction questionnaires of the office, from the bank to the results."""

from __future__ import annotations

from ..base import Service
from .bank import BankMixin
from .results import ResultsMixin
from .returns import ReturnsMixin
from .sending import SendingMixin
from .xlsx import SheetsMixin


class SurveyService(BankMixin, SendingMixin, ReturnsMixin, SheetsMixin, ResultsMixin, Service):
    """Question bank and models; sending (PDF + .eml drafts), reading back (PDF, paper,
    spreadsheet), reminders, return rates and results.

    Bank: ``questions``, ``save_question``, ``set_question_active``, ``delete_question``,
    ``question_deletion_refusal``;
    models: ``questionnaires``, ``questionnaire``, ``save_questionnaire``,
    ``set_questionnaire_active``, ``delete_questionnaire``, ``active_questionnaire``;
    sending: ``to_send``, ``next_to_send``, ``create_evaluations``, ``send``, ``write_pdf``,
    ``blank_pdf``, ``write_drafts``, ``remind``; answers: ``import_pdfs``, ``enter_answers``,
    ``answers``, ``clear_answers``,
    ``export_answers``, ``import_answers``; reading: ``respondents``, ``not_answered``,
    ``return_rates``, ``return_rate``, ``results``.
    """
