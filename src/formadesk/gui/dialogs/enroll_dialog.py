"""The enrollment dialog: find a learner as you type and enroll them in one session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

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


class EnrollDialog(FormDialog):
    """Enroll one learner in a session; a refusal (full, already enrolled) keeps it open."""

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
        self._enrolled = {e.learner_id for e in office.enrollments.for_session(session_id)}
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
        choosable = [i for i in items if i.flags() & Qt.ItemFlag.ItemIsEnabled]
        if len(choosable) == 1:
            self.ui.learnerList.setCurrentItem(choosable[0])

    def _item(self, row: LearnerRow) -> QListWidgetItem:
        details = [fmt.date_short(row.birth_date), row.email, row.city, row.employer_name]
        text = " · ".join([row.full_name, *(d for d in details if d)])
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, row.id)
        if row.id in self._enrolled:
            item.setText(text + "  " + self.tr("(déjà dans cette session)"))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        return item

    def select_learner(self, learner_id: int) -> bool:
        """Make this learner (if listed) the one to enroll."""
        for index in range(self.ui.learnerList.count()):
            item = self.ui.learnerList.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == learner_id:
                self.ui.learnerList.setCurrentItem(item)
                return True
        return False

    # -- save -----------------------------------------------------------------------------
    def collect(self) -> dict[str, Any]:
        ui = self.ui
        item = ui.learnerList.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            raise ValidationError(
                {"learner_id": self.tr("Choisissez dans la liste l'apprenant à inscrire.")}
            )
        price = None
        if ui.priceEdit.text().strip():
            try:
                price = fmt.parse_money(ui.priceEdit.text())
            except ValueError as error:
                raise ValidationError({"price_cents": str(error)}) from None
        return {
            "learner_id": item.data(Qt.ItemDataRole.UserRole),
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
