"""The outcome grid of a session, driven from the sessions tab with the keyboard (issue 10)."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from formadesk.core.model import TrainingSession
from formadesk.gui.bus import ChangeSignal
from formadesk.gui.tabs.sessions import SessionsTab
from tests.core.factories import make_course, make_learner, make_session

TODAY = dt.date.today()


def monday_after(days: int) -> dt.date:
    day = TODAY + dt.timedelta(days=days)
    return day + dt.timedelta(days=-day.weekday() % 7)


def end_session(office, session_id: int, days_ago: int) -> None:
    with office.database.unit_of_work() as s:
        session = s.get(TrainingSession, session_id)
        delta = TODAY - dt.timedelta(days=days_ago) - session.end_date
        session.start_date += delta
        session.end_date += delta
        for slot in session.slots:
            slot.date += delta
        session.status = "terminee"
        for enrollment in session.enrollments:
            enrollment.status = "termine"


@pytest.fixture
def session_id(office):
    session = make_session(office, make_course(office), start=monday_after(14))
    for last, first in (("Lefèvre", "Hélène"), ("Dupont", "Marc")):
        office.enrollments.enroll(session_id=session, learner_id=make_learner(office, last, first))
    return session


def open_grid(qtbot, office, session_id):
    tab = SessionsTab(office, ChangeSignal(office))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_session(session_id)
    assert tab.detail.outcomesButton.isEnabled()
    qtbot.mouseClick(tab.detail.outcomesButton, Qt.MouseButton.LeftButton)
    dialog = tab.detail.outcomes_dialog
    assert dialog.isVisible() and dialog.parent() is tab  # closed with the tab
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return tab, dialog


def test_levels_are_typed_with_the_keyboard_and_saved(qtbot, office, session_id):
    end_session(office, session_id, 3)
    _tab, dialog = open_grid(qtbot, office, session_id)
    assert "O1 Construire un tableau croisé" in dialog.legend.text().replace("</b>", "")
    view, model = dialog.view, dialog.model
    assert [line.learner_name for line in model.lines] == ["DUPONT Marc", "LEFÈVRE Hélène"]
    view.setFocus()
    view.setCurrentIndex(model.index(0, 2))  # Marc, O1 fin
    qtbot.keyClick(view, Qt.Key.Key_A)  # moves down to Hélène
    qtbot.keyClick(view, Qt.Key.Key_P)
    view.setCurrentIndex(model.index(0, 1))  # Marc, O1 entrée
    qtbot.keyClick(view, Qt.Key.Key_3)
    assert model.index(0, 2).data() == "Acquis" and model.index(1, 2).data() == "Partiel"
    assert "3 modifications à enregistrer" in dialog.status.text()
    assert office.outcomes.grid(session_id).lines[0].result == {}  # nothing written yet

    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    lines = office.outcomes.grid(session_id).lines
    first = office.outcomes.grid(session_id).objectives[0].id
    assert lines[0].result == {first: "acquis"} and lines[0].entry == {first: "non_acquis"}
    assert lines[1].result == {first: "partiel"}
    assert "Résultats manquants : 2 apprenants." in dialog.status.text()
    assert not dialog.save_button.isEnabled()

    view.setCurrentIndex(model.index(1, 2))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    dialog.save()
    assert office.outcomes.grid(session_id).lines[1].result == {}


def test_before_the_first_day_only_the_positioning_is_typed(qtbot, office, session_id):
    _tab, dialog = open_grid(qtbot, office, session_id)  # the session starts in two weeks
    view, model = dialog.view, dialog.model
    assert "résultats de fin à partir du" in dialog.status.text()
    assert "Résultats complets" not in dialog.status.text()
    view.setFocus()
    view.setCurrentIndex(model.index(0, 2))  # O1 fin
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert "Les résultats de fin se saisissent à partir du" in dialog.status.text()
    assert model.index(0, 2).data() == "" and not model.pending
    view.setCurrentIndex(model.index(0, 1))  # O1 entrée
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert dialog.save() is not None
    assert office.outcomes.grid(session_id).lines[0].entry  # the positioning is saved


def test_a_refused_save_keeps_what_was_typed(qtbot, office, session_id, monkeypatch):
    _tab, dialog = open_grid(qtbot, office, session_id)
    told: list[str] = []
    monkeypatch.setattr(dialog, "tell", lambda text, warning=False: told.append(text))
    model = dialog.model
    model.set_value(model.index(0, 2), "acquis")  # a result cell, set past the keyboard
    assert dialog.save() is None
    assert told[-1].startswith("Rien n'a été enregistré. Corrigez :")
    assert "se saisissent à partir de ce jour" in told[-1]
    assert model.index(0, 2).data() == "Acquis" and len(model.pending) == 1
    assert office.outcomes.grid(session_id).lines[0].result == {}
    model.pending.clear()


def test_the_trainer_grid_goes_out_and_comes_back_with_what_changes(
    qtbot, office, session_id, tmp_path, monkeypatch
):
    end_session(office, session_id, 2)
    _tab, dialog = open_grid(qtbot, office, session_id)
    told: list[str] = []
    asked: list[str] = []
    monkeypatch.setattr(dialog, "tell", lambda text, warning=False: told.append(text))
    monkeypatch.setattr(dialog, "ask_save_path", lambda name: str(tmp_path / name))
    path = dialog.export_grid()
    assert path is not None and path.name.startswith("Resultats-")
    assert "Envoyez-la au formateur" in told[-1]

    book = load_workbook(path)
    sheet = book["Résultats"]
    sheet.cell(7, 4).value = "Acquis"  # Marc (first row), O1 fin
    sheet.cell(8, 4).value = "Bof"
    book.save(path)
    monkeypatch.setattr(dialog, "ask_open_path", lambda: str(path))
    monkeypatch.setattr(dialog, "ask_confirmation", lambda text: asked.append(text) or True)
    assert dialog.import_grid() is None
    assert "n'est pas importé ; rien n'a changé" in told[-1] and "« Bof »" in told[-1]
    assert not asked

    sheet.cell(8, 4).value = "non acquis"
    book.save(path)
    changes = dialog.import_grid()
    assert "apporte 2 changements" in asked[-1]
    assert "DUPONT Marc, O1 — fin : (vide) → Acquis" in asked[-1]
    assert len(changes) == 2
    assert dialog.model.index(0, 2).data() == "Acquis"
    assert dialog.model.index(1, 2).data() == "Non acquis"


def test_closing_with_unsaved_levels_asks_first(qtbot, office, session_id, monkeypatch):
    _tab, dialog = open_grid(qtbot, office, session_id)
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(0, 1))
    qtbot.keyClick(dialog.view, Qt.Key.Key_N)
    questions: list[str] = []
    monkeypatch.setattr(dialog, "ask_confirmation", lambda text: questions.append(text) or False)
    dialog.close()
    assert dialog.isVisible() and "Fermer sans enregistrer 1 modification" in questions[-1]
    dialog.model.pending.clear()


def test_closing_without_changes_closes_by_every_way(qtbot, office, session_id):
    """« Fermer », Échap and the title bar's ✕ close a grid with nothing pending (the
    « Corriger » of a results reminder opens it)."""
    for close in (
        lambda d: d.reject(),
        lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape),
        lambda d: d.close(),
    ):
        _tab, dialog = open_grid(qtbot, office, session_id)
        assert dialog.isVisible()
        close(dialog)
        assert not dialog.isVisible()
