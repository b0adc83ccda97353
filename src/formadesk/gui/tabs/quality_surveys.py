"""Placeholder page, being written (issue 10)."""

from __future__ import annotations

from .base import RefreshingTab


class SurveysPage(RefreshingTab):
    """Being written."""

    def refresh(self) -> None:
        return None
