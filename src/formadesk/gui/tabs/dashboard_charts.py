"""The dashboard's « Indicateurs »: four month charts over the last twelve months."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.services.dashboard_figures import DashboardCharts

from ..widgets.charts import MonthChart, Series

CONTEXT = "DashboardCharts"
NBSP = "\u202f"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def month_label(month: dt.date) -> str:
    """« janv. », « févr. »…; January also says its year (« janv. 26 »)."""
    label = format_date(month, "MMM", locale=fmt.LOCALE)
    return f"{label} {month:%y}" if month.month == 1 else label


def period_text(months: tuple[dt.date, ...]) -> str:
    """« de janvier 2026 à décembre 2026 »."""
    first, last = (format_date(m, "MMMM y", locale=fmt.LOCALE) for m in (months[0], months[-1]))
    return _tr("de {first} à {last}").format(first=first, last=last)


def _count(value: int) -> str:
    return f"{value:,}".replace(",", NBSP)


class ChartsPanel:
    """Creates the four charts in ``grid`` and fills them from ``DashboardCharts``."""

    def __init__(self, grid: QGridLayout, parent: QWidget):
        self.enrolments = MonthChart(_tr("Inscriptions par mois"), parent)
        self.fill = MonthChart(_tr("Taux de remplissage des sessions"), parent)
        self.money = MonthChart(_tr("Facturé et encaissé (TTC)"), parent)
        self.satisfaction = MonthChart(_tr("Satisfaction des stagiaires"), parent)
        grid.addWidget(self.enrolments, 0, 0)
        grid.addWidget(self.fill, 0, 1)
        grid.addWidget(self.money, 1, 0)
        grid.addWidget(self.satisfaction, 1, 1)

    @property
    def charts(self) -> list[MonthChart]:
        return [self.enrolments, self.fill, self.money, self.satisfaction]

    def show_figures(self, figures: DashboardCharts) -> None:
        months = figures.enrolments.months
        labels = [month_label(m) for m in months]
        period = period_text(months)

        values = figures.enrolments.values
        self.enrolments.set_data(
            labels,
            [Series(_tr("Inscriptions"), values, [_count(v) if v else "" for v in values])],
            _tr("{n} {what} {period}").format(
                n=_count(sum(values)),
                what=fmt.noun(sum(values), _tr("inscription prise"), _tr("inscriptions prises")),
                period=period,
            ),
        )

        fill = figures.fill
        percents = fill.percents
        total = round(100 * sum(fill.enrolled) / sum(fill.places)) if sum(fill.places) else None
        self.fill.set_data(
            labels,
            [
                Series(
                    _tr("Remplissage"),
                    percents,
                    [f"{p}{NBSP}%" if p is not None else "" for p in percents],
                    colour="#2e8b57",
                    maximum=100,
                )
            ],
            _tr("Inscrits / places des sessions du mois — {rate} sur douze mois").format(
                rate=f"{total}{NBSP}%" if total is not None else "—"
            ),
        )

        money = figures.money
        self.money.set_data(
            labels,
            [
                Series(
                    _tr("Facturé"),
                    money.invoiced_cents,
                    [fmt.money_short(v) if v else "" for v in money.invoiced_cents],
                    colour="#2f6fb3",
                ),
                Series(
                    _tr("Encaissé"),
                    money.collected_cents,
                    [fmt.money_short(v) if v else "" for v in money.collected_cents],
                    colour="#8fb8e0",
                ),
            ],
            _tr("Impayés échus aujourd'hui : {amount} ({n})").format(
                amount=fmt.money(money.overdue_cents),
                n=fmt.plural(money.overdue_count, _tr("facture"), _tr("factures")),
            ),
        )

        sat = figures.satisfaction
        answered = sum(sat.answers)
        self.satisfaction.set_data(
            labels,
            [
                Series(
                    _tr("Note moyenne sur 100"),
                    sat.averages,
                    [str(a) if a is not None else "" for a in sat.averages],
                    kind="line",
                    colour="#e08a2e",
                    maximum=100,
                )
            ],
            _tr("Note moyenne sur 100 par mois de fin de session — {n}").format(
                n=f"{_count(answered)} {fmt.noun(answered, _tr('réponse'), _tr('réponses'))}"
            ),
        )
