"""The learner's file: « Exporter ses données… » (XLSX and JSON) and « Anonymiser… » on
request, after which the dossier shows the anonymised person."""

from __future__ import annotations

import datetime as dt
import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox  # noqa: E402

from formadesk.gui.dialogs.learner_dialog import LearnerDialog  # noqa: E402
from formadesk.gui.tabs.learners import LearnersTab  # noqa: E402
from tests.core.attendance_factories import held_session  # noqa: E402


def make_tab(office, bus, qtbot) -> LearnersTab:
    tab = LearnersTab(office, bus)
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    return tab


def test_exporting_a_persons_data_to_a_chosen_folder(office, bus, qtbot, add_learner, tmp_path):
    lea = add_learner("Durand", "Léa", email="lea.durand@example.org")
    tab = make_tab(office, bus, qtbot)
    tab.show_learner(lea)
    data = tab.privacy
    assert data.export_button.isEnabled() and data.anonymise_button.isEnabled()
    data.choose_folder = lambda: tmp_path / "rgpd"
    xlsx, json_path = data.export_data()
    today = dt.date.today().isoformat()
    assert xlsx.name == f"Données personnelles - DURAND Léa - {today}.xlsx" and xlsx.is_file()
    content = json.loads(json_path.read_text(encoding="utf-8"))
    assert content["identite"]["E-mail"] == "lea.durand@example.org"
    assert data.state_label.text() == f"Données exportées dans « {tmp_path / 'rgpd'} »."
    assert data.state_label.toolTip() == f"{xlsx.name}\n{json_path.name}"
    assert [r.action for r in office.privacy.log()] == ["export_donnees"]


def test_anonymising_on_request_then_the_dossier_shows_the_anonymised_person(
    office, bus, qtbot, add_learner
):
    held = held_session(office, dt.date(2026, 11, 2))  # over: nothing blocks
    lea = office.enrollments.get(held.enrollments[0]).learner_id
    tab = make_tab(office, bus, qtbot)
    tab.show_learner(lea)
    data = tab.privacy
    asked = []
    data.ask_reason = lambda name, kept: asked.append((name, kept)) or "Demande de la personne"
    assert data.anonymise()
    assert asked == [("DURAND Léa", "Documents gardés : aucun. Supprimés : aucun.")]
    assert tab.ui.dossierTitle.text().strip() == "ANONYME 1"
    assert "Durand" not in tab.ui.identityLabel.text()
    assert data.state_label.text().startswith("Anonymisé(e) le ")
    assert not data.anonymise_button.isEnabled() and data.export_button.isEnabled()
    assert [tab.model.learner_id(r) for r in range(tab.model.rowCount())] == [
        office.enrollments.get(e).learner_id for e in held.enrollments[1:]
    ]
    tab.ui.searchEdit.setText("Durand")
    tab.apply_filter()
    assert tab.model.rowCount() == 0
    [line] = office.privacy.log(action="anonymisation")
    assert line.label == "Apprenant n° 1" and "Motif : Demande de la personne." in line.detail
    # Its record opens read-only, saying why; Enregistrer cannot be pressed.
    dialog = LearnerDialog(office, lea)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Apprenant : ANONYME 1"
    assert not dialog.ui.lastNameEdit.isEnabled() and not dialog.ui.emailEdit.isEnabled()
    assert dialog.ui.phoneEdit.text() == dialog.ui.phoneEdit.placeholderText() == ""
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.ui.errorLabel.text().startswith("Données personnelles anonymisées le ")


def test_a_learner_in_a_session_to_come_cannot_be_anonymised(office, bus, qtbot):
    held = held_session(office, dt.date.today() + dt.timedelta(days=30))
    lea = office.enrollments.get(held.enrollments[0]).learner_id
    tab = make_tab(office, bus, qtbot)
    tab.show_learner(lea)
    tab.privacy.ask_reason = lambda name, kept: "Demande"
    assert not tab.privacy.anonymise()
    box = tab.privacy.findChild(QMessageBox, "errorBox")
    assert box is not None and "DURAND Léa ne peut pas encore être anonymisé(e)" in box.text()
    assert "pas encore terminée : attendez sa fin ou annulez l'inscription" in box.text()
    box.close()
    assert office.learners.get(lea).last_name == "Durand"
