"""The enrolment dialog proposes the learner's employer and scheme, and creates a learner."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from formadesk.core.services.parties import ClientData
from formadesk.gui.dialogs.enroll_dialog import EnrollDialog
from tests.core.factories import make_course, make_learner, make_session

SIRET = "73282932000074"


def open_dialog(qtbot, office, session_id: int) -> EnrollDialog:
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def save(qtbot, dialog: QDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_employer_is_proposed_as_client_and_the_scheme_from_the_status(qtbot, office):
    bakery = office.parties.save_client(ClientData(name="Boulangerie Émile", siret=SIRET))
    other = office.parties.save_client(ClientData(name="Garage Dupont", siret="35600000000048"))
    session_id = make_session(office, make_course(office))
    apprentice = make_learner(
        office,
        "Durand",
        "Zoé",
        status="apprenti",
        employer_name="Boulangerie Émile",
        employer_siret=SIRET,
    )
    jobseeker = make_learner(office, "Petit", "Jeanne", status="demandeur_emploi")
    dialog = open_dialog(qtbot, office, session_id)
    ui = dialog.ui

    assert dialog.select_learner(apprentice)
    assert (ui.clientField.text(), ui.clientField.party_id()) == ("Boulangerie Émile", bakery)
    assert ui.schemeCombo.currentText() == "Apprentissage"
    assert dialog.select_learner(jobseeker)
    assert ui.clientField.party_id() is None
    assert ui.schemeCombo.currentText() == "Demandeurs d'emploi"

    qtbot.keyClicks(ui.clientField, "garage")  # the user's own choice is kept
    qtbot.waitUntil(lambda: ui.clientField.matches.rowCount() == 1)
    ui.clientField.choose_row(0)
    assert dialog.select_learner(apprentice)
    assert ui.clientField.party_id() == other
    assert ui.schemeCombo.currentText() == "Apprentissage"
    save(qtbot, dialog)
    [row] = office.enrollments.for_session(session_id)
    assert (row.learner_id, row.client_name, row.funding_scheme) == (
        apprentice,
        "Garage Dupont",
        "apprentissage",
    )


def test_a_new_learner_is_created_from_the_dialog_and_ticked(qtbot, office):
    session_id = make_session(office, make_course(office))
    make_learner(office, "Martin", "Paul")
    dialog = open_dialog(qtbot, office, session_id)
    qtbot.mouseClick(dialog.ui.newLearnerButton, Qt.MouseButton.LeftButton)
    form = dialog.learner_dialog
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.ui.lastNameEdit, "Nguyen")
    qtbot.keyClicks(form.ui.firstNameEdit, "Linh")
    qtbot.keyClicks(form.ui.emailEdit, "linh.nguyen@exemple.fr")
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())

    listing = dialog.ui.learnerList
    assert [listing.item(i).text().split(" · ")[0] for i in range(listing.count())] == [
        "NGUYEN Linh"
    ]
    assert listing.item(0).checkState() == Qt.CheckState.Checked
    assert dialog.ui.selectedLabel.text() == "1 apprenant sélectionné : NGUYEN Linh"
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = office.enrollments.for_session(session_id)
    assert row.learner_name == "NGUYEN Linh"


def test_a_proposed_client_emptied_by_the_user_stays_empty(qtbot, office):
    office.parties.save_client(ClientData(name="Boulangerie Émile", siret=SIRET))
    session_id = make_session(office, make_course(office))
    make_learner(office, "Durand", "Zoé", employer_name="Boulangerie Émile", employer_siret=SIRET)
    dialog = open_dialog(qtbot, office, session_id)  # the only learner: highlighted
    field = dialog.ui.clientField
    assert field.text() == "Boulangerie Émile"
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.party_id() is None
    save(qtbot, dialog)
    [row] = office.enrollments.for_session(session_id)
    assert row.client_name == ""
