"""A learner who cannot be enrolled shows why, in full: in the row, its tooltip, under the list."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from formadesk.gui.dialogs.enroll_dialog import EnrollDialog
from tests.core.factories import make_course, make_learner, make_session

REASON = (
    "Déjà inscrit(e) à la session {code}, statut « Inscrit(e) » : pour changer son "
    "inscription, modifiez-la dans la liste des inscrits de la session."
)


def test_the_full_reason_is_readable_and_said_on_save(qtbot, office):
    session_id = make_session(office, make_course(office))
    helene = make_learner(
        office,
        birth_date=dt.date(1990, 4, 12),
        email="helene.lefevre-des-grands-champs@exemple-entreprise.fr",
        city="Saint-Étienne-de-Saint-Geoirs",
    )
    make_learner(office, "Martin", "Paul")
    office.enrollments.enroll(session_id=session_id, learner_id=helene)
    code = office.sessions.row(session_id).code
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.resize(560, 520)
    dialog.show()
    qtbot.waitExposed(dialog)
    listing = dialog.ui.learnerList
    item = next(
        listing.item(i) for i in range(listing.count()) if "LEFÈVRE" in listing.item(i).text()
    )
    reason = REASON.format(code=code)
    assert item.toolTip() == reason
    assert item.text().splitlines()[-1] == reason  # on a line of its own, wrapped, not cut
    assert listing.visualItemRect(item).height() >= 2 * listing.fontMetrics().lineSpacing()

    qtbot.mouseClick(
        listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center()
    )
    assert dialog.reason_label.isVisible()
    assert dialog.reason_label.text() == reason
    dialog.grab().save("/tmp/hc-enroll-dialog-reason.png")

    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == reason
    assert len(office.enrollments.for_session(session_id)) == 1
