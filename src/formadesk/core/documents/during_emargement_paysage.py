"""Feuille d'émargement in landscape: every half-day of the session as a column."""

from __future__ import annotations

from .docx import docx_renderer
from .during_emargement_jour import GRID_TEMPLATE
from .during_pdf import render_grid_pdf
from .during_sheets import build_emargement_paysage
from .registry import DocumentKind, register

KEY = "emargement_paysage"
DOCX_TEMPLATE = GRID_TEMPLATE

KIND = register(
    DocumentKind(
        key=KEY,
        label="Feuille d'émargement paysage",
        plural="Feuilles d'émargement (paysage, toute la session)",
        scope="session",
        builder=build_emargement_paysage,
        renderers={"pdf": render_grid_pdf, "docx": docx_renderer(KEY)},
    )
)
