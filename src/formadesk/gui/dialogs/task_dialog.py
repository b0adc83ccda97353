"""A task typed by hand (« Nouvelle tâche… », « Modifier… »): what, when, how urgent, and the
session, learner, trainer or client it concerns."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from formadesk.core.office import Office
from formadesk.core.services.journal import Who
from formadesk.core.tasks.service import ManualTask, TaskRow

from ..formdialog import FormDialog
from ..forms.ui_task_dialog import Ui_TaskDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .generate_job import make_searchable, session_choices

PRIORITIES = {1: "Haute", 2: "Normale", 3: "Basse"}
WHO_FIELDS = {"learner": "learner_id", "trainer": "trainer_id", "client": "client_id"}


class TaskDialog(FormDialog):
    """Create (``task`` None) or edit a task typed by hand; ``saved_id`` is its id once saved."""

    field_widgets = {
        "title": "titleEdit",
        "due_on": "dueEdit",
        "priority": "priorityCombo",
        "session_id": "sessionCombo",
        "learner_id": "whoEdit",
        "client_id": "whoEdit",
        "trainer_id": "whoEdit",
        "who": "whoEdit",
        "notes": "notesEdit",
    }

    def __init__(
        self,
        office: Office,
        task: TaskRow | None = None,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        who: Who | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.task = task
        self.ui = ui = Ui_TaskDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        ui.errorLabel.hide()
        ui.whoEdit.setup(office)
        ui.whoEdit.who_changed.connect(lambda _who: self._show_who_kind())
        ui.whoEdit.textChanged.connect(lambda _text: self._show_who_kind())
        fill_combo(ui.priorityCombo, PRIORITIES)
        make_searchable(ui.sessionCombo)
        ui.sessionCombo.addItem(self.tr("Aucune session"), None)
        for sid, label in session_choices(office):
            ui.sessionCombo.addItem(label, sid)
        today = today or dt.date.today()
        if task is None:
            self.setWindowTitle(self.tr("Nouvelle tâche"))
            self._set_due(today)
            select_data(ui.priorityCombo, 2)
            select_data(ui.sessionCombo, session_id)
            ui.whoEdit.set_who(who)
        else:
            self.setWindowTitle(self.tr("Modifier la tâche"))
            ui.titleEdit.setText(task.title)
            self._set_due(task.first_due_on or today)
            select_data(ui.priorityCombo, task.priority)
            select_data(ui.sessionCombo, task.session_id)
            ui.whoEdit.set_who(self._who_of(task))
            ui.notesEdit.setPlainText(task.notes)
        self._loaded_who = ui.whoEdit.who()
        self._show_who_kind()
        ui.titleEdit.setFocus()
        self.resize(620, 380)

    def _set_due(self, day: dt.date) -> None:
        self.ui.dueEdit.setDate(QDate(day.year, day.month, day.day))

    def _who_of(self, task: TaskRow) -> Who | None:
        for kind, field in WHO_FIELDS.items():
            row_id = getattr(task, field)
            if row_id is not None:
                try:
                    return self.office.journal.who(kind, row_id)
                except Exception:  # noqa: BLE001 - a name that cannot be read: shown empty
                    return None
        return None

    def _show_who_kind(self) -> None:
        who = self.ui.whoEdit.who()
        self.ui.whoKindLabel.setText(who.kind_label if who is not None else "")

    # -- saving ---------------------------------------------------------------------------
    def collect(self) -> ManualTask:
        ui = self.ui
        if ui.whoEdit.who() is None and ui.whoEdit.text().strip():
            raise ValueError(
                self.tr(
                    "« Concerne » : choisissez l'apprenant, le formateur ou le client dans la "
                    "liste qui s'ouvre quand vous tapez son nom, ou videz le champ."
                )
            )
        ids: dict[str, int | None] = dict.fromkeys(WHO_FIELDS.values())
        who = ui.whoEdit.who()
        if self.task is not None and who == self._loaded_who:
            ids = {field: getattr(self.task, field) for field in WHO_FIELDS.values()}
        elif who is not None:
            ids[WHO_FIELDS[who.kind]] = who.id
        return ManualTask(
            title=ui.titleEdit.text(),
            due_on=ui.dueEdit.date().toPython(),
            session_id=self._session_id(),
            notes=ui.notesEdit.toPlainText(),
            priority=ui.priorityCombo.currentData() or 2,
            **ids,
        )

    def _session_id(self) -> int | None:
        combo = self.ui.sessionCombo
        if combo.currentIndex() >= 0 and combo.currentText() == combo.itemText(
            combo.currentIndex()
        ):
            return combo.currentData()
        if not combo.currentText().strip():
            return None
        raise ValueError(
            self.tr("« Session » : choisissez la session dans la liste, ou « Aucune session ».")
        )

    def commit(self, data: ManualTask) -> int:
        if self.task is None:
            return self.office.tasks.add(data)
        self.office.tasks.update(self.task.id, data)
        return self.task.id

    def show_errors(self, errors: dict[str, str]) -> None:
        if "form" in errors and "« Concerne »" in errors["form"]:
            errors = {"who": errors["form"]}
        elif "form" in errors and "« Session »" in errors["form"]:
            errors = {"session_id": errors["form"]}
        super().show_errors(errors)
