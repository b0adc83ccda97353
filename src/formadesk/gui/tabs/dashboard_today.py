"""« Aujourd'hui »: today's half-days, who is expected, quick marks, and who has not signed."""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import FormadeskError
from formadesk.core.office import Office
from formadesk.core.services.attendance import Mark, TodayHalfDay

from ..bus import ChangeSignal
from ..day_clock import DayWatch
from ..messages import show_error
from ..models.simple import HINT_COLOURS
from .base import RefreshingTab
from .dashboard_today_text import half_day_text, presence_text, signature_text

SLOT_ROLE = Qt.ItemDataRole.UserRole  # on every row: (session id, slot id)
ENROLLMENT_ROLE = Qt.ItemDataRole.UserRole + 1  # on learner rows


def attendance_dialog_available() -> bool:
    """Whether gui/attendance/ is there, without importing it (the dashboard opens first)."""
    return importlib.util.find_spec("formadesk.gui.attendance") is not None


class TodayPanel(RefreshingTab):
    """The half-days of the day with their expected learners; marks one learner at a time.

    ``now`` is the clock read (tests pin it); the panel reloads on every change of attendance,
    planning or enrollments, and when the day changes while the window stays open.
    """

    watched = ("attendance", "session", "enrollment", "learner", "slot", "planning", "trainer")

    def __init__(
        self,
        office: Office,
        bus: ChangeSignal,
        parent: QWidget | None = None,
        *,
        now: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(office, bus, parent)
        self.now = now
        self.half_days: list[TodayHalfDay] = []
        self.group = QGroupBox(self)
        self.group.setObjectName("todayGroup")
        self.tree = QTreeWidget(self.group)
        self.tree.setObjectName("todayTree")
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [self.tr("Demi-journée et apprenants"), self.tr("Présence"), self.tr("Signature")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda *_: self.open_grid())
        self._build_buttons()
        group_layout = QVBoxLayout(self.group)
        group_layout.addWidget(self.tree)
        group_layout.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group)
        self.day_watch = DayWatch(self, now=now)
        self.day_watch.day_changed.connect(lambda _day: self.refresh())
        self.refresh()

    def _button(self, text: str, name: str, slot: Callable[[], None], tip: str) -> QPushButton:
        button = QPushButton(text, self.group)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons.addWidget(button)
        return button

    def _build_buttons(self) -> None:
        self.buttons = QHBoxLayout()
        tr = self.tr
        self.arrived_button = self._button(
            tr("Arrivé"), "arrivedButton", lambda: self.mark("present"),
            tr("L'apprenant sélectionné est présent sur la demi-journée."),
        )  # fmt: skip
        self.late_button = self._button(
            tr("En retard…"), "lateButton", self.ask_late_minutes,
            tr("L'apprenant sélectionné est arrivé en retard : indiquez les minutes."),
        )  # fmt: skip
        self.absent_button = self._button(
            tr("Absent"), "absentButton", lambda: self.mark("absent"),
            tr("L'apprenant sélectionné est absent sur la demi-journée."),
        )  # fmt: skip
        self.buttons.addStretch(1)
        self.grid_button = None
        if attendance_dialog_available():
            self.grid_button = self._button(
                tr("Feuille de présence…"), "gridButton", self.open_grid,
                tr("Ouvre la feuille de présence de toute la session."),
            )  # fmt: skip
        self.sign_button = self._button(
            tr("Signer à l'écran…"), "signButton", self.open_signing,
            tr("Passe en mode signature plein écran pour la demi-journée sélectionnée."),
        )  # fmt: skip

    # -- showing ----------------------------------------------------------------------------
    def today(self) -> dt.date:
        return self.now().date()

    def refresh(self) -> None:
        selected = self.selected()
        self.half_days = self.office.attendance.day(self.today())
        tree = self.tree
        tree.clear()
        bold = QFont(tree.font())
        bold.setBold(True)
        for half_day in self.half_days:
            key = (half_day.session_id, half_day.half_day.slot_id)
            parent = QTreeWidgetItem(tree, [half_day_text(half_day)])
            parent.setData(0, SLOT_ROLE, key)
            parent.setFont(0, bold)
            parent.setFirstColumnSpanned(True)
            for expected in half_day.expected:
                row = QTreeWidgetItem(
                    parent,
                    [
                        f"    {expected.learner.name}",
                        presence_text(expected, half_day.half_day.planned_minutes),
                        signature_text(expected),
                    ],
                )
                row.setData(0, SLOT_ROLE, key)
                row.setData(0, ENROLLMENT_ROLE, expected.learner.enrollment_id)
                if expected.cell is None:
                    row.setForeground(1, QBrush(HINT_COLOURS["muted"]))
                elif expected.cell.status in ("absent", "absent_excuse", "abandon"):
                    row.setBackground(1, QBrush(HINT_COLOURS["full"]))
                if expected.signed:
                    row.setBackground(2, QBrush(HINT_COLOURS["ok"]))
        if not self.half_days:
            empty = QTreeWidgetItem(
                tree, [self.tr("Aucune demi-journée de formation aujourd'hui.")]
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setFirstColumnSpanned(True)
        tree.expandAll()
        if selected is not None:
            self.select(selected[0][1], selected[1])
        for column in (1, 2):
            tree.resizeColumnToContents(column)
        self.group.setTitle(self._title())
        self._update_buttons()

    def _title(self) -> str:
        title = self.tr("Aujourd'hui, %1").replace("%1", fmt.date_long(self.today()))
        if not self.half_days:
            return title
        waiting = sum(len(h.not_signed) for h in self.half_days)
        count = fmt.plural(len(self.half_days), "demi-journée", "demi-journées")
        return f"{title} — {count} · {waiting} non {fmt.noun(waiting, 'signé')}"

    def selected(self) -> tuple[tuple[int, int], int | None] | None:
        """((session id, slot id), enrollment id or None) of the selected row."""
        item = self.tree.currentItem()
        if item is None or not item.isSelected() or item.data(0, SLOT_ROLE) is None:
            return None
        return tuple(item.data(0, SLOT_ROLE)), item.data(0, ENROLLMENT_ROLE)

    def _update_buttons(self) -> None:
        selected = self.selected()
        learner = selected is not None and selected[1] is not None
        for button in (self.arrived_button, self.late_button, self.absent_button):
            button.setEnabled(learner)
        for button in (self.grid_button, self.sign_button):
            if button is not None:
                button.setEnabled(selected is not None)

    def select(self, slot_id: int, enrollment_id: int | None = None) -> None:
        """Select the half-day ``slot_id`` (or one of its learners) in the list."""
        for i in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(i)
            if parent.data(0, SLOT_ROLE)[1] != slot_id:
                continue
            target = parent
            for j in range(parent.childCount()):
                if parent.child(j).data(0, ENROLLMENT_ROLE) == enrollment_id:
                    target = parent.child(j)
            self.tree.setCurrentItem(target)
            return

    # -- actions ----------------------------------------------------------------------------
    def _selected_half_day(self) -> tuple[TodayHalfDay, int | None] | None:
        selected = self.selected()
        if selected is None:
            return None
        (_session_id, slot_id), enrollment_id = selected
        half_day = next(h for h in self.half_days if h.half_day.slot_id == slot_id)
        return half_day, enrollment_id

    def mark(self, status: str, minutes: int | None = None) -> None:
        """Record one mark for the selected learner (one transaction through the facade)."""
        found = self._selected_half_day()
        if found is None or found[1] is None:
            return
        half_day, enrollment_id = found
        cell = next(e.cell for e in half_day.expected if e.learner.enrollment_id == enrollment_id)
        mark = Mark(
            enrollment_id, half_day.half_day.slot_id, status, minutes, cell.note if cell else ""
        )
        try:
            self.office.attendance.save(half_day.session_id, [mark], today=self.today())
        except FormadeskError as error:
            show_error(self, error)

    def ask_late_minutes(self) -> QInputDialog | None:
        """Ask how many minutes late (window-modal, not blocking); marks « retard » on OK."""
        found = self._selected_half_day()
        if found is None or found[1] is None:
            return None
        half_day, enrollment_id = found
        planned = half_day.half_day.planned_minutes
        name = next(
            e.learner.name for e in half_day.expected if e.learner.enrollment_id == enrollment_id
        )
        dialog = QInputDialog(self)
        dialog.setObjectName("lateDialog")
        dialog.setWindowTitle(self.tr("Arrivée en retard"))
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(1, max(planned - 1, 1))
        dialog.setIntValue(min(15, planned - 1))
        dialog.setLabelText(
            self.tr("Combien de minutes de retard pour %1 ? (la demi-journée dure %2)")
            .replace("%1", name)
            .replace("%2", fmt.hours(planned))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.intValueSelected.connect(lambda late: self.mark("retard", planned - late))
        dialog.open()
        return dialog

    def open_grid(self) -> QWidget | None:
        found = self._selected_half_day()
        if found is None:
            return None
        from ..attendance import open_attendance  # one sheet per session, reused if open

        half_day = found[0]
        return open_attendance(
            self.office,
            half_day.session_id,
            self.window(),
            bus=self.bus,
            slot_id=half_day.half_day.slot_id,
            today=self.today(),
        )

    def open_signing(self) -> QWidget | None:
        found = self._selected_half_day()
        if found is None:
            return None
        from ..signing import start_signing  # loads when first used

        half_day = found[0]
        return start_signing(
            self.office,
            half_day.session_id,
            half_day.half_day.slot_id,
            self.window(),
            now=lambda: self.now().replace(microsecond=0),
        )
