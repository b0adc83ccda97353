"""The enrolment dialog finds any client among thousands, by name without accents or by SIRET."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QDialog, QDialogButtonBox  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from formadesk.core.model import Client  # noqa: E402
from formadesk.gui.dialogs.enroll_dialog import EnrollDialog  # noqa: E402
from tests.core.factories import make_course, make_learner, make_session  # noqa: E402

SCREENSHOT = os.environ.get("FORMADESK_SCREENSHOTS", "")
CLIENTS = 1770
WANTED = 1700  # far beyond the 500 the old combo box held


def add_clients(office) -> int:
    """1,770 clients in one transaction; the 1,700th is « Boulangerie Émile » in Saint-Étienne."""
    rows = [
        {"kind": "entreprise", "name": f"Entreprise {i:04d}", "city": "Lyon", "siret": ""}
        for i in range(1, CLIENTS + 1)
    ]
    rows[WANTED - 1].update(name="Boulangerie Émile", city="Saint-Étienne", siret="44298176700001")
    with office.database.unit_of_work() as s:
        s.execute(insert(Client), rows)
    return next(r.id for r in office.parties.search("Boulangerie Émile"))


def save_with_popup(dialog, popup, path: str) -> None:
    """The dialog with the completer's list drawn where it shows (a window of its own)."""
    shot = dialog.grab()
    painter = QPainter(shot)
    painter.drawPixmap(
        popup.mapToGlobal(QPoint(0, 0)) - dialog.mapToGlobal(QPoint(0, 0)), popup.grab()
    )
    painter.end()
    shot.save(path)


def open_dialog(qtbot, office) -> EnrollDialog:
    session_id = make_session(office, make_course(office))
    make_learner(office)
    dialog = EnrollDialog(office, session_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_1700th_client_is_found_without_accents_and_chosen(qtbot, office):
    wanted = add_clients(office)
    dialog = open_dialog(qtbot, office)
    field = dialog.ui.clientField
    qtbot.keyClicks(field, "boulangerie emile")
    qtbot.waitUntil(lambda: field.matches.rowCount() == 1)
    assert field.matches.item(0).text().startswith("Boulangerie Émile — Saint-Étienne")
    assert field.completer_.popup().isVisible()
    if SCREENSHOT:
        save_with_popup(dialog, field.completer_.popup(), f"{SCREENSHOT}/enroll_client_search.png")
    field.choose_row(0)
    assert field.text() == "Boulangerie Émile" and field.party_id() == wanted

    dialog.ui.learnerList.setCurrentRow(0)
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [row] = office.enrollments.for_session(dialog.session_id)
    assert row.client_name == "Boulangerie Émile"


def test_a_client_is_found_by_siret_or_city_and_typing_over_it_unchooses_it(qtbot, office):
    wanted = add_clients(office)
    dialog = open_dialog(qtbot, office)
    field = dialog.ui.clientField
    for text in ("442 981 767", "saint-etienne"):
        field.clear()
        qtbot.keyClicks(field, text)
        assert [r.id for r in field.search()] == [wanted]
    field.choose_row(0)
    assert field.party_id() == wanted
    qtbot.keyClicks(field, "x")
    assert field.party_id() is None  # the text no longer names it
