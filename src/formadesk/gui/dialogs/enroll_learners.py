"""The learner list of the enrolment dialog: search as you type, tick several learners.

A learner who cannot be enrolled (already in the session) is listed greyed without a box to
tick, with the whole reason on a line of its own, in the row's tooltip, and under the list
once clicked. Ticks are kept across searches.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidgetItem

from formadesk.core import formatting as fmt
from formadesk.core.services.enrollments import EnrollmentRow
from formadesk.core.services.learners import LearnerRow

SEARCH_LIMIT = 50
SEARCH_DELAY_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole
REFUSAL_ROLE = Qt.ItemDataRole.UserRole + 1  # why this learner cannot be enrolled here
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
REFUSED_COLOR = QColor("#808080")
REASON_STYLE = "color: #a04000;"


class LearnerChoice:
    """Mixin of ``EnrollDialog``: its ``ui.learnerList``, ``searchEdit`` and ``resultLabel``.

    The dialog sets ``_enrolled`` (learner id -> enrolment row), ``_session_code`` and
    ``_chosen`` before ``_set_up_learner_list``, and implements ``_selection_changed``.
    """

    _enrolled: dict[int, EnrollmentRow]
    _session_code: str
    _chosen: dict[int, str]

    def _set_up_learner_list(self) -> None:
        ui = self.ui
        ui.learnerList.setWordWrap(True)
        ui.learnerList.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.reason_label = QLabel(self)
        self.reason_label.setObjectName("reasonLabel")
        self.reason_label.setWordWrap(True)
        self.reason_label.setStyleSheet(REASON_STYLE)
        self.reason_label.hide()
        ui.learnerLayout.insertWidget(
            ui.learnerLayout.indexOf(ui.learnerList) + 1, self.reason_label
        )
        ui.learnerList.currentItemChanged.connect(self._current_changed)
        ui.learnerList.itemChanged.connect(self._ticked)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(self._timer.start)
        ui.learnerList.itemDoubleClicked.connect(lambda _item: self.accept())

    # -- search ---------------------------------------------------------------------------
    def search(self) -> None:
        """List the learners matching the search box (the first 50), ticks kept."""
        self._timer.stop()
        rows = self.office.learners.search(self.ui.searchEdit.text(), limit=SEARCH_LIMIT)
        listing = self.ui.learnerList
        listing.blockSignals(True)
        listing.clear()
        for row in rows:
            listing.addItem(self._item(row))
        listing.blockSignals(False)
        if not rows:
            self.ui.resultLabel.setText(self.tr("Aucun apprenant ne correspond à cette recherche."))
        elif len(rows) == SEARCH_LIMIT:
            self.ui.resultLabel.setText(
                self.tr("Les {n} premiers résultats : précisez la recherche.").format(n=len(rows))
            )
        else:
            self.ui.resultLabel.setText(
                fmt.plural(len(rows), self.tr("résultat"), self.tr("résultats"))
            )
        items = [listing.item(i) for i in range(listing.count())]
        choosable = [i for i in items if not i.data(REFUSAL_ROLE)]
        if len(choosable) == 1:
            listing.setCurrentItem(choosable[0])
        self._selection_changed()

    def _item(self, row: LearnerRow) -> QListWidgetItem:
        details = [fmt.date_short(row.birth_date), row.email, row.city, row.employer_name]
        text = " · ".join([row.full_name, *(d for d in details if d)])
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, row.id)
        item.setData(NAME_ROLE, row.full_name)
        reason = self.refusal(row)
        if reason:
            item.setText(f"{text}\n{reason}")
            item.setData(REFUSAL_ROLE, reason)
            item.setToolTip(reason)
            item.setForeground(REFUSED_COLOR)
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = row.id in self._chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def refusal(self, row: LearnerRow) -> str | None:
        """Why this learner cannot be enrolled in the session, in full; None if they can."""
        enrollment = self._enrolled.get(row.id)
        if enrollment is None:
            return None
        return self.tr(
            "Déjà inscrit(e) à la session {code}, statut « {status} » : pour changer son "
            "inscription, modifiez-la dans la liste des inscrits de la session."
        ).format(code=self._session_code, status=enrollment.status_label)

    # -- choosing learners ----------------------------------------------------------------
    def _item_of(self, learner_id: int) -> QListWidgetItem | None:
        for index in range(self.ui.learnerList.count()):
            item = self.ui.learnerList.item(index)
            if item.data(ID_ROLE) == learner_id:
                return item
        return None

    def select_learner(self, learner_id: int) -> bool:
        """Make this learner (if listed) the highlighted one."""
        item = self._item_of(learner_id)
        if item is not None:
            self.ui.learnerList.setCurrentItem(item)
        return item is not None

    def tick(self, learner_id: int, ticked: bool = True) -> bool:
        """Tick (or untick) a listed learner, as a click on its box does."""
        item = self._item_of(learner_id)
        if item is None or item.data(REFUSAL_ROLE):
            return False
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return True

    def _ticked(self, item: QListWidgetItem) -> None:
        if item.data(REFUSAL_ROLE):
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[item.data(ID_ROLE)] = item.data(NAME_ROLE)
        else:
            self._chosen.pop(item.data(ID_ROLE), None)
        self._selection_changed()

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        reason = item.data(REFUSAL_ROLE) if item is not None else None
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))
        self._selection_changed()

    def chosen(self) -> dict[int, str]:
        """The learners to enrol: the ticked ones, else the highlighted one (if it can be)."""
        if self._chosen:
            return dict(self._chosen)
        item = self.ui.learnerList.currentItem()
        if item is None or item.data(REFUSAL_ROLE):
            return {}
        return {item.data(ID_ROLE): item.data(NAME_ROLE)}
