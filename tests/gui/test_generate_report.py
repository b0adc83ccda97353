"""The generation dialog shows who a batch skipped and why (issue 7, « nothing false »)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt

from formadesk.gui.dialogs.generate_dialog import GenerateDialog
from tests.core.factories import make_course, make_learner, make_session


def test_cover_letters_skip_learners_with_nothing_to_enclose(qtbot, office):
    session = make_session(office, make_course(office))
    enrolled = {}
    for last, first in (("Lefèvre", "Hélène"), ("Durand", "Léa")):
        learner = make_learner(office, last, first)
        enrolled[last] = office.enrollments.enroll(session_id=session, learner_id=learner)
    office.documents.generate("convocation", session, enrollment_ids=[enrolled["Lefèvre"]])

    dialog = GenerateDialog(office, session, kind_key="courrier")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_kind("courrier", "pdf")
    qtbot.mouseClick(dialog.ui.generateButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)

    assert dialog.ui.pages.currentWidget() is dialog.ui.donePage, dialog.ui.errorLabel.text()
    assert dialog.ui.summaryLabel.text() == (
        "1 document produit ; ignoré : DURAND Léa (aucun document à joindre)."
    )
    items = [dialog.ui.fileList.item(i) for i in range(dialog.ui.fileList.count())]
    assert [item.text() for item in items][1:] == ["Ignoré : DURAND Léa (aucun document à joindre)"]
    assert "LEFÈVRE Hélène" in items[0].text()
    assert "Aucun document n'a encore été produit pour Léa Durand" in items[1].toolTip()
    assert not items[1].flags() & Qt.ItemFlag.ItemIsEnabled  # nothing to open
