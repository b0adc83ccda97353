"""The attendance grid as a Qt table: learners, then trainers × half-days, hours and rate.

Built once from the core's ``Grid``; marks typed in the dialog are kept apart (``pending``)
until « Enregistrer », and a change repaints only its cell and its row's totals.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from formadesk.core import formatting as fmt
from formadesk.core.services.attendance import Cell, Grid, HalfDay, Mark, TrainerPresence
from formadesk.core.services.attended_hours import minutes_of

from .entries import (
    EVIDENCE_COLOURS,
    EVIDENCE_SHORT,
    FUTURE_COLOUR,
    FUTURE_TEXT,
    LEARNER,
    STATUS_COLOURS,
    TRAINER,
    Entry,
    Key,
    cell_text,
    cell_tooltip,
    evidence_state,
    header_date,
    percent,
    tr,
    trainer_text,
    trainer_tooltip,
)

Index = QModelIndex | QPersistentModelIndex
CENTER = Qt.AlignmentFlag.AlignCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class AttendanceGridModel(QAbstractTableModel):
    """Rows: ``grid.learners`` then one row per trainer; columns: half-days, hours, rate."""

    def __init__(self, grid: Grid, parent: QObject | None = None):
        super().__init__(parent)
        self.pending: dict[Key, Entry] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._load(grid)

    # -- loading ----------------------------------------------------------------------------
    def _load(self, grid: Grid) -> None:
        self.grid = grid
        self.learners = grid.learners
        self.half_days = grid.half_days
        self.columns_of = {h.slot_id: c for c, h in enumerate(self.half_days)}
        self.rows_of = {p.enrollment_id: r for r, p in enumerate(self.learners)}
        trainers: dict[int, str] = {}
        self.trainer_marks: dict[Key, tuple[str, bool]] = {}
        for half_day in self.half_days:
            for mark in half_day.trainers:
                trainers.setdefault(mark.trainer_id, mark.name)
                key = Key(TRAINER, mark.trainer_id, half_day.slot_id)
                self.trainer_marks[key] = (mark.status, mark.signed)
        self.trainers = sorted(trainers.items(), key=lambda t: t[1])
        for r, (trainer_id, _name) in enumerate(self.trainers):
            self.rows_of[-trainer_id] = len(self.learners) + r
        entered = Counter(slot for (_e, slot) in grid.cells)
        # Half-days where every learner has a saved mark (the header says « À saisir » otherwise)
        self.complete_slots = {s for s, n in entered.items() if n >= len(self.learners)}
        # A pending mark equal to what is now saved is no longer pending.
        self.pending = {
            k: v for k, v in self.pending.items() if self.is_known(k) and not self._is_saved(k, v)
        }
        self._cells_by_person: dict[int, dict[tuple[int, int], Cell]] = defaultdict(dict)
        for (enrollment_id, slot_id), cell in grid.cells.items():
            self._cells_by_person[enrollment_id][(enrollment_id, slot_id)] = cell
        self._totals = [self._row_totals(r) for r in range(len(self.learners))]

    def reload(self, grid: Grid) -> None:
        """Show ``grid`` (read again after a change), keeping the marks not saved yet."""
        self.beginResetModel()
        self._load(grid)
        self.endResetModel()

    def is_known(self, key: Key) -> bool:
        if key.slot_id not in self.columns_of:
            return False
        if key.kind == LEARNER:
            return key.person in self.rows_of
        return key in self.trainer_marks

    # -- geometry -----------------------------------------------------------------------------
    @property
    def hours_column(self) -> int:
        return len(self.half_days)

    @property
    def rate_column(self) -> int:
        return len(self.half_days) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.learners) + len(self.trainers)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.half_days) + 2

    def half_day_at(self, column: int) -> HalfDay | None:
        return self.half_days[column] if 0 <= column < len(self.half_days) else None

    def is_future(self, column: int) -> bool:
        half_day = self.half_day_at(column)
        return half_day is not None and half_day.date > self.grid.today

    def key_at(self, row: int, column: int) -> Key | None:
        """The cell at (row, column), None for the totals and a trainer's half-day off."""
        half_day = self.half_day_at(column)
        if half_day is None:
            return None
        if row < len(self.learners):
            return Key(LEARNER, self.learners[row].enrollment_id, half_day.slot_id)
        r = row - len(self.learners)
        if r >= len(self.trainers):
            return None
        key = Key(TRAINER, self.trainers[r][0], half_day.slot_id)
        return key if key in self.trainer_marks else None

    def index_of(self, key: Key) -> QModelIndex:
        person = key.person if key.kind == LEARNER else -key.person
        return self.index(self.rows_of[person], self.columns_of[key.slot_id])

    def editable(self, row: int, column: int) -> bool:
        return self.key_at(row, column) is not None and not self.is_future(column)

    # -- entries ------------------------------------------------------------------------------
    def saved(self, key: Key) -> Entry | None:
        if key.kind == LEARNER:
            return Entry.of_cell(self.grid.cell(key.person, key.slot_id))
        status, _signed = self.trainer_marks.get(key, ("", False))
        return Entry(status)

    def _is_saved(self, key: Key, entry: Entry) -> bool:
        saved = self.saved(key)
        if key.kind == LEARNER and entry.status is None:
            return saved is None
        return entry == saved

    def current(self, key: Key) -> Entry | None:
        entry = self.pending.get(key, self.saved(key))
        return None if entry is None or (key.kind == LEARNER and entry.status is None) else entry

    def set_pending(self, key: Key, entry: Entry | None) -> None:
        """Make ``entry`` the cell's unsaved value (None: back to what is saved)."""
        if entry is None or self._is_saved(key, entry):
            self.pending.pop(key, None)
        else:
            self.pending[key] = entry
        index = self.index_of(key)
        self.dataChanged.emit(index, index)
        if key.kind == LEARNER:
            row = index.row()
            self._totals[row] = self._row_totals(row)
            first, last = self.index(row, self.hours_column), self.index(row, self.rate_column)
            self.dataChanged.emit(first, last)
        else:
            column = index.column()
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def marks(self) -> list[Mark]:
        return [
            Mark(k.person, k.slot_id, e.status, e.minutes, e.note)
            for k, e in self.pending.items()
            if k.kind == LEARNER
        ]

    def trainer_presences(self) -> list[TrainerPresence]:
        return [
            TrainerPresence(k.slot_id, k.person, e.status or "")
            for k, e in self.pending.items()
            if k.kind == TRAINER
        ]

    # -- totals -------------------------------------------------------------------------------
    def _row_totals(self, row: int) -> tuple[int, int]:
        """(attended, planned) minutes of a learner, counted by the core's ``Grid`` rules over
        the saved cells with this learner's unsaved marks laid on top."""
        enrollment_id = self.learners[row].enrollment_id
        cells = dict(self._cells_by_person.get(enrollment_id, {}))
        for half_day in self.half_days:
            entry = self.pending.get(Key(LEARNER, enrollment_id, half_day.slot_id))
            if entry is None:
                continue
            key = (enrollment_id, half_day.slot_id)
            if entry.status is None:
                cells.pop(key, None)
                continue
            attended = minutes_of(entry.status, entry.minutes, half_day.planned_minutes)
            cells[key] = Cell(entry.status, entry.minutes or 0, attended, entry.note, "", None, "")
        learner_grid = replace(self.grid, cells=cells)
        return (
            learner_grid.attended_minutes(enrollment_id),
            learner_grid.planned_minutes(enrollment_id),
        )

    def attended(self, row: int) -> int:
        return self._totals[row][0]

    def planned(self, row: int) -> int:
        return self._totals[row][1]

    def session_minutes(self) -> tuple[int, int]:
        """(attended, planned) minutes of every learner, unsaved marks included."""
        return sum(t[0] for t in self._totals), sum(t[1] for t in self._totals)

    # -- Qt -----------------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column >= len(self.half_days):
            return self._total_data(row, column, role)
        key = self.key_at(row, column)
        future = self.is_future(column)
        if key is None:
            return FUTURE_COLOUR if role == Qt.ItemDataRole.BackgroundRole else None
        entry = self.current(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if key.kind == TRAINER:
                return trainer_text(entry.status if entry else "")
            return cell_text(entry)
        if role == Qt.ItemDataRole.BackgroundRole:
            if future:
                return FUTURE_COLOUR
            return STATUS_COLOURS.get(entry.status) if entry and entry.status else None
        if role == Qt.ItemDataRole.ForegroundRole and future:
            return QBrush(FUTURE_TEXT)
        if role == Qt.ItemDataRole.FontRole and key in self.pending:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER
        if role == Qt.ItemDataRole.ToolTipRole:
            half_day = self.half_days[column]
            if key.kind == TRAINER:
                name = self.trainers[row - len(self.learners)][1]
                signed = self.trainer_marks[key][1]
                return trainer_tooltip(name, entry.status if entry else "", half_day, signed=signed)
            saved = self.grid.cell(key.person, key.slot_id)
            return cell_tooltip(entry, saved, half_day, pending=key in self.pending, future=future)
        return None

    def _total_data(self, row: int, column: int, role: int) -> Any:
        if row >= len(self.learners):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            attended, planned = self.attended(row), self.planned(row)
            if column == self.hours_column:
                return fmt.hours(attended)
            return percent(attended / planned if planned else None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr("{attended} suivies sur {planned} prévues à ce jour").format(
                attended=fmt.hours(self.attended(row)), planned=fmt.hours(self.planned(row))
            )
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section, role)
        half_day = self.half_day_at(section)
        if half_day is None:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Heures\nsuivies") if section == self.hours_column else tr("Taux")
            return None
        state = evidence_state(half_day, self.grid.today, half_day.slot_id in self.complete_slots)
        if role == Qt.ItemDataRole.DisplayRole:
            trainers = " ".join(
                trainer_text(self._trainer_status(t.trainer_id, half_day.slot_id)) or "—"
                for t in half_day.trainers
            )
            lines = [header_date(half_day), half_day.hours_label, tr(EVIDENCE_SHORT[state])]
            if trainers:
                lines.append(tr("Formateur : {marks}").format(marks=trainers))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            return EVIDENCE_COLOURS.get(state, FUTURE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tooltip(half_day, state)
        return None

    def _trainer_status(self, trainer_id: int, slot_id: int) -> str:
        entry = self.current(Key(TRAINER, trainer_id, slot_id))
        return entry.status or "" if entry else ""

    def _column_tooltip(self, half_day: HalfDay, state: str) -> str:
        lines = [
            f"{half_day.label}, {half_day.hours_label} ({fmt.hours(half_day.planned_minutes)})",
            tr(EVIDENCE_SHORT[state]),
        ]
        if half_day.room_name:
            lines.append(tr("Salle : {room}").format(room=half_day.room_name))
        if half_day.scans:
            lines.append(fmt.plural(half_day.scans, "feuille scannée", "feuilles scannées"))
        if half_day.signatures:
            lines.append(fmt.plural(half_day.signatures, "signature à l'écran"))
        for trainer in half_day.trainers:
            status = self._trainer_status(trainer.trainer_id, half_day.slot_id)
            presence = {"present": tr("présent"), "absent": tr("absent")}.get(
                status, tr("non saisi")
            )
            lines.append(
                tr("Formateur {name} : {presence}").format(name=trainer.name, presence=presence)
            )
        return "\n".join(lines)

    def _row_header(self, section: int, role: int) -> Any:
        if section < len(self.learners):
            learner = self.learners[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return learner.name + (tr(" (abandon)") if learner.dropped_on else "")
            if role == Qt.ItemDataRole.ToolTipRole and learner.dropped_on:
                return tr("Abandon le {day} : {reason}").format(
                    day=fmt.date_short(learner.dropped_on), reason=learner.drop_reason
                )
            return None
        r = section - len(self.learners)
        if role == Qt.ItemDataRole.DisplayRole and r < len(self.trainers):
            return tr("Formateur : {name}").format(name=self.trainers[r][1])
        return None
