"""Paramètres de l'organisme: the one settings window (forms/organisation_dialog.ui).

Pages: identity, legal numbers and signatory, documents (logo, folder, session codes),
billing (organisation_billing), document texts and retention (organisation_texts), planning
rules (planning_rules_dialog.PlanningRulesForm). « Enregistrer » writes the organisation and
every setting in one transaction (``office.organisation.save_all``), or nothing.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)

from formadesk.core.office import Office
from formadesk.core.services.organisation import OrganisationData

from ..formdialog import FormDialog, error_text
from ..forms.ui_organisation_dialog import Ui_OrganisationDialog
from .organisation_billing import BIC, BILLING_WIDGETS, IBAN, BillingSettings
from .organisation_numbers import NUMBER_WIDGETS, NumberSettings
from .organisation_texts import RETENTION_WIDGETS, TEXT_WIDGETS, TextSettings
from .planning_rules_dialog import PlanningRulesForm

ALWAYS_CHECKED = (IBAN, BIC)  # saved and checked even when unchanged

MAX_LOGO_BYTES = 2 * 1024 * 1024
IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)"

# Widget name -> data field, for the plain one-line fields.
LINE_FIELDS = {
    "nameEdit": "name",
    "legalFormEdit": "legal_form",
    "addressEdit": "address",
    "postalCodeEdit": "postal_code",
    "cityEdit": "city",
    "phoneEdit": "phone",
    "emailEdit": "email",
    "websiteEdit": "website",
    "siretEdit": "siret",
    "ndaEdit": "nda",
    "ndaRegionEdit": "nda_region",
    "qualiopiEdit": "qualiopi_certificate",
    "vatNumberEdit": "vat_number",
    "signatoryNameEdit": "signatory_name",
    "signatoryTitleEdit": "signatory_title",
    "referentNameEdit": "disability_referent_name",
    "referentEmailEdit": "disability_referent_email",
    "referentPhoneEdit": "disability_referent_phone",
    "sessionCodePatternEdit": "session_code_pattern",
    "documentsDirEdit": "documents_dir",
}


class OrganisationDialog(FormDialog):
    """Edit the office's identity and settings through ``office.organisation``."""

    field_widgets = (
        {field: widget for widget, field in LINE_FIELDS.items()}
        | NUMBER_WIDGETS
        | BILLING_WIDGETS
        | TEXT_WIDGETS
        | RETENTION_WIDGETS
    )

    def __init__(self, office: Office, parent: QWidget | None = None):
        super().__init__(parent)
        self.office = office
        self.ui = Ui_OrganisationDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("Enregistrer")
        )
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.ui.errorLabel.hide()
        self.ui.vatExemptCheck.toggled.connect(self._update_vat)
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.ui.browseDirButton.clicked.connect(self.browse_documents_dir)
        self.numbers = NumberSettings(self.ui, office)  # readable patterns, previews, defaults
        self.billing = BillingSettings(self.ui, office)
        self.texts = TextSettings(self.ui, office)
        self.planning = self._planning_page()
        self._data = office.organisation.get()
        self.refetch = office.organisation.get
        self._logo: bytes | None = None
        self._logo_filename = ""
        self.load(self._data)

    # -- form -----------------------------------------------------------------------------
    def load(self, data: OrganisationData) -> None:
        for widget, field in LINE_FIELDS.items():
            getattr(self.ui, widget).setText(getattr(data, field) or "")
        self.numbers.load(data.session_code_pattern)
        self.billing.load()
        self.texts.load(data)
        self.planning.load()
        self.ui.vatExemptCheck.setChecked(data.vat_exempt)
        self._update_vat(data.vat_exempt)
        self.set_logo(data.logo, data.logo_filename)

    def collect(self) -> tuple[OrganisationData, dict[str, str]]:
        values = {field: getattr(self.ui, widget).text() for widget, field in LINE_FIELDS.items()}
        values["session_code_pattern"] = self.numbers.session_pattern()
        data = dataclasses.replace(
            self._data,
            **values,
            **self.texts.organisation_fields(),
            vat_exempt=self.ui.vatExemptCheck.isChecked(),
            logo=self._logo,
            logo_filename=self._logo_filename,
        )
        return data, self.changed_settings()

    def changed_settings(self) -> dict[str, str]:
        """Settings of every page that differ from the stored ones (IBAN and BIC always)."""
        typed = (
            self.numbers.settings()
            | self.billing.settings()
            | self.texts.settings()
            | self.planning.settings()
        )
        current = self.office.settings.all()
        return {
            key: value
            for key, value in typed.items()
            if key in ALWAYS_CHECKED or value != current.get(key, "")
        }

    def commit(self, data: tuple[OrganisationData, dict[str, str]]) -> None:
        organisation, settings = data
        self.office.organisation.save_all(organisation, settings)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.billing.show_messages({})

    def show_errors(self, errors: dict[str, str]) -> None:
        """Also bring the page holding the first wrong field to the front, and write the
        message of a wrong IBAN or BIC under the field."""
        self.billing.show_messages(errors)
        for field in errors:
            widget = self.findChild(QWidget, self.field_widgets.get(field, ""))
            if widget is not None:
                self._show_page_of(widget)
                break
        super().show_errors(errors)
        under_fields = set(errors) & set(ALWAYS_CHECKED)
        if under_fields and self.error_label() is not None:  # said once, under the field
            others = [message for key, message in errors.items() if key not in under_fields]
            self.error_label().setText(
                error_text(others)
                if others
                else self.tr("Corrigez le champ signalé en rouge, sous lequel l'erreur est écrite.")
            )

    def show_page(self, page: QWidget) -> None:
        """Open the window on ``page`` (e.g. ``ui.planningPage`` from the planning menu)."""
        self.ui.tabs.setCurrentWidget(page)

    def _planning_page(self) -> PlanningRulesForm:
        page = self.ui.planningPage
        intro = QLabel(
            self.tr(
                "Pour chaque type de conflit, choisissez si Formadesk refuse la modification "
                "(Bloquant), demande une confirmation (Avertissement) ou ne dit rien (Ignoré)."
            ),
            page,
        )
        intro.setWordWrap(True)
        kinds = QGroupBox(self.tr("Types de conflit"), page)
        kinds.setObjectName("kindsGroup")
        kinds_layout = QFormLayout(kinds)
        holidays = QGroupBox(self.tr("Jours fériés"), page)
        holidays_layout = QFormLayout(holidays)
        region = QComboBox(holidays)
        region.setObjectName("regionCombo")
        caption = QLabel(self.tr("&Calendrier :"), holidays)
        caption.setBuddy(region)
        holidays_layout.addRow(caption, region)
        for widget in (intro, kinds, holidays):
            self.ui.planningPageLayout.addWidget(widget)
        self.ui.planningPageLayout.addStretch(1)
        return PlanningRulesForm(self.office, kinds_layout, region)

    def _show_page_of(self, widget: QWidget) -> None:
        tabs: QTabWidget = self.ui.tabs
        for index in range(tabs.count()):
            if tabs.widget(index).isAncestorOf(widget):
                tabs.setCurrentIndex(index)
                return

    def _update_vat(self, exempt: bool) -> None:
        self.ui.vatNumberEdit.setEnabled(not exempt)
        self.ui.vatNumberLabel.setEnabled(not exempt)

    # -- logo and folder ------------------------------------------------------------------
    def set_logo(self, content: bytes | None, filename: str = "") -> None:
        """Show ``content`` as the logo (None removes it)."""
        self._logo = content or None
        self._logo_filename = filename if content else ""
        preview = self.ui.logoPreview
        pixmap = QPixmap()
        if content and pixmap.loadFromData(content):
            preview.setPixmap(
                pixmap.scaled(
                    preview.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.setPixmap(QPixmap())
            preview.setText(self.tr("Aucun logo"))
        self.ui.logoNameLabel.setText(self._logo_filename)
        self.ui.removeLogoButton.setEnabled(self._logo is not None)

    def load_logo_file(self, path: Path) -> bool:
        """Read an image file as the logo; a French message says why when it cannot."""
        try:
            content = path.read_bytes()
        except OSError:
            self._show_message(
                self.tr(
                    "Impossible de lire ce fichier : vérifiez qu'il existe et qu'il est lisible."
                )
            )
            return False
        if len(content) > MAX_LOGO_BYTES:
            self._show_message(
                self.tr("Cette image dépasse 2 Mo : choisissez une image plus légère.")
            )
            return False
        if not QPixmap().loadFromData(content):
            self._show_message(self.tr("Ce fichier n'est pas une image lisible (PNG ou JPEG)."))
            return False
        self.set_logo(content, path.name)
        return True

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choisir le logo"), str(Path.home()), self.tr(IMAGE_FILTER)
        )
        if path:
            self.load_logo_file(Path(path))

    def remove_logo(self) -> None:
        self.set_logo(None)

    def browse_documents_dir(self) -> None:
        start = self.ui.documentsDirEdit.text() or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Dossier des documents"), start)
        if folder:
            self.ui.documentsDirEdit.setText(folder)

    def _show_message(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()
