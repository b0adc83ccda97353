"""The outcome grid as an Excel workbook for the trainer, and reading it back filled.

Sheet « Résultats »: one row per learner (column « N° » = the enrolment, which identifies the
row even when the trainer sorts the sheet), then per objective « O1 entrée », « O1 fin » … with
drop-down lists, then « Commentaire du formateur ». Sheet « Objectifs »: O1, O2 … and their text.
Cell B4 holds the session's code: a grid of another session is refused. An empty cell of the
file changes nothing (the grid keeps what it has); every value goes through the one cell writer.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from .. import formatting as fmt
from ..documents.engine.xlsx_cells import put
from ..errors import BusinessRuleError
from ..files import atomic_path
from ..model import OBJECTIVE_RESULTS
from ..outputs import checked_output_path
from ..validation import normalise_search
from .outcomes import OutcomeEdit, OutcomeGrid, OutcomeImport, level_label

SHEET, OBJECTIVES_SHEET = "Résultats", "Objectifs"
CODE_CELL = (4, 2)  # B4: the session's code
HEADER_ROW = 6
NUMBER_HEADER, NAME_HEADER, COMMENT_HEADER = "N°", "Apprenant", "Commentaire du formateur"
LEVELS = tuple(OBJECTIVE_RESULTS.values())  # Acquis, Partiellement acquis, Non acquis
# What a trainer may type for each level (accents and case ignored).
SYNONYMS = {
    **{normalise_search(label): key for key, label in OBJECTIVE_RESULTS.items()},
    "a": "acquis",
    "1": "acquis",
    "2": "partiel",
    "3": "non_acquis",
    "pa": "partiel",
    "partiel": "partiel",
    "partiellement": "partiel",
    "en cours d'acquisition": "partiel",
    "eca": "partiel",
    "na": "non_acquis",
    "non": "non_acquis",
}
BLANKS = ("", "-", "–", "—")
FILL = PatternFill("solid", fgColor="E8EEF7")


def _header(number: int, which: str) -> str:
    return f"O{number} {'entrée' if which == 'entry' else 'fin'}"


def write_workbook(grid: OutcomeGrid, path, organisation: str) -> Path:
    out = checked_output_path(path, suffix=".xlsx")
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    put(sheet, 1, 1, f"Résultats d'évaluation — {grid.code} — {grid.course_title}")
    sheet.cell(1, 1).font = Font(bold=True, size=13)
    trainers = f" · Formateur : {grid.trainers}" if grid.trainers else ""
    put(sheet, 2, 1, f"{organisation} · {fmt.date_range_long(grid.start, grid.end)}{trainers}")
    put(
        sheet,
        3,
        1,
        "Pour chaque objectif : positionnement à l'entrée et résultat en fin de formation "
        f"({', '.join(LEVELS)}), choisis dans la liste. Ne modifiez pas la colonne « N° » "
        "ni la case de la session ; une case laissée vide ne change rien.",
    )
    sheet.cell(3, 1).alignment = Alignment(wrap_text=False)
    put(sheet, CODE_CELL[0], 1, "Session")
    put(sheet, *CODE_CELL, grid.code)
    sheet.cell(*CODE_CELL).font = Font(bold=True)
    headers = [NUMBER_HEADER, NAME_HEADER]
    for objective in grid.objectives:
        headers += [_header(objective.number, "entry"), _header(objective.number, "result")]
    headers.append(COMMENT_HEADER)
    for column, text in enumerate(headers, start=1):
        cell = put(sheet, HEADER_ROW, column, text)
        cell.font = Font(bold=True)
        cell.fill = FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row, line in enumerate(grid.lines, start=HEADER_ROW + 1):
        put(sheet, row, 1, line.enrollment_id)
        put(sheet, row, 2, line.learner_name)
        column = 3
        for objective in grid.objectives:
            put(sheet, row, column, level_label(line.entry.get(objective.id, "")) or None)
            put(sheet, row, column + 1, level_label(line.result.get(objective.id, "")) or None)
            column += 2
        put(sheet, row, column, line.comment or None)
        sheet.cell(row, column).alignment = Alignment(wrap_text=True, vertical="top")
    last_row = HEADER_ROW + len(grid.lines)
    if grid.objectives:
        choice = DataValidation(
            type="list",
            formula1='"' + ",".join(LEVELS) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Niveau",
            error="Choisissez Acquis, Partiellement acquis ou Non acquis.",
        )
        first, last = get_column_letter(3), get_column_letter(2 + 2 * len(grid.objectives))
        choice.add(f"{first}{HEADER_ROW + 1}:{last}{max(last_row, HEADER_ROW + 1)}")
        sheet.add_data_validation(choice)
    sheet.column_dimensions["A"].width = 8
    sheet.column_dimensions["B"].width = 28
    for column in range(3, 3 + 2 * len(grid.objectives)):
        sheet.column_dimensions[get_column_letter(column)].width = 14
    sheet.column_dimensions[get_column_letter(len(headers))].width = 50
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 3)
    notes = book.create_sheet(OBJECTIVES_SHEET)
    put(notes, 1, 1, "Objectif")
    put(notes, 1, 2, "Intitulé")
    for cell in (notes.cell(1, 1), notes.cell(1, 2)):
        cell.font = Font(bold=True)
        cell.fill = FILL
    for row, objective in enumerate(grid.objectives, start=2):
        put(notes, row, 1, f"O{objective.number}")
        put(notes, row, 2, objective.text)
        notes.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    notes.column_dimensions["A"].width = 10
    notes.column_dimensions["B"].width = 90
    with atomic_path(out) as temp:
        book.save(temp)
    return out


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_workbook(grid: OutcomeGrid, path) -> OutcomeImport:
    """The edits a filled grid holds (only non-empty cells that differ in meaning are kept by
    the service), or the problems that stop its import, each saying what to correct."""
    path = Path(path)
    name = path.name
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise BusinessRuleError(
            f"« {name} » n'est pas un classeur Excel (.xlsx) : importez la grille exportée "
            "par Formadesk, remplie et enregistrée au format Excel."
        )
    try:
        book = load_workbook(path, data_only=True)
    except FileNotFoundError:
        raise BusinessRuleError(
            f"Le fichier « {path} » n'existe pas : choisissez-en un autre."
        ) from None
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as error:
        raise BusinessRuleError(
            f"Le fichier « {name} » ne peut pas être lu ({error.__class__.__name__}) : "
            "ouvrez-le dans votre tableur, enregistrez-le à nouveau au format Excel, puis "
            "recommencez."
        ) from error
    try:
        if SHEET not in book.sheetnames:
            raise BusinessRuleError(
                f"Le fichier « {name} » n'a pas de feuille « {SHEET} » : ce n'est pas une grille "
                "de résultats exportée par Formadesk."
            )
        sheet = book[SHEET]
        code = _text(sheet.cell(*CODE_CELL).value)
        if code != grid.code:
            raise BusinessRuleError(
                f"Le fichier « {name} » est la grille de la session « {code or '?'} », pas de "
                f"{grid.code} : choisissez le fichier de cette session."
            )
        return _read_rows(grid, sheet, name)
    finally:
        book.close()


def _read_rows(grid: OutcomeGrid, sheet, name: str) -> OutcomeImport:
    headers = {_text(sheet.cell(HEADER_ROW, c).value): c for c in range(1, sheet.max_column + 1)}
    problems: list[str] = []
    columns: list[tuple[int, str, int | None, str]] = []  # column, field, objective, header
    for objective in grid.objectives:
        for which in ("entry", "result"):
            header = _header(objective.number, which)
            if header not in headers:
                problems.append(
                    f"La colonne « {header} » manque : le cursus a changé depuis l'export ou "
                    "la colonne a été supprimée. Exportez à nouveau la grille."
                )
            else:
                columns.append((headers[header], which, objective.id, header))
    extra = [
        h
        for h in headers
        if h.startswith("O") and h.endswith(("entrée", "fin")) and h not in {c[3] for c in columns}
    ]
    if extra:
        problems.append(
            f"Le fichier a des colonnes que le cursus n'a plus ({', '.join(extra)}) : exportez "
            "à nouveau la grille."
        )
    if COMMENT_HEADER in headers:
        columns.append((headers[COMMENT_HEADER], "comment", None, COMMENT_HEADER))
    if NUMBER_HEADER not in headers:
        problems.append(f"La colonne « {NUMBER_HEADER} » manque : exportez à nouveau la grille.")
        return OutcomeImport(grid.session_id, name, [], [], problems)
    known = {line.enrollment_id: line for line in grid.lines}
    edits: list[OutcomeEdit] = []
    seen: set[int] = set()
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        values = [sheet.cell(row, c).value for c in range(1, sheet.max_column + 1)]
        if all(_text(v) == "" for v in values):
            continue
        number = _text(sheet.cell(row, headers[NUMBER_HEADER]).value)
        learner = _text(sheet.cell(row, headers.get(NAME_HEADER, 2)).value)
        if not number.isdigit() or int(number) not in known:
            problems.append(
                f"Ligne {row} ({learner or 'sans nom'}) : le n° « {number} » n'est pas un "
                f"apprenant de la session {grid.code}. Ne modifiez pas la colonne « N° »."
            )
            continue
        enrollment_id = int(number)
        if enrollment_id in seen:
            problems.append(f"Ligne {row} ({learner}) : cet apprenant figure deux fois.")
            continue
        seen.add(enrollment_id)
        for column, which, objective_id, header in columns:
            text = _text(sheet.cell(row, column).value)
            if which == "comment":
                if text:
                    edits.append(OutcomeEdit(enrollment_id, "comment", text))
                continue
            if text in BLANKS:
                continue
            key = SYNONYMS.get(normalise_search(text))
            if key is None:
                problems.append(
                    f"Ligne {row} ({learner}), colonne « {header} » : « {text} » n'est pas un "
                    "niveau. Écrivez Acquis, Partiellement acquis ou Non acquis."
                )
                continue
            edits.append(OutcomeEdit(enrollment_id, which, key, objective_id))
    return OutcomeImport(grid.session_id, name, edits, [], problems)
