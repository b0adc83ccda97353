"""The session dialog: dates, places, practical details and half-day slots."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.session_checks import no_slot_message
from formadesk.core.services.sessions import SessionData, half_day_slots
from formadesk.core.vocabulary import MODALITIES, SESSION_KINDS, SESSION_STATUSES

from ..formdialog import FormDialog
from ..forms.ui_session_dialog import Ui_SessionDialog
from ..messages import confirm
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .date_span import DateSpan
from .guarded import ask_save_anyway, commit_guarded
from .slot_table import SlotTableEditor

HOURS_DIFFER_STYLE = "color: #d35400; font-weight: bold;"


def _next_monday(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


class SessionDialog(FormDialog):
    """Create or edit a session; its code follows the office's pattern until typed by hand."""

    field_widgets = {
        "course_id": "courseCombo",
        "code": "codeEdit",
        "start_date": "startDate",
        "end_date": "endDate",
        "min_places": "minSpin",
        "max_places": "maxSpin",
        "kind": "kindCombo",
        "intra_client_id": "clientField",
        "status": "statusCombo",
        "price_cents": "priceEdit",
        "modality": "modalityCombo",
        "subcontractor": "subcontractorEdit",
        "slots": "slotTable",
    }

    def __init__(
        self,
        office: Office,
        session_id: int | None = None,
        course_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_SessionDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.errorLabel.hide()
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

        if session_id:
            self._data = office.sessions.get(session_id)
            self.refetch = lambda: office.sessions.get(session_id)
        else:
            start = _next_monday(dt.date.today())
            self._data = SessionData(course_id=course_id or 0, start_date=start, end_date=start)
        self._courses = {
            c.id: c for c in office.courses.list() if c.active or c.id == self._data.course_id
        }
        courses = [(c.id, f"{c.code} — {c.title}") for c in self._courses.values()]
        fill_combo(ui.courseCombo, courses)
        fill_combo(ui.statusCombo, SESSION_STATUSES)
        fill_combo(ui.kindCombo, SESSION_KINDS)
        fill_combo(ui.modalityCombo, MODALITIES)
        ui.clientField.setup(office)
        self.slot_editor = SlotTableEditor(ui.slotTable, office.resources.rooms())
        self.dates_problem = QLabel(self)
        self.dates_problem.setObjectName("datesProblemLabel")
        dates_row, _role = ui.generalLayout.getLayoutPosition(ui.datesLayout)
        ui.generalLayout.insertRow(dates_row + 1, "", self.dates_problem)  # under the dates
        self.dates = DateSpan(ui.startDate, ui.endDate, self.dates_problem)
        ui.modalityCombo.currentIndexChanged.connect(
            lambda: self.slot_editor.set_session_modality(ui.modalityCombo.currentData())
        )

        self._code_edited = session_id is not None
        self.load(self._data)
        if session_id is None:
            self._course_changed()  # code, end date and modality follow the chosen course
        ui.courseCombo.currentIndexChanged.connect(self._course_changed)
        ui.startDate.dateChanged.connect(lambda _day: self._suggest_code())
        ui.codeEdit.textEdited.connect(self._code_typed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.generateButton.clicked.connect(self.generate_slots)
        ui.addSlotButton.clicked.connect(
            lambda: self.slot_editor.add_after_last(ui.startDate.date().toPython())
        )
        ui.removeSlotButton.clicked.connect(self.slot_editor.remove_current)
        self.slot_editor.changed.connect(self._update_hours)
        self._kind_changed()
        self._update_hours()
        if session_id:
            self.setWindowTitle(self.tr("Session {code}").format(code=self._data.code))
        else:
            self.setWindowTitle(self.tr("Nouvelle session"))

    # -- load / collect -------------------------------------------------------------------
    def load(self, data: SessionData) -> None:
        ui = self.ui
        select_data(ui.courseCombo, data.course_id)
        ui.codeEdit.setText(data.code)
        self.dates.reset(data.start_date, data.end_date)
        select_data(ui.statusCombo, data.status)
        select_data(ui.kindCombo, data.kind)
        ui.clientField.set_party_id(data.intra_client_id)
        ui.maxSpin.setValue(data.max_places)
        ui.minSpin.setValue(data.min_places)
        select_data(ui.modalityCombo, data.modality)
        self.slot_editor.set_session_modality(data.modality)
        ui.priceEdit.setText(fmt.money(data.price_cents) if data.price_cents is not None else "")
        ui.subcontractorEdit.setText(data.subcontractor)
        ui.placeEdit.setText(data.place)
        ui.accessEdit.setPlainText(data.access_info)
        ui.bringEdit.setPlainText(data.what_to_bring)
        ui.notesEdit.setPlainText(data.notes)
        self.slot_editor.set_slots(data.slots)

    def collect(self) -> SessionData:
        ui = self.ui
        course_id = ui.courseCombo.currentData()
        if not course_id:
            raise ValidationError({"course_id": self.tr("Choisissez la formation de la session.")})
        price = None
        if ui.priceEdit.text().strip():
            try:
                price = fmt.parse_money(ui.priceEdit.text(), self.tr("Prix"))
            except ValueError as error:
                raise ValidationError({"price_cents": str(error)}) from None
        kind = ui.kindCombo.currentData()
        return SessionData(
            id=self._data.id,
            course_id=course_id,
            code=ui.codeEdit.text().strip(),
            start_date=ui.startDate.date().toPython(),
            end_date=ui.endDate.date().toPython(),
            place=ui.placeEdit.text().strip(),
            access_info=ui.accessEdit.toPlainText().strip(),
            what_to_bring=ui.bringEdit.toPlainText().strip(),
            min_places=ui.minSpin.value(),
            max_places=ui.maxSpin.value(),
            kind=kind,
            intra_client_id=ui.clientField.party_id() if kind == "intra" else None,
            status=ui.statusCombo.currentData(),
            price_cents=price,
            modality=ui.modalityCombo.currentData(),
            notes=ui.notesEdit.toPlainText().strip(),
            subcontractor=ui.subcontractorEdit.text().strip(),
            slots=self.slot_editor.slots(),
        )

    def commit(self, data: SessionData) -> int:
        """Save through the planning rules: refusals and unconfirmed warnings keep the form."""
        return commit_guarded(
            lambda confirm: self.office.sessions.save(data, confirm=confirm),
            self.ask_confirmation,
            field="slots",
        )

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self, text)

    # -- slots ----------------------------------------------------------------------------
    def generate_slots(self) -> None:
        """Fill the slots with half-days on the checked weekdays, between start and end."""
        ui = self.ui
        checks = (
            ui.mondayCheck,
            ui.tuesdayCheck,
            ui.wednesdayCheck,
            ui.thursdayCheck,
            ui.fridayCheck,
        )
        weekdays = tuple(day for day, check in enumerate(checks) if check.isChecked())
        morning = (ui.morningStart.time().toPython(), ui.morningEnd.time().toPython())
        afternoon = (ui.afternoonStart.time().toPython(), ui.afternoonEnd.time().toPython())
        start, end = ui.startDate.date().toPython(), ui.endDate.date().toPython()
        slots = half_day_slots(
            start,
            end,
            weekdays=weekdays,
            morning=morning if ui.morningCheck.isChecked() else None,
            afternoon=afternoon if ui.afternoonCheck.isChecked() else None,
        )
        self.clear_errors()
        if not slots:
            self.show_errors({"slots": self.why_no_half_day(start, end)})
            return
        existing = self.slot_editor.slots()
        if existing and not confirm(
            self,
            self.tr("Générer les demi-journées"),
            self.tr("Remplacer les {n} séances du tableau par {m} demi-journées ?").format(
                n=len(existing), m=len(slots)
            ),
        ):
            return
        room = self.slot_editor.first_room()
        for slot in slots:
            slot.room_id = room  # the modality stays None: the session's, set by the editor
        self.slot_editor.set_slots(slots)

    def why_no_half_day(self, start: dt.date, end: dt.date) -> str:
        """Why « Générer les demi-journées » found nothing: dates, ticks, or only days off."""
        ui = self.ui
        if end < start:
            return self.tr("La date de fin précède la date de début : corrigez les dates.")
        if not (ui.morningCheck.isChecked() or ui.afternoonCheck.isChecked()):
            return self.tr("Cochez le matin, l'après-midi ou les deux, puis générez à nouveau.")
        if not half_day_slots(start, end):  # every day is a week-end or a public holiday
            return no_slot_message(start, end)
        return self.tr(
            "Aucun des jours cochés ne tombe entre le {start} et le {end} en dehors des jours "
            "fériés : cochez d'autres jours de la semaine, ou changez les dates."
        ).format(start=fmt.date_short(start), end=fmt.date_short(end))

    def planned_minutes(self) -> int:
        return sum(max(slot.minutes, 0) for slot in self.slot_editor.slots())

    def _update_hours(self) -> None:
        planned = self.planned_minutes()
        course = self._courses.get(self.ui.courseCombo.currentData())
        duration = course.duration_minutes if course else 0
        label = self.ui.hoursLabel
        label.setText(
            self.tr("Heures planifiées : {planned} / durée de la formation : {duration}").format(
                planned=fmt.hours(planned), duration=fmt.hours(duration)
            )
        )
        differ = bool(course) and planned != duration
        label.setStyleSheet(HOURS_DIFFER_STYLE if differ else "")
        label.setToolTip(
            self.tr("Les séances ne couvrent pas exactement la durée de la formation.")
            if differ
            else ""
        )

    # -- reactions ------------------------------------------------------------------------
    def _course_changed(self) -> None:
        course = self._courses.get(self.ui.courseCombo.currentData())
        if course is not None and self._data.id is None:
            select_data(self.ui.modalityCombo, course.modality)
            days = max(1, -(-course.duration_minutes // (7 * 60)))  # 7 h a day, rounded up
            start = self.ui.startDate.date().toPython()
            self.dates.suggest_end(start + dt.timedelta(days=days - 1))
        self._suggest_code()
        self._update_price_hint()
        self._update_hours()

    def _code_typed(self, text: str) -> None:
        # An emptied code goes back to the suggestion.
        self._code_edited = bool(text.strip())

    def _suggest_code(self) -> None:
        course_id = self.ui.courseCombo.currentData()
        if self._code_edited or not course_id:
            return
        start = self.ui.startDate.date().toPython()
        self.ui.codeEdit.setText(self.office.sessions.next_code(course_id, start))

    def _kind_changed(self) -> None:
        intra = self.ui.kindCombo.currentData() == "intra"
        self.ui.clientField.setEnabled(intra)
        self.ui.clientLabel.setEnabled(intra)
        self._update_price_hint()

    def _update_price_hint(self) -> None:
        course = self._courses.get(self.ui.courseCombo.currentData())
        if course is None:
            self.ui.priceEdit.setPlaceholderText("")
            return
        self.ui.priceEdit.setPlaceholderText(
            self.tr("prix de la formation : {price}").format(price=fmt.money(course.price_cents))
        )
