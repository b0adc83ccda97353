"""Qualiopi: the result figures the office publishes (indicators 2 and 3) and the evidence pack
an auditor is handed (``qualiopi_pack``).

The figures are the result rates of ``rates`` (one definition shared with the activity report),
for the whole office and per course, over the sessions ended in the period.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..documents.engine.builders import organisation_info
from ..documents.engine.data import OrganisationInfo
from ..errors import BusinessRuleError, ValidationError
from ..model import Course, TrainingSession
from ..outputs import checked_output_folder, checked_output_path
from ..services.base import Service
from .rates import ResultRates, period_sessions, result_rates

PackProgress = Callable[[int, int, str], None]
PackCancel = Callable[[], bool]


def check_period(start: dt.date | None, end: dt.date | None) -> None:
    """A French refusal unless both days are given and the period is in order."""
    if start is None or end is None:
        raise ValidationError({"period": "Indiquez le début et la fin de la période."})
    if end < start:
        raise ValidationError(
            {
                "period": "La fin de la période est avant son début : "
                "choisissez une date de fin postérieure."
            }
        )


@dataclass(frozen=True)
class CourseRates:
    """The result rates of one course over the period."""

    course_id: int
    code: str
    title: str
    certification_code: str
    rates: ResultRates


@dataclass(frozen=True)
class QualiopiFigures:
    """Indicator 2 (overall and per course) and indicator 3 (certifying courses)."""

    organisation: OrganisationInfo
    start: dt.date
    end: dt.date
    made_on: dt.date
    overall: ResultRates
    courses: tuple[CourseRates, ...]  # every course with a session ended in the period

    @property
    def certifying(self) -> tuple[CourseRates, ...]:
        """Courses leading to a certification that trained someone in the period."""
        return tuple(c for c in self.courses if c.rates.certifying_trained)


def build_figures(
    s: Session, start: dt.date, end: dt.date, *, today: dt.date | None = None
) -> QualiopiFigures:
    check_period(start, end)
    today = today or dt.date.today()
    if start > today:
        raise BusinessRuleError(
            f"La période commence le {fmt.date_short(start)}, après aujourd'hui : aucune "
            "session n'y est encore terminée. Choisissez une période passée ou en cours."
        )
    end = min(end, today)  # a session that ends later has no results yet
    ids = period_sessions(start, end)
    courses = s.execute(
        select(Course.id, Course.code, Course.title, Course.certification_code)
        .where(Course.id.in_(select(TrainingSession.course_id).where(TrainingSession.id.in_(ids))))
        .order_by(Course.code)
    ).all()
    return QualiopiFigures(
        organisation=organisation_info(s),
        start=start,
        end=end,
        made_on=today,
        overall=result_rates(s, start, end),
        courses=tuple(
            CourseRates(i, code, title, cert or "", result_rates(s, start, end, course_id=i))
            for i, code, title, cert in courses
        ),
    )


class QualiopiService(Service):
    """``office.qualiopi``: result figures to publish and the evidence pack for an audit."""

    def figures(self, start: dt.date, end: dt.date) -> QualiopiFigures:
        """Indicator 2 and 3 figures of the sessions ended from ``start`` to ``end``."""
        check_period(start, end)
        with self._db.reading() as s:
            return build_figures(s, start, end)

    def export_figures(self, start: dt.date, end: dt.date, out: Path | str) -> Path:
        """The figures as a PDF to publish (.pdf) or a workbook (.xlsx); returns the path."""
        out = Path(out)
        suffix = out.suffix.lower()
        if suffix not in (".pdf", ".xlsx"):
            raise BusinessRuleError(
                "Les résultats s'exportent en PDF (.pdf) ou en Excel (.xlsx) : "
                "choisissez un nom de fichier se terminant par l'une de ces extensions."
            )
        out = checked_output_path(out)  # a wrong file is said before anything is computed
        figures = self.figures(start, end)
        _require_name(figures.organisation)
        if suffix == ".xlsx":
            from ..documents.reports.qualiopi_xlsx import write_figures_xlsx

            return write_figures_xlsx(figures, out)
        from ..documents.reports.qualiopi_pdf import write_figures_pdf

        return write_figures_pdf(figures, out)

    def evidence_pack(
        self,
        start: dt.date,
        end: dt.date,
        out_dir: Path | str,
        *,
        progress: PackProgress | None = None,
        cancel: PackCancel | None = None,
    ):
        """Build the audit folder of the period in ``out_dir`` (and a .zip beside it).

        ``progress(done, total, text)`` is called as files are written; when ``cancel()``
        turns true the pack stops and nothing of it is left (``result.cancelled``).
        Returns a ``qualiopi_pack.PackResult``: what was written and what is missing.
        """
        from .qualiopi_pack import build_pack

        check_period(start, end)
        checked_output_folder(out_dir, create=False)  # a wrong folder is said first
        with self._db.reading() as s:
            figures = build_figures(s, start, end)
        _require_name(figures.organisation)
        return build_pack(self._db, figures, Path(out_dir), progress=progress, cancel=cancel)


def _require_name(org: OrganisationInfo) -> None:
    if not org.name.strip():
        raise BusinessRuleError(
            "Les documents Qualiopi portent le nom de l'organisme : saisissez-le d'abord dans "
            "Paramètres › Organisme."
        )
