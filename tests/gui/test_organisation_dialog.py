"""Paramètres de l'organisme: checks, saving, and the window title that follows the name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.organisation_dialog import OrganisationDialog
from formadesk.gui.main_window import MainWindow

VALID_SIRET = "732 829 320 00074"


def save(dialog: OrganisationDialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton
    )


def test_invalid_siret_is_refused(office, qtbot):
    dialog = OrganisationDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Formations du Lac")
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.siretEdit.setText("123 456 789 01234")
    save(dialog, qtbot)

    assert dialog.isVisible()
    assert "SIRET" in dialog.ui.errorLabel.text()
    assert dialog.ui.tabs.currentWidget() is dialog.ui.adminPage  # shows the wrong field
    assert office.organisation.get().name == ""


def test_valid_settings_saved_and_window_title_updated(office, qtbot):
    window = MainWindow(office)
    qtbot.addWidget(window)
    dialog = window.edit_organisation()
    qtbot.keyClicks(dialog.ui.nameEdit, "Formations du Lac")
    qtbot.keyClicks(dialog.ui.siretEdit, VALID_SIRET)
    qtbot.keyClicks(dialog.ui.ndaEdit, "84 74 01234 74")
    dialog.ui.vatExemptCheck.setChecked(False)
    save(dialog, qtbot)

    assert not dialog.isVisible()
    saved = office.organisation.get()
    assert (saved.siret, saved.nda, saved.vat_exempt) == ("73282932000074", "84 74 01234 74", False)
    assert window.windowTitle() == "Formadesk — Formations du Lac"
