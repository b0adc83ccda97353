"""The evidence of indicators 30 (satisfaction of every audience, with reminders), 31
(complaints, answers and incidents) and 32 (improvement actions) for the Qualiopi pack."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from .. import formatting as fmt
from ..documents.lists.xlsx import write_workbook
from ..model import RESPONDENTS, Evaluation, GeneratedDocument, Incident, TrainingSession
from ..services.incidents import INCIDENT_KINDS
from ..services.quality_register import QualityRegister, build_register
from ..services.surveys.results import SATISFACTION
from ..services.surveys.rows import SurveyResults
from .qualiopi_evidence import (
    LETTER_KINDS,
    Found,
    Piece,
    SectionPlan,
    count_sentence,
    period_facts,
    sheet,
)

LETTER_NUMBER = re.compile(r"\bR-\d{4,}\b")


def satisfaction(s: Session, found: Found, plan: SectionPlan, results: SurveyResults) -> None:
    """Indicator 30: results per audience and question, reminders, sessions not surveyed."""
    from ..documents.reports.qualiopi_pdf import write_satisfaction_pdf

    ids = list(found.sessions)
    satisfaction_of = (
        Evaluation.session_id.in_(ids),
        Evaluation.kind.in_(SATISFACTION),
        Evaluation.sent_on.is_not(None),
    )
    surveyed = set(s.scalars(select(Evaluation.session_id).where(*satisfaction_of).distinct()))
    reminded = int(
        s.scalar(select(func.count()).where(*satisfaction_of, Evaluation.reminded_on.is_not(None)))
        or 0
    )
    never_reminded = int(
        s.scalar(
            select(func.count()).where(
                *satisfaction_of,
                Evaluation.answered_on.is_(None),
                Evaluation.reminded_on.is_(None),
            )
        )
        or 0
    )
    if results.sent:
        plan.pieces.append(
            Piece(
                "Satisfaction - résultats.pdf",
                "Résultats des questionnaires de satisfaction",
                write=lambda p: write_satisfaction_pdf(found.figures, results, reminded, p),
            )
        )
    if lacking := found.codes(set(ids) - surveyed):
        plan.missing.append(
            count_sentence(
                lacking, "session", "sessions", "sans questionnaire de satisfaction envoyé"
            )
        )
    asked = {a.audience for a in found.figures.overall.satisfaction_by_audience}
    silent = [label.lower() for key, label in RESPONDENTS.items() if key not in asked]
    if found.sessions and silent:
        plan.missing.append(
            "Aucun questionnaire de satisfaction envoyé sur la période aux publics suivants : "
            + ", ".join(silent)
        )
    if never_reminded:
        plan.missing.append(
            fmt.plural(
                never_reminded,
                "questionnaire sans réponse et jamais relancé",
                "questionnaires sans réponse et jamais relancés",
            )
        )
    plan.notes.append(
        fmt.plural(reminded, "relance de questionnaire notée", "relances de questionnaire notées")
        + " sur la période."
    )


def _letters(s: Session, register: QualityRegister) -> list[tuple[str, Path]]:
    """(label, path) of the letters recorded for the register's complaints (their number is in
    the file name: « Accusé de réception - R-0003 - … »)."""
    numbers = {c.number for c in register.complaints}
    if not numbers:
        return []
    found = []
    for kind, path in s.execute(
        select(GeneratedDocument.kind, GeneratedDocument.path)
        .where(GeneratedDocument.kind.in_(LETTER_KINDS))
        .order_by(GeneratedDocument.path)
    ):
        name = Path(path).name
        if numbers.intersection(LETTER_NUMBER.findall(name)):
            found.append((LETTER_KINDS[kind], Path(path)))
    return found


def complaints(s: Session, found: Found, plan: SectionPlan, *, today: dt.date) -> QualityRegister:
    """Indicator 31: the register, the letters sent, the incidents of the period."""
    from ..documents.quality.register_pdf import write_register_pdf

    f = found.figures
    register = build_register(s, f.start, f.end, today=today)
    plan.pieces.append(
        Piece(
            "Registre des réclamations et actions.pdf",
            "Registre des réclamations et des actions d'amélioration",
            write=lambda p: write_register_pdf(register, p),
        )
    )
    gone = []
    for label, path in _letters(s, register):
        if path.is_file():
            plan.pieces.append(Piece(f"Courriers/{path.name}", f"Courrier : {label.lower()}", path))
        else:
            gone.append(path.name)
    if gone:
        plan.missing.append(
            count_sentence(
                gone, "courrier enregistré introuvable", "courriers enregistrés introuvables", ""
            )
        )
    for attr, what in (("acknowledged_on", "accusé de réception"), ("answered_on", "réponse")):
        lacking = [c.number for c in register.complaints if getattr(c, attr) is None]
        if lacking:
            plan.missing.append(
                count_sentence(lacking, "réclamation", "réclamations", f"sans {what} enregistré(e)")
            )
    if not register.complaints:
        plan.notes.append("Aucune réclamation reçue sur la période.")
    _incidents(s, found, plan)
    return register


def _incidents(s: Session, found: Found, plan: SectionPlan) -> None:
    f = found.figures
    first = dt.datetime.combine(f.start, dt.time.min)
    after = dt.datetime.combine(f.end + dt.timedelta(days=1), dt.time.min)
    rows = s.execute(
        select(Incident, TrainingSession.code)
        .outerjoin(TrainingSession, TrainingSession.id == Incident.session_id)
        .where(
            or_(
                Incident.starts_at.between(first, after),
                Incident.session_id.in_(list(found.sessions)),
            )
        )
        .order_by(Incident.starts_at)
    ).all()
    if not rows:
        plan.notes.append("Aucun aléa enregistré sur la période.")
        return
    table = [
        (
            f"n° {i.id}", i.starts_at.date(), INCIDENT_KINDS.get(i.kind, i.kind), code or "",
            i.description, i.actions, i.resolution, i.resolved_on,
        )
        for i, code in rows
    ]  # fmt: skip
    spec = sheet(
        "Aléas", "Aléas et leur traitement",
        ("N°", "Le", "Nature", "Session", "Description", "Actions", "Résolution", "Résolu le"),
        table, (8, 11, 18, 20, 40, 40, 30, 11), period_facts(found),
    )  # fmt: skip
    plan.pieces.append(
        Piece(
            "Aléas.xlsx",
            "Tableau des aléas",
            write=lambda p: write_workbook(p, f.organisation.name, [spec]),
        )
    )
    open_ = [f"n° {i.id}" for i, _ in rows if i.resolved_on is None]
    if open_:
        plan.missing.append(count_sentence(open_, "aléa", "aléas", "sans résolution enregistrée"))


def improvements(register: QualityRegister, plan: SectionPlan) -> None:
    """Indicator 32: the actions of the register, late ones and those without an effect."""
    from ..documents.quality.register_pdf import write_register_pdf

    if not register.actions:
        plan.missing.append("Aucune action d'amélioration enregistrée sur la période.")
        return
    plan.pieces.append(
        Piece(
            "Registre des réclamations et actions.pdf",
            "Registre des réclamations et des actions d'amélioration",
            write=lambda p: write_register_pdf(register, p),
        )
    )
    late = [f"{a.number} ({a.title})" for a in register.actions if a.late]
    if late:
        plan.missing.append(count_sentence(late, "action", "actions", "en retard sur son échéance"))
    no_effect = [a.number for a in register.actions if a.done_on and not a.effect.strip()]
    if no_effect:
        plan.missing.append(
            count_sentence(
                no_effect, "action réalisée", "actions réalisées", "sans effet observé noté"
            )
        )
