"""What the planning tab does with a slot: move it, find it a room, check the planning.

A mixin of ``PlanningTab``: it expects ``office``, ``mover``, ``filters``, ``slots``,
``selected``, ``anchor``, ``refresh()`` and the ``session_requested`` signal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from formadesk.core.services.resources import SlotRow

from .. import messages
from ..attendance import AttendanceDialog, open_attendance
from ..dialogs.conflicts_dialog import ConflictsDialog
from ..dialogs.find_room_dialog import FindRoomDialog
from ..dialogs.move_slot_dialog import MoveSlotDialog
from ..dialogs.planning_rules_dialog import PlanningRulesDialog
from .planning_moves import MoveTarget

D = TypeVar("D", bound=QDialog)


class PlanningActions:
    """Dialogs and slot actions of the planning tab, and the two hooks tests answer."""

    office: Any
    mover: Any
    filters: Any
    slots: list[SlotRow]
    selected: SlotRow | None
    anchor: dt.date
    session_requested: Any
    refresh: Callable[[], None]

    # -- hooks (tests answer them) --------------------------------------------------------
    def ask_confirmation(self, text: str) -> bool:
        """« Enregistrer quand même ? » for a change that raises warnings."""
        return messages.confirm(self, self.tr("Conflit à confirmer"), text)

    def show_refusal(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Déplacement refusé"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("refusalBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- actions --------------------------------------------------------------------------
    def drop_slot(self, slot_id: int, day: dt.date, start: dt.time, end: dt.time) -> bool:
        """A block dropped in the week: move it, or put it back where it was."""
        slot = next((s for s in self.slots if s.id == slot_id), None)
        label = slot.session_code if slot else ""
        moved = self.mover.move(
            slot_id, MoveTarget(day, start, end), refuse=self.show_refusal, label=label
        )
        self.refresh()  # the block snaps back when refused, or shows where it landed
        return moved

    def open_move_dialog(self, slot: SlotRow | None = None) -> MoveSlotDialog | None:
        slot = slot or self.selected
        if slot is None:
            return None

        def submit(target: MoveTarget, refuse: Callable[[str], None]) -> bool:
            return self.mover.move(slot.id, target, refuse=refuse, label=slot.session_code)

        return self._open(MoveSlotDialog(self.office, slot, submit, self))

    def open_find_room(self, slot: SlotRow | None = None) -> FindRoomDialog:
        slot = slot or self.selected
        dialog = FindRoomDialog(
            self.office,
            self,
            ask=lambda text: self.ask_confirmation(text),
            slot=slot,
            day=self.anchor,
        )
        return self._open(dialog)

    def open_next_free(self, slot: SlotRow | None = None) -> FindRoomDialog:
        dialog = self.open_find_room(slot)
        dialog.show_next_free_page()
        return dialog

    def open_check(self) -> ConflictsDialog:
        dialog = ConflictsDialog(self.office, self)
        dialog.session_requested.connect(self.session_requested)
        return self._open(dialog)

    def open_rules(self) -> PlanningRulesDialog:
        return self._open(PlanningRulesDialog(self.office, self))

    def open_attendance(self, slot: SlotRow) -> AttendanceDialog | None:
        """The session's attendance sheet, its cursor on this slot's half-day."""
        bus = getattr(self, "bus", None)
        return open_attendance(self.office, slot.session_id, self, bus=bus, slot_id=slot.id)

    def _open(self, dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _slot_menu(self, slot: SlotRow, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(
            self.tr("Ouvrir la session"), lambda: self.session_requested.emit(slot.session_id)
        )
        menu.addAction(self.tr("Feuille de présence…"), lambda: self.open_attendance(slot))
        menu.addSeparator()
        menu.addAction(self.tr("Déplacer…"), lambda: self.open_move_dialog(slot))
        menu.addAction(self.tr("Trouver une salle…"), lambda: self.open_find_room(slot))
        menu.addAction(self.tr("Prochain créneau libre…"), lambda: self.open_next_free(slot))
        menu.addSeparator()
        menu.addAction(
            self.tr("Voir seulement la session {code}").format(code=slot.session_code),
            lambda: self.filters.choose_session(slot.session_id, slot.session_code),
        )
        menu.exec(position)
