"""The activity report as a PDF: the figures, charts drawn with reportlab.graphics (month by
month, revenue by client type), the tables behind them and the counting conventions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from babel.dates import format_date
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from ... import formatting as fmt
from ...reporting.activity import NOTES, ActivityReport, rate_text
from ..engine.layout import LAYOUT
from ..engine.pdf import para, table_heading
from ..lists.page import content_width, facts_table, write_sheet
from ..lists.pdf import list_table

TITLE = "Rapport d'activité"
BLUE, LIGHT, ORANGE = "#2f6fb3", "#8fb8e0", "#e08a2e"
CHART_HEIGHT = 52 * mm
MONTH_HEADER = ("Mois", "Sessions", "Apprenants", "Heures-apprenants", "Facturé HT")
MONTH_SHARES = (0.24, 0.14, 0.16, 0.22, 0.24)
AMOUNT_SHARES = (0.7, 0.3)
AUDIENCE_HEADER = ("Public", "Envoyés", "Reçus", "Taux de retour", "Note moyenne")
AUDIENCE_SHARES = (0.3, 0.14, 0.14, 0.2, 0.22)
NBSP = "\u202f"


def _hours(minutes: int) -> str:
    return f"{round(minutes / 60)}{NBSP}h"


def bar_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    text: Callable[[float], str],
    *,
    colour: str = BLUE,
    horizontal: bool = False,
) -> Drawing:
    """A titled bar chart, each bar with its value written on it ("" for zero)."""
    width = content_width(False)
    height = max(CHART_HEIGHT, (len(labels) * 7 + 18) * mm) if horizontal else CHART_HEIGHT
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 11, title, fontName=LAYOUT.font_bold, fontSize=10,
                       fillColor=LAYOUT.accent))  # fmt: skip
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    left = 62 * mm if horizontal else 12 * mm
    chart.x, chart.y = left, 14 if not horizontal else 6
    chart.width, chart.height = width - left - 14 * mm, height - 36
    chart.data = [list(values) or [0]]
    chart.bars[0].fillColor = colors.HexColor(colour)
    chart.bars[0].strokeColor = None
    chart.barSpacing, chart.groupSpacing = 1, 4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    top = max([v for v in values if v] or [1])
    chart.valueAxis.valueMax = top * 1.18
    names = chart.categoryAxis
    names.categoryNames = list(labels) or [""]
    names.labels.fontName, names.labels.fontSize = LAYOUT.font, 7
    names.strokeColor = LAYOUT.rule
    if horizontal:
        names.labels.boxAnchor, names.labels.dx = "e", -3
        names.reverseDirection = True
    else:
        names.labels.angle = 0 if len(labels) <= 13 else 45
        names.labels.boxAnchor = "n" if len(labels) <= 13 else "ne"
    chart.barLabelFormat = lambda value: text(value) if value else ""
    chart.barLabels.fontName, chart.barLabels.fontSize = LAYOUT.font, 6.5
    chart.barLabels.boxAnchor = "w" if horizontal else "s"
    chart.barLabels.dx, chart.barLabels.dy = (3, 0) if horizontal else (0, 2)
    drawing.add(chart)
    return drawing


def _month_label(month: dt.date, *, first: bool) -> str:
    """« févr. » under a bar; the first month and each January also say their year."""
    label = format_date(month, "MMM", locale=fmt.LOCALE)
    return f"{label} {month:%y}" if first or month.month == 1 else label


def _room() -> list[Flowable]:
    """Before a chart: a new page if it does not fit, and some air above its title."""
    return [CondPageBreak(CHART_HEIGHT + 6 * mm), Spacer(1, 3 * mm)]


def _charts(report: ActivityReport) -> list[Flowable]:
    months = report.months
    labels = [_month_label(m.month, first=i == 0) for i, m in enumerate(months)]
    story: list[Flowable] = [
        *_room(),
        bar_chart(
            "Apprenants formés par mois (sessions terminées dans le mois)",
            labels,
            [m.trained for m in months],
            lambda v: str(int(v)),
        ),
        *_room(),
        bar_chart(
            "Heures-apprenants suivies par mois",
            labels,
            [m.learner_minutes for m in months],
            _hours,
            colour=LIGHT,
        ),
        *_room(),
        bar_chart(
            "Chiffre d'affaires facturé HT par mois",
            labels,
            [m.invoiced_ht_cents for m in months],
            lambda v: fmt.money_short(int(v)),
            colour=ORANGE,
        ),
    ]
    kinds = report.revenue_by_client_kind
    if kinds:
        story += [
            *_room(),
            bar_chart(
                "Chiffre d'affaires facturé HT par type de client",
                [label for label, _ in kinds],
                [cents for _, cents in kinds],
                lambda v: fmt.money_short(int(v)),
                horizontal=True,
            ),
        ]
    return story


def _amounts(title: str, rows: Sequence[tuple[str, int]], head: str, empty: str):
    if not rows:
        return [*table_heading(title), para(empty, "small")]
    lines = [(label, fmt.money(cents)) for label, cents in rows]
    lines.append(("Total", fmt.money(sum(cents for _, cents in rows))))
    return list_table(
        title, (head, "Facturé HT"), lines, AMOUNT_SHARES, wide=False, right=(1,), total=True
    )


def _tables(report: ActivityReport) -> list[Flowable]:
    months = [
        (m.label, str(m.sessions), str(m.trained), fmt.hours(m.learner_minutes),
         fmt.money(m.invoiced_ht_cents))
        for m in report.months
    ]  # fmt: skip
    months.append(
        ("Total", str(report.sessions), str(report.trained), fmt.hours(report.learner_minutes),
         fmt.money(report.invoiced_ht_cents))
    )  # fmt: skip
    story = list_table(
        "Mois par mois", MONTH_HEADER, months, MONTH_SHARES, wide=False, right=(1, 2, 3, 4),
        total=True,
    )  # fmt: skip
    story += _amounts(
        "Chiffre d'affaires par type de client", report.revenue_by_client_kind,
        "Type de client", "Aucune facture émise sur la période.",
    )  # fmt: skip
    story += _amounts(
        "Chiffre d'affaires par financeur", report.revenue_by_funder, "Financeur",
        "Aucune facture adressée à un financeur sur la période.",
    )  # fmt: skip
    r = report.rates
    causes = [(cause, str(n)) for cause, n in r.drop_causes]
    if causes:
        story += list_table(
            "Abandons et leurs causes", ("Cause", "Abandons"), causes, AMOUNT_SHARES,
            wide=False, right=(1,),
        )  # fmt: skip
    else:
        story += [*table_heading("Abandons et leurs causes"), para("Aucun abandon.", "small")]
    audiences = [
        (a.label, str(a.sent), str(a.returned), rate_text(a.return_rate),
         rate_text(a.rate, "aucune réponse"))
        for a in r.satisfaction_by_audience
    ]  # fmt: skip
    if audiences:
        story += list_table(
            "Satisfaction par public", AUDIENCE_HEADER, audiences, AUDIENCE_SHARES, wide=False,
            right=(1, 2, 3, 4),
        )  # fmt: skip
    return story


def write_activity_pdf(report: ActivityReport, out: Path) -> Path:
    """Write the report at ``out`` as a PDF; return ``out``."""
    facts = [("Période", report.period_text), ("Établi le", fmt.date_long(report.issued_on))]
    story: list[Flowable] = [
        para(TITLE, "title"),
        facts_table(facts, content_width(False)),
        Spacer(1, 2 * mm),
        *list_table(
            "Chiffres clés",
            ("Indicateur", "Valeur"),
            report.summary(),
            AMOUNT_SHARES,
            wide=False,
            right=(1,),
        ),  # fmt: skip
        *_charts(report),
        *_tables(report),
        *table_heading("Comment ces chiffres sont comptés"),
        *[para(f"• {line}", "small") for line in NOTES],
    ]
    subject = f"Du {fmt.date_short(report.start)} au {fmt.date_short(report.end)}"
    return write_sheet(out, story, report.organisation, title=TITLE, subject=subject, wide=False)
