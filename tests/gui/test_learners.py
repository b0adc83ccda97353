"""The learners tab, its paged model and the learner dialog, on a real database."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.core.office import Office
from formadesk.gui.dialogs.learner_dialog import LearnerDialog
from formadesk.gui.models.learners import LearnersModel
from formadesk.gui.tabs.learners import LearnersTab


def make_tab(office, bus, qtbot) -> LearnersTab:
    tab = LearnersTab(office, bus)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def click_save(dialog: LearnerDialog, qtbot) -> None:
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton
    )


def test_create_learner_through_dialog_survives_reopening(office, bus, db_path, qtbot):
    tab = make_tab(office, bus, qtbot)
    qtbot.mouseClick(tab.ui.newButton, Qt.LeftButton)
    dialog = tab.findChild(LearnerDialog)
    dialog.ui.lastNameEdit.insert("Lefèvre")  # QTest types ASCII only
    dialog.ui.firstNameEdit.insert("Hélène")
    qtbot.keyClicks(dialog.ui.emailEdit, "helene.lefevre@exemple.fr")
    qtbot.keyClicks(dialog.ui.birthDateEdit, "12/03/1985")
    click_save(dialog, qtbot)

    assert not dialog.isVisible()
    assert tab.model.rowCount() == 1
    assert tab.selected_id() == dialog.saved_id
    assert "LEFÈVRE" in tab.ui.dossierTitle.text()
    office.close()
    with Office.open(db_path) as reopened:
        learner = reopened.learners.get(dialog.saved_id)
    assert (learner.last_name, learner.email) == ("Lefèvre", "helene.lefevre@exemple.fr")
    assert learner.birth_date.isoformat() == "1985-03-12"


def test_invalid_email_keeps_dialog_open_and_writes_nothing(office, qtbot):
    dialog = LearnerDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.lastNameEdit, "Martin")
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Paul")
    qtbot.keyClicks(dialog.ui.emailEdit, "paul.martin@@exemple")
    click_save(dialog, qtbot)

    assert dialog.isVisible()
    assert "e-mail" in dialog.ui.errorLabel.text()
    assert dialog.ui.emailEdit.styleSheet()  # outlined
    assert dialog.ui.emailEdit.text() == "paul.martin@@exemple"
    assert office.learners.count() == 0


def test_duplicate_refused_when_user_says_no(office, add_learner, qtbot):
    add_learner("Martin", "Paul")
    dialog = LearnerDialog(office)
    qtbot.addWidget(dialog)
    dialog.confirm_duplicates = lambda duplicates: False
    dialog.ui.lastNameEdit.setText("MARTIN")
    dialog.ui.firstNameEdit.setText("paul")
    click_save(dialog, qtbot)
    assert "existe peut-être déjà" in dialog.ui.errorLabel.text()
    assert office.learners.count() == 1


def test_clicking_a_header_sorts_in_sql(office, bus, add_learner, qtbot):
    for last, first in (("Bernard", "Zoé"), ("Aubert", "Yves"), ("Colin", "Xavier")):
        add_learner(last, first)
    tab = make_tab(office, bus, qtbot)
    view = tab.ui.learnersView
    names = lambda: [tab.model.index(r, 0).data() for r in range(3)]  # noqa: E731
    assert names() == ["AUBERT", "BERNARD", "COLIN"]

    header = view.horizontalHeader()
    first_name_x = header.sectionViewportPosition(1) + 10
    qtbot.mouseClick(header.viewport(), Qt.LeftButton, pos=QPoint(first_name_x, 5))
    assert names() == ["COLIN", "AUBERT", "BERNARD"]  # Xavier, Yves, Zoé


def test_model_over_5000_learners_fetches_pages_only(office, many_learners):
    many_learners(5000)
    model = LearnersModel(office.learners)
    assert model.rowCount() == 5000
    assert model.pages_fetched == 1  # the count comes with the first page, in one query
    assert model.index(4999, 0).data() == "NOM04999"
    assert model.index(0, 0).data() == "NOM00000"
    assert model.pages_fetched == 2
    for row in range(0, 5000, 50):
        model.index(row, 0).data()
    assert model.cached_page_count <= model.MAX_PAGES
