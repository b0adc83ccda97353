"""Ctrl+Z in the attendance grid: each typed key (or fill) is one command over pending marks."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from .entries import Entry, Key
from .grid_model import AttendanceGridModel


class SetEntries(QUndoCommand):
    """Give cells new unsaved values; undo puts back what each cell held before."""

    def __init__(
        self, model: AttendanceGridModel, changes: Sequence[tuple[Key, Entry | None]], text: str
    ):
        super().__init__(text)
        self.model = model
        self.after = list(changes)
        self.before = [(key, model.pending.get(key)) for key, _entry in changes]

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, values: list[tuple[Key, Entry | None]]) -> None:
        for key, entry in values:
            if self.model.is_known(key):
                self.model.set_pending(key, entry)

    @property
    def keys(self) -> list[Key]:
        return [key for key, _entry in self.after]
