"""The activity report as an Excel workbook: the figures, the month-by-month table with its
charts, revenue by client type and by funder, drop-out causes, satisfaction, and the notes.

Counts and hours are numbers, amounts are euros with a currency format (the office can sum
and chart them); every text goes through the one cell writer (``xlsx_cells``).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from ... import formatting as fmt
from ...files import atomic_path
from ...reporting.activity import NOTES, ActivityReport, rate_text
from ..engine.xlsx_cells import put
from ..lists.xlsx import MONEY_FORMAT, SheetSpec, _write

HOURS_FORMAT = "#,##0.0"


def _facts(report: ActivityReport) -> list[tuple[str, str]]:
    return [("Période", report.period_text), ("Établi le", fmt.date_short(report.issued_on))]


def _summary_numbers(report: ActivityReport) -> list[tuple[object, str]]:
    """The figures of ``report.summary()`` as numbers (None where there is no rate), each
    with its Excel format: the office can compute with them."""
    r = report.rates
    count, percent = "0", "0 %"
    return [
        (report.sessions, count),
        (report.learners, count),
        (report.trained, count),
        (round(report.learner_minutes / 60, 2), HOURS_FORMAT),
        (report.fill_rate, percent),
        (report.invoiced_ht_cents / 100, MONEY_FORMAT),
        (r.completion_rate, percent),
        (r.dropped, count),
        (r.satisfaction_rate, percent),
        (r.return_rate, percent),
        (r.pass_rate, percent),
    ]


def _header_row(spec: SheetSpec) -> int:
    """Where ``lists.xlsx`` puts the header: after the title, the facts and a blank line."""
    return 2 + sum(1 for _, value in spec.facts if value) + 2


def _bar_chart(sheet, spec: SheetSpec, column: int, title: str, axis: str, anchor: str) -> None:
    """A column chart of one column of the table, one bar per row (the total left out)."""
    head = _header_row(spec)
    last = head + len(spec.rows)
    chart = BarChart()
    chart.type, chart.style = "col", 10
    chart.title, chart.y_axis.title = title, axis
    chart.legend = None
    chart.height, chart.width = 7.5, 18
    values = Reference(sheet, min_col=column, min_row=head, max_row=last)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=head + 1, max_row=last))
    sheet.add_chart(chart, anchor)


def _amount_spec(name: str, title: str, head: str, rows, facts) -> SheetSpec:
    return SheetSpec(
        name=name,
        title=title,
        header=(head, "Facturé HT"),
        rows=[[label, cents] for label, cents in rows],
        widths=(48, 18),
        facts=facts,
        money_columns={1},
        total=["Total", sum(cents for _, cents in rows)],
    )


def write_activity_xlsx(report: ActivityReport, out: Path) -> Path:
    """Write the report at ``out`` (replaced only once complete); return ``out``."""
    facts = _facts(report)
    r = report.rates
    numbers = _summary_numbers(report)
    summary = SheetSpec(
        name="Synthèse",
        title="Rapport d'activité",
        header=("Indicateur", "Valeur", "Comme dans le rapport"),
        rows=[
            [label, value, text]
            for (label, text), (value, _format) in zip(report.summary(), numbers, strict=True)
        ],
        widths=(40, 16, 48),
        facts=facts,
    )
    months = SheetSpec(
        name="Par mois",
        title="Activité mois par mois (sessions terminées dans le mois)",
        header=("Mois", "Sessions", "Apprenants", "Heures-apprenants", "Facturé HT"),
        rows=[
            [m.label, m.sessions, m.trained, round(m.learner_minutes / 60, 2), m.invoiced_ht_cents]
            for m in report.months
        ],
        widths=(16, 12, 13, 18, 18),
        facts=facts,
        money_columns={4},
        total=[
            "Total", report.sessions, report.trained, round(report.learner_minutes / 60, 2),
            report.invoiced_ht_cents,
        ],
    )  # fmt: skip
    kinds = _amount_spec(
        "CA par type de client", "Chiffre d'affaires par type de client", "Type de client",
        report.revenue_by_client_kind, facts,
    )  # fmt: skip
    funders = _amount_spec(
        "CA par financeur", "Chiffre d'affaires par financeur", "Financeur",
        report.revenue_by_funder, facts,
    )  # fmt: skip
    causes = SheetSpec(
        name="Abandons",
        title="Abandons et leurs causes",
        header=("Cause", "Abandons"),
        rows=[[cause, n] for cause, n in r.drop_causes],
        widths=(60, 12),
        facts=facts,
    )
    audiences = SheetSpec(
        name="Satisfaction",
        title="Satisfaction par public",
        header=("Public", "Envoyés", "Reçus", "Taux de retour", "Note moyenne"),
        rows=[
            [a.label, a.sent, a.returned, rate_text(a.return_rate),
             rate_text(a.rate, "aucune réponse")]
            for a in r.satisfaction_by_audience
        ],
        widths=(28, 11, 11, 16, 16),
        facts=facts,
    )  # fmt: skip
    notes = SheetSpec(
        name="Notes",
        title="Comment ces chiffres sont comptés",
        header=("Convention",),
        rows=[[line] for line in NOTES],
        widths=(110,),
    )
    specs = (summary, months, kinds, funders, causes, audiences, notes)
    book = Workbook()
    sheets = {}
    for index, spec in enumerate(specs):
        sheet = book.active if index == 0 else book.create_sheet()
        _write(sheet, report.organisation.name, spec)
        sheets[spec.name] = sheet
        if not spec.rows:
            put(sheet, sheet.max_row + 1, 1, "Aucun sur la période.")
    first = _header_row(summary) + 1
    for offset, (_value, number_format) in enumerate(numbers):
        sheets["Synthèse"].cell(first + offset, 2).number_format = number_format
    by_month = sheets["Par mois"]
    for row in by_month.iter_rows(min_row=_header_row(months) + 1, min_col=4, max_col=4):
        row[0].number_format = HOURS_FORMAT
    top = _header_row(months)  # the charts stand beside the table
    _bar_chart(by_month, months, 3, "Apprenants formés par mois", "Apprenants", f"G{top}")
    _bar_chart(by_month, months, 4, "Heures-apprenants par mois", "Heures", f"G{top + 16}")
    _bar_chart(by_month, months, 5, "Facturé HT par mois", "Euros", f"G{top + 32}")
    if kinds.rows:
        _bar_chart(
            sheets[kinds.name], kinds, 2, "Chiffre d'affaires HT par type de client", "Euros",
            f"D{_header_row(kinds)}",
        )  # fmt: skip
    with atomic_path(out) as temp:
        book.save(temp)
    return out
