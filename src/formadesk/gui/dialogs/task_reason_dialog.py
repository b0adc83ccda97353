"""« Reporter… » (a date and why) and « Écarter… » (why) for one task of the « À faire » list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.office import Office
from formadesk.core.tasks.service import TaskRow

from ..formdialog import FormDialog
from ..forms.ui_task_reason_dialog import Ui_TaskReasonDialog
from ..widgets.inputs import french_buttons


class TaskReasonDialog(FormDialog):
    """``postpone=True``: the date the task comes back and why; else why it is set aside."""

    field_widgets = {"to": "dateEdit", "reason": "reasonEdit"}

    def __init__(
        self,
        office: Office,
        task: TaskRow,
        parent: QWidget | None = None,
        *,
        postpone: bool,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.task = task
        self.postponing = postpone
        self.today = today or dt.date.today()
        self.ui = ui = Ui_TaskReasonDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        due = fmt.date_short(task.due_on) if task.due_on else self.tr("sans échéance")
        where = f" — {task.session_code}" if task.session_code else ""
        ui.taskLabel.setText(f"{task.title}\n{self.tr('Échéance')} : {due}{where}")
        save = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if postpone:
            self.setWindowTitle(self.tr("Reporter la tâche"))
            save.setText(self.tr("Reporter"))
            ui.reasonEdit.setPlaceholderText(self.tr("ex. Le client rappelle la semaine prochaine"))
            start = max(self.today, task.due_on or self.today) + dt.timedelta(days=7)
            self._set_date(start)
            ui.weekButton.clicked.connect(lambda: self._set_date(self.today + dt.timedelta(7)))
            ui.monthButton.clicked.connect(lambda: self._set_date(self.today + dt.timedelta(30)))
            ui.hintLabel.setText(
                self.tr(
                    "La tâche passe à cette date (marquée ↻, avec la raison notée) et n'est plus "
                    "en retard d'ici là ; si sa cause est corrigée avant, elle disparaît."
                )
            )
            ui.dateEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Écarter la tâche"))
            save.setText(self.tr("Écarter"))
            ui.dateLabel.hide()
            ui.dateRow.hide()
            ui.reasonEdit.setPlaceholderText(
                self.tr("ex. Convention signée reçue par courrier, classée au dossier")
            )
            ui.hintLabel.setText(
                self.tr(
                    "Une tâche écartée ne revient plus, même si sa cause demeure. Elle reste "
                    "visible avec\u00a0«\u00a0Afficher les tâches faites ou écartées\u00a0», "
                    "d'où vous pouvez la rouvrir."
                )
            )
            ui.reasonEdit.setFocus()
        self.resize(560, 230)

    def _set_date(self, day: dt.date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def collect(self) -> tuple[dt.date | None, str]:
        day = self.ui.dateEdit.date().toPython() if self.postponing else None
        return day, self.ui.reasonEdit.text()

    def commit(self, data: tuple[dt.date | None, str]) -> int:
        day, reason = data
        if self.postponing:
            self.office.tasks.postpone(self.task.id, day, reason, today=self.today)
        else:
            self.office.tasks.dismiss(self.task.id, reason, today=self.today)
        return self.task.id
