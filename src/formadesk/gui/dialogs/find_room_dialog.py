"""« Trouver une salle » and « Prochain créneau libre »: finding a way out of a conflict."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.availability import FreeSlot
from formadesk.core.services.resources import SlotRow

from ..forms.ui_find_room_dialog import Ui_FindRoomDialog
from ..messages import show_error
from ..models.planning import CONTEXT, FREE_ROOM_COLUMNS, FreeRoomLine
from ..models.simple import RowTableModel
from ..tabs.planning_moves import Ask, error_text, guarded
from ..widgets.inputs import fill_combo, first_date_problem, french_buttons, select_data
from ..widgets.tables import fit_columns, selected_id, setup_table
from .move_slot_dialog import py_time, qdate, qtime


class FindRoomDialog(QDialog):
    """Free rooms for a time range (places, accessibility, equipment); the next free half-day.

    Opened for a slot, it starts from that slot's day, times and enrolled learners, and
    « Réserver pour ce créneau » books the chosen room through the conflict check.
    """

    def __init__(
        self,
        office: Office,
        parent: QWidget | None,
        *,
        ask: Ask,
        slot: SlotRow | None = None,
        day: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.ask = ask
        self.slot = slot
        self.next_free: FreeSlot | None = None
        self.ui = ui = Ui_FindRoomDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.model: RowTableModel[FreeRoomLine] = RowTableModel(FREE_ROOM_COLUMNS, CONTEXT, self)
        setup_table(ui.roomTable, self.model, stretch_column=0)
        for equipment in office.resources.equipment():
            item = QListWidgetItem(f"{equipment.name} ({equipment.kind_label.lower()})")
            item.setData(Qt.ItemDataRole.UserRole, equipment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.equipmentList.addItem(item)
        if not ui.equipmentList.count():
            ui.equipmentGroup.hide()
        self._start_from(slot, day or dt.date.today())
        for edit in (ui.startEdit, ui.endEdit):
            edit.timeChanged.connect(lambda _t: self.search())
        ui.dateEdit.dateChanged.connect(lambda _d: self.search())
        ui.dateEdit.editingFinished.connect(self.search)  # a typed date that is no date
        ui.placesSpin.valueChanged.connect(lambda _n: self.search())
        ui.accessibleCheck.toggled.connect(lambda _b: self.search())
        ui.equipmentList.itemChanged.connect(lambda _i: self.search())
        ui.roomTable.selectionModel().selectionChanged.connect(self._update_book_button)
        ui.roomTable.doubleClicked.connect(lambda _i: self.book() if self.slot else None)
        ui.bookButton.clicked.connect(self.book)
        ui.searchButton.clicked.connect(self.find_next)
        self.search()

    def _start_from(self, slot: SlotRow | None, day: dt.date) -> None:
        ui = self.ui
        trainers = [(t.id, t.name) for t in self.office.resources.trainers()]
        rooms = [(r.id, r.name) for r in self.office.resources.rooms()]
        fill_combo(ui.trainerCombo, trainers)
        fill_combo(ui.roomCombo, rooms)
        ui.afterEdit.setDate(qdate(max(day, dt.date.today())))
        if slot is None:
            ui.dateEdit.setDate(qdate(day))
            ui.startEdit.setTime(qtime(dt.time(9)))
            ui.endEdit.setTime(qtime(dt.time(12, 30)))
            ui.slotLabel.hide()
            ui.bookButton.hide()
            ui.bookHintLabel.hide()
            return
        ui.dateEdit.setDate(qdate(slot.date))
        ui.startEdit.setTime(qtime(slot.start_time))
        ui.endEdit.setTime(qtime(slot.end_time))
        with contextlib.suppress(FormadeskError):  # the session may have been deleted meanwhile
            ui.placesSpin.setValue(max(1, self.office.sessions.row(slot.session_id).enrolled))
        ui.slotLabel.setText(
            self.tr("Créneau : {code} — {day}, {times} (salle actuelle : {room})").format(
                code=slot.session_code,
                day=fmt.date_long(slot.date),
                times=fmt.time_range(slot.start_time, slot.end_time),
                room=slot.room_name or self.tr("aucune"),
            )
        )
        ui.bookHintLabel.setText(self.tr("Choisissez une salle dans la liste."))
        if slot.trainer_ids:
            select_data(ui.trainerCombo, slot.trainer_ids[0])
        select_data(ui.roomCombo, slot.room_id)

    # -- free rooms -----------------------------------------------------------------------
    def equipment_ids(self) -> tuple[int, ...]:
        items = (self.ui.equipmentList.item(i) for i in range(self.ui.equipmentList.count()))
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def search(self) -> None:
        ui = self.ui
        day = ui.dateEdit.date().toPython()
        start, end = py_time(ui.startEdit.time()), py_time(ui.endEdit.time())
        typed = first_date_problem(ui.roomsPage)
        if typed:  # « 31022026 »: Qt would have searched another day
            self.model.set_rows([])
            ui.resultLabel.setText(typed)
            self._update_book_button()
            return
        if end <= start:
            self.model.set_rows([])
            ui.resultLabel.setText(self.tr("L'heure de fin doit suivre l'heure de début."))
            return
        rooms = self.office.availability.free_rooms(
            day,
            start,
            end,
            places=ui.placesSpin.value(),
            accessible=ui.accessibleCheck.isChecked(),
            equipment_ids=self.equipment_ids(),
            ignore_slot_ids=(self.slot.id,) if self.slot else (),
        )
        self.model.set_rows([FreeRoomLine(room) for room in rooms])
        ui.resultLabel.setText(
            self.tr("{n} le {day}, {times}").format(
                n=fmt.plural(len(rooms), self.tr("salle libre"), self.tr("salles libres")),
                day=fmt.date_long(day),
                times=fmt.time_range(start, end),
            )
        )
        fit_columns(ui.roomTable, skip=0)
        self._update_book_button()

    def _update_book_button(self) -> None:
        self.ui.bookButton.setEnabled(
            self.slot is not None and selected_id(self.ui.roomTable) is not None
        )

    def book(self) -> bool:
        """Book the selected room for the slot (conflict check, confirmation of warnings)."""
        room_id = selected_id(self.ui.roomTable)
        if self.slot is None or room_id is None:
            return False
        slot_id = self.slot.id
        self.ui.errorLabel.hide()
        try:
            done, _warnings = guarded(
                lambda confirm: self.office.planning.book_room([slot_id], room_id, confirm=confirm),
                self.ask,
            )
        except FormadeskError as error:
            self.ui.errorLabel.setText(error_text(error))
            self.ui.errorLabel.show()
            return False
        except Exception as error:  # noqa: BLE001 - logged, and the user sees a sentence
            show_error(self, error)
            return False
        if done:
            self.accept()
        return done

    # -- next free half-day ---------------------------------------------------------------
    def find_next(self) -> None:
        ui = self.ui
        self.next_free = None
        trainer_id, room_id = ui.trainerCombo.currentData(), ui.roomCombo.currentData()
        typed = first_date_problem(ui.nextFreePage)
        if typed:
            ui.nextFreeLabel.setText(typed)
            return
        if trainer_id is None or room_id is None:
            ui.nextFreeLabel.setText(self.tr("Choisissez un formateur et une salle."))
            return
        found = self.office.availability.next_free_slot(
            trainer_id=trainer_id,
            room_id=room_id,
            after=ui.afterEdit.date().toPython() - dt.timedelta(days=1),
        )
        if found is None:
            ui.nextFreeLabel.setText(
                self.tr("Aucune demi-journée libre pour les deux dans les quatre prochains mois.")
            )
            return
        ui.nextFreeLabel.setText(
            self.tr("{trainer} et {room} sont libres ensemble\n{day}, {times}.").format(
                trainer=ui.trainerCombo.currentText(),
                room=ui.roomCombo.currentText(),
                day=fmt.date_long(found.date).capitalize(),
                times=fmt.time_range(found.start, found.end),
            )
        )
        self.next_free = found

    def show_next_free_page(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.nextFreePage)
