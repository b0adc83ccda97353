"""The one settings window: bank details checked on save, retention, planning, all or nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.organisation_dialog import OrganisationDialog

BAD_IBAN = "FR76 3000 6000 0112 3456 7890 188"  # the last digit is wrong
GOOD_IBAN = "FR76 3000 6000 0112 3456 7890 189"


def _window(office, qtbot) -> OrganisationDialog:
    office.settings.set("billing.iban", "")  # a new office: no bank details yet
    dialog = OrganisationDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Formations du Lac")
    return dialog


def _save(dialog, qtbot) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.LeftButton)


def test_a_bad_iban_is_said_next_to_the_field_and_nothing_is_saved(office, qtbot):
    dialog = _window(office, qtbot)
    dialog.ui.learnerYearsSpin.setValue(7)  # another page: not saved either
    dialog.ui.tabs.setCurrentWidget(dialog.ui.identityPage)
    qtbot.keyClicks(dialog.ui.ibanEdit, BAD_IBAN)
    _save(dialog, qtbot)

    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.billingPage
    message = dialog.findChild(type(dialog.ui.errorLabel), "ibanMessage")
    assert message.isVisible() and "L'IBAN « " + BAD_IBAN + " » n'est pas valide" in message.text()
    assert "IBAN" not in dialog.ui.errorLabel.text()  # said once, under the field
    assert "champ signalé en rouge" in dialog.ui.errorLabel.text()
    assert dialog.ui.ibanEdit.text() == BAD_IBAN  # kept as typed
    assert office.settings.get("billing.iban") == ""
    assert office.settings.get("retention.learner_years") == "3"
    assert office.organisation.get().name == ""


def test_good_bank_details_and_payment_days_are_saved(office, qtbot):
    dialog = _window(office, qtbot)
    qtbot.keyClicks(dialog.ui.ibanEdit, GOOD_IBAN.lower())
    qtbot.keyClicks(dialog.ui.bicEdit, "agrifrpp")
    dialog.ui.paymentDaysSpin.setValue(45)
    dialog.ui.paymentTermsEdit.setPlainText("Paiement à 45 jours, par virement.")
    dialog.ui.latePenaltyEdit.setPlainText("Pénalités au taux légal majoré de 10 points.")
    _save(dialog, qtbot)

    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert office.settings.get("billing.iban") == "FR7630006000011234567890189"
    assert office.settings.get("billing.bic") == "AGRIFRPP"
    assert office.settings.get("billing.payment_days") == "45"
    assert office.settings.get("documents.late_penalty").startswith("Pénalités au taux légal")

    again = OrganisationDialog(office)
    qtbot.addWidget(again)
    assert again.ui.ibanEdit.text() == GOOD_IBAN  # shown grouped by four


def test_retention_texts_and_planning_pages_save_their_values(office, qtbot):
    dialog = _window(office, qtbot)
    dialog.ui.attendanceYearsSpin.setValue(10)
    dialog.ui.internalRulesEdit.setPlainText("Article 1 : la ponctualité.")
    dialog.ui.accessDelayEdit.setPlainText("Inscription jusqu'à la veille.")
    combo = dialog.planning.combos["public_holiday"]
    combo.setCurrentIndex(combo.findData("block"))
    region = dialog.planning.region_combo
    region.setCurrentIndex(region.findData("57"))
    _save(dialog, qtbot)

    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert office.settings.get("retention.attendance_years") == "10"
    assert office.organisation.get().internal_rules == "Article 1 : la ponctualité."
    assert office.settings.get("documents.access_delay") == "Inscription jusqu'à la veille."
    assert office.planning.severities()["public_holiday"] == "block"
    assert office.planning.holiday_region() == "57"


def test_cancel_writes_nothing(office, qtbot):
    dialog = _window(office, qtbot)
    qtbot.keyClicks(dialog.ui.ibanEdit, GOOD_IBAN)
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.LeftButton)

    assert not dialog.isVisible()
    assert office.settings.get("billing.iban") == ""
    assert office.organisation.get().name == ""


def test_the_invoice_number_preview_follows_the_typing(office, qtbot):
    dialog = _window(office, qtbot)
    dialog.ui.invoicePatternEdit.setText("FAC-Année-Numéro")

    assert "facture FAC-2026-0001" in dialog.ui.numbersHint.text()


def test_payment_days_that_contradict_the_terms_text_are_refused_on_the_billing_page(office, qtbot):
    dialog = _window(office, qtbot)
    dialog.ui.paymentDaysSpin.setValue(60)  # the text still says « à 30 jours »
    _save(dialog, qtbot)

    assert dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.billingPage
    assert "annoncent 30 jours alors que le délai de paiement est de 60 jours" in (
        dialog.ui.errorLabel.text()
    )
    assert office.settings.get("billing.payment_days") == "30"


def test_the_follow_up_delays_are_set_on_their_page(office, qtbot):
    dialog = _window(office, qtbot)
    assert dialog.ui.resultsReminderSpin.value() == 7  # the default
    dialog.ui.tabs.setCurrentWidget(dialog.ui.followUpPage)
    dialog.ui.resultsReminderSpin.setValue(14)
    dialog.ui.complaintAnswerSpin.setValue(30)
    _save(dialog, qtbot)

    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert office.settings.get("evaluations.results_reminder_days") == "14"
    assert office.settings.get("quality.complaint_answer_days") == "30"
    assert office.settings.get("quality.complaint_ack_days") == "2"
