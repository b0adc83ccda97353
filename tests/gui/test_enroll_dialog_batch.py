"""Enrolling is quick: several learners ticked at once, a funder in subrogation, all or none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from sqlalchemy import select

from formadesk.core.model import Enrollment, FundingLine
from formadesk.gui.dialogs.enroll_dialog import EnrollDialog
from tests.core.factories import make_course, make_learner, make_session

NAMES = ("Martin", "Petit", "Durand")


def open_dialog(qtbot, office, session_id: int) -> EnrollDialog:
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def tick_by_keyboard(qtbot, dialog: EnrollDialog, learner_id: int) -> None:
    """Highlight the learner's row and press Space, as a user ticking the box does."""
    assert dialog.select_learner(learner_id)
    qtbot.keyClick(dialog.ui.learnerList, Qt.Key.Key_Space)


def save(qtbot, dialog: EnrollDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def funding_lines(office) -> list[tuple]:
    with office.database.reading() as s:
        return s.execute(
            select(
                FundingLine.enrollment_id,
                FundingLine.subrogation,
                FundingLine.agreement_number,
                FundingLine.status,
                FundingLine.amount_cents,
            ).order_by(FundingLine.id)
        ).all()


def test_three_learners_enrolled_at_once_with_an_opco_in_subrogation(qtbot, office):
    session_id = make_session(office, make_course(office))
    learners = [make_learner(office, name, "Paul") for name in NAMES]
    dialog = open_dialog(qtbot, office, session_id)
    for learner_id in learners:
        tick_by_keyboard(qtbot, dialog, learner_id)
    assert dialog.ui.selectedLabel.text() == (
        "3 apprenants sélectionnés : DURAND Paul, MARTIN Paul, PETIT Paul"
    )
    save_button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert save_button.text() == "Inscrire 3 apprenants"
    assert not dialog.ui.subrogationCheck.isEnabled()  # no funder yet

    funder = dialog.ui.funderField
    qtbot.keyClicks(funder, "atlas")
    qtbot.waitUntil(lambda: funder.matches.rowCount() == 1)
    funder.choose_row(0)
    qtbot.mouseClick(dialog.ui.subrogationCheck, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.ui.agreementEdit, "PEC-2027-118")
    qtbot.keyClicks(dialog.ui.amountEdit, "500")
    qtbot.keyClicks(dialog.ui.discountEdit, "40")
    combo = dialog.ui.fundingStatusCombo
    combo.setCurrentIndex(combo.findText("Demandée"))
    save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    rows = office.enrollments.for_session(session_id)
    assert sorted(r.learner_id for r in rows) == learners
    assert {r.funder_name for r in rows} == {"Atlas"}
    lines = funding_lines(office)
    assert sorted(line[0] for line in lines) == sorted(dialog.saved_ids)
    assert {line[1:] for line in lines} == {(True, "PEC-2027-118", "demandee", 50000)}
    with office.database.reading() as s:
        assert set(s.scalars(select(Enrollment.discount_cents))) == {4000}


def test_a_full_session_refuses_the_batch_and_writes_nothing(qtbot, office):
    session_id = make_session(office, make_course(office), places=2)
    learners = [make_learner(office, name, "Paul") for name in NAMES]
    dialog = open_dialog(qtbot, office, session_id)
    for learner_id in learners:
        tick_by_keyboard(qtbot, dialog, learner_id)
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == (
        "2 places libres pour 3 apprenants : inscrivez les autres en liste d'attente "
        "ou augmentez le nombre de places."
    )
    assert office.enrollments.for_session(session_id) == []
    assert dialog.ui.selectedLabel.text().startswith("3 apprenants sélectionnés")


def test_a_wrong_amount_is_said_next_to_the_field_and_nothing_is_written(qtbot, office):
    session_id = make_session(office, make_course(office))  # 690,00 €
    make_learner(office, "Martin", "Paul")
    dialog = open_dialog(qtbot, office, session_id)  # the only learner is highlighted
    dialog.ui.priceEdit.setText("abc")
    save(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == "Prix : « abc » n'est pas un montant (ex. 1 250,00)."
    assert dialog.ui.priceEdit.toolTip() == dialog.ui.errorLabel.text()

    dialog.ui.priceEdit.setText("690")
    dialog.ui.funderField.set_party_id(next(f.id for f in office.parties.funders()))
    qtbot.keyClicks(dialog.ui.amountEdit, "700")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Le montant pris en charge dépasse le prix" in dialog.ui.errorLabel.text()
    assert dialog.ui.amountEdit.toolTip() == dialog.ui.errorLabel.text()
    assert dialog.ui.amountEdit.text() == "700"
    assert office.enrollments.for_session(session_id) == []


def test_the_planning_question_is_asked_once_for_the_batch(qtbot, office):
    first = make_session(office, make_course(office))
    same_hours = make_session(office, make_course(office, "WORD"))
    learners = [make_learner(office, name, "Paul") for name in NAMES[:2]]
    office.enrollments.enroll(session_id=first, learner_id=learners[0])
    dialog = open_dialog(qtbot, office, same_hours)
    for learner_id in learners:
        tick_by_keyboard(qtbot, dialog, learner_id)
    asked: list[str] = []
    dialog.ask_confirmation = lambda text: asked.append(text) or False  # the user says no
    save(qtbot, dialog)
    assert len(asked) == 1
    assert "Paul Martin est inscrit(e) à deux créneaux simultanés" in asked[0]
    assert dialog.isVisible() and office.enrollments.for_session(same_hours) == []
    dialog.ask_confirmation = lambda text: True  # « Enregistrer quand même »
    save(qtbot, dialog)
    assert len(office.enrollments.for_session(same_hours)) == 2


def test_a_learner_already_enrolled_cannot_be_ticked(qtbot, office):
    session_id = make_session(office, make_course(office))
    enrolled = make_learner(office, "Martin", "Paul")
    office.enrollments.enroll(session_id=session_id, learner_id=enrolled)
    make_learner(office, "Petit", "Paul")
    dialog = open_dialog(qtbot, office, session_id)
    tick_by_keyboard(qtbot, dialog, enrolled)
    assert not dialog.tick(enrolled)
    assert dialog.ui.selectedLabel.text() == "0 apprenant sélectionné"
    assert dialog.reason_label.isVisible()
