"""« Déplacer un créneau »: new date, times and room, the free rooms listed first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.resources import SlotRow

from ..forms.ui_move_slot_dialog import Ui_MoveSlotDialog
from ..tabs.planning_moves import MoveTarget
from ..widgets.calendar_common import minutes_of, time_of
from ..widgets.inputs import first_date_problem, french_buttons, select_data

Submit = Callable[[MoveTarget, Callable[[str], None]], bool]


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def qtime(value: dt.time) -> QTime:
    return QTime(value.hour, value.minute)


def py_time(value: QTime) -> dt.time:
    return dt.time(value.hour(), value.minute())


class MoveSlotDialog(QDialog):
    """Edit one slot's date, times and room; ``submit(target, refuse)`` makes the move.

    The dialog closes only when ``submit`` returns True; a refusal is written inside the dialog
    (``refuse(reason)``), so the user can pick another time or room without starting over.
    """

    def __init__(self, office: Office, slot: SlotRow, submit: Submit, parent: QWidget | None):
        super().__init__(parent)
        self.office = office
        self.slot = slot
        self.submit = submit
        self.ui = ui = Ui_MoveSlotDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Déplacer"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.setWindowTitle(self.tr("Déplacer un créneau — {code}").format(code=slot.session_code))
        ui.slotLabel.setText(
            self.tr("{code} — {title}\nActuellement : {day}, {times}, {room}").format(
                code=slot.session_code,
                title=slot.course_title,
                day=fmt.date_long(slot.date),
                times=fmt.time_range(slot.start_time, slot.end_time),
                room=slot.room_name or self.tr("sans salle"),
            )
        )
        try:
            session = office.sessions.row(slot.session_id)
            ui.dateEdit.setDateRange(qdate(session.start_date), qdate(session.end_date))
            ui.dateEdit.setToolTip(
                self.tr("Le créneau reste dans les dates de la session, {dates}.").format(
                    dates=fmt.date_range_long(session.start_date, session.end_date)
                )
            )
        except FormadeskError:
            pass  # the session vanished meanwhile: move_slot will say so
        ui.dateEdit.setDate(qdate(slot.date))
        ui.startEdit.setTime(qtime(slot.start_time))
        ui.endEdit.setTime(qtime(slot.end_time))
        self._duration = minutes_of(slot.end_time) - minutes_of(slot.start_time)
        self._room_id = slot.room_id
        ui.startEdit.timeChanged.connect(self._start_changed)
        ui.endEdit.timeChanged.connect(self._end_changed)
        ui.dateEdit.dateChanged.connect(lambda _d: self.reload_rooms())
        ui.roomCombo.activated.connect(lambda _i: self._remember_room())
        self.reload_rooms()

    # -- reading --------------------------------------------------------------------------
    def day(self) -> dt.date:
        return self.ui.dateEdit.date().toPython()

    def start(self) -> dt.time:
        return py_time(self.ui.startEdit.time())

    def end(self) -> dt.time:
        return py_time(self.ui.endEdit.time())

    def target(self) -> MoveTarget:
        return MoveTarget(self.day(), self.start(), self.end(), self.ui.roomCombo.currentData())

    # -- rooms ----------------------------------------------------------------------------
    def reload_rooms(self) -> None:
        """Free rooms first (this slot's own booking does not count), then the busy ones."""
        combo = self.ui.roomCombo
        free_ids: list[int] = []
        if self.end() > self.start():
            free = self.office.availability.free_rooms(
                self.day(), self.start(), self.end(), ignore_slot_ids=(self.slot.id,)
            )
            free_ids = [r.id for r in free]
        rooms = {r.id: r for r in self.office.resources.rooms()}
        combo.blockSignals(True)
        combo.clear()
        for room_id in free_ids:
            room = rooms.get(room_id)
            if room is not None:
                combo.addItem(
                    self.tr("{name} — libre, {n} places").format(name=room.name, n=room.capacity),
                    room.id,
                )
        busy = [r for r in rooms.values() if r.id not in free_ids]
        if busy:
            combo.insertSeparator(combo.count())
        for room in busy:
            combo.addItem(self.tr("{name} — occupée ou fermée").format(name=room.name), room.id)
        combo.insertSeparator(combo.count())
        combo.addItem(self.tr("— sans salle —"), None)
        select_data(combo, self._room_id)
        combo.blockSignals(False)
        self.ui.roomHintLabel.setText(
            self.tr(
                "{n} sur ce créneau, en tête de liste. "
                "La durée est conservée quand vous changez l'heure de début."
            ).format(n=fmt.plural(len(free_ids), self.tr("salle libre"), self.tr("salles libres")))
        )

    def _remember_room(self) -> None:
        self._room_id = self.ui.roomCombo.currentData()

    def _start_changed(self, value: QTime) -> None:
        end = time_of(minutes_of(py_time(value)) + self._duration)
        self.ui.endEdit.blockSignals(True)
        self.ui.endEdit.setTime(qtime(end))
        self.ui.endEdit.blockSignals(False)
        self.reload_rooms()

    def _end_changed(self, _value: QTime) -> None:
        length = minutes_of(self.end()) - minutes_of(self.start())
        if length > 0:
            self._duration = length
        self.reload_rooms()

    # -- saving ---------------------------------------------------------------------------
    def show_refusal(self, reason: str) -> None:
        self.ui.errorLabel.setText(reason)
        self.ui.errorLabel.show()

    def accept(self) -> None:
        self.ui.errorLabel.hide()
        typed = first_date_problem(self)  # « 31022026 »: Qt would have moved to the 28th
        if typed:
            self.show_refusal(typed)
            return
        if self.end() <= self.start():
            self.show_refusal(self.tr("L'heure de fin doit suivre l'heure de début."))
            return
        if self.submit(self.target(), self.show_refusal):
            super().accept()
