"""An improvement action (action d'amélioration): origin, owner, due date, status, effect."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.improvements import (
    ACTION_ORIGINS,
    ACTION_STATUSES,
    FINISHED,
    ActionData,
    action_number,
)

from ..formdialog import FormDialog
from ..forms.ui_improvement_dialog import Ui_ImprovementDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .complaint_dialog import (
    fill_list,
    fill_sessions,
    link_optional_date,
    optional_date,
    set_optional_date,
    task_item,
    widen,
)

COMPLAINTS_SHOWN = 500  # the most recent; an older one stays listed when it is the action's


class ImprovementDialog(FormDialog):
    """Create or edit an action; a complaint's or an incident's action arrives prefilled."""

    field_widgets = {
        "title": "titleEdit",
        "origin": "originCombo",
        "complaint_id": "complaintCombo",
        "incident_id": "incidentCombo",
        "session_id": "sessionCombo",
        "description": "descriptionEdit",
        "owner": "ownerEdit",
        "opened_on": "openedEdit",
        "due_on": "dueEdit",
        "status": "statusCombo",
        "done_on": "doneEdit",
        "effect": "effectEdit",
    }

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        action_id: int | None = None,
        data: ActionData | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.action_id = action_id
        self.ui = ui = Ui_ImprovementDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.originCombo, ACTION_ORIGINS)
        widen(ui.incidentCombo, 40)
        fill_combo(ui.statusCombo, ACTION_STATUSES)
        link_optional_date(ui.dueCheck, ui.dueEdit)
        link_optional_date(ui.doneCheck, ui.doneEdit)
        if action_id is not None:
            data = office.improvements.get(action_id)
        data = data or ActionData(opened_on=dt.date.today())
        self._fill_sources(data)
        self.load(data)
        ui.originCombo.currentIndexChanged.connect(self._origin_changed)
        ui.statusCombo.currentIndexChanged.connect(self._status_changed)
        self._origin_changed()

    def _fill_sources(self, data: ActionData) -> None:
        complaints = self.office.complaints.list()[:COMPLAINTS_SHOWN]
        if data.complaint_id and all(c.id != data.complaint_id for c in complaints):
            complaints += [c for c in self.office.complaints.list() if c.id == data.complaint_id]
        fill_combo(
            self.ui.complaintCombo,
            [(c.id, f"{c.number} — {c.subject} ({c.author})") for c in complaints],
            none_label=self.tr("(aucune)"),
        )
        incidents = self.office.incidents.list()
        fill_combo(
            self.ui.incidentCombo,
            [
                (i.id, f"n° {i.id} — {i.starts_at:%d/%m/%Y} — {i.kind} : {i.description}")
                for i in incidents
            ],
            none_label=self.tr("(aucun)"),
        )

    # -- form ↔ data ----------------------------------------------------------------------
    def load(self, data: ActionData) -> None:
        ui = self.ui
        if data.id:
            title = self.tr("Action d'amélioration {n}").format(n=action_number(data.id))
        else:
            title = self.tr("Nouvelle action d'amélioration")
        self.setWindowTitle(title)
        ui.titleEdit.setText(data.title)
        select_data(ui.originCombo, data.origin)
        select_data(ui.complaintCombo, data.complaint_id)
        select_data(ui.incidentCombo, data.incident_id)
        fill_sessions(self.office, ui.sessionCombo, data.session_id)
        ui.descriptionEdit.setPlainText(data.description)
        ui.ownerEdit.setText(data.owner)
        ui.openedEdit.setDate(data.opened_on or dt.date.today())
        set_optional_date(ui.dueCheck, ui.dueEdit, data.due_on)
        select_data(ui.statusCombo, data.status)
        set_optional_date(ui.doneCheck, ui.doneEdit, data.done_on)
        ui.effectEdit.setPlainText(data.effect)
        tasks = self.office.improvements.tasks(self.action_id) if self.action_id else []
        fill_list(
            ui.taskList,
            [task_item(t) for t in tasks],
            self.tr("Une échéance devient une tâche à l'enregistrement."),
        )

    def collect(self) -> ActionData:
        ui = self.ui
        origin = ui.originCombo.currentData() or ""
        session_id = ui.sessionCombo.currentData()
        if ui.sessionCombo.currentText() != ui.sessionCombo.itemText(
            ui.sessionCombo.currentIndex()
        ):
            raise ValueError(self.tr("Choisissez la session dans la liste (ou « (aucune) »)."))
        return ActionData(
            id=self.action_id,
            title=ui.titleEdit.text(),
            origin=origin,
            complaint_id=ui.complaintCombo.currentData() if origin == "reclamation" else None,
            incident_id=ui.incidentCombo.currentData() if origin == "incident" else None,
            session_id=session_id,
            description=ui.descriptionEdit.toPlainText(),
            owner=ui.ownerEdit.text(),
            opened_on=ui.openedEdit.date().toPython(),
            due_on=optional_date(ui.dueCheck, ui.dueEdit),
            status=ui.statusCombo.currentData() or "",
            done_on=optional_date(ui.doneCheck, ui.doneEdit),
            effect=ui.effectEdit.toPlainText(),
        )

    def commit(self, data: ActionData) -> int:
        self.action_id = self.office.improvements.save(dataclasses.replace(data))
        return self.action_id

    # -- reactions ------------------------------------------------------------------------
    def _origin_changed(self) -> None:
        origin = self.ui.originCombo.currentData()
        self.ui.complaintCombo.setEnabled(origin == "reclamation")
        self.ui.incidentCombo.setEnabled(origin == "incident")

    def _status_changed(self) -> None:
        """Realised or abandoned: the date box ticks itself (today); otherwise it empties."""
        finished = self.ui.statusCombo.currentData() in FINISHED
        if finished != self.ui.doneCheck.isChecked():
            set_optional_date(
                self.ui.doneCheck, self.ui.doneEdit, dt.date.today() if finished else None
            )
