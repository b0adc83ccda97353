"""The enrollment dialog: find a learner as you type and enroll them in one session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QListWidgetItem, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.learners import LearnerRow
from formadesk.core.vocabulary import ENROLLMENT_STATUSES, FUNDING_SCHEMES

from ..formdialog import FormDialog
from ..forms.ui_enroll_dialog import Ui_EnrollDialog
from ..widgets.inputs import fill_combo, french_buttons
from .guarded import ask_save_anyway, commit_guarded

NEW_ENROLLMENT_STATUSES = ("inscrit", "preinscrit", "liste_attente")
SEARCH_LIMIT = 50
SEARCH_DELAY_MS = 200
ID_ROLE = Qt.ItemDataRole.UserRole
REFUSAL_ROLE = Qt.ItemDataRole.UserRole + 1  # why this learner cannot be enrolled here
REFUSED_COLOR = QColor("#808080")
REASON_STYLE = "color: #a04000;"


class EnrollDialog(FormDialog):
    """Enroll one learner in a session; a refusal (full, already enrolled) keeps it open.

    A learner who cannot be enrolled is listed greyed, with the whole reason on a line of its
    own (wrapped, never cut), in the row's tooltip, and under the list once clicked.
    """

    field_widgets = {
        "learner_id": "learnerList",
        "status": "statusCombo",
        "client_id": "clientField",
        "funder_id": "funderField",
        "funding_scheme": "schemeCombo",
        "price_cents": "priceEdit",
    }

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.ui = ui = Ui_EnrollDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Inscrire"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()

        session = office.sessions.get(session_id)
        row = office.sessions.row(session_id)
        course = office.courses.get(session.course_id)
        self._enrolled = {e.learner_id: e for e in office.enrollments.for_session(session_id)}
        self._session_code = row.code
        label = self.tr("{code} — {title}\n{dates} · {n}/{max} inscrits").format(
            code=row.code,
            title=row.course_title,
            dates=fmt.date_range_long(row.start_date, row.end_date),
            n=row.enrolled,
            max=row.max_places,
        )
        if row.enrolled >= row.max_places:
            label += "\n" + self.tr(
                "La session est complète : choisissez le statut « Liste d'attente »."
            )
        ui.sessionLabel.setText(label)
        self.setWindowTitle(self.tr("Inscrire un apprenant — {code}").format(code=row.code))

        fill_combo(ui.statusCombo, [(k, ENROLLMENT_STATUSES[k]) for k in NEW_ENROLLMENT_STATUSES])
        ui.clientField.setup(office)
        ui.funderField.setup(office, funders=True)
        fill_combo(ui.schemeCombo, FUNDING_SCHEMES)
        ui.clientField.set_party_id(session.intra_client_id)
        price = session.price_cents if session.price_cents is not None else course.price_cents
        ui.priceEdit.setText(fmt.money(price))

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
        ui.learnerList.currentItemChanged.connect(self._show_reason)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(self._timer.start)
        ui.learnerList.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search()
        ui.searchEdit.setFocus()

    # -- search ---------------------------------------------------------------------------
    def search(self) -> None:
        """List the learners matching the search box (the first 50)."""
        self._timer.stop()
        rows = self.office.learners.search(self.ui.searchEdit.text(), limit=SEARCH_LIMIT)
        self.ui.learnerList.clear()
        for row in rows:
            self.ui.learnerList.addItem(self._item(row))
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
        items = [self.ui.learnerList.item(i) for i in range(self.ui.learnerList.count())]
        choosable = [i for i in items if not i.data(REFUSAL_ROLE)]
        if len(choosable) == 1:
            self.ui.learnerList.setCurrentItem(choosable[0])

    def _item(self, row: LearnerRow) -> QListWidgetItem:
        details = [fmt.date_short(row.birth_date), row.email, row.city, row.employer_name]
        text = " · ".join([row.full_name, *(d for d in details if d)])
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, row.id)
        reason = self.refusal(row)
        if reason:
            item.setText(f"{text}\n{reason}")
            item.setData(REFUSAL_ROLE, reason)
            item.setToolTip(reason)
            item.setForeground(REFUSED_COLOR)
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

    def _show_reason(self, item: QListWidgetItem | None) -> None:
        reason = item.data(REFUSAL_ROLE) if item is not None else None
        self.reason_label.setText(reason or "")
        self.reason_label.setVisible(bool(reason))

    def select_learner(self, learner_id: int) -> bool:
        """Make this learner (if listed) the one to enroll."""
        for index in range(self.ui.learnerList.count()):
            item = self.ui.learnerList.item(index)
            if item.data(ID_ROLE) == learner_id:
                self.ui.learnerList.setCurrentItem(item)
                return True
        return False

    # -- save -----------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        ui = self.ui
        item = ui.learnerList.currentItem()
        if item is None:
            raise ValidationError(
                {"learner_id": self.tr("Choisissez dans la liste l'apprenant à inscrire.")}
            )
        if item.data(REFUSAL_ROLE):
            raise ValidationError({"learner_id": item.data(REFUSAL_ROLE)})
        price = None
        if ui.priceEdit.text().strip():
            try:
                price = fmt.parse_money(ui.priceEdit.text())
            except ValueError as error:
                raise ValidationError({"price_cents": str(error)}) from None
        return {
            "learner_id": item.data(ID_ROLE),
            "status": ui.statusCombo.currentData(),
            "client_id": ui.clientField.party_id(),
            "funder_id": ui.funderField.party_id(),
            "funding_scheme": ui.schemeCombo.currentData(),
            "price_cents": price,
        }

    def commit(self, data: dict[str, Any]) -> int:
        """Enroll through the planning rules (room size, learner expected elsewhere...)."""
        return commit_guarded(
            lambda confirm: self.office.enrollments.enroll(
                session_id=self.session_id, confirm=confirm, **data
            ),
            self.ask_confirmation,
        )

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self, text)
