"""Blank feuille d'émargement: date, times and trainer to write by hand, lines for walk-ins."""

from __future__ import annotations

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Heading, Letterhead, Para, Table
from ..engine.registry import DocumentKind, register
from .pdf import NOTICE, render_grid_pdf
from .sheets import build_emargement_vierge

KEY = "emargement_vierge"
BLANK = "……………………"

DOCX_TEMPLATE: list[Block] = [
    Letterhead(),
    Heading("Feuille d'émargement", level=0),
    Para("Formation : {{ course_title }} – session {{ session_code }}", bold=True),
    Para("Lieu : {{ place }}"),
    Para(f"Date : {BLANK}     Formateur / formatrice : {BLANK}{BLANK}"),
    Table(
        header=("Nom et prénom", "Entreprise", "Matin", "Après-midi"),
        loop="line in day_lines",
        row=("{{ line.name }}", "{{ line.detail }}", "{{ line.morning }}", "{{ line.afternoon }}"),
        widths=(50, 40, 42, 42),
    ),
    Para(f"Horaires du matin : de {BLANK} à {BLANK}     de l'après-midi : de {BLANK} à {BLANK}"),
    Para(NOTICE, size=8),
]

KIND = register(
    DocumentKind(
        key=KEY,
        label="Feuille d'émargement vierge",
        plural="Feuilles d'émargement vierges",
        scope="session",
        builder=build_emargement_vierge,
        renderers={"pdf": render_grid_pdf, "docx": docx_renderer(KEY)},
    )
)
