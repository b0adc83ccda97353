"""The import wizard driven like a user: real files in both encodings, bad rows, duplicates,
a decision changed, enrolment in a session, the commit and the saved Excel report."""

from __future__ import annotations

import os

from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from formadesk.gui.dialogs.import_wizard import ImportWizard
from formadesk.gui.tabs.learners import LearnersTab
from tests.core.factories import make_course, make_session
from tests.core.import_files import BAD_ROWS, GOOD_ROWS, HEADERS, write_csv

SHOTS = os.environ.get("FORMADESK_SHOTS")  # a folder: each page is grabbed there as PNG


def shot(wizard: ImportWizard, name: str) -> None:
    if SHOTS:
        wizard.grab().save(os.path.join(SHOTS, f"import-{name}.png"))


def next_page(wizard: ImportWizard, qtbot) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    if wizard.currentPage().isCommitPage():
        button = wizard.button(QWizard.WizardButton.CommitButton)
    qtbot.mouseClick(button, Qt.LeftButton)


def open_wizard(office, bus, qtbot) -> ImportWizard:
    tab = LearnersTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.ui.importButton, Qt.LeftButton)
    wizard = tab.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    return wizard


def test_wizard_imports_cp1252_file_with_duplicate_update_and_enrolment(
    office, bus, add_learner, qtbot, tmp_path
):
    existing = add_learner("Lefèvre", "Hélène", email="helene.lefevre@exemple.fr")
    session_id = make_session(office, make_course(office))
    rows = [HEADERS, *GOOD_ROWS, *BAD_ROWS, ["DURAND", "Zoe", "01/07/1992", "", "", ""]]
    path = write_csv(tmp_path / "stagiaires.csv", rows, encoding="cp1252", sep=",")
    wizard = open_wizard(office, bus, qtbot)
    shot(wizard, "1-file")
    wizard.file_page.set_path(path)
    next_page(wizard, qtbot)

    mapping = wizard.mapping_page
    assert wizard.currentPage() is mapping
    assert mapping.table.item(1, 0).text() == "Prénom"
    assert mapping.table.item(1, 1).text().startswith("Hélène · Zoé")
    assert mapping.combos[2].currentText() == "Date de naissance"
    mapping.set_field(5, None)  # « Ville » left out of the import
    shot(wizard, "2-mapping")
    next_page(wizard, qtbot)

    preview = wizard.preview_page
    assert wizard.currentPage() is preview
    statuses = [preview.table.item(r, 3).text() for r in range(preview.table.rowCount())]
    assert statuses == ["Doublon possible", "À importer", *["Refusée"] * 3, "Doublon possible"]
    assert "n'existe pas" in preview.table.item(4, 4).text()
    assert "Même personne que la ligne 3" in preview.table.item(5, 4).text()
    assert "1 ligne(s) à importer, 2 doublon(s) possible(s) (0 retenu(s))" in (
        preview.counts_label.text()
    )
    preview.decide(2, "update")
    assert "(1 retenu(s))" in preview.counts_label.text()
    shot(wizard, "3-preview")
    next_page(wizard, qtbot)

    enrol = wizard.enrol_page.ui
    qtbot.mouseClick(enrol.enrolCheck, Qt.LeftButton, pos=QPoint(6, enrol.enrolCheck.height() // 2))
    assert enrol.sessionCombo.isEnabled()
    enrol.sessionCombo.setCurrentIndex(enrol.sessionCombo.findData(session_id))
    enrol.subrogationCheck.setChecked(True)
    shot(wizard, "4-enrol")
    next_page(wizard, qtbot)

    summary = wizard.confirm_page.summary_label.text()
    assert "1 apprenant(s) seront créés." in summary and "mis à jour" in summary
    assert office.learners.count() == 1  # nothing written before « Importer »
    shot(wizard, "5-confirm")
    next_page(wizard, qtbot)

    assert wizard.currentPage() is wizard.result_page
    text = wizard.result_page.result_label.text()
    assert "1 apprenant(s) créé(s), 1 mis à jour, 1 ligne(s) ignorée(s), 3 refusée(s)." in text
    assert "2 inscription(s) faite(s)" in text
    assert office.learners.get(existing).phone == "06 12 34 56 78"
    assert office.learners.get(existing).city == ""  # the column left out was not imported
    assert len(office.enrollments.for_session(session_id)) == 2
    qtbot.waitUntil(lambda: wizard.parent().model.rowCount() == 2)  # the list shows them
    report = wizard.result_page.save_report(tmp_path / "rapport")
    assert "Rapport enregistré" in wizard.result_page.report_label.text()
    shot(wizard, "6-result")
    sheet = load_workbook(report).active
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    assert [(v[0], v[1], v[6]) for v in values] == [
        (2, "Lefèvre", "Mis à jour"),
        (3, "Durand", "Créé"),
        (4, "Martin", "Refusé"),
        (5, None, "Refusé"),
        (6, "Petit", "Refusé"),
        (7, "DURAND", "Ignoré"),
    ]
    assert "Le nom est obligatoire." in values[3][5]


def test_file_without_names_is_refused_on_the_mapping_page(office, bus, qtbot, tmp_path):
    path = write_csv(tmp_path / "liste.csv", [["Courriel", "Ville"], ["a@exemple.fr", "Lyon"]])
    wizard = open_wizard(office, bus, qtbot)
    wizard.file_page.set_path(path)
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.mapping_page
    assert "« Nom » et « Prénom »" in wizard.mapping_page.error_label.text()
    wizard.mapping_page.set_field(0, "last_name")
    wizard.mapping_page.set_field(1, "first_name")
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.preview_page


def test_a_full_session_writes_nothing_and_keeps_the_wizard_open(office, bus, qtbot, tmp_path):
    session_id = make_session(office, make_course(office), places=1)
    path = write_csv(tmp_path / "liste.csv", [HEADERS, *GOOD_ROWS], encoding="utf-8-sig")
    wizard = open_wizard(office, bus, qtbot)
    wizard.file_page.set_path(path)
    for _ in range(3):
        next_page(wizard, qtbot)
    enrol = wizard.enrol_page.ui
    enrol.enrolCheck.setChecked(True)
    enrol.sessionCombo.setCurrentIndex(enrol.sessionCombo.findData(session_id))
    next_page(wizard, qtbot)
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.confirm_page
    error = wizard.confirm_page.error_label.text()
    assert error.startswith("Rien n'a été enregistré") and "place libre" in error
    assert office.learners.count() == 0


def test_unreadable_file_is_said_on_the_first_page(office, bus, qtbot, tmp_path):
    wizard = open_wizard(office, bus, qtbot)
    wizard.file_page.set_path(tmp_path / "absent.csv")
    next_page(wizard, qtbot)
    assert wizard.currentPage() is wizard.file_page
    assert "n'existe pas" in wizard.file_page.ui.errorLabel.text()


def test_file_menu_opens_the_import_wizard(office, qtbot):
    from PySide6.QtGui import QAction

    from formadesk.gui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    action = window.findChild(QAction, "importAction")
    assert action.text() == "&Importer des apprenants…"
    action.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    assert wizard.windowTitle() == "Importer des apprenants"
    wizard.reject()
