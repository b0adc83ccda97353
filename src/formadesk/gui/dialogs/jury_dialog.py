"""The jury dialog: an examination sitting with its room, members, candidates (each with a
result combo: « — », Admis, Ajourné, Absent) and equipment."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QListWidgetItem, QTableWidgetItem, QWidget

from formadesk.core.errors import BusinessRuleError
from formadesk.core.office import Office
from formadesk.core.services.juries import JURY_RESULTS, JuryData
from formadesk.core.services.planning import ConfirmationNeeded

from ..forms.ui_jury_dialog import Ui_JuryDialog
from ..widgets.checklists import checked_ids, fill_checklist, set_checked_ids, show_first_checked
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .guarded import TabbedFormDialog, ask_save_anyway, summary

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_LIMIT = 50
SEARCH_DELAY_MS = 200
NAME, RESULT = range(2)  # columns of the candidates' table


class JuryDialog(TabbedFormDialog):
    """Create or edit a jury sitting; saved with the planning's conflict checks."""

    field_widgets = {
        "title": "titleEdit",
        "end_time": "endEdit",
        "room_id": "roomCombo",
        "results": "candidateTable",
    }

    def __init__(self, office: Office, jury_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_JuryDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        if jury_id:
            self._data = office.juries.get(jury_id)
            self.refetch = lambda: office.juries.get(jury_id)
        else:
            tomorrow = dt.date.today() + dt.timedelta(days=1)
            self._data = JuryData(tomorrow, dt.time(9), dt.time(12))
        courses = [
            (c.id, f"{c.code} — {c.title}")
            for c in office.courses.list()
            if c.active or c.id == self._data.course_id
        ]
        fill_combo(ui.courseCombo, courses, none_label=self.tr("— aucune —"))
        rooms = [
            (r.id, f"{r.name} ({r.site}) — {r.capacity} places" if r.site else r.name)
            for r in office.resources.rooms()
        ]
        fill_combo(ui.roomCombo, rooms, none_label=self.tr("— choisir une salle —"))
        fill_checklist(ui.memberList, [(t.id, t.name) for t in office.resources.trainers()])
        ui.equipmentTable.set_equipment(office.resources.equipment())
        header = ui.candidateTable.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RESULT, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(RESULT, self._result_combo("").sizeHint().width() + 24)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(self._timer.start)
        ui.addCandidateButton.clicked.connect(self.add_selected_candidate)
        ui.resultList.itemDoubleClicked.connect(lambda _item: self.add_selected_candidate())
        ui.removeCandidateButton.clicked.connect(self.remove_selected_candidate)
        self.load(self._data)
        self.search()
        if jury_id:
            self.setWindowTitle(self.tr("Jury « {title} »").format(title=self._data.title))
        else:
            self.setWindowTitle(self.tr("Nouveau jury"))
        ui.titleEdit.setFocus()

    def load(self, data: JuryData) -> None:
        ui = self.ui
        ui.titleEdit.setText(data.title)
        select_data(ui.courseCombo, data.course_id)
        ui.dateEdit.setDate(data.date)
        ui.startEdit.setTime(data.start_time)
        ui.endEdit.setTime(data.end_time)
        select_data(ui.roomCombo, data.room_id)
        ui.documentsEdit.setPlainText(data.documents_to_prepare)
        ui.notesEdit.setPlainText(data.notes)
        set_checked_ids(ui.memberList, data.member_trainer_ids)
        show_first_checked(ui.memberList)
        ui.externalEdit.setPlainText("\n".join(data.external_members))
        ui.candidateTable.setRowCount(0)
        for learner_id in data.candidate_ids:
            learner = self.office.learners.get(learner_id)
            name = f"{learner.last_name.upper()} {learner.first_name}"
            self.add_candidate(learner_id, name, data.results.get(learner_id, ""))
        ui.equipmentTable.set_quantities(data.equipment)

    # -- candidates -----------------------------------------------------------------------
    def search(self) -> None:
        """List the learners matching the search box (the first 50)."""
        self._timer.stop()
        self.ui.resultList.clear()
        for row in self.office.learners.search(self.ui.searchEdit.text(), limit=SEARCH_LIMIT):
            details = " · ".join(d for d in (row.city, row.employer_name) if d)
            text = f"{row.full_name} · {details}" if details else row.full_name
            item = QListWidgetItem(text, self.ui.resultList)
            item.setData(ID_ROLE, row.id)
            item.setData(ID_ROLE + 1, row.full_name)

    def candidate_ids(self) -> list[int]:
        table = self.ui.candidateTable
        return [table.item(row, NAME).data(ID_ROLE) for row in range(table.rowCount())]

    def result_combo(self, learner_id: int) -> QComboBox | None:
        """The result combo of a candidate's row (None if not a candidate)."""
        ids = self.candidate_ids()
        if learner_id not in ids:
            return None
        return self.ui.candidateTable.cellWidget(ids.index(learner_id), RESULT)

    def candidate_results(self) -> dict[int, str]:
        """Learner id -> result code chosen in the rows ("" for « — »)."""
        table = self.ui.candidateTable
        return {
            table.item(row, NAME).data(ID_ROLE): table.cellWidget(row, RESULT).currentData()
            for row in range(table.rowCount())
        }

    def add_candidate(self, learner_id: int, name: str, result: str = "") -> bool:
        if learner_id in self.candidate_ids():
            return False
        table = self.ui.candidateTable
        row = table.rowCount()
        table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, learner_id)
        table.setItem(row, NAME, item)
        combo = self._result_combo(result)
        combo.setAccessibleName(self.tr("Résultat de {name}").format(name=name))
        table.setCellWidget(row, RESULT, combo)
        self._update_candidates_label()
        return True

    @staticmethod
    def _result_combo(result: str) -> QComboBox:
        """« — », Admis, Ajourné, Absent; a value recorded elsewhere is shown, not lost (the
        save then asks to choose one of the four)."""
        combo = QComboBox()
        fill_combo(combo, [("", "—"), *JURY_RESULTS.items()])
        if not select_data(combo, result):
            combo.addItem(result, result)
            combo.setCurrentIndex(combo.count() - 1)
        return combo

    def add_selected_candidate(self) -> None:
        item = self.ui.resultList.currentItem()
        if item is not None:
            self.add_candidate(item.data(ID_ROLE), item.data(ID_ROLE + 1))

    def remove_selected_candidate(self) -> None:
        row = self.ui.candidateTable.currentRow()
        if row >= 0:
            self.ui.candidateTable.removeRow(row)
            self._update_candidates_label()

    def _update_candidates_label(self) -> None:
        count = self.ui.candidateTable.rowCount()
        self.ui.candidatesLabel.setText(self.tr("Candidats ({n}) :").format(n=count))

    # -- saving ---------------------------------------------------------------------------
    def collect(self) -> JuryData:
        ui = self.ui
        external = [line.strip() for line in ui.externalEdit.toPlainText().splitlines()]
        return JuryData(
            id=self._data.id,
            date=ui.dateEdit.date().toPython(),
            start_time=ui.startEdit.time().toPython(),
            end_time=ui.endEdit.time().toPython(),
            title=ui.titleEdit.text().strip(),
            course_id=ui.courseCombo.currentData(),
            room_id=ui.roomCombo.currentData(),
            documents_to_prepare=ui.documentsEdit.toPlainText().strip(),
            notes=ui.notesEdit.toPlainText().strip(),
            member_trainer_ids=checked_ids(ui.memberList),
            external_members=[line for line in external if line],
            candidate_ids=self.candidate_ids(),
            results=self.candidate_results(),
            equipment=ui.equipmentTable.quantities(),
        )

    def commit(self, data: JuryData) -> int:
        """Save; a warned sitting asks first, a blocked one is refused with the reason."""
        try:
            return self.office.juries.save(data)
        except ConfirmationNeeded as warning:
            if not self.ask_confirmation(summary(warning)):
                raise BusinessRuleError(
                    self.tr("Jury non enregistré : changez la date, la salle ou les membres.")
                ) from None
            return self.office.juries.save(data, confirm=True)

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self, text)
