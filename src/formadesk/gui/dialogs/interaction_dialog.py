"""Placeholder, being written (issue 10): logging an exchange."""

from __future__ import annotations


def quick_log(window):
    """Being written."""
    return None
