"""The Qualiopi result figures as a workbook: overall figures, per course, certifications,
causes of drop-outs. Rates are real numbers shown as percents (sortable); a rate with nothing
to divide by is an empty cell marked « — », never 0 %."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from ... import formatting as fmt
from ...files import atomic_path
from ..engine.xlsx_cells import set_value
from ..lists.xlsx import SheetSpec, _write
from .qualiopi_pdf import METHOD

PERCENT_FORMAT = "0 %"


def _rate(value: float | None) -> object:
    return "—" if value is None else value


def _sheets(figures) -> list[tuple[SheetSpec, set[int]]]:
    r = figures.overall
    facts = [
        (
            "Période",
            f"sessions terminées du {fmt.date_short(figures.start)} au "
            f"{fmt.date_short(figures.end)}",
        ),
        ("Établi le", fmt.date_short(figures.made_on)),
    ]
    overall = [
        ("Sessions terminées", r.sessions, ""),
        ("Stagiaires formés", r.trained, ""),
        ("Taux de satisfaction", _rate(r.satisfaction_rate), f"{r.satisfaction_answers} notés"),
        ("Taux d'achèvement", _rate(r.completion_rate), f"{r.completed} sur {r.trained}"),
        ("Abandons", r.dropped, ""),
        ("Taux d'abandon", _rate(r.drop_rate), f"{r.dropped} sur {r.trained}"),
        (
            "Taux de retour des questionnaires",
            _rate(r.return_rate),
            f"{r.surveys_returned} sur {r.surveys_sent}",
        ),
        (
            "Taux de réussite aux certifications",
            _rate(r.pass_rate),
            f"{r.certified} admis sur {r.certification_candidates} présentés",
        ),
    ]
    courses = [
        (
            c.code, c.title, c.rates.sessions, c.rates.trained, c.rates.completed,
            _rate(c.rates.completion_rate), c.rates.dropped, _rate(c.rates.satisfaction_rate),
            c.rates.satisfaction_answers, _rate(c.rates.return_rate),
        )
        for c in figures.courses
    ]  # fmt: skip
    certifying = [
        (
            c.code, c.title, c.certification_code, c.rates.certifying_trained,
            c.rates.certification_candidates, c.rates.certified, _rate(c.rates.pass_rate),
            c.rates.awaiting_result,
        )
        for c in figures.certifying
    ]  # fmt: skip
    return [
        (
            SheetSpec(
                "Résultats", "Résultats (indicateur 2)", ("Indicateur", "Valeur", "Base"),
                overall, (38, 12, 34), [*facts, ("Méthode", METHOD)],
            ),
            {1},
        ),
        (
            SheetSpec(
                "Par formation", "Résultats par formation",
                ("Code", "Formation", "Sessions", "Stagiaires", "Achevé", "Achèvement",
                 "Abandons", "Satisfaction", "Questionnaires notés", "Taux de retour"),
                courses, (14, 40, 10, 10, 10, 12, 10, 12, 12, 12), facts,
            ),
            {5, 7, 9},
        ),
        (
            SheetSpec(
                "Certifications", "Taux de réussite aux certifications (indicateur 3)",
                ("Code", "Formation", "Certification", "Formés", "Présentés", "Admis",
                 "Taux de réussite", "En attente de résultat"),
                certifying, (14, 40, 14, 10, 10, 10, 14, 14), facts,
            ),
            {6},
        ),
        (
            SheetSpec(
                "Abandons", "Causes des abandons", ("Cause", "Abandons"),
                list(r.drop_causes), (50, 12), facts,
            ),
            set(),
        ),
    ]  # fmt: skip


def write_figures_xlsx(figures, out: Path) -> Path:
    """Write the workbook at ``out`` (replaced only once complete); return ``out``."""
    book = Workbook()
    org = figures.organisation.name
    for index, (spec, percents) in enumerate(_sheets(figures)):
        sheet = book.active if index == 0 else book.create_sheet()
        _write(sheet, org, spec)
        for row in sheet.iter_rows(min_row=sheet.max_row - len(spec.rows) + 1):
            for cell in row:
                if cell.column - 1 in percents and isinstance(cell.value, float):
                    cell.number_format = PERCENT_FORMAT
        if not spec.rows:
            set_value(sheet.cell(sheet.max_row + 1, 1), "Aucune donnée sur la période.")
    out = Path(out)
    with atomic_path(out) as temp:
        book.save(temp)
    return out
