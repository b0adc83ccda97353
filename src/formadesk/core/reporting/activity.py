"""The activity report of any period (``office.activity``): sessions held, learners,
learner-hours, fill rate, revenue by client type and by funder, satisfaction and success
rates, drop-outs and their causes, month by month; exported as PDF (with charts) or XLSX.

Counting conventions are in ``activity_figures``; the rates (completion, drop-outs and causes,
satisfaction, return, pass rate) are those of ``rates``, shared with the Qualiopi figures.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from babel.dates import format_date

from .. import formatting as fmt
from ..documents.engine.builders import organisation_info
from ..documents.engine.data import OrganisationInfo
from ..errors import BusinessRuleError
from ..outputs import checked_output_path
from ..services.base import Service
from ..services.dashboard_figures import _key
from .activity_figures import attended_minutes, months_of, revenue, session_counts
from .qualiopi import check_period
from .rates import ResultRates, percent, result_rates

NOT_ENTERED = "non renseigné"
# How the figures are counted (``activity_figures``), printed under every export.
NOTES = (
    "Sessions, apprenants, heures, remplissage, abandons, satisfaction et réussite portent sur "
    "les sessions de la période : celles dont le dernier jour tombe dans la période, hors "
    "sessions annulées ; une session compte dans le mois de son dernier jour. Les mêmes "
    "définitions servent aux indicateurs Qualiopi.",
    "La période s'arrête aujourd'hui : une session qui finit plus tard n'est pas encore réalisée.",
    "Apprenants : inscriptions « inscrit », « terminé » ou « abandon » (ceux qui ont suivi la "
    "session, en tout ou en partie) ; chaque personne n'est comptée qu'une fois dans « "
    "Apprenants (personnes) ».",
    "Heures-apprenants : heures réellement suivies, d'après les présences saisies.",
    "Taux de remplissage : apprenants rapportés aux places offertes (maximum de chaque session).",
    "Taux d'achèvement : apprenants allés au bout de la session, sans abandon. Satisfaction : "
    "note moyenne (sur 100) des questionnaires de satisfaction répondus, tous publics, à chaud "
    "et à froid. Taux de retour : questionnaires répondus sur questionnaires envoyés.",
    "Taux de réussite : candidats admis sur candidats présentés aux jurys des formations "
    "certifiantes ; un résultat encore attendu n'est pas compté comme un échec.",
    "Chiffre d'affaires : montants hors taxes des factures, dédits et avoirs émis dans la "
    "période (un avoir vient en déduction), par payeur : le client selon son type, ou le "
    "financeur.",
    "Un taux sans donnée pour le calculer est indiqué « non renseigné », jamais 0 %.",
)


def rate_text(rate: float | None, empty: str = NOT_ENTERED) -> str:
    """« 87 % », or ``empty`` when there is nothing to divide by (never « 0 % » for none)."""
    return empty if rate is None else percent(rate)


@dataclass(frozen=True)
class ActivityMonth:
    """One month of the period (a session counts in the month of its last day)."""

    month: dt.date  # first day of the month
    sessions: int
    trained: int  # enrolments trained in the sessions ended that month
    learner_minutes: int  # minutes they attended
    invoiced_ht_cents: int  # invoiced that month (credit notes deducted)

    @property
    def label(self) -> str:
        """« janv. 2026 »"""
        return format_date(self.month, "MMM y", locale=fmt.LOCALE)


@dataclass(frozen=True)
class ActivityReport:
    """The figures of the period [start, until]: ``until`` is ``end``, or today if sooner."""

    organisation: OrganisationInfo
    start: dt.date
    end: dt.date
    until: dt.date
    issued_on: dt.date  # the day the report was made
    sessions: int
    places: int
    trained: int  # enrolments who followed a session of the period
    learners: int  # distinct people among them
    learner_minutes: int
    rates: ResultRates
    revenue_by_client_kind: tuple[tuple[str, int], ...]  # (label, cents HT)
    revenue_by_funder: tuple[tuple[str, int], ...]
    months: tuple[ActivityMonth, ...]

    # -- derived figures ----------------------------------------------------------------------
    @property
    def invoiced_ht_cents(self) -> int:
        return sum(cents for _, cents in self.revenue_by_client_kind)

    @property
    def fill_rate(self) -> float | None:
        return self.trained / self.places if self.places else None

    @property
    def period_text(self) -> str:
        """« du 01/01/2026 au 31/12/2026 (chiffres arrêtés au 06/12/2026) »"""
        text = f"du {fmt.date_short(self.start)} au {fmt.date_short(self.end)}"
        if self.until < self.end:
            text += f" (chiffres arrêtés au {fmt.date_short(self.until)})"
        return text

    def summary(self) -> list[tuple[str, str]]:
        """The report's figures as label / value pairs, as every output prints them."""
        r = self.rates
        pass_rate = rate_text(r.pass_rate, "sans objet (aucun candidat à une certification)")
        return [
            ("Sessions réalisées", str(self.sessions)),
            ("Apprenants (personnes)", str(self.learners)),
            ("Inscriptions suivies", str(self.trained)),
            ("Heures-apprenants suivies", fmt.hours(self.learner_minutes)),
            ("Taux de remplissage", rate_text(self.fill_rate)),
            ("Chiffre d'affaires facturé HT", fmt.money(self.invoiced_ht_cents)),
            ("Taux d'achèvement", rate_text(r.completion_rate)),
            ("Abandons", f"{r.dropped} ({rate_text(r.drop_rate)})" if r.trained else "0"),
            ("Satisfaction (note moyenne)", rate_text(r.satisfaction_rate, "aucune réponse")),
            ("Taux de retour des questionnaires", rate_text(r.return_rate)),
            ("Taux de réussite aux certifications", pass_rate),
        ]


def build_report(s, start: dt.date, end: dt.date, today: dt.date) -> ActivityReport:
    until = min(end, today)
    if until < start:
        raise BusinessRuleError(
            f"La période commence le {fmt.date_short(start)}, après aujourd'hui : rien n'a "
            "encore été réalisé. Choisissez une période passée ou en cours."
        )
    per_month, enrolments = session_counts(s, start, until)
    minutes = attended_minutes(s, start, until)
    trained: dict[int, int] = defaultdict(int)
    hours: dict[int, int] = defaultdict(int)
    for enrollment_id, _learner, key in enrolments:
        trained[key] += 1
        hours[key] += minutes.get(enrollment_id, 0)
    invoiced, by_kind, by_funder = revenue(s, start, until)
    months = tuple(
        ActivityMonth(
            m,
            per_month.get(_key(m), [0, 0])[0],
            trained[_key(m)],
            hours[_key(m)],
            invoiced.get(_key(m), 0),
        )
        for m in months_of(start, until)
    )
    return ActivityReport(
        organisation=organisation_info(s),
        start=start,
        end=end,
        until=until,
        issued_on=today,
        sessions=sum(count for count, _ in per_month.values()),
        places=sum(places for _, places in per_month.values()),
        trained=len(enrolments),
        learners=len({learner for _, learner, _ in enrolments}),
        learner_minutes=sum(minutes.values()),
        rates=result_rates(s, start, until),
        revenue_by_client_kind=by_kind,
        revenue_by_funder=by_funder,
        months=months,
    )


class ActivityReportService(Service):
    """``office.activity``: the activity report of a period, on screen, in PDF or Excel."""

    def figures(
        self, start: dt.date, end: dt.date, *, today: dt.date | None = None
    ) -> ActivityReport:
        """The figures of the sessions ended and the invoices issued from ``start`` to ``end``
        (to today at the latest)."""
        check_period(start, end)
        with self._db.reading() as s:
            return build_report(s, start, end, today or dt.date.today())

    def export(
        self, start: dt.date, end: dt.date, out: Path | str, *, today: dt.date | None = None
    ) -> Path:
        """The report as a PDF with charts (.pdf) or a workbook (.xlsx); returns the path."""
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise BusinessRuleError(
                "Le rapport d'activité s'exporte en PDF (.pdf) ou en Excel (.xlsx) : "
                "choisissez un nom de fichier se terminant par l'une de ces extensions."
            )
        out = checked_output_path(out)
        report = self.figures(start, end, today=today)
        if suffix == ".xlsx":
            from ..documents.reports.activity_xlsx import write_activity_xlsx

            return write_activity_xlsx(report, out)
        from ..documents.reports.activity_pdf import write_activity_pdf

        return write_activity_pdf(report, out)
