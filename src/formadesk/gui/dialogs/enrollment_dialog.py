"""« Modifier l'inscription »: client, price, discount, status and the funding lines.

Each funding line is one row of a table: funder, amount (« 500,00 ») or share of the price
less the discount (« 60 % »), scheme, n° de prise en charge, subrogation, agreement status,
dates and the funder's document. The line under the table says what the client pays.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.office import Office
from formadesk.core.services.enrollment_edit import line_amount
from formadesk.core.services.enrollments import EnrollmentData, FundingLineData, InvoicedChange
from formadesk.core.vocabulary import ENROLLMENT_STATUSES, FUNDING_SCHEMES, FUNDING_STATUSES

from ..formdialog import ERROR_STYLE, FormDialog
from ..forms.ui_enrollment_dialog import Ui_EnrollmentDialog
from ..widgets.inputs import fill_combo, french_buttons, select_data
from .guarded import ask_save_anyway, commit_guarded

COLUMNS = (
    "Financeur",
    "Montant ou %",
    "Dispositif",
    "N° de prise en charge",
    "Subrogation",
    "Accord",
    "Demandé le",
    "Décidé le",
    "Document",
)
FUNDER, AMOUNT, SCHEME, AGREEMENT, SUBROGATION, STATUS, REQUESTED, DECIDED, DOCUMENT = range(9)
WIDTHS = (270, 95, 125, 155, 85, 95, 85, 85, 110)


def _add(errors: dict[str, str], message: str) -> None:
    """Every mistake of the funding table is said, line after line."""
    errors["funding"] = f"{errors['funding']} {message}" if "funding" in errors else message


SHARE = re.compile(r"^\s*(\d+(?:[.,]\d)?)\s*%\s*$")


class EnrollmentDialog(FormDialog):
    """Edit one enrollment; a change to something invoiced asks before the credit note."""

    field_widgets = {
        "client_id": "clientField",
        "price_cents": "priceEdit",
        "discount_cents": "discountEdit",
        "funding_scheme": "schemeCombo",
        "status": "statusCombo",
        "prescriber": "prescriberEdit",
        "funding": "fundingTable",
    }

    def __init__(self, office: Office, enrollment_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = ui = Ui_EnrollmentDialog()
        ui.setupUi(self)
        french_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.errorLabel.hide()
        self.funders = [(f.id, f.name) for f in office.parties.funders()]
        self.data = data = office.enrollments.get(enrollment_id)
        self._lines: list[FundingLineData] = []  # what each row keeps but does not show
        row = office.sessions.row(data.session_id)
        ui.headerLabel.setText(f"{data.learner_name} — session {row.code} ({row.course_title})")
        ui.clientField.setup(office)
        fill_combo(ui.schemeCombo, FUNDING_SCHEMES)
        fill_combo(ui.statusCombo, ENROLLMENT_STATUSES)
        table = ui.fundingTable
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        ui.addFundingButton.clicked.connect(lambda: self.add_line(FundingLineData()))
        ui.removeFundingButton.clicked.connect(self.remove_line)
        ui.priceEdit.textChanged.connect(self.update_rest)
        ui.discountEdit.textChanged.connect(self.update_rest)
        self.load(data)

    # -- load -----------------------------------------------------------------------------
    def load(self, data: EnrollmentData) -> None:
        ui = self.ui
        ui.clientField.set_party_id(data.client_id)
        ui.priceEdit.setText(fmt.money(data.price_cents))
        ui.discountEdit.setText(fmt.money(data.discount_cents))
        select_data(ui.schemeCombo, data.funding_scheme)
        select_data(ui.statusCombo, data.status)
        ui.prescriberEdit.setText(data.prescriber)
        ui.notesEdit.setPlainText(data.notes)
        for line in data.funding:
            self.add_line(line)
        self.update_rest()

    def add_line(self, line: FundingLineData) -> None:
        """A row for a funding line (a new one when ``line`` has no id)."""
        table = self.ui.fundingTable
        row = table.rowCount()
        table.insertRow(row)
        self._lines.append(line)
        funder = QComboBox()
        fill_combo(funder, self.funders, none_label=self.tr("— choisir —"))
        select_data(funder, line.funder_id)
        funder.setToolTip(funder.currentText())
        funder.currentTextChanged.connect(funder.setToolTip)
        amount = QLineEdit()
        if line.share_permille is not None:
            amount.setText(f"{line.share_permille / 10:g} %".replace(".", ","))
        elif line.amount_cents is not None:
            amount.setText(fmt.money(line.amount_cents))
        amount.textChanged.connect(self.update_rest)
        scheme = QComboBox()
        fill_combo(scheme, FUNDING_SCHEMES)
        select_data(scheme, line.scheme)
        agreement = QLineEdit(line.agreement_number)
        subrogation = QCheckBox(self.tr("oui"))
        subrogation.setChecked(line.subrogation)
        status = QComboBox()
        fill_combo(status, FUNDING_STATUSES)
        select_data(status, line.status)
        status.currentIndexChanged.connect(self.update_rest)
        requested = QLineEdit(fmt.date_short(line.requested_on))
        decided = QLineEdit(fmt.date_short(line.decided_on))
        for edit in (requested, decided):
            edit.setPlaceholderText("jj/mm/aaaa")
        document = QPushButton(line.attachment_name or self.tr("Joindre l'accord…"))
        document.setToolTip(line.attachment_name)
        document.clicked.connect(lambda _=False, b=document: self.attach(b))
        cells = (funder, amount, scheme, agreement, subrogation, status, requested, decided)
        for column, widget in enumerate((*cells, document)):
            table.setCellWidget(row, column, widget)
        self.update_rest()

    def remove_line(self) -> None:
        row = self.ui.fundingTable.currentRow()
        if row < 0:
            row = self.ui.fundingTable.rowCount() - 1
        if row >= 0:
            self.ui.fundingTable.removeRow(row)
            del self._lines[row]
            self.update_rest()

    def attach(self, button: QPushButton) -> None:
        path = self.choose_file()
        if path:
            for row in range(self.ui.fundingTable.rowCount()):
                if self.ui.fundingTable.cellWidget(row, DOCUMENT) is button:
                    self._lines[row].attach_path = str(path)
            button.setText(Path(path).name)
            button.setToolTip(str(path))

    def choose_file(self) -> str:
        """The funder's document to attach (tests answer it)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Joindre l'accord du financeur"),
            "",
            self.tr("PDF ou image (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
        )
        return path

    # -- the rest to pay ------------------------------------------------------------------
    def update_rest(self) -> None:
        """« Reste à charge du client : … » from what is typed (nothing when unreadable)."""
        try:
            data = self.collect()
        except (ValidationError, ValueError):
            self.ui.restLabel.setText(self.tr("Reste à charge du client : —"))
            return
        due = data.due_cents
        paid = sum(
            line_amount(line, due)
            for line in data.funding
            if line.status != "refusee" and line.subrogation
        )
        if paid > due:
            text = self.tr("Les financements dépassent le prix remise déduite de {over}").format(
                over=fmt.money(paid - due)
            )
        else:
            text = self.tr("Reste à charge du client : {rest} (prix remise déduite {due})")
            text = text.format(rest=fmt.money(due - paid), due=fmt.money(due))
        self.ui.restLabel.setText(text)

    # -- save -----------------------------------------------------------------------------
    def collect(self) -> EnrollmentData:
        ui = self.ui
        errors: dict[str, str] = {}
        money = {}
        for key, edit, label in (
            ("price_cents", ui.priceEdit, self.tr("Prix")),
            ("discount_cents", ui.discountEdit, self.tr("Remise")),
        ):
            try:
                money[key] = fmt.parse_money(edit.text(), label)
            except ValueError as error:
                errors[key] = str(error)
        funding = [self._line(row, errors) for row in range(ui.fundingTable.rowCount())]
        if errors:
            raise ValidationError(errors)
        return EnrollmentData(
            id=self.data.id,
            session_id=self.data.session_id,
            learner_id=self.data.learner_id,
            client_id=ui.clientField.party_id(),
            status=ui.statusCombo.currentData(),
            price_cents=money["price_cents"],
            discount_cents=money["discount_cents"],
            funding_scheme=ui.schemeCombo.currentData(),
            prescriber=ui.prescriberEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            funding=funding,
            learner_name=self.data.learner_name,
        )

    def _line(self, row: int, errors: dict[str, str]) -> FundingLineData:
        cell = self.ui.fundingTable.cellWidget
        kept = self._lines[row]
        where = self.tr("Financement ligne {n}").format(n=row + 1)
        amount_text = cell(row, AMOUNT).text().strip()
        amount = share = None
        match = SHARE.match(amount_text)
        if match:
            share = round(float(match.group(1).replace(",", ".")) * 10)
        elif amount_text:
            try:
                amount = fmt.parse_money(amount_text, where)
            except ValueError as error:
                _add(errors, str(error))
        dates = {}
        for name, column in (("requested_on", REQUESTED), ("decided_on", DECIDED)):
            try:
                dates[name] = fmt.parse_date_fr(cell(row, column).text())
            except ValueError as error:
                _add(errors, f"{where} : {error}")
                dates[name] = None
        return FundingLineData(
            id=kept.id,
            funder_id=cell(row, FUNDER).currentData(),
            amount_cents=amount,
            share_permille=share,
            scheme=cell(row, SCHEME).currentData(),
            agreement_number=cell(row, AGREEMENT).text(),
            subrogation=cell(row, SUBROGATION).isChecked(),
            status=cell(row, STATUS).currentData(),
            attachment_id=kept.attachment_id,
            attach_path=kept.attach_path,
            **dates,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Errors of a funding line (« funding.0.amount_cents ») outline the table."""
        mapped = {("funding" if k.startswith("funding.") else k): "" for k in errors}
        for key in mapped:
            mapped[key] = " ".join(
                v for k, v in errors.items() if k == key or k.startswith(key + ".")
            )
        super().show_errors(mapped)
        if "funding" in mapped:  # outline the table only, not every widget in its cells
            self.ui.fundingTable.setStyleSheet(f"QTableWidget#fundingTable {{ {ERROR_STYLE} }}")

    def commit(self, data: EnrollmentData) -> int:
        """Save through the planning rules; invoices already issued ask about a credit note."""

        def save(confirm: bool) -> int:
            try:
                return self.office.enrollments.update(data, confirm=confirm).enrollment_id
            except InvoicedChange as change:
                if not self.ask_reinvoice(str(change)):
                    raise ValidationError(
                        {
                            "form": self.tr(
                                "Rien n'a été enregistré : les factures émises restent telles "
                                "quelles."
                            )
                        }
                    ) from None
                done = self.office.enrollments.update(data, confirm=confirm, reinvoice=True)
                if done.overpaid_cents:
                    self.tell_overpaid(done.overpaid_cents)
                return done.enrollment_id

        return commit_guarded(save, self.ask_confirmation)

    def tell_overpaid(self, cents: int) -> None:
        """Say what was paid beyond the new invoices (a refund or a deduction is due)."""
        QMessageBox.information(
            self.parentWidget() or self,
            self.tr("Trop-perçu"),
            self.tr(
                "Le paiement déjà reçu a été reporté sur la nouvelle facture, qui est marquée "
                "payée. Trop-perçu : {amount}, à rembourser ou à déduire d'une prochaine "
                "facture."
            ).format(amount=fmt.money(cents)),
        )

    def ask_confirmation(self, text: str) -> bool:
        return ask_save_anyway(self, text)

    def ask_reinvoice(self, text: str) -> bool:
        """« … Voulez-vous émettre un avoir et une nouvelle facture ? » (tests answer it)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Inscription déjà facturée"),
            text,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        yes = box.addButton(
            self.tr("Oui, émettre l'avoir et la nouvelle facture"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(box.addButton(self.tr("Non"), QMessageBox.ButtonRole.RejectRole))
        box.exec()
        return box.clickedButton() is yes
