"""Invoicing a dédit: a cancelled enrollment of a session and the amount asked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCompleter, QDialogButtonBox, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.enrollments import EnrollmentRow

from ..formdialog import FormDialog
from ..forms.ui_invoice_fee_dialog import Ui_InvoiceFeeDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data

CANCELLED = ("annule", "abandon")  # the enrollments a dédit may be invoiced for


class InvoiceFeeDialog(FormDialog):
    """« Facturer un dédit » : session, cancelled enrollment, amount in euros, date.

    ``saved_id`` is the new invoice's id (kind « dedit »).
    """

    field_widgets = {
        "session": "sessionCombo",
        "enrollment": "enrollmentCombo",
        "amount_cents": "amountEdit",
        "issued_on": "issueDate",
    }

    def __init__(
        self,
        office: Office,
        parent: QWidget | None = None,
        *,
        session_id: int | None = None,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_InvoiceFeeDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Émettre la facture de dédit")
        )
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        ui.issueDate.setDate(QDate(today or dt.date.today()))
        self._enrollments: dict[int, EnrollmentRow] = {}
        sessions = []
        for session in office.sessions.list():
            label = f"{session.code} — {session.course_title}"
            label += f" ({fmt.date_short(session.start_date)})"
            if session.status == "annulee":
                label += self.tr(" — annulée")
            sessions.append((session.id, label))
        fill_combo(ui.sessionCombo, sessions)
        completer = QCompleter(ui.sessionCombo.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        ui.sessionCombo.setCompleter(completer)
        ui.sessionCombo.setMinimumWidth(420)
        select_data(ui.sessionCombo, session_id)
        ui.sessionCombo.lineEdit().setCursorPosition(0)  # show the code, not the end
        ui.sessionCombo.currentIndexChanged.connect(self.fill_enrollments)
        ui.enrollmentCombo.currentIndexChanged.connect(self._show_price)
        self.fill_enrollments()

    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    def fill_enrollments(self) -> None:
        """The cancelled (or abandoned) enrollments of the chosen session."""
        session_id = self.session_id()
        rows = self.office.enrollments.for_session(session_id) if session_id else []
        self._enrollments = {r.id: r for r in rows if r.status in CANCELLED}
        private = self.tr("particulier")
        items = [
            (r.id, f"{r.learner_name} — {r.status_label} — {r.client_name or private}")
            for r in self._enrollments.values()
        ]
        fill_combo(self.ui.enrollmentCombo, items)
        self.ui.enrollmentCombo.setEnabled(bool(items))
        self._show_price()

    def _show_price(self) -> None:
        enrollment = self._enrollments.get(self.ui.enrollmentCombo.currentData())
        if enrollment is not None:
            text = self.tr("Prix de l'inscription : {price}.").format(
                price=fmt.money(enrollment.price_cents)
            )
        elif self.session_id() is None:
            text = self.tr("Choisissez d'abord la session.")
        else:
            text = self.tr(
                "Aucune inscription annulée dans cette session : annulez d'abord l'inscription "
                "depuis l'onglet Sessions."
            )
        self.ui.enrollmentHint.setText(text)

    def collect(self) -> tuple[int, int, dt.date]:
        errors = {}
        if self.session_id() is None:
            errors["session"] = self.tr("Choisissez la session.")
        enrollment_id = self.ui.enrollmentCombo.currentData()
        if enrollment_id is None and not errors:
            errors["enrollment"] = self.tr("Choisissez l'inscription annulée à facturer.")
        try:
            amount = fmt.parse_money(self.ui.amountEdit.text(), self.tr("Montant du dédit"))
        except ValueError as error:
            errors["amount_cents"] = str(error)
            amount = 0
        if errors:
            raise ValidationError(errors)
        return enrollment_id, amount, self.ui.issueDate.date().toPython()

    def commit(self, data: tuple[int, int, dt.date]) -> int | None:
        enrollment_id, amount, issued_on = data
        return self.office.billing.invoice_cancellation_fee(
            enrollment_id, amount, issued_on=issued_on
        )
