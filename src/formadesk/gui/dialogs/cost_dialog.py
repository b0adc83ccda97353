"""« Coût de la session »: a cost of the training activity, entered or changed by hand."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.costs import COST_CATEGORIES, CostData

from ..formdialog import FormDialog
from ..forms.ui_cost_dialog import Ui_CostDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data


class CostDialog(FormDialog):
    """Date, category, label, amount excluding VAT and the trainer paid, for one session.

    ``cost_id`` None creates a cost; ``saved_id`` is the cost's id once saved. A wrong field
    is outlined with a French message and the form stays as typed.
    """

    field_widgets = {
        "spent_on": "spentDate",
        "category": "categoryCombo",
        "label": "labelEdit",
        "amount": "amountEdit",
        "trainer_id": "trainerCombo",
    }

    def __init__(
        self,
        office: Office,
        session_id: int,
        cost_id: int | None = None,
        parent: QWidget | None = None,
        *,
        today: dt.date | None = None,
    ):
        super().__init__(parent)
        self.office = office
        self.session_id = session_id
        self.cost_id = cost_id
        self.ui = ui = Ui_CostDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        fill_combo(ui.categoryCombo, COST_CATEGORIES)
        trainers = [(t.id, t.name) for t in office.resources.trainers()]
        fill_combo(ui.trainerCombo, trainers, none_label=self.tr("— aucun —"))
        code = office.sessions.row(session_id).code
        if cost_id is None:
            self.setWindowTitle(self.tr("Nouveau coût — session {code}").format(code=code))
            self.load(CostData(spent_on=today or dt.date.today(), session_id=session_id))
        else:
            self.setWindowTitle(self.tr("Modifier le coût — session {code}").format(code=code))
            self.load(office.costs.get(cost_id))

    def load(self, data: CostData) -> None:
        ui = self.ui
        ui.spentDate.setDate(QDate(data.spent_on or dt.date.today()))
        select_data(ui.categoryCombo, data.category)
        ui.labelEdit.setText(data.label)
        ui.amountEdit.setText(fmt.money(data.amount_cents) if data.amount_cents else "")
        select_data(ui.trainerCombo, data.trainer_id)

    def collect(self) -> CostData:
        ui = self.ui
        try:
            amount = fmt.parse_money(ui.amountEdit.text(), self.tr("Le montant"))
        except ValueError as error:
            raise ValidationError({"amount": str(error)}) from None
        return CostData(
            spent_on=ui.spentDate.date().toPython(),
            category=ui.categoryCombo.currentData(),
            label=ui.labelEdit.text(),
            amount_cents=amount,
            session_id=self.session_id,
            trainer_id=ui.trainerCombo.currentData(),
            id=self.cost_id,
        )

    def commit(self, data: CostData) -> int:
        return self.office.costs.save(data)
