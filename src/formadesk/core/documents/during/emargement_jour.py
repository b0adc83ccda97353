"""Feuille d'émargement per day: one page per day, a column per half-day, every learner."""

from __future__ import annotations

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .pdf import NOTICE, render_grid_pdf
from .sheets import build_emargement_jour

KEY = "emargement_jour"

# Shared by the grid layouts (per day, per client, landscape, blank): Word cannot nest loops,
# so the half-days come first (with the trainer's signature), then one line per person and day.
GRID_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading("Feuille d'émargement", level=0),
    Para("Formation : {{ course_title }} – session {{ session_code }}", bold=True),
    Para("Dates : {{ dates }} – durée : {{ total_hours }}"),
    Para("Lieu : {{ place }}"),
    Para("Animée par : {{ trainer_names }}"),
    Para("{% if audience %}Client : {{ audience }}{% endif %}"),
    Heading("Demi-journées et signature du formateur"),
    Table(
        header=("Date", "Demi-journée", "Horaires", "Lieu", "Formateur", "Signature"),
        loop="slot in slots",
        row=(
            "{{ slot.date }}",
            "{{ slot.part }}",
            "{{ slot.times }}",
            "{{ slot.place }}",
            "{{ slot.trainer_names }}",
            "",
        ),
        widths=(30, 22, 24, 32, 30, 32),
    ),
    Heading("Signatures des participants"),
    Table(
        header=("Date", "Nom et prénom", "Entreprise", "Matin", "Après-midi"),
        loop="line in day_lines",
        row=(
            "{{ line.date }}",
            "{{ line.name }}",
            "{{ line.detail }}",
            "{{ line.morning }}",
            "{{ line.afternoon }}",
        ),
        widths=(30, 38, 34, 34, 34),
    ),
    Para(NOTICE, size=8),
]
DOCX_TEMPLATE = GRID_TEMPLATE

KIND = register(
    DocumentKind(
        key=KEY,
        label="Feuille d'émargement",
        plural="Feuilles d'émargement (par jour)",
        scope="session",
        builder=build_emargement_jour,
        renderers={"pdf": render_grid_pdf, "docx": docx_renderer(KEY)},
    )
)
