"""Individual feuille d'émargement: one learner over the whole session, a line per half-day."""

from __future__ import annotations

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .pdf import NOTICE, render_learner_sheet_pdf
from .sheets import build_emargement_apprenant

KEY = "emargement_apprenant"

DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading("Feuille d'émargement individuelle", level=0),
    Para("Apprenant(e) : {{ audience }}", bold=True),
    Para("Formation : {{ course_title }} – session {{ session_code }}"),
    Para("Dates : {{ dates }} – durée : {{ total_hours }}"),
    Para("Lieu : {{ place }}"),
    Table(
        header=("Date", "Demi-journée", "Horaires", "Signature", "Formateur", "Signature"),
        loop="line in learner_lines",
        row=(
            "{{ line.date }}",
            "{{ line.part }}",
            "{{ line.times }}",
            "{{ line.mark }}",
            "{{ line.trainers }}",
            "",
        ),
        widths=(32, 22, 24, 32, 28, 32),
    ),
    Para(NOTICE, size=8),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label="Feuille d'émargement individuelle",
        plural="Feuilles d'émargement individuelles",
        scope="learner",
        builder=build_emargement_apprenant,
        renderers={"pdf": render_learner_sheet_pdf, "docx": docx_renderer(KEY)},
    )
)
