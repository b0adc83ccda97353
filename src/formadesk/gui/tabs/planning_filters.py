"""The filter bar of the planning: one room, trainer, session or learner (or everything)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox

from formadesk.core.office import Office
from formadesk.core.services.resources import PlanningFilter, RoomRow, SlotRow, TrainerRow

from ..forms.ui_planning_tab import Ui_PlanningTab
from ..widgets.inputs import fill_combo, select_data

SEARCH_DELAY_MS = 250
LEARNER_LIMIT = 30


class PlanningFilters(QObject):
    """Reads the filter combos of the planning tab as a ``PlanningFilter``; emits ``changed``.

    Only one filter applies at a time (choosing a room resets the trainer ...), so the title
    of an export always says exactly whose planning it is.
    """

    changed = Signal()

    def __init__(self, office: Office, ui: Ui_PlanningTab, parent: QObject | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui
        self._updating = 0
        self.combos = (
            ui.roomFilterCombo,
            ui.trainerFilterCombo,
            ui.sessionFilterCombo,
            ui.learnerFilterCombo,
        )
        self.rooms: list[RoomRow] = []
        self.trainers: list[TrainerRow] = []
        fill_combo(ui.sessionFilterCombo, [], none_label=self.tr("Toutes les sessions"))
        fill_combo(ui.learnerFilterCombo, [], none_label=self.tr("Tous les apprenants"))
        for combo in self.combos:
            combo.currentIndexChanged.connect(lambda _i, c=combo: self._chosen(c))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_learners)
        ui.learnerSearchEdit.textChanged.connect(self._timer.start)
        ui.clearFiltersButton.clicked.connect(self.clear)

    # -- filling --------------------------------------------------------------------------
    def reload_resources(self) -> None:
        """Refill the room and trainer combos (a room or trainer may have been added)."""
        self.rooms = self.office.resources.rooms()
        self.trainers = self.office.resources.trainers()
        rooms = [(r.id, f"{r.name} ({r.site})" if r.site else r.name) for r in self.rooms]
        trainers = [(t.id, t.name) for t in self.trainers]
        self._quietly(
            lambda: (
                fill_combo(self.ui.roomFilterCombo, rooms, none_label=self.tr("Toutes les salles")),
                fill_combo(
                    self.ui.trainerFilterCombo, trainers, none_label=self.tr("Tous les formateurs")
                ),
            )
        )

    def show_sessions_of(self, slots: list[SlotRow]) -> None:
        """Offer the sessions of the shown period (keeping the chosen one)."""
        sessions = {s.session_id: f"{s.session_code} — {s.course_title}" for s in slots}
        current = self.ui.sessionFilterCombo.currentData()
        if current is not None and current not in sessions:
            sessions[current] = self.ui.sessionFilterCombo.currentText()
        pairs = sorted(sessions.items(), key=lambda item: item[1])
        self._quietly(
            lambda: fill_combo(
                self.ui.sessionFilterCombo, pairs, none_label=self.tr("Toutes les sessions")
            )
        )

    def search_learners(self) -> None:
        text = self.ui.learnerSearchEdit.text().strip()
        combo = self.ui.learnerFilterCombo
        if not text:
            self._quietly(lambda: fill_combo(combo, [], none_label=self.tr("Tous les apprenants")))
            self._chosen(combo)
            return
        found = self.office.learners.search(text, limit=LEARNER_LIMIT)
        pairs = [(r.id, f"{r.last_name.upper()} {r.first_name}") for r in found]
        none_label = self.tr("Tous les apprenants") if pairs else self.tr("Aucun apprenant trouvé")
        self._quietly(
            lambda: (
                fill_combo(combo, pairs, none_label=none_label),
                combo.setCurrentIndex(1 if pairs else 0),  # the best match, shown at once
            )
        )
        self._chosen(combo)

    # -- reading --------------------------------------------------------------------------
    def current(self) -> PlanningFilter:
        ui = self.ui
        return PlanningFilter(
            room_id=ui.roomFilterCombo.currentData(),
            trainer_id=ui.trainerFilterCombo.currentData(),
            learner_id=ui.learnerFilterCombo.currentData(),
            session_id=ui.sessionFilterCombo.currentData(),
        )

    def description(self) -> str:
        """Whose planning is shown: « Salle Rhône », « Anne Dupré » … or "" for everything."""
        for combo in self.combos:
            if combo.currentData() is not None:
                return combo.currentText()
        return ""

    def is_active(self) -> bool:
        return any(combo.currentData() is not None for combo in self.combos)

    def choose(self, *, room_id: int | None = None, trainer_id: int | None = None) -> None:
        """Filter on one room or trainer (from a test or another part of the tab)."""
        if room_id is not None:
            select_data(self.ui.roomFilterCombo, room_id)
        elif trainer_id is not None:
            select_data(self.ui.trainerFilterCombo, trainer_id)

    def choose_session(self, session_id: int, label: str) -> None:
        combo = self.ui.sessionFilterCombo
        if not select_data(combo, session_id):
            combo.addItem(label, session_id)
            select_data(combo, session_id)

    def clear(self) -> None:
        self._quietly(lambda: [combo.setCurrentIndex(0) for combo in self.combos])
        self.ui.learnerSearchEdit.blockSignals(True)
        self.ui.learnerSearchEdit.clear()
        self.ui.learnerSearchEdit.blockSignals(False)
        self.changed.emit()

    # -- internals ------------------------------------------------------------------------
    def _chosen(self, chosen: QComboBox) -> None:
        """One filter at a time: reset the others, then say the filter changed."""
        if self._updating:
            return
        if chosen.currentData() is not None:
            others = [c for c in self.combos if c is not chosen]
            self._quietly(lambda: [combo.setCurrentIndex(0) for combo in others])
        self.changed.emit()

    def _quietly(self, change: Callable[[], object]) -> None:
        """Change the combos without reacting (``fill_combo`` unblocks their signals itself)."""
        self._updating += 1
        try:
            change()
        finally:
            self._updating -= 1
