"""A complaint (réclamation): its receipt, each dated step, its tasks and improvement actions."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from formadesk.core.errors import FormadeskError, ValidationError
from formadesk.core.office import Office
from formadesk.core.services.complaint_tasks import TaskLine
from formadesk.core.services.complaints import (
    COMPLAINT_CHANNELS,
    ComplaintData,
    complaint_number,
)

from ..formdialog import FormDialog
from ..forms.ui_complaint_dialog import Ui_ComplaintDialog
from ..messages import show_error
from ..widgets.inputs import fill_combo, french_buttons, select_data

ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_DELAY_MS = 150
SESSION_YEARS_BACK = 2  # the session list holds the last two years and what is planned
SESSION_TITLE_CHARS = 22  # a longer course title is cut in the session list
LATE = QColor("#c0392b")


# -- small pieces shared with the improvement dialog --------------------------------------
def set_optional_date(check: QCheckBox, edit: QDateEdit, value: dt.date | None) -> None:
    """A step date: the box ticked and the date shown, or unticked with today waiting."""
    check.setChecked(value is not None)
    edit.setDate(value or dt.date.today())
    edit.setEnabled(value is not None)


def optional_date(check: QCheckBox, edit: QDateEdit) -> dt.date | None:
    return edit.date().toPython() if check.isChecked() else None


def link_optional_date(check: QCheckBox, edit: QDateEdit) -> None:
    check.toggled.connect(edit.setEnabled)
    edit.setEnabled(check.isChecked())


def fill_sessions(
    office: Office, combo: QComboBox, keep: int | None = None, *, none_label: str = ""
) -> None:
    """Recent and planned sessions (newest first), searchable by typing part of the code."""
    today = dt.date.today()
    start = dt.date(today.year - SESSION_YEARS_BACK, 1, 1)
    rows = office.sessions.list(starts_between=(start, dt.date(today.year + 2, 12, 31)))
    if keep is not None and all(r.id != keep for r in rows):
        rows += office.sessions.list(session_id=keep)
    items = [(r.id, session_label(r.code, r.course_title, r.start_date)) for r in rows]
    fill_combo(combo, items, none_label=none_label or combo.tr("(aucune)"))
    for index, row in enumerate(rows, start=combo.count() - len(rows)):
        full = f"{row.code} — {row.course_title} ({row.start_date:%d/%m/%Y})"
        combo.setItemData(index, full, Qt.ItemDataRole.ToolTipRole)
    widen(combo, 46)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    if not combo.property("shows_start"):  # connect once, however often the list is refilled
        combo.setProperty("shows_start", True)
        combo.currentIndexChanged.connect(lambda _index: show_start(combo))
    select_data(combo, keep)
    show_start(combo)


def session_label(code: str, title: str, start: dt.date) -> str:
    """« 2026-EXCEL-001 — Excel intermédiaire : tab… (16/11/2026) »: the code first, the
    title cut so that the code and the date stay visible (the full text is the tooltip)."""
    if len(title) > SESSION_TITLE_CHARS:
        title = title[: SESSION_TITLE_CHARS - 1].rstrip(" :,;-–—(") + "…"
    return f"{code} — {title} ({start:%d/%m/%Y})"


def show_start(combo: QComboBox) -> None:
    """The chosen session's text from its start (its code), its full text as tooltip."""
    if combo.lineEdit() is not None:
        combo.lineEdit().setCursorPosition(0)
    tip = combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    combo.setToolTip(tip or "")


def widen(combo: QComboBox, characters: int) -> None:
    """Room for a long label (a session code and title) whatever is chosen now."""
    combo.setMinimumContentsLength(characters)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)


def task_item(task: TaskLine) -> QListWidgetItem:
    """« ✓ Répondre … — fait le 03/12/2026 » or « ☐ … — avant le 05/12/2026 (en retard) »."""
    if task.done_on:
        text = f"✓ {task.title} — fait le {task.done_on:%d/%m/%Y}"
    else:
        text = f"☐ {task.title} — avant le {task.due_on:%d/%m/%Y}" if task.due_on else task.title
        if task.is_late():
            text += " (en retard)"
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, task.id)
    if task.is_late():
        item.setForeground(QBrush(LATE))
    return item


def fill_list(widget: QListWidget, items: list[QListWidgetItem], empty: str) -> None:
    widget.setWordWrap(True)  # long task titles wrap instead of scrolling sideways
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.clear()
    for item in items:
        widget.addItem(item)
    if not items:
        placeholder = QListWidgetItem(empty)
        placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(placeholder)


class LearnerSearch:
    """Turns a line edit into a learner search: a few letters, then pick in the list."""

    def __init__(self, office: Office, edit: QLineEdit):
        self.office, self.edit = office, edit
        self.learner_id: int | None = None
        self._chosen_text = ""
        self.matches = QStandardItemModel(edit)
        self.completer = QCompleter(self.matches, edit)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(edit)
        self.completer.activated[QModelIndex].connect(self._picked)
        self.timer = QTimer(edit, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        edit.textEdited.connect(self._typed)
        edit.setClearButtonEnabled(True)

    def set_learner(self, learner_id: int | None) -> None:
        self.learner_id = learner_id
        text = ""
        if learner_id is not None:
            data = self.office.learners.get(learner_id)
            text = f"{data.last_name.upper()} {data.first_name}"
        self._chosen_text = text
        self.edit.setText(text)

    def _typed(self, text: str) -> None:
        if self.learner_id is not None and text != self._chosen_text:
            self.learner_id = None
        if text.strip():
            self.timer.start()

    def search(self) -> int:
        """Fill the list with the learners matching what is typed; returns how many."""
        self.timer.stop()
        rows = self.office.learners.search(self.edit.text(), limit=20)
        self.matches.clear()
        for row in rows:
            label = f"{row.last_name.upper()} {row.first_name}" + (
                f" — {row.city}" if row.city else ""
            )
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            self.matches.appendRow(item)
        if rows and self.edit.isVisible():
            self.completer.complete()
        return len(rows)

    def choose_row(self, index: int) -> None:
        self._picked(self.matches.index(index, 0))

    def _picked(self, index: QModelIndex) -> None:
        learner_id = index.data(ID_ROLE)
        if learner_id is not None:
            self.set_learner(int(learner_id))
        self.completer.popup().hide()


class ComplaintDialog(FormDialog):
    """Create or edit a complaint; the steps are dated boxes, the tasks and actions follow."""

    field_widgets = {
        "received_on": "receivedEdit",
        "channel": "channelCombo",
        "author": "authorEdit",
        "learner_id": "learnerEdit",
        "client_id": "clientEdit",
        "contact_id": "contactCombo",
        "session_id": "sessionCombo",
        "trainer_id": "trainerCombo",
        "subject": "subjectEdit",
        "description": "descriptionEdit",
        "acknowledge_by": "ackByEdit",
        "acknowledged_on": "ackEdit",
        "answer_by": "answerByEdit",
        "answered_on": "answerEdit",
        "analysis": "analysisEdit",
        "answer": "answerTextEdit",
        "closed_on": "closeEdit",
    }

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        complaint_id: int | None = None,
        session_id: int | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.complaint_id = complaint_id
        self.ui = ui = Ui_ComplaintDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.channelCombo, COMPLAINT_CHANNELS)
        trainers = office.resources.trainers(include_inactive=True)
        fill_combo(
            ui.trainerCombo, [(t.id, t.name) for t in trainers], none_label=self.tr("(aucun)")
        )
        widen(ui.trainerCombo, 24)
        widen(ui.contactCombo, 24)
        ui.clientEdit.setup(office)
        ui.clientEdit.party_changed.connect(self._fill_contacts)
        self.learners = LearnerSearch(office, ui.learnerEdit)
        for check, edit in (
            (ui.ackCheck, ui.ackEdit),
            (ui.answerCheck, ui.answerEdit),
            (ui.closeCheck, ui.closeEdit),
        ):
            link_optional_date(check, edit)
        ui.newActionButton.clicked.connect(self.new_action)
        ui.openActionButton.clicked.connect(self.open_action)
        ui.actionList.itemDoubleClicked.connect(lambda _item: self.open_action())
        self._due_by_hand = False
        self._loading = False
        data = office.complaints.get(complaint_id) if complaint_id else None
        if data is None:
            data = ComplaintData(received_on=dt.date.today(), session_id=session_id)
            data.acknowledge_by, data.answer_by = office.complaints.default_due_dates(
                data.received_on
            )
        self.load(data)
        ui.receivedEdit.dateChanged.connect(self._received_changed)
        ui.ackByEdit.dateChanged.connect(self._due_edited)
        ui.answerByEdit.dateChanged.connect(self._due_edited)

    # -- form ↔ data ----------------------------------------------------------------------
    def load(self, data: ComplaintData) -> None:
        self._loading = True
        try:
            self._load(data)
        finally:
            self._loading = False
        self._due_by_hand = False

    def _load(self, data: ComplaintData) -> None:
        ui = self.ui
        number = complaint_number(data.id) if data.id else ""
        self.setWindowTitle(
            self.tr("Réclamation {n}").format(n=number)
            if number
            else self.tr("Nouvelle réclamation")
        )
        ui.receivedEdit.setDate(data.received_on or dt.date.today())
        select_data(ui.channelCombo, data.channel)
        ui.authorEdit.setText(data.author)
        self.learners.set_learner(data.learner_id)
        ui.clientEdit.set_party_id(data.client_id)
        self._fill_contacts(data.client_id)
        select_data(ui.contactCombo, data.contact_id)
        fill_sessions(self.office, ui.sessionCombo, data.session_id)
        select_data(ui.trainerCombo, data.trainer_id)
        ui.subjectEdit.setText(data.subject)
        ui.descriptionEdit.setPlainText(data.description)
        ui.ackByEdit.setDate(data.acknowledge_by or dt.date.today())
        ui.answerByEdit.setDate(data.answer_by or dt.date.today())
        set_optional_date(ui.ackCheck, ui.ackEdit, data.acknowledged_on)
        set_optional_date(ui.answerCheck, ui.answerEdit, data.answered_on)
        set_optional_date(ui.closeCheck, ui.closeEdit, data.closed_on)
        ui.analysisEdit.setPlainText(data.analysis)
        ui.answerTextEdit.setPlainText(data.answer)
        self.refresh_follow_up()

    def collect(self) -> ComplaintData:
        ui = self.ui
        self._check_picked()
        return ComplaintData(
            id=self.complaint_id,
            received_on=ui.receivedEdit.date().toPython(),
            channel=ui.channelCombo.currentData() or "",
            author=ui.authorEdit.text(),
            learner_id=self.learners.learner_id,
            client_id=ui.clientEdit.party_id(),
            contact_id=ui.contactCombo.currentData(),
            session_id=self._session_id(),
            trainer_id=ui.trainerCombo.currentData(),
            subject=ui.subjectEdit.text(),
            description=ui.descriptionEdit.toPlainText(),
            acknowledge_by=ui.ackByEdit.date().toPython(),
            acknowledged_on=optional_date(ui.ackCheck, ui.ackEdit),
            answer_by=ui.answerByEdit.date().toPython(),
            answered_on=optional_date(ui.answerCheck, ui.answerEdit),
            analysis=ui.analysisEdit.toPlainText(),
            answer=ui.answerTextEdit.toPlainText(),
            closed_on=optional_date(ui.closeCheck, ui.closeEdit),
        )

    def _check_picked(self) -> None:
        """A learner or client typed but not chosen in the suggestions is refused, never
        dropped: the form stays as typed."""
        ui, errors = self.ui, {}
        if ui.learnerEdit.text().strip() and self.learners.learner_id is None:
            errors["learner_id"] = self.tr(
                "Choisissez l'apprenant dans la liste proposée, ou videz le champ."
            )
        if ui.clientEdit.text().strip() and ui.clientEdit.party_id() is None:
            errors["client_id"] = self.tr(
                "Choisissez le client dans la liste proposée, ou videz le champ."
            )
        if errors:
            raise ValidationError(errors)

    def commit(self, data: ComplaintData) -> int:
        self.complaint_id = self.office.complaints.save(data)
        return self.complaint_id

    def _session_id(self) -> int | None:
        combo = self.ui.sessionCombo
        if combo.currentIndex() >= 0 and combo.currentText() == combo.itemText(
            combo.currentIndex()
        ):
            return combo.currentData()
        if combo.currentText().strip():
            raise ValueError(self.tr("Choisissez la session dans la liste (ou « (aucune) »)."))
        return None

    # -- reactions ------------------------------------------------------------------------
    def _fill_contacts(self, client_id: int | None) -> None:
        contacts = []
        if client_id is not None:
            contacts = [
                (c.id, c.full_name) for c in self.office.parties.get_client(client_id).contacts
            ]
        fill_combo(self.ui.contactCombo, contacts, none_label=self.tr("(aucun)"))
        self.ui.contactCombo.setEnabled(bool(contacts))

    def _due_edited(self) -> None:
        if not self._loading:
            self._due_by_hand = True

    def _received_changed(self) -> None:
        """Due dates follow the receipt date, until the user sets them by hand."""
        if self._due_by_hand or self._loading:
            return
        ack, answer = self.office.complaints.default_due_dates(
            self.ui.receivedEdit.date().toPython()
        )
        for edit, value in ((self.ui.ackByEdit, ack), (self.ui.answerByEdit, answer)):
            edit.blockSignals(True)
            edit.setDate(value)
            edit.blockSignals(False)

    def refresh_follow_up(self) -> None:
        """The complaint's tasks and its improvement actions."""
        ui = self.ui
        tasks = self.office.complaints.tasks(self.complaint_id) if self.complaint_id else []
        fill_list(
            ui.taskList,
            [task_item(t) for t in tasks],
            self.tr("Les tâches (accusé de réception, réponse) sont créées à l'enregistrement."),
        )
        actions = (
            self.office.improvements.list(complaint_id=self.complaint_id)
            if self.complaint_id
            else []
        )
        items = []
        for a in actions:
            due = f", échéance {a.due_on:%d/%m/%Y}" if a.due_on else ""
            item = QListWidgetItem(f"{a.number} — {a.title} ({a.status_label}{due})")
            item.setData(ID_ROLE, a.id)
            if a.is_late():
                item.setForeground(QBrush(LATE))
            items.append(item)
        fill_list(ui.actionList, items, self.tr("Aucune action d'amélioration liée."))
        ui.openActionButton.setEnabled(bool(actions))

    def save_now(self) -> bool:
        """Save without closing (before adding an action); errors shown as on « Enregistrer »."""
        self.clear_errors()
        try:
            self.saved_id = self.commit(self.collect())
        except FormadeskError as error:
            errors = getattr(error, "errors", None) or {"form": str(error)}
            self.show_errors(errors)
            return False
        except ValueError as error:
            self.show_errors({"form": str(error)})
            return False
        self.load(self.office.complaints.get(self.complaint_id))
        return True

    def run_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally; True when saved (tests replace this to drive it)."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_action(self) -> None:
        """An improvement action from this complaint (saved first when it is new)."""
        from .improvement_dialog import ImprovementDialog

        if not self.save_now():
            return
        try:
            proposal = self.office.improvements.from_complaint(self.complaint_id)
            dialog = ImprovementDialog(self.office, self, data=proposal)
        except FormadeskError as error:
            show_error(self, error)
            return
        self.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh_follow_up()

    def open_action(self) -> None:
        from .improvement_dialog import ImprovementDialog

        item = self.ui.actionList.currentItem() or self.ui.actionList.item(0)
        action_id = item.data(ID_ROLE) if item is not None else None
        if action_id is None:
            return
        dialog = ImprovementDialog(self.office, self, action_id=action_id)
        self.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh_follow_up()

    def save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
