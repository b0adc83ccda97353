"""The activity report's figures over a period that crosses a new year (activity_factories)."""

from __future__ import annotations

import datetime as dt

import pytest

from formadesk.core.errors import BusinessRuleError, ValidationError

from .activity_factories import PERIOD, two_years

NBSP = "\u00a0"


@pytest.fixture
def report(office):
    two_years(office)
    return office.activity.figures(*PERIOD)


def test_sessions_learners_hours_and_fill_rate_of_the_period(report):
    # November 2025 and March 2026; September 2025 and July 2026 are outside
    assert (report.sessions, report.places) == (2, 16)
    # Lefèvre followed both sessions: 5 enrolments, 4 people
    assert (report.trained, report.learners) == (5, 4)
    assert report.learner_minutes == 2 * 14 * 60 + 23 * 60 + 30
    assert dict(report.summary())["Taux de remplissage"] == f"31{NBSP}%"
    assert dict(report.summary())["Heures-apprenants suivies"] == "51 h 30"


def test_revenue_by_client_type_and_by_funder(report):
    assert report.revenue_by_client_kind == (
        ("Entreprise", 160572),
        ("Particulier", 138000),
        ("Financeurs (OPCO, CPF…)", 46428),
    )
    assert report.revenue_by_funder == (("OPCO Atlas", 46428),)
    assert report.invoiced_ht_cents == 345000


def test_rates_are_those_of_the_qualiopi_figures(office, report):
    summary = dict(report.summary())
    assert summary["Taux d'achèvement"] == f"80{NBSP}%"
    assert summary["Abandons"] == f"1 (20{NBSP}%)"
    assert report.rates.drop_causes == (("Déménagement", 1),)
    # answered: learners 100 and 50, trainer 75; the client's is not: 3 of 5 returned
    assert summary["Satisfaction (note moyenne)"] == f"75{NBSP}%"
    assert summary["Taux de retour des questionnaires"] == f"60{NBSP}%"
    assert summary["Taux de réussite aux certifications"].startswith("sans objet")
    qualiopi = office.qualiopi.figures(*PERIOD)
    assert qualiopi.overall.satisfaction_rate == report.rates.satisfaction_rate


def test_months_cross_the_new_year(report):
    months = {m.month: m for m in report.months}
    assert list(months)[0] == dt.date(2025, 10, 1) and list(months)[-1] == dt.date(2026, 6, 1)
    november, march = months[dt.date(2025, 11, 1)], months[dt.date(2026, 3, 1)]
    assert (november.sessions, november.trained, november.learner_minutes) == (1, 2, 1680)
    assert (march.sessions, march.trained, march.invoiced_ht_cents) == (1, 3, 207000)
    assert november.label == "nov. 2025"
    assert sum(m.invoiced_ht_cents for m in report.months) == report.invoiced_ht_cents


def test_a_period_without_activity_says_not_entered_never_zero_percent(office):
    two_years(office)
    report = office.activity.figures(dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    summary = dict(report.summary())
    assert summary["Sessions réalisées"] == "0"
    assert summary["Taux de remplissage"] == "non renseigné"
    assert summary["Taux d'achèvement"] == "non renseigné"
    assert summary["Satisfaction (note moyenne)"] == "aucune réponse"


def test_a_period_is_stopped_today_and_refused_when_wrong(office):
    today = dt.date.today()
    report = office.activity.figures(dt.date(today.year, 1, 1), dt.date(today.year, 12, 31))
    assert report.until == today and "chiffres arrêtés au" in report.period_text
    with pytest.raises(ValidationError, match="avant son début"):
        office.activity.figures(dt.date(2026, 6, 1), dt.date(2026, 1, 1))
    with pytest.raises(BusinessRuleError, match="après aujourd'hui"):
        office.activity.figures(today + dt.timedelta(days=30), today + dt.timedelta(days=60))
