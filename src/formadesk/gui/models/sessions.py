"""Columns of the catalogue, the sessions list and a session's slots and enrollments."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from formadesk.core import formatting as fmt
from formadesk.core.services.catalogue import CourseRow
from formadesk.core.services.checklist import Progress
from formadesk.core.services.enrollments import EnrollmentRow
from formadesk.core.services.sessions import SessionRow
from formadesk.core.vocabulary import FUNDING_SCHEMES, MODALITIES, SESSION_KINDS

from .simple import CENTER, RIGHT, Column

CONTEXT = "SessionsModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def date_compact(value: dt.date) -> str:
    """« mar. 24 nov. 2026 », « jeu. 1er oct. 2026 »"""
    return fmt.date_abbreviated(value)


def _ordinal(value: dt.date | None) -> int:
    return value.toordinal() if value else 0


# -- catalogue ----------------------------------------------------------------------------
COURSE_COLUMNS: list[Column[CourseRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Code"), lambda r: r.code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Intitulé"),
        lambda r: r.title if r.active else f"{r.title} {_tr('(inactive)')}",
        sort_key=lambda r: r.title.lower(),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Durée"),
        lambda r: fmt.hours(r.duration_minutes),
        sort_key=lambda r: r.duration_minutes,
        align=RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Prix inter"),
        lambda r: fmt.money(r.price_cents),
        sort_key=lambda r: r.price_cents,
        align=RIGHT,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Modalité"), lambda r: MODALITIES.get(r.modality, "")),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Sessions"),
        lambda r: r.session_count,
        sort_key=lambda r: r.session_count,
        align=CENTER,
    ),
]


# -- sessions -----------------------------------------------------------------------------
def fill_hint(row: SessionRow) -> str | None:
    """ "full" when no place is left, "warning" below the minimum (cancelled ones aside)."""
    if row.status == "annulee":
        return None
    if row.enrolled >= row.max_places:
        return "full"
    if row.enrolled < row.min_places:
        return "warning"
    return None


def fill_text(row: SessionRow) -> str:
    """« 3/12 (min. 4) », « 12/12 complet », « 6/12 »."""
    text = f"{row.enrolled}/{row.max_places}"
    hint = fill_hint(row)
    if hint == "full":
        return f"{text} {_tr('complet')}"
    if hint == "warning":
        return f"{text} {_tr('(min. {n})').format(n=row.min_places)}"
    return text


def fill_tooltip(row: SessionRow) -> str:
    hint = fill_hint(row)
    if hint == "full":
        return _tr("Session complète : les nouvelles inscriptions vont en liste d'attente.")
    if hint == "warning":
        missing = row.min_places - row.enrolled
        return _tr("Il manque {n} pour atteindre le minimum de {m}.").format(
            n=fmt.plural(missing, _tr("inscrit"), _tr("inscrits")), m=row.min_places
        )
    return ""


SESSION_COLUMNS: list[Column[SessionRow]] = [
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Code"), lambda r: r.code),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Formation"),
        lambda r: r.course_title,
        sort_key=lambda r: r.course_title.lower(),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Début"),
        lambda r: fmt.date_short(r.start_date),
        sort_key=lambda r: _ordinal(r.start_date),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Fin"),
        lambda r: fmt.date_short(r.end_date),
        sort_key=lambda r: _ordinal(r.end_date),
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Type"), lambda r: SESSION_KINDS.get(r.kind, r.kind)),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Inscrits"),
        fill_text,
        sort_key=lambda r: r.enrolled,
        align=CENTER,
        hint=fill_hint,
        tooltip=fill_tooltip,
    ),
]


def progress_text(progress: Progress | None) -> str:
    """« 6/9 », « 6/9 · 2 en retard », « clôturée », « — » (cancelled or unknown)."""
    if progress is None or progress.cancelled and not progress.closed:
        return "—"
    if progress.closed:
        return _tr("clôturée")
    text = progress.text
    if progress.late:
        text += " · " + _tr("{n} en retard").format(n=progress.late)
    return text


def progress_hint(progress: Progress | None) -> str | None:
    if progress is None or progress.cancelled:
        return None
    if progress.late and not progress.closed:
        return "full"
    if progress.closed:
        return "ok"
    return None


def progress_tooltip(progress: Progress | None) -> str:
    if progress is None or progress.cancelled and not progress.closed:
        return _tr("Session annulée : pas de suivi.")
    if progress.closed:
        return _tr("Session clôturée : sa liste de contrôle a été vérifiée à la clôture.")
    text = _tr("{done} sur {total}.").format(
        done=fmt.plural(progress.done, _tr("étape faite"), _tr("étapes faites")),
        total=progress.total,
    )
    if progress.late:
        text += " " + _tr("{n} en retard : voyez le suivi de la session.").format(
            n=fmt.plural(progress.late, _tr("étape"), _tr("étapes"))
        )
    return text


def progress_column(progress_of: Callable[[int], Progress | None]) -> Column[SessionRow]:
    """« Suivi »: the session's checklist progress, looked up by id in a batch read."""

    def sort_key(row: SessionRow) -> tuple[int, float]:
        progress = progress_of(row.id)
        if progress is None or not progress.total:
            return (0, 0.0)
        return (2 if progress.closed else 1, progress.done / progress.total)

    return Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Suivi"),
        lambda r: progress_text(progress_of(r.id)),
        sort_key=sort_key,
        align=CENTER,
        hint=lambda r: progress_hint(progress_of(r.id)),
        tooltip=lambda r: progress_tooltip(progress_of(r.id)),
    )


# The dashboard's shorter list of the coming sessions.
UPCOMING_COLUMNS = [
    c for c in SESSION_COLUMNS if c.header in ("Code", "Formation", "Début", "Statut", "Inscrits")
]


# -- a session's slots and enrollments ----------------------------------------------------
@dataclass(frozen=True)
class SlotLine:
    """A slot of the selected session, as shown in its detail panel."""

    id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    minutes: int
    room_name: str | None


SLOT_COLUMNS: list[Column[SlotLine]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Date"),
        lambda r: date_compact(r.date),
        sort_key=lambda r: f"{r.date.isoformat()} {r.start_time.isoformat()}",
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Horaires"),
        lambda r: fmt.time_range(r.start_time, r.end_time),
        sort_key=lambda r: r.start_time.isoformat(),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Durée"),
        lambda r: fmt.hours(r.minutes),
        sort_key=lambda r: r.minutes,
        align=RIGHT,
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Salle"),
        lambda r: r.room_name or _tr("— à réserver —"),
    ),
]

ENROLLMENT_COLUMNS: list[Column[EnrollmentRow]] = [
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Apprenant"),
        lambda r: r.learner_name,
        tooltip=lambda r: r.email,
    ),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Statut"), lambda r: r.status_label),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Client"), lambda r: r.client_name),
    Column(QT_TRANSLATE_NOOP(CONTEXT, "Financeur"), lambda r: r.funder_name),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Dispositif"),
        lambda r: FUNDING_SCHEMES.get(r.funding_scheme, r.funding_scheme),
        tooltip=lambda r: FUNDING_SCHEMES.get(r.funding_scheme, r.funding_scheme),
    ),
    Column(
        QT_TRANSLATE_NOOP(CONTEXT, "Prix"),
        lambda r: fmt.money(r.price_cents),
        sort_key=lambda r: r.price_cents,
        align=RIGHT,
    ),
]
