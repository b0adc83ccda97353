"""The sheet's cell actions: motif, justification, abandon, scanned sheet, attachments, checks."""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from reportlab.pdfgen import canvas

from tests.core.attendance_factories import NOW, START, TODAY
from tests.gui.attendance_sheet import column_texts, open_sheet, press, text


def scanned_pdf(folder: Path, name: str) -> Path:
    path = folder / name
    sheet = canvas.Canvas(str(path))
    sheet.drawString(72, 720, "Feuille d'émargement signée")
    sheet.save()
    return path


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (60, 20), "white").save(out, "PNG")
    return out.getvalue()


def test_a_motif_is_kept_with_the_mark(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_A)
    press(qtbot, dialog, Qt.Key.Key_Up)
    dialog.ask_note = lambda current: "Rendez-vous médical"
    dialog.edit_note()
    tooltip = dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Absent" in tooltip and "Motif : Rendez-vous médical" in tooltip
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    cell = office.attendance.grid(held.session_id, today=TODAY).cell(
        held.enrollments[0], held.slots[0]
    )
    assert (cell.status, cell.note) == ("absent", "Rendez-vous médical")


def test_a_justification_saves_pending_marks_first_and_can_be_opened(qtbot, office, tmp_path):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_A)  # not saved yet: the core needs the absence recorded
    press(qtbot, dialog, Qt.Key.Key_Up)
    questions: list[str] = []
    dialog.ask_yes_no = lambda title, question: questions.append(question) or True
    certificate = scanned_pdf(tmp_path, "certificat.pdf")
    dialog.ask_file = lambda title: str(certificate)
    dialog.attach_justification()

    assert "doivent d'abord être enregistrées" in questions[0]
    assert text(dialog, 0, 0) == "E"
    tooltip = dialog.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Absence excusée" in tooltip and "Justificatif : certificat.pdf" in tooltip
    opened: list[Path] = []
    dialog.open_file = lambda path: opened.append(path) or True
    [(attachment_id, name)] = dialog.attachments_at(dialog.model.index(0, 0))
    assert name == "certificat.pdf"
    menu = dialog.cell_menu(dialog.model.index(0, 0))
    assert "Ouvrir la pièce jointe : certificat.pdf" in [a.text() for a in menu.actions()]
    dialog.actions_by_text["Ouvrir la pièce jointe"].trigger()  # the cursor is on the cell
    assert opened[0].name == "certificat.pdf"
    assert opened[0].read_bytes() == certificate.read_bytes()


def test_a_justification_on_a_present_learner_is_refused_in_french(qtbot, office, tmp_path):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_P)
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, dialog, Qt.Key.Key_Up)
    dialog.ask_file = lambda title: str(scanned_pdf(tmp_path, "mail.pdf"))
    dialog.attach_justification()
    assert "n'est pas noté absent" in dialog.message_label.text()
    assert text(dialog, 0, 0) == "P"


def test_an_abandon_marks_the_later_half_days_and_can_be_undone(qtbot, office):
    dialog, held = open_sheet(qtbot, office)
    dialog.view.setCurrentIndex(dialog.model.index(2, 0))  # Petit, Monday
    dialog.ask_drop_out = lambda learner, day: (START, "A retrouvé un emploi")
    dialog.drop_out()
    assert [text(dialog, 2, c) for c in range(4)] == ["", "", "X", "X"]
    assert dialog.model.headerData(2, Qt.Orientation.Vertical) == "PETIT Inès (abandon)"
    assert "Abandon enregistré : 2 demi-journées suivantes" in dialog.message_label.text()

    menu = dialog.cell_menu(dialog.model.index(2, 0))
    assert "Annuler l'abandon" in [a.text() for a in menu.actions()]
    dialog.ask_yes_no = lambda title, question: True
    dialog.undo_drop_out()
    assert [text(dialog, 2, c) for c in range(4)] == ["", "", "", ""]
    assert dialog.model.headerData(2, Qt.Orientation.Vertical) == "PETIT Inès"


def test_a_scanned_sheet_covers_the_selected_half_days(qtbot, office, tmp_path):
    dialog, held = open_sheet(qtbot, office)
    press(qtbot, dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    before = dialog.evidence_panel.texts()
    assert "lundi 1er mars 2027 matin : ni signature à l'écran ni feuille scannée" in before[0]
    assert "Saisi sans preuve" in dialog.model.headerData(0, Qt.Orientation.Horizontal)
    selection = QItemSelection(dialog.model.index(0, 0), dialog.model.index(0, 1))
    dialog.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)
    dialog.ask_file = lambda title: str(scanned_pdf(tmp_path, "emargement.pdf"))
    dialog.attach_scan()

    for column in (0, 1):
        assert "Scan reçu" in dialog.model.headerData(column, Qt.Orientation.Horizontal)
    assert "Saisi sans preuve" not in dialog.model.headerData(0, Qt.Orientation.Horizontal)
    after = dialog.evidence_panel.texts()
    assert not any(line.startswith("lundi 1er mars 2027 matin") for line in after)
    monday_pm = next(line for line in after if line.startswith("lundi 1er mars 2027 après-midi"))
    assert "feuille scannée" not in monday_pm  # only its marks are still to enter
    assert any(line.startswith("mardi 2 mars 2027 matin") for line in after)
    assert [name for _id, name in dialog.attachments_at(dialog.model.index(1, 0))] == [
        "emargement.pdf"
    ]


def test_a_future_half_day_cannot_get_a_scan(qtbot, office, tmp_path):
    dialog, held = open_sheet(qtbot, office, today=START)
    dialog.go_to_slot(held.slots[3])
    dialog.ask_file = lambda title: str(scanned_pdf(tmp_path, "emargement.pdf"))
    dialog.attach_scan()
    assert "n'a pas encore eu lieu" in dialog.message_label.text()
    assert "À venir" in dialog.model.headerData(3, Qt.Orientation.Horizontal)


def test_checking_signatures_points_at_the_altered_half_day(qtbot, office, db_path, bus):
    held_dialog, held = open_sheet(qtbot, office, bus=bus)  # a signature elsewhere shows here
    pm = held.slots[3]
    office.attendance.sign(pm, png(), enrollment_id=held.enrollments[0], now=NOW)
    shown: list[str] = []
    held_dialog.show_info = lambda title, message: shown.append(message)
    held_dialog.verify()
    assert "aucune modification depuis la signature" in shown[-1]

    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE signatures SET signed_at = ?", (NOW + dt.timedelta(hours=1),))
    held_dialog.verify()
    assert "DURAND Léa" in shown[-1]
    assert "DURAND Léa" in held_dialog.message_label.text()
    selected = {i.column() for i in held_dialog.view.selectionModel().selectedIndexes()}
    assert selected == {3}
    assert "Signé à l'écran" in held_dialog.model.headerData(3, Qt.Orientation.Horizontal)
    assert column_texts(held_dialog, 3)[0] == "P"
