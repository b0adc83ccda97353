"""Feuille d'émargement in landscape: every half-day of the session as a column."""

from __future__ import annotations

from ..engine.docx import docx_renderer
from ..engine.docx_spec import Block, Page
from ..engine.registry import DocumentKind, register
from .emargement_jour import GRID_TEMPLATE
from .pdf import render_grid_pdf
from .sheets import build_emargement_paysage

KEY = "emargement_paysage"
DOCX_TEMPLATE: list[Block] = [Page(landscape=True), *GRID_TEMPLATE]  # as its PDF

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
