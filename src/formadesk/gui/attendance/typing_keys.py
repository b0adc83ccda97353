"""Typing marks in the attendance sheet, as on a paper sheet: a mixin of ``AttendanceDialog``.

Each key (or « Tous présents ») becomes one undoable command over the pending marks; the core
checks them all at « Enregistrer ».
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex

from formadesk.core.services.attendance import PARTIAL, HalfDay

from .entries import LEARNER, TRAINER, Entry, Key, tr
from .undo import SetEntries

FUTURE_REFUSAL = tr(
    "Cette demi-journée n'a pas encore eu lieu : la présence se saisit le jour même ou après."
)


class Typing:
    """Keys P, A, E, R, D, Suppr, Ctrl+P, Ctrl+Z / Ctrl+Y over the cursor or the selection."""

    model: Any
    view: Any
    stack: Any
    show_message: Callable[..., None]
    ask_minutes: Callable[[str, HalfDay, str, int | None], int | None]
    toggle_trainer: Callable[[], None]
    edit_note: Callable[[], None]
    _set_current: Callable[[QModelIndex], None]

    def _targets(self) -> list[tuple[QModelIndex, Key]]:
        """The editable cells under the cursor or the selection (half-days held so far)."""
        view = self.view
        indexes = view.selectionModel().selectedIndexes() or [view.currentIndex()]
        found = []
        future = False
        for index in sorted(indexes, key=lambda i: (i.column(), i.row())):
            if not index.isValid():
                continue
            key = self.model.key_at(index.row(), index.column())
            if key is None:
                continue
            if self.model.is_future(index.column()):
                future = True
                continue
            found.append((index, key))
        if not found:
            self.show_message(
                FUTURE_REFUSAL
                if future
                else tr("Placez le curseur sur la case d'un apprenant et d'une demi-journée."),
                error=future,
            )
        return found

    def type_status(self, status: str) -> None:
        targets = self._targets()
        if not targets:
            return
        changes: list[tuple[Key, Entry | None]] = []
        minutes: int | None = None
        for index, key in targets:
            old = self.model.current(key)
            if key.kind == TRAINER:
                if status not in ("present", "absent"):
                    self.show_message(tr("Pour un formateur : P présent, A absent, Suppr efface."))
                    return
                changes.append((key, Entry(status)))
                continue
            if status in PARTIAL and minutes is None:
                half_day = self.model.half_days[index.column()]
                who = self.model.learners[index.row()].name
                current = old.minutes if old and old.status in PARTIAL else None
                minutes = self.ask_minutes(status, half_day, who, current)
                if minutes is None:
                    return
            changes.append((key, Entry(status, minutes, old.note if old else "")))
        self._push(changes, tr("Saisie"))
        if len(targets) == 1:
            self._move_down(targets[0][0])

    def erase(self) -> None:
        targets = self._targets()
        changes = [(key, Entry("" if key.kind == TRAINER else None)) for _index, key in targets]
        if changes:
            self._push(changes, tr("Effacement"))

    def fill_present(self) -> None:
        """The current half-day « présent » for every learner and trainer not entered yet."""
        column = self.view.currentIndex().column()
        half_day = self.model.half_day_at(column)
        if half_day is None:
            self.show_message(tr("Placez le curseur sur la demi-journée à remplir."))
            return
        if self.model.is_future(column):
            self.show_message(FUTURE_REFUSAL, error=True)
            return
        changes: list[tuple[Key, Entry | None]] = []
        for row in range(self.model.rowCount()):
            key = self.model.key_at(row, column)
            current = self.model.current(key) if key else None
            if key is not None and (current is None or not current.status):
                changes.append((key, Entry("present")))
        if not changes:
            self.show_message(tr("Tout le monde est déjà saisi sur cette demi-journée."))
            return
        self._push(changes, tr("Tous présents"))

    def _push(self, changes: list[tuple[Key, Entry | None]], text: str) -> None:
        self.show_message("")
        self.stack.push(SetEntries(self.model, changes, text))

    def _move_down(self, index: QModelIndex) -> None:
        """Like a paper sheet: after a mark, the next learner (or the next trainer)."""
        row = index.row() + 1
        learners = len(self.model.learners)
        if index.row() < learners and row >= learners:
            return
        if row < self.model.rowCount():
            self._set_current(self.model.index(row, index.column()))

    def undo(self) -> None:
        self._step(self.stack.undo, self.stack.index() - 1)

    def redo(self) -> None:
        self._step(self.stack.redo, self.stack.index())

    def _step(self, action, position: int) -> None:
        command = self.stack.command(position) if position >= 0 else None
        action()
        if isinstance(command, SetEntries) and command.keys:
            key = command.keys[0]
            if self.model.is_known(key):
                self._set_current(self.model.index_of(key))

    def _double_clicked(self, index: QModelIndex) -> None:
        key = self.model.key_at(index.row(), index.column())
        if key is not None and key.kind == TRAINER:
            self.toggle_trainer()
        elif key is not None and key.kind == LEARNER:
            self.edit_note()
