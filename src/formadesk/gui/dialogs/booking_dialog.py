"""Booking for a session: a room, trainers and equipment on the chosen slots (or all of them).

Each button is one call on the planning facade. A blocked change is refused with the core's
French reason (which names the room, trainer or equipment at stake) and nothing changes; a
warned one asks "Enregistrer quand même ?" first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.planning import PlanningBlocked
from formadesk.core.services.resources import PlanningFilter, SlotRow

from ..forms.ui_booking_dialog import Ui_BookingDialog
from ..widgets.checklists import checked_ids, fill_checklist
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .booking_choices import (
    MAX_SLOTS_FOR_TRAINER_SEARCH,
    qualified_trainers,
    room_choices,
    slot_text,
    trainer_choices,
)
from .guarded import ask_save_anyway, run_guarded, summary

ID_ROLE = Qt.ItemDataRole.UserRole
SLOT, ROOM, TRAINERS = range(3)
UPDATE_DELAY_MS = 200
OK_STYLE = "color: #1e7e34;"
ERROR_STYLE = "color: #c0392b;"


class BookingDialog(QDialog):
    """Book a room, trainers and equipment for a session, on all or some of its slots."""

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session = office.sessions.row(session_id)
        self.ui = ui = Ui_BookingDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Réserver — {code}").format(code=self.session.code))
        ui.sessionLabel.setText(
            self.tr("<b>{code}</b> — {title}<br>{dates} · {n}").format(
                code=self.session.code,
                title=self.session.course_title,
                dates=fmt.date_range_long(self.session.start_date, self.session.end_date),
                n=fmt.plural(self.session.enrolled, self.tr("inscrit"), self.tr("inscrits")),
            )
        )
        table = ui.slotTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Créneau"), self.tr("Salle"), self.tr("Formateurs")]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        ui.splitter.setSizes([500, 500])
        ui.roomCombo.setToolTip(
            self.tr(
                "« libre » : libre sur tous les créneaux cochés, ouverte à ces heures et assez "
                "grande pour les inscrits.\n« indisponible » : occupée, en travaux, fermée ou "
                "trop petite sur au moins un créneau coché (la réservation dira pourquoi)."
            )
        )
        equipment = office.resources.equipment()
        self._names = {("equipment", e.id): e.name for e in equipment}
        self._names.update({("room", r.id): r.name for r in office.resources.rooms()})
        fill_combo(
            ui.equipmentCombo,
            [
                (
                    e.id,
                    self.tr("{name} — {kind} ({n} au total)").format(
                        name=e.name, kind=e.kind_label.lower(), n=e.quantity
                    ),
                )
                for e in equipment
            ],
        )
        self._timer = QTimer(self, singleShot=True, interval=UPDATE_DELAY_MS)
        self._timer.timeout.connect(self.update_choices)
        table.itemChanged.connect(lambda _item: self._timer.start())
        ui.allButton.clicked.connect(lambda: self.check_slots(None))
        ui.noneButton.clicked.connect(lambda: self.check_slots([]))
        ui.bookRoomButton.clicked.connect(self.book_room)
        ui.freeRoomButton.clicked.connect(self.free_room)
        ui.assignButton.clicked.connect(self.assign_trainers)
        ui.bookEquipmentButton.clicked.connect(self.book_equipment)
        ui.releaseEquipmentButton.clicked.connect(self.release_equipment)
        self._qualified = qualified_trainers(office, self.session.course_id)
        self._rows: list[SlotRow] = []
        self.load_slots()
        self.update_choices()

    # -- slots ----------------------------------------------------------------------------
    def load_slots(self) -> None:
        """(Re)read the session's slots with their room and trainers; keep what was ticked."""
        table = self.ui.slotTable
        ticked = None if not self._rows else set(self.checked_slot_ids())
        self._rows = self.office.resources.slots_between(
            self.session.start_date,
            self.session.end_date,
            PlanningFilter(session_id=self.session.id),
        )
        table.blockSignals(True)
        table.setRowCount(len(self._rows))
        for position, row in enumerate(self._rows):
            item = QTableWidgetItem(slot_text(row))
            item.setData(ID_ROLE, row.id)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on = ticked is None or row.id in ticked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            table.setItem(position, SLOT, item)
            room = row.room_name or self.tr("— à réserver —")
            table.setItem(position, ROOM, QTableWidgetItem(room))
            trainers = row.trainer_names or self.tr("— à affecter —")
            table.setItem(position, TRAINERS, QTableWidgetItem(trainers))
        table.blockSignals(False)
        self.ui.slotsGroup.setTitle(self.tr("Créneaux concernés ({n})").format(n=len(self._rows)))

    def checked_slot_ids(self) -> list[int]:
        table = self.ui.slotTable
        return [
            table.item(r, SLOT).data(ID_ROLE)
            for r in range(table.rowCount())
            if table.item(r, SLOT).checkState() == Qt.CheckState.Checked
        ]

    def check_slots(self, slot_ids: list[int] | None) -> None:
        """Tick these slots only (None: every slot, the whole session)."""
        table = self.ui.slotTable
        table.blockSignals(True)
        for r in range(table.rowCount()):
            item = table.item(r, SLOT)
            on = slot_ids is None or item.data(ID_ROLE) in slot_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        table.blockSignals(False)
        self.update_choices()

    def _checked_rows(self) -> list[SlotRow]:
        wanted = set(self.checked_slot_ids())
        return [r for r in self._rows if r.id in wanted]

    # -- choices --------------------------------------------------------------------------
    def update_choices(self) -> None:
        """Rank rooms (free for every ticked slot first) and trainers (qualified first)."""
        self._timer.stop()
        rows = self._checked_rows()
        rooms, current_room = room_choices(self.office, rows, places=self.session.enrolled)
        chosen = self.ui.roomCombo.currentData()  # the user's pick survives re-ranking
        fill_combo(self.ui.roomCombo, rooms)
        if not select_data(self.ui.roomCombo, chosen or current_room) and rooms:
            self.ui.roomCombo.setCurrentIndex(0)
        trainers, assigned = trainer_choices(self.office, rows, qualified=self._qualified)
        fill_checklist(self.ui.trainerList, trainers, assigned)
        if len(rows) > MAX_SLOTS_FOR_TRAINER_SEARCH:
            title = self.tr("Formateurs (disponibilité vérifiée à l'affectation)")
        else:
            title = self.tr("Formateurs")
        self.ui.trainerGroup.setTitle(title)
        for button in (
            self.ui.bookRoomButton,
            self.ui.freeRoomButton,
            self.ui.assignButton,
            self.ui.bookEquipmentButton,
            self.ui.releaseEquipmentButton,
        ):
            button.setEnabled(bool(rows))

    # -- actions --------------------------------------------------------------------------
    def book_room(self) -> bool:
        room_id = self.ui.roomCombo.currentData()
        name = self._names.get(("room", room_id), "")
        return self._run(
            lambda ids, confirm: self.office.planning.book_room(ids, room_id, confirm=confirm),
            self.tr("Salle « {name} » réservée pour {n}.").format(name=name, n="{n}"),
        )

    def free_room(self) -> bool:
        return self._run(
            lambda ids, confirm: self.office.planning.book_room(ids, None, confirm=confirm),
            self.tr("Salle libérée sur {n}."),
        )

    def assign_trainers(self) -> bool:
        trainer_ids = checked_ids(self.ui.trainerList)
        return self._run(
            lambda ids, confirm: self.office.planning.assign_trainers(
                ids, trainer_ids, confirm=confirm
            ),
            self.tr("Formateurs affectés sur {n}."),
        )

    def book_equipment(self) -> bool:
        equipment_id = self.ui.equipmentCombo.currentData()
        quantity = self.ui.quantitySpin.value()
        name = self._names.get(("equipment", equipment_id), "")
        return self._run(
            lambda ids, confirm: self.office.planning.book_equipment(
                ids, equipment_id, quantity, confirm=confirm
            ),
            self.tr("« {name} » × {q} réservé pour {n}.").format(name=name, q=quantity, n="{n}"),
        )

    def release_equipment(self) -> bool:
        equipment_id = self.ui.equipmentCombo.currentData()
        name = self._names.get(("equipment", equipment_id), "")
        return self._run(
            lambda ids, _confirm: self.office.planning.release_equipment(ids, equipment_id),
            self.tr("« {name} » rendu sur {n}.").format(name=name, n="{n}"),
        )

    def _run(self, change: Callable[[list[int], bool], object], done: str) -> bool:
        """One planning change on the ticked slots; True when it was kept."""
        slot_ids = self.checked_slot_ids()
        if not slot_ids:
            self.show_message(self.tr("Cochez au moins un créneau."), ERROR_STYLE)
            return False
        try:
            kept = run_guarded(lambda confirm: change(slot_ids, confirm), self.ask_confirmation)
        except (PlanningBlocked, FormadeskError) as error:
            self.show_message(summary(error), ERROR_STYLE, details=str(error))
            return False
        if not kept:
            self.show_message(self.tr("Rien n'a été modifié."), ERROR_STYLE)
            return False
        slots = fmt.plural(len(slot_ids), self.tr("créneau"), self.tr("créneaux"))
        self.show_message(done.format(n=slots), OK_STYLE)
        self.load_slots()
        self.update_choices()
        return True

    def show_message(self, text: str, style: str, *, details: str = "") -> None:
        self.ui.messageLabel.setStyleSheet(style)
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setToolTip(details)

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self, text)
