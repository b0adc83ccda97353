"""Settings show numbering patterns as words with a live preview, never ``{n:03d}``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.organisation_dialog import OrganisationDialog


def _dialog(office, qtbot) -> OrganisationDialog:
    dialog = OrganisationDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.nameEdit.setText("Formations du Lac")
    return dialog


def _save(dialog, qtbot) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.LeftButton)


def test_patterns_read_as_words_with_a_preview(office, qtbot):
    dialog = _dialog(office, qtbot)

    assert dialog.ui.sessionCodePatternEdit.text() == "Année-Formation-Numéro"
    assert "Exemple : 2026-EXCEL-INT-003" in dialog.ui.patternHint.text()
    assert dialog.ui.invoicePatternEdit.text() == "FAnnée-Numéro"
    assert "facture F2026-0001, devis D2026-0001" in dialog.ui.numbersHint.text()
    shown = [dialog.ui.patternHint.text(), dialog.ui.numbersHint.text()]
    assert not any("{" in text for text in shown)

    dialog.ui.sessionCodePatternEdit.setText("Formation/Année/Numéro")
    assert "Exemple : EXCEL-INT/2026/003" in dialog.ui.patternHint.text()  # live


def test_typed_words_are_saved_as_patterns(office, qtbot):
    dialog = _dialog(office, qtbot)
    dialog.ui.sessionCodePatternEdit.setText("Année-Mois-Formation-Numéro")
    dialog.ui.invoicePatternEdit.setText("FAC-Année-Numéro")
    dialog.ui.bringDefaultEdit.setPlainText("Une pièce d'identité\nUn stylo")
    _save(dialog, qtbot)

    assert not dialog.isVisible(), dialog.ui.errorLabel.text()
    assert office.organisation.get().session_code_pattern == "{year}-{month:02d}-{course}-{n:03d}"
    assert office.settings.get("billing.invoice_pattern") == "FAC-{year}-{n:04d}"
    assert office.settings.get("documents.what_to_bring") == "Une pièce d'identité\nUn stylo"


def test_a_pattern_without_the_number_is_refused_in_words(office, qtbot):
    dialog = _dialog(office, qtbot)
    dialog.ui.invoicePatternEdit.setText("Facture-Année")
    _save(dialog, qtbot)

    assert dialog.isVisible()
    assert "doit contenir les mots Année et Numéro" in dialog.ui.errorLabel.text()
    assert office.settings.get("billing.invoice_pattern") == "F{year}-{n:04d}"
    assert office.organisation.get().name == ""  # nothing written
