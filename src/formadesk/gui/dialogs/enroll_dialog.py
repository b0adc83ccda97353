"""The enrolment dialog: find learners as you type, tick several, enrol them in one session.

The client is proposed from the learner's employer and the scheme from their status (both
stay the user's to change); the funder, its share, agreement number and subrogation go into
the enrolment's funding line, which invoicing reads.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QSizePolicy, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.vocabulary import ENROLLMENT_STATUSES, FUNDING_SCHEMES, FUNDING_STATUSES

from ..formdialog import FormDialog
from ..forms.ui_enroll_dialog import Ui_EnrollDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .enroll_learners import REFUSAL_ROLE, LearnerChoice
from .guarded import ask_save_anyway, commit_guarded
from .learner_dialog import LearnerDialog

NEW_ENROLLMENT_STATUSES = ("inscrit", "preinscrit", "liste_attente")


class EnrollDialog(LearnerChoice, FormDialog):
    """Enrol ticked learners (or the highlighted one when none is ticked) in a session.

    A refusal (full, already enrolled, bad amount) keeps the dialog open as typed and writes
    nothing. A learner who cannot be enrolled is listed greyed and cannot be ticked, with the
    whole reason on a line of its own, in the row's tooltip, and under the list once clicked.
    """

    field_widgets = {
        "learner_id": "learnerList",
        "status": "statusCombo",
        "client_id": "clientField",
        "funder_id": "funderField",
        "funding_scheme": "schemeCombo",
        "price_cents": "priceEdit",
        "discount_cents": "discountEdit",
        "funder_amount_cents": "amountEdit",
        "agreement_number": "agreementEdit",
        "funding_status": "fundingStatusCombo",
    }

    def __init__(self, office: Office, session_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.learner_dialog: LearnerDialog | None = None
        self.saved_ids: list[int] = []
        self._chosen: dict[int, str] = {}  # ticked learners, kept across searches
        self._client_by_hand = self._scheme_by_hand = self._funder_by_hand = False
        self.ui = ui = Ui_EnrollDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self._describe_session()

        session = office.sessions.get(session_id)
        course = office.courses.get(session.course_id)
        fill_combo(ui.statusCombo, [(k, ENROLLMENT_STATUSES[k]) for k in NEW_ENROLLMENT_STATUSES])
        ui.clientField.setup(office)
        ui.funderField.setup(office, funders=True)
        fill_combo(
            ui.schemeCombo, FUNDING_SCHEMES, none_label=self.tr("Selon le statut de l'apprenant")
        )
        fill_combo(ui.fundingStatusCombo, FUNDING_STATUSES)
        select_data(ui.fundingStatusCombo, "accordee")
        if session.intra_client_id is not None:  # an intra session's client is everyone's
            ui.clientField.set_party_id(session.intra_client_id)
            self._client_by_hand = True
        price = session.price_cents if session.price_cents is not None else course.price_cents
        ui.priceEdit.setText(fmt.money(price))

        ui.clientField.textEdited.connect(lambda _text: self._by_hand("client"))
        ui.clientField.completer_.activated.connect(lambda _t: self._by_hand("client"))
        ui.funderField.textEdited.connect(lambda _text: self._by_hand("funder"))
        ui.funderField.completer_.activated.connect(lambda _t: self._by_hand("funder"))
        ui.funderField.party_changed.connect(self._enable_funding)
        ui.schemeCombo.activated.connect(lambda _i: self._by_hand("scheme"))
        ui.funderField.setPlaceholderText(self.tr("Rechercher : OPCO, nom, ville…"))
        for combo in (ui.statusCombo, ui.schemeCombo, ui.fundingStatusCombo):
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, combo.sizePolicy().verticalPolicy())
        self._enable_funding(None)

        self._set_up_learner_list()
        ui.newLearnerButton.clicked.connect(self.new_learner)

        self.search()
        self._selection_changed()
        ui.searchEdit.setFocus()

    def _describe_session(self) -> None:
        row = self.office.sessions.row(self.session_id)
        self._session_code = row.code
        self._enrolled = {e.learner_id: e for e in self.office.enrollments.for_session(row.id)}
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
        self.ui.sessionLabel.setText(label)
        self.setWindowTitle(self.tr("Inscrire des apprenants — {code}").format(code=row.code))

    def _selection_changed(self) -> None:
        chosen = self.chosen()
        count = len(chosen)
        text = fmt.plural(
            count, self.tr("apprenant sélectionné"), self.tr("apprenants sélectionnés")
        )
        if 0 < count <= 3:
            text += " : " + ", ".join(sorted(chosen.values()))
        self.ui.selectedLabel.setText(text)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(
            self.tr("Inscrire {n} apprenants").format(n=count) if count > 1 else self.tr("Inscrire")
        )
        self._propose(list(chosen))

    def _by_hand(self, what: str) -> None:
        """The user typed or picked this value: proposals no longer replace it."""
        setattr(self, f"_{what}_by_hand", True)

    def _propose(self, learner_ids: list[int]) -> None:
        """Client, scheme and funder proposed for the chosen learners (never over the user's)."""
        ui = self.ui
        if len(learner_ids) == 1:
            proposed = self.office.enrollments.suggestion(learner_ids[0])
            client, scheme, funder = (
                proposed.client_id,
                proposed.funding_scheme,
                proposed.funder_id,
            )
        else:  # several (or none): each learner gets their own when enrolled
            client, scheme, funder = None, None, None
        if not self._client_by_hand:
            ui.clientField.set_party_id(client)
        ui.clientField.setPlaceholderText(
            self.tr("Celui de chaque apprenant (son employeur)")
            if len(learner_ids) > 1
            else self.tr("Rechercher : nom, ville, SIRET…")
        )
        if not self._scheme_by_hand:
            select_data(ui.schemeCombo, scheme)
        if not self._funder_by_hand:
            ui.funderField.set_party_id(funder)

    def _enable_funding(self, funder_id: int | None) -> None:
        ui = self.ui
        for widget in (ui.amountEdit, ui.agreementEdit, ui.fundingStatusCombo):
            widget.setEnabled(funder_id is not None)
        ui.subrogationCheck.setEnabled(funder_id is not None)

    # -- a learner not yet known ----------------------------------------------------------
    def new_learner(self) -> LearnerDialog:
        """Open the learner form; once saved, the new learner is listed and ticked."""
        dialog = LearnerDialog(self.office, None, self)
        dialog.accepted.connect(lambda: self._learner_created(dialog.saved_id))
        dialog.finished.connect(dialog.deleteLater)
        self.learner_dialog = dialog
        dialog.open()
        return dialog

    def _learner_created(self, learner_id: int | None) -> None:
        self.learner_dialog = None
        if learner_id is None:
            return
        data = self.office.learners.get(learner_id)
        self._chosen[learner_id] = f"{data.last_name.upper()} {data.first_name}"
        self.ui.searchEdit.setText(f"{data.last_name} {data.first_name}")
        self.search()
        self.select_learner(learner_id)

    # -- save -----------------------------------------------------------------------------
    def _money(self, field: str, edit_name: str, label: str) -> int | None:
        text = getattr(self.ui, edit_name).text()
        if not text.strip():
            return None
        try:
            return fmt.parse_money(text, label)
        except ValueError as error:
            raise ValidationError({field: str(error)}) from None

    def collect(self) -> dict[str, Any]:
        ui = self.ui
        chosen = self.chosen()
        item = ui.learnerList.currentItem()
        if not chosen and item is not None and item.data(REFUSAL_ROLE):
            raise ValidationError({"learner_id": item.data(REFUSAL_ROLE)})
        if not chosen:
            raise ValidationError(
                {"learner_id": self.tr("Cochez dans la liste les apprenants à inscrire.")}
            )
        price = self._money("price_cents", "priceEdit", self.tr("Prix"))
        discount = self._money("discount_cents", "discountEdit", self.tr("Remise")) or 0
        funder_id = ui.funderField.party_id()
        amount = (
            self._money("funder_amount_cents", "amountEdit", self.tr("Montant pris en charge"))
            if funder_id
            else None
        )
        if price is not None and discount > price:
            raise ValidationError(
                {"discount_cents": self.tr("La remise dépasse le prix : indiquez moins.")}
            )
        if price is not None and amount is not None and amount > price - discount:
            raise ValidationError(
                {
                    "funder_amount_cents": self.tr(
                        "Le montant pris en charge dépasse le prix (remise déduite) : "
                        "indiquez un montant plus petit, ou laissez vide pour tout le prix."
                    )
                }
            )
        return {
            "learner_ids": list(chosen),
            "status": ui.statusCombo.currentData(),
            "client_id": ui.clientField.party_id(),
            # Several learners and no client typed: each gets their employer's. One learner:
            # the field already shows the proposal, and an emptied field means no client.
            "employer_as_client": len(chosen) > 1 and not self._client_by_hand,
            "funder_id": funder_id,
            "funding_scheme": ui.schemeCombo.currentData(),
            "price_cents": price,
            "discount_cents": discount,
            "funder_amount_cents": amount,
            "subrogation": bool(funder_id) and ui.subrogationCheck.isChecked(),
            "agreement_number": ui.agreementEdit.text() if funder_id else "",
            "funding_status": ui.fundingStatusCombo.currentData(),
        }

    def commit(self, data: dict[str, Any]) -> int:
        """Enrol through the planning rules (room size, learner expected elsewhere...)."""
        data = dict(data)
        learner_ids = data.pop("learner_ids")
        ids = commit_guarded(
            lambda confirm: self.office.enrollments.enroll_many(
                self.session_id, learner_ids, confirm=confirm, **data
            ),
            self.ask_confirmation,
        )
        self.saved_ids = ids
        return ids[0]

    def ask_confirmation(self, text: str) -> bool:
        """ "Attention : … Enregistrer quand même ?" (tests answer it)."""
        return ask_save_anyway(self, text)
