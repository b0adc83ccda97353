"""Word output from DOCX templates (docxtpl): shipped defaults, user overrides, checked fields.

(Interface in place; the implementation is being written: see the documents issue.)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .registry import Renderer


def render_docx(kind_key: str, data: Any, out: Path) -> Path:
    """Render ``data`` with the Word template of ``kind_key`` into ``out``."""
    raise NotImplementedError("DOCX rendering is not implemented yet")


def docx_renderer(kind_key: str) -> Renderer:
    """The renderer a kind registers for the "docx" format."""

    def render(data: Any, out: Path) -> Path:
        return render_docx(kind_key, data, out)

    return render
