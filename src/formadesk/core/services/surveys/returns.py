"""Answers coming back: filled PDFs (matched by their token), and paper answers typed in.

Each PDF is all or nothing: its answers are checked first, and nothing is written for a file
that is refused (unknown or altered token, unreadable file, not a questionnaire, no answer, a
wrong value).
A questionnaire already answered is not replaced unless the caller says so (``replace``): the
screen asks the user, naming the respondent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path

from sqlalchemy import select

from ... import formatting as fmt
from ...errors import BusinessRuleError, ValidationError
from ...model import Evaluation
from ...model.followup import ANSWER_CHANNELS
from ..base import get_or_fail
from .answers import answers_of, check_answers, has_answers, store_answers
from .pdf_read import NotAQuestionnaire, TokenMismatch, UnreadablePdf, decode, read_form
from .people import names_of
from .rows import ImportedFile, ImportReport

PDF_SUFFIX = ".pdf"


def pdfs_in(paths: Iterable[Path | str]) -> list[Path]:
    """The PDF files given, folders replaced by the PDFs they hold (sorted by name)."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == PDF_SUFFIX))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def ignored_message(path: Path) -> str:
    """Why a file that is neither a questionnaire PDF nor a spreadsheet is left aside."""
    return f"« {path.name} » n'est pas un questionnaire PDF ni un classeur : ignoré."


class ReturnsMixin:
    """Importing filled PDFs and typing paper answers (SurveyService)."""

    def import_pdfs(
        self,
        paths: Iterable[Path | str],
        *,
        replace: bool = False,
        on: dt.date | None = None,
    ) -> ImportReport:
        """Read each PDF (or the PDFs of a folder), store the answers of those recognised."""
        report = ImportReport()
        changed: list[int] = []
        for path in pdfs_in(paths):
            result = self._import_one(path, replace=replace, on=on or dt.date.today())
            report.files.append(result)
            if result.stored and result.evaluation_id is not None:
                changed.append(result.evaluation_id)
        if changed:
            self._emit("evaluation", tuple(changed), "updated", "session")
        return report

    def _import_one(self, path: Path, *, replace: bool, on: dt.date) -> ImportedFile:
        name = str(path)
        if path.suffix.lower() != PDF_SUFFIX:
            return ImportedFile(name, "ignored", ignored_message(path))
        try:
            form = read_form(path)
        except UnreadablePdf as error:
            return ImportedFile(name, "unreadable", str(error))
        except NotAQuestionnaire as error:
            return ImportedFile(name, "not_questionnaire", str(error))
        except TokenMismatch:
            return ImportedFile(
                name,
                "unknown",
                f"L'identifiant caché de « {path.name} » a été modifié : le fichier ne peut "
                "pas être rattaché à un répondant. Saisissez ses réponses à la main.",
            )
        if not form.token:
            return ImportedFile(
                name,
                "unknown",
                f"« {path.name} » est un questionnaire vierge, sans répondant : saisissez ses "
                "réponses avec « Saisir des réponses papier ».",
            )
        with self._db.unit_of_work() as s:
            evaluation = s.scalar(select(Evaluation).where(Evaluation.token == form.token))
            if evaluation is None:
                return ImportedFile(
                    name,
                    "unknown",
                    f"« {path.name} » porte un identifiant inconnu de cette base (questionnaire "
                    "d'une autre base, ou envoi supprimé) : rien n'a été enregistré.",
                )
            who = names_of(s, [evaluation])[evaluation.id][0]
            if not has_answers(form.values):
                return ImportedFile(
                    name,
                    "empty",
                    f"« {path.name} » ({who}) ne contient aucune réponse : le répondant a "
                    "peut-être renvoyé le fichier sans l'enregistrer.",
                    evaluation.id,
                    who,
                )
            if evaluation.answered_on is not None and not replace:
                return ImportedFile(
                    name,
                    "already",
                    f"{who} a déjà répondu le {fmt.date_long(evaluation.answered_on)} : "
                    "réponses conservées (importez à nouveau en choisissant de remplacer).",
                    evaluation.id,
                    who,
                )
            parsed, problems = check_answers(s, evaluation, form.values, decode=decode)
            if problems:
                return ImportedFile(
                    name,
                    "invalid",
                    f"« {path.name} » ({who}) : "
                    + " ; ".join(problems)
                    + " — rien n'a été enregistré.",
                    evaluation.id,
                    who,
                )
            was_answered = evaluation.answered_on is not None
            score = store_answers(s, evaluation, parsed, answered_on=on, channel="pdf")
            status = "replaced" if was_answered else "recognised"
            shown = f"{score} / 100" if score is not None else "sans note"
            return ImportedFile(
                name,
                status,
                f"{who} : {len(parsed)} réponse(s), score {shown}.",
                evaluation.id,
                who,
                score,
            )

    def enter_answers(
        self,
        evaluation_id: int,
        answers: Mapping[int, object],
        answered_on: dt.date,
        channel: str = "papier",
    ) -> int | None:
        """Store typed answers (question id -> value) of one respondent; returns the score.

        Values: 1..5 / 1..10 for notes, 1/0 or « oui »/« non », the choice's position or
        text, the text of a free answer; None or "" when not answered. Replaces the answers
        already stored. Raises ValidationError naming each wrong question.
        """
        if channel not in ANSWER_CHANNELS:
            raise ValidationError({"channel": "Choisissez comment les réponses sont revenues."})
        if not isinstance(answered_on, dt.date) or answered_on > dt.date.today():
            raise ValidationError(
                {"answered_on": "La date de réponse ne peut pas être dans le futur."}
            )
        with self._db.unit_of_work() as s:
            evaluation = get_or_fail(s, Evaluation, evaluation_id, "Le questionnaire envoyé")
            if evaluation.questionnaire_id is None:
                raise BusinessRuleError(
                    "Cette évaluation n'a pas de questionnaire associé : rien à saisir."
                )
            if evaluation.sent_on and answered_on < evaluation.sent_on:
                raise ValidationError(
                    {
                        "answered_on": "La date de réponse précède l'envoi du questionnaire "
                        f"({fmt.date_long(evaluation.sent_on)}) : corrigez-la."
                    }
                )
            if not has_answers(answers):
                raise ValidationError({"answers": "Saisissez au moins une réponse."})
            parsed, problems = check_answers(s, evaluation, answers)
            if problems:
                raise ValidationError({f"q{i}": p for i, p in enumerate(problems)})
            score = store_answers(s, evaluation, parsed, answered_on=answered_on, channel=channel)
        self._emit("evaluation", evaluation_id, "updated", "session")
        return score

    def clear_answers(self, evaluation_id: int) -> None:
        """Forget the answers of one respondent (typed on the wrong line)."""
        with self._db.unit_of_work() as s:
            evaluation = get_or_fail(s, Evaluation, evaluation_id, "Le questionnaire envoyé")
            store_answers(s, evaluation, {}, answered_on=dt.date.today(), channel="")
            evaluation.answered_on = None
            evaluation.score = None
        self._emit("evaluation", evaluation_id, "updated", "session")

    def answers(self, evaluation_id: int) -> dict[int, tuple[int | None, str]]:
        """The stored answers of one respondent: question id -> (value, text)."""
        with self._db.reading() as s:
            get_or_fail(s, Evaluation, evaluation_id, "Le questionnaire envoyé")
            return answers_of(s, evaluation_id)
