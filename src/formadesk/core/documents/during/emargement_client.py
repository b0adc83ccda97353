"""Feuille d'émargement per client: the per-day sheets with one client's learners only."""

from __future__ import annotations

from ..engine.docx import docx_renderer
from ..engine.registry import DocumentKind, register
from .emargement_jour import GRID_TEMPLATE
from .pdf import render_grid_pdf
from .sheets import build_emargement_client

KEY = "emargement_client"
DOCX_TEMPLATE = GRID_TEMPLATE

KIND = register(
    DocumentKind(
        key=KEY,
        label="Feuille d'émargement client",
        plural="Feuilles d'émargement par client",
        scope="client",
        builder=build_emargement_client,
        renderers={"pdf": render_grid_pdf, "docx": docx_renderer(KEY)},
    )
)
