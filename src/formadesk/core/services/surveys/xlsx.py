"""Answers in a spreadsheet: one row per respondent, one column per question, and back.

The « Identifiant » column holds each respondent's token; a question's column header ends with
its reference « (réf. q12) », so that the file still reads after columns are moved. Allowed
values are in each header's comment and on the « Valeurs admises » sheet. An import is all or
nothing: one wrong cell and nothing is written, the report naming every wrong cell.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

from sqlalchemy import select

from ...errors import BusinessRuleError
from ...files import atomic_path
from ...model import Course, Evaluation, Questionnaire, TrainingSession
from ...model.followup import RESPONDENTS
from ..base import get_or_fail
from .answers import answers_of, check_answers, has_answers, store_answers
from .bank import form_questions
from .people import names_of
from .rows import SheetImportReport
from .values import allowed_values, shown

TOKEN_HEADER = "Identifiant"
REFERENCE = re.compile(r"\(réf\. q(\d+)\)\s*$")
HEADER_ROW = 4
FIXED = ("Identifiant", "Répondant", "Public", "Répondu le")
HEADER_FILL = "DCE6F1"


def _header(number: int, text: str, question_id: int) -> str:
    return f"{number}. {text} (réf. q{question_id})"


class SheetsMixin:
    """Export and import of answers as XLSX (SurveyService)."""

    def export_answers(self, session_id: int, questionnaire_id: int, out: Path | str) -> Path:
        """One row per respondent of the session for this model (answers already known)."""
        from openpyxl import Workbook  # openpyxl loads on first use
        from openpyxl.comments import Comment
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.datavalidation import DataValidation

        from ...documents.engine.xlsx_cells import put

        with self._db.reading() as s:
            session = get_or_fail(s, TrainingSession, session_id, "La session")
            questionnaire = get_or_fail(s, Questionnaire, questionnaire_id, "Le questionnaire")
            course = s.get(Course, session.course_id)
            questions = form_questions(s, questionnaire.id)
            evaluations = s.scalars(
                select(Evaluation).where(
                    Evaluation.session_id == session.id,
                    Evaluation.questionnaire_id == questionnaire.id,
                )
            ).all()
            if not evaluations:
                raise BusinessRuleError(
                    f"Aucun questionnaire « {questionnaire.title} » n'a été envoyé pour la "
                    f"session {session.code} : envoyez-le d'abord."
                )
            names = names_of(s, evaluations)
            known = {e.id: answers_of(s, e.id) for e in evaluations}
            s.expunge_all()  # keep the rows' loaded values after the reading ends
        evaluations = sorted(evaluations, key=lambda e: names[e.id][0].casefold())
        book = Workbook()
        sheet = book.active
        sheet.title = "Réponses"
        put(sheet, 1, 1, f"{questionnaire.title} — session {session.code} — {course.title}")
        sheet.cell(1, 1).font = Font(bold=True, size=13)
        put(
            sheet,
            2,
            1,
            "Une ligne par répondant. Ne modifiez ni la colonne « Identifiant » ni les "
            "références « (réf. q…) » des titres ; les valeurs admises sont dans le "
            "commentaire de chaque titre et sur la feuille « Valeurs admises ».",
        )
        sheet.cell(2, 1).font = Font(italic=True, color="5A6270")
        for column, title in enumerate(FIXED, start=1):
            put(sheet, HEADER_ROW, column, title)
        for offset, q in enumerate(questions):
            column = len(FIXED) + 1 + offset
            cell = put(sheet, HEADER_ROW, column, _header(q.number, q.text, q.id))
            cell.comment = Comment(
                f"Valeurs admises : {allowed_values(q.scale, q.choices)}.", "Formadesk"
            )
        for column in range(1, len(FIXED) + len(questions) + 1):
            cell = sheet.cell(HEADER_ROW, column)
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        for row, e in enumerate(evaluations, start=HEADER_ROW + 1):
            put(sheet, row, 1, e.token or "")
            put(sheet, row, 2, names[e.id][0])
            put(sheet, row, 3, RESPONDENTS.get(e.respondent, e.respondent))
            if e.answered_on:
                put(sheet, row, 4, e.answered_on).number_format = "DD/MM/YYYY"
            for offset, q in enumerate(questions):
                value, text = known[e.id].get(q.id, (None, ""))
                answer = shown(q.scale, value, text)
                if q.scale in ("note5", "note10") and value is not None:
                    answer = value
                put(sheet, row, len(FIXED) + 1 + offset, answer if answer != "" else None)
        last = HEADER_ROW + len(evaluations)
        for offset, q in enumerate(questions):
            letter = get_column_letter(len(FIXED) + 1 + offset)
            check = None
            if q.scale in ("note5", "note10"):
                check = DataValidation(
                    type="whole", operator="between", formula1="1",
                    formula2="5" if q.scale == "note5" else "10", allow_blank=True,
                )  # fmt: skip
            elif q.scale == "oui_non":
                check = DataValidation(type="list", formula1='"oui,non"', allow_blank=True)
            if check is not None:
                check.error = f"Valeurs admises : {allowed_values(q.scale, q.choices)}."
                check.showErrorMessage = True
                sheet.add_data_validation(check)
                check.add(f"{letter}{HEADER_ROW + 1}:{letter}{max(last, HEADER_ROW + 1)}")
            sheet.column_dimensions[letter].width = 34 if q.scale == "texte" else 18
        for letter, width in zip("ABCD", (36, 28, 18, 13), strict=True):
            sheet.column_dimensions[letter].width = width
        sheet.row_dimensions[HEADER_ROW].height = 75
        sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
        sheet.page_setup.orientation = "landscape"  # printed for a trainer to fill by hand
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        legend = book.create_sheet("Valeurs admises")
        for column, title in enumerate(("N°", "Question", "Valeurs admises"), start=1):
            put(legend, 1, column, title).font = Font(bold=True)
        for row, q in enumerate(questions, start=2):
            put(legend, row, 1, q.number)
            put(legend, row, 2, q.text)
            put(legend, row, 3, allowed_values(q.scale, q.choices))
        legend.column_dimensions["B"].width = 70
        legend.column_dimensions["C"].width = 60
        with atomic_path(out) as temporary:
            book.save(temporary)
        return Path(out)

    def import_answers(self, path: Path | str, *, on: dt.date | None = None) -> SheetImportReport:
        """Read a filled answers sheet back; nothing is written when a cell is wrong."""
        from openpyxl.utils import get_column_letter

        path = Path(path)
        report = SheetImportReport(str(path))
        rows = _read_rows(path)
        header_at, header = next(
            ((i, r) for i, r in enumerate(rows) if r and str(r[0] or "").strip() == TOKEN_HEADER),
            (None, None),
        )
        if header is None:
            raise BusinessRuleError(
                f"« {path.name} » n'est pas un tableau de réponses exporté par Formadesk (pas "
                "de colonne « Identifiant ») : exportez le tableau depuis la session."
            )
        columns: dict[int, int] = {}
        for index, title in enumerate(header):
            match = REFERENCE.search(str(title or ""))
            if match:
                columns[index] = int(match.group(1))
        today = on or dt.date.today()
        titles = [str(t or "").strip() for t in header]
        date_at = titles.index(FIXED[3]) if FIXED[3] in titles else None
        changed: list[int] = []
        with self._db.unit_of_work() as s:
            plans = []
            for offset, row in enumerate(rows[header_at + 1 :], start=header_at + 2):
                token = str(row[0] or "").strip() if row else ""
                raw = {qid: row[i] if i < len(row) else None for i, qid in columns.items()}
                if not token:
                    if has_answers(raw):
                        report.problems.append(
                            f"Ligne {offset} : identifiant manquant, la ligne ne peut pas être "
                            "rattachée à un répondant."
                        )
                    continue
                evaluation = s.scalar(select(Evaluation).where(Evaluation.token == token))
                if evaluation is None:
                    report.problems.append(f"Ligne {offset} : identifiant « {token} » inconnu.")
                    continue
                if not has_answers(raw):
                    report.skipped += 1
                    continue
                letters = {qid: get_column_letter(i + 1) for i, qid in columns.items()}
                parsed, problems = check_answers(
                    s,
                    evaluation,
                    raw,
                    label=lambda q, o=offset, L=letters: f"Cellule {L.get(q.id, '?')}{o}",
                )
                report.problems.extend(problems)
                plans.append((offset, evaluation, parsed, row))
            if report.problems:
                return report
            names = names_of(s, [e for _, e, _, _ in plans])
            for _, evaluation, parsed, row in plans:
                before = answers_of(s, evaluation.id)
                merged = {k: v for k, v in before.items() if k not in columns.values()}
                merged.update(parsed)
                if merged == before and evaluation.answered_on is not None:
                    report.unchanged += 1
                    continue
                answered = row[date_at] if date_at is not None and date_at < len(row) else None
                if isinstance(answered, dt.datetime):
                    answered = answered.date()
                day = answered if isinstance(answered, dt.date) and answered <= today else today
                name = names[evaluation.id][0]
                (report.changed if evaluation.answered_on else report.answered).append(name)
                store_answers(s, evaluation, merged, answered_on=day, channel="xlsx")
                changed.append(evaluation.id)
        if changed:
            self._emit("evaluation", tuple(changed), "updated", "session")
        return report


def _read_rows(path: Path) -> list[tuple]:
    from openpyxl import load_workbook

    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise BusinessRuleError(f"« {path.name} » n'est pas un classeur Excel (.xlsx).")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise BusinessRuleError(f"Le fichier « {path} » n'existe pas.") from None
    except PermissionError:
        raise BusinessRuleError(
            f"« {path.name} » ne peut pas être ouvert (accès refusé) : fermez-le dans votre "
            "tableur, puis recommencez."
        ) from None
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        raise BusinessRuleError(
            f"« {path.name} » ne peut pas être lu : le classeur est endommagé ou n'est pas "
            "au format .xlsx. Ouvrez-le dans votre tableur, enregistrez-le au format .xlsx, "
            "puis recommencez."
        ) from None
    try:
        sheet = book["Réponses"] if "Réponses" in book.sheetnames else book.worksheets[0]
        return [tuple(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
