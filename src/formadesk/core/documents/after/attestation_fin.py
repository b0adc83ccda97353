"""Attestation de fin de formation (Code du travail L6353-1), one per learner.

It states the objectives, the nature and duration of the action and, for each objective, the
result of the assessment of learning: acquis, partiellement acquis, non acquis, or « Non
évalué » when the trainer has not entered a result yet.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.pdf import markup, para, table_heading, write_letter
from ..engine.registry import DocumentKind, register
from .build import build_attestation_fin
from .data import AttestationFinData
from .pdf import (
    ATTESTATION_ENDING,
    CLOSING,
    attests_that,
    employer_clause,
    facts,
    results_table,
    signature_block,
    title_block,
)

KEY = "attestation_fin"
TITLE = "Attestation de fin de formation"
LEGAL = "Article L6353-1 du Code du travail"


def _hours_attended(data: AttestationFinData) -> str:
    t = data.training
    return t.attended_hours if t.from_attendance else f"{t.attended_hours} (selon le planning)"


def render_attestation_fin_pdf(data: AttestationFinData, out: Path) -> Path:
    """Write the attestation de fin de formation of ``data`` as a PDF at ``out``."""
    t = data.training
    org = t.organisation
    title = f"« {escape(t.course_title)} »"
    story: list[Flowable] = [
        *title_block(TITLE.upper(), LEGAL),
        *attests_that(t),
        markup(
            employer_clause(t)
            + f"a suivi la formation <b>{title}</b> (session {escape(t.session_code)}) :"
        ),
        Spacer(1, 1 * mm),
        facts(
            [
                ("Nature de l'action", f"{t.nature} (article L6313-1 du Code du travail)"),
                ("Dates", t.dates),
                ("Durée prévue", t.planned_hours),
                ("Heures suivies", _hours_attended(data)),
                ("Lieu", t.place),
                ("Modalités d'évaluation", data.assessment_method),
                ("Sanction de la formation", data.sanction),
            ]
        ),
    ]
    story += table_heading("Objectifs et résultats de l'évaluation des acquis")
    if data.objectives:
        rows = [(line.text, line.result) for line in data.objectives]
        story.append(results_table(("Objectif", "Résultat"), rows, (0.74, 0.26)))
    else:
        story.append(para("Les objectifs sont ceux du programme de la formation."))
    story.append(signature_block(t, closing=CLOSING))
    subject = f"{t.learner.full_name} – session {t.session_code}"
    return write_letter(out, story, org, title=TITLE, subject=subject)


DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading(TITLE.upper(), level=0),
    Para(LEGAL, align="center", size=8.5),
    Para(
        "Je soussigné(e) {{ training.organisation.signatory_name }}"
        "{% if training.organisation.signatory_title %}, "
        "{{ training.organisation.signatory_title }}{% endif %}, de l'organisme de formation "
        "{{ training.organisation.name }}, atteste que :"
    ),
    Para("{{ training.learner.display_name }}", bold=True, align="center", size=12),
    Para(
        "{% if training.works_for %}{{ training.employee }} de l'entreprise "
        "{{ training.employer }}, {% endif %}"
        "a suivi la formation « {{ training.course_title }} » "
        "(session {{ training.session_code }}) :"
    ),
    Table(
        header=("", ""),
        rows=(
            ("Nature de l'action", "{{ training.nature }}"),
            ("Dates", "{{ training.dates }}"),
            ("Durée prévue", "{{ training.planned_hours }}"),
            (
                "Heures suivies",
                "{{ training.attended_hours }}"
                "{% if not training.from_attendance %} (selon le planning){% endif %}",
            ),
            ("Lieu", "{{ training.place }}"),
            ("Modalités d'évaluation", "{{ assessment_method }}"),
            ("Sanction de la formation", "{{ sanction }}"),
        ),
        widths=(50, 120),
    ),
    Heading("Objectifs et résultats de l'évaluation des acquis"),
    Table(
        header=("Objectif", "Résultat"),
        loop="objective in objectives",
        row=("{{ objective.text }}", "{{ objective.result }}"),
        widths=(125, 45),
    ),
    *ATTESTATION_ENDING,
]

KIND = register(
    DocumentKind(
        key=KEY,
        label=TITLE,
        plural="Attestations de fin de formation",
        scope="learner",
        builder=build_attestation_fin,
        renderers={"pdf": render_attestation_fin_pdf, "docx": docx_renderer(KEY)},
    )
)
