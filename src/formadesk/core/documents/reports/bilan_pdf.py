"""The bilan of a session as a PDF: sheet pages (the office and the title on each), a facts
box, then attendance, drop-outs, results, satisfaction, events, remarks and money."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ...reporting.bilan_data import NOT_ENTERED, SessionBilan
from ..engine.data import OrganisationInfo
from ..engine.pdf import para, table_heading
from ..lists.page import content_width, facts_table, write_sheet
from ..lists.pdf import list_table

TITLE = "Bilan de session"
ABSENCE_HEADER = ("Apprenant", "Demi-journée", "Absence ou retard", "Heures suivies", "Note")
ABSENCE_SHARES = (0.2, 0.27, 0.19, 0.12, 0.22)
DROP_HEADER = ("Apprenant", "Parti le", "Motif", "Heures suivies")
DROP_SHARES = (0.25, 0.14, 0.46, 0.15)
OBJECTIVE_HEADER = ("Objectif", "Acquis", "Partiel", "Non acquis", "Non évalué", "Acquis (%)")
OBJECTIVE_SHARES = (0.41, 0.1, 0.1, 0.12, 0.12, 0.15)
SATISFACTION_HEADER = ("Public", "Moment", "Réponses reçues", "Note moyenne")
SATISFACTION_SHARES = (0.3, 0.2, 0.28, 0.22)
QUESTION_HEADER = ("Public", "Question", "Réponses", "Résultat")
QUESTION_SHARES = (0.205, 0.445, 0.12, 0.23)
COMMENT_HEADER = ("Public", "Question", "Commentaire")
COMMENT_SHARES = (0.2, 0.3, 0.5)
EVENT_HEADER = ("Aléa ou réclamation", "Date", "Objet", "État", "Suite donnée")
EVENT_SHARES = (0.19, 0.125, 0.26, 0.145, 0.28)
COST_HEADER = ("Date", "Catégorie", "Libellé", "Montant HT")
COST_SHARES = (0.13, 0.32, 0.37, 0.18)
MONEY_HEADER = ("Poste", "Montant")
MONEY_SHARES = (0.55, 0.45)


@dataclass(frozen=True)
class BilanSheet(SessionBilan):
    """The bilan as a document prints it: its figures and the office's letterhead."""

    organisation: OrganisationInfo

    @classmethod
    def of(cls, bilan: SessionBilan, organisation: OrganisationInfo) -> BilanSheet:
        fields = {f.name: getattr(bilan, f.name) for f in dataclasses.fields(bilan)}
        return cls(**fields, organisation=organisation)


def identity_facts(data: BilanSheet) -> list[tuple[str, str]]:
    return [
        ("Formation", f"{data.course_title} ({data.course_code})"),
        ("Session", data.code),
        ("Dates", data.dates),
        ("Lieu", data.place or NOT_ENTERED),
        ("Formateur(s)", data.trainers_text),
        ("Statut", data.status),
        ("Apprenants", data.learners_text),
        ("Bilan établi le", data.issued_text),
    ]


def _table(title, header, rows, shares, empty: str, right=()) -> list[Flowable]:
    if not rows:
        return [*table_heading(title), para(empty, "small")]
    return list_table(title, header, rows, shares, wide=False, right=right)


def _attendance(data: BilanSheet) -> list[Flowable]:
    story = [
        *table_heading("Assiduité"),
        para(f"Taux d'assiduité : {data.attendance_text}."),
        para(
            f"Apprenants allés au bout de la formation : {data.completed} sur {data.learners} "
            f"({data.completion_text})."
        ),
        para(f"Absences : {data.absences_text}."),
    ]
    if data.not_entered_text:
        story.append(para(data.not_entered_text, "small"))
    rows = [(a.learner, a.half_day, a.status, a.attended, a.note) for a in data.absences]
    if rows:
        story += list_table(
            "Absences et retards", ABSENCE_HEADER, rows, ABSENCE_SHARES, wide=False, right=(3,)
        )
    drops = [(d.learner, d.on, d.reason, d.attended) for d in data.drop_outs]
    story += _table("Abandons", DROP_HEADER, drops, DROP_SHARES, "Aucun abandon.", right=(3,))
    return story


def _results(data: BilanSheet) -> list[Flowable]:
    rows = [
        (
            f"O{o.number}. {o.text}",
            str(o.acquired),
            str(o.partial),
            str(o.not_acquired),
            str(o.not_assessed),
            o.acquired_text,
        )
        for o in data.objectives
    ]
    return _table(
        "Résultats par objectif",
        OBJECTIVE_HEADER,
        rows,
        OBJECTIVE_SHARES,
        "Aucun objectif défini pour la formation : résultats non renseignés.",
        right=(1, 2, 3, 4, 5),
    )


def _satisfaction(data: BilanSheet) -> list[Flowable]:
    groups = [(g.audience, g.moment, g.returned_text, g.average_text) for g in data.satisfaction]
    story = _table(
        "Satisfaction",
        SATISFACTION_HEADER,
        groups,
        SATISFACTION_SHARES,
        "Aucun questionnaire de satisfaction envoyé pour cette session : non renseigné.",
    )
    questions = [(q.group, q.text, str(q.answers), q.result) for q in data.questions]
    if questions:
        story += list_table(
            "Réponses par question", QUESTION_HEADER, questions, QUESTION_SHARES, wide=False
        )
    if data.satisfaction:
        comments = [(c.group, c.question, c.text) for c in data.comments]
        story += _table(
            "Commentaires",
            COMMENT_HEADER,
            comments,
            COMMENT_SHARES,
            "Aucun commentaire écrit dans les questionnaires.",
        )
    return story


def _events(data: BilanSheet) -> list[Flowable]:
    rows = [(e.kind, e.on, e.text, e.state, e.outcome) for e in data.events]
    return _table(
        "Aléas et réclamations",
        EVENT_HEADER,
        rows,
        EVENT_SHARES,
        "Aucun aléa ni aucune réclamation enregistrés pour cette session.",
    )


def _money(data: BilanSheet) -> list[Flowable]:
    story = list_table(
        "Finances", MONEY_HEADER, data.money_lines, MONEY_SHARES, wide=False, right=(1,)
    )
    rows = [(c.on, c.category, c.label, c.amount) for c in data.costs]
    if rows:
        rows.append(("", "", "Total des coûts", data.costs_text))
        story += list_table(
            "Coûts de la session", COST_HEADER, rows, COST_SHARES, wide=False, right=(3,),
            total=True,
        )  # fmt: skip
    return story


def render_bilan_pdf(data: BilanSheet, out: Path) -> Path:
    """Write the bilan of ``data`` as a PDF at ``out``; return ``out``."""
    title = f"{TITLE} {data.code}"
    story: list[Flowable] = [
        para(title, "title"),
        facts_table(identity_facts(data), content_width(False)),
        Spacer(1, 2 * mm),
        *_attendance(data),
        *_results(data),
        *_satisfaction(data),
        *_events(data),
        *table_heading("Remarques du formateur"),
        para(data.remarks_text),
        *_money(data),
        Spacer(1, 4 * mm),
        para(
            f"Bilan établi le {data.issued_text} d'après les données enregistrées dans "
            "Formadesk ; «\u00a0non renseigné\u00a0» signale une donnée qui n'a pas été saisie.",
            "small",
        ),
    ]
    return write_sheet(
        out, story, data.organisation, title=title, subject=data.course_title, wide=False
    )
