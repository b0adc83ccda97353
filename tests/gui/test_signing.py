"""Signing mode: learners sign a half-day on screen, the trainer closes it, nobody else leaves."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from formadesk.core.services.attendance import Mark
from formadesk.gui.signing import SigningWindow, start_signing
from tests.core.attendance_factories import NOW, TODAY, Held, held_session

CODE = "4821"


@pytest.fixture
def held(office) -> Held:
    return held_session(office)


@pytest.fixture
def window(qtbot, held: Held) -> SigningWindow:
    """Tuesday afternoon's half-day (today in the factory), exit code 4821."""
    window = SigningWindow(
        held.office, held.session_id, held.slots[3], exit_code=CODE, now=lambda: NOW
    )
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def tap_name(qtbot, window: SigningWindow, name: str) -> None:
    names = window.names
    item = next(
        names.item(i) for i in range(names.count()) if names.item(i).text().startswith(name)
    )
    qtbot.mouseClick(
        names.viewport(), Qt.MouseButton.LeftButton, pos=names.visualItemRect(item).center()
    )


def draw(qtbot, window: SigningWindow) -> None:
    """A zigzag drawn with the mouse across the pad's frame."""
    pad = window.pad
    frame = pad.frame()
    x0, y0, w, h = frame.left(), frame.top(), frame.width(), frame.height()
    points = [
        QPoint(int(x0 + w * (0.1 + 0.08 * i)), int(y0 + h * (0.3 if i % 2 else 0.7)))
        for i in range(10)
    ]
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=points[-1])


def dark_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (600, 200)
    return sum(
        1
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_a_learner_signs_and_the_signature_is_stored_and_verified(qtbot, window, held):
    tap_name(qtbot, window, "DURAND Léa")
    assert window.pages.currentIndex() == 1
    draw(qtbot, window)
    qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)

    stored = held.office.attendance.signatures(held.session_id)
    assert [(s.signer_name, s.enrollment_id, s.signed_at) for s in stored] == [
        ("DURAND Léa", held.enrollments[0], NOW)
    ]
    assert dark_pixels(stored[0].image) > 20
    assert held.office.attendance.verify(held.session_id).ok
    assert window.pages.currentIndex() == 0
    assert window.names.item(0).text() == "DURAND Léa   —   signé à 14h05"
    assert not window.names.item(0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert "Merci, DURAND Léa" in window.message.text()


def test_an_empty_signature_is_refused(qtbot, window, held):
    tap_name(qtbot, window, "MARTIN Hugo")
    qtbot.mouseClick(
        window.pad, Qt.MouseButton.LeftButton, pos=window.pad.frame().center().toPoint()
    )
    qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)
    assert "La signature est vide" in window.message.text()
    assert held.office.attendance.signatures(held.session_id) == []
    assert window.pages.currentIndex() == 1  # still at the pad


def test_an_absent_learner_is_greyed_and_cannot_be_chosen(qtbot, held):
    held.office.attendance.save(
        held.session_id, [Mark(held.enrollments[2], held.slots[3], "absent")], today=TODAY
    )
    window = SigningWindow(
        held.office, held.session_id, held.slots[3], exit_code=CODE, now=lambda: NOW
    )
    qtbot.addWidget(window)
    window.show()
    item = window.names.item(2)
    assert item.text() == "PETIT Inès   —   noté absent"
    tap_name(qtbot, window, "PETIT Inès")
    assert window.pages.currentIndex() == 0


def test_escape_close_and_a_wrong_code_do_not_leave(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()
    window.close()  # Alt+F4 or the title bar's cross
    assert window.isVisible()
    assert "saisissez le code" in window.message.text()

    qtbot.mouseClick(window.quit_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.lock_page.code, "1111")
    qtbot.mouseClick(window.lock_page.leave_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert "Code incorrect" in window.lock_page.error.text()

    keypad = {b.text(): b for b in window.lock_page.findChildren(QPushButton) if b.text()}
    with qtbot.waitSignal(window.left):
        for digit in CODE:  # the on-screen keypad, as on a touch laptop
            qtbot.mouseClick(keypad[digit], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(window.lock_page.leave_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_the_trainer_signs_last_and_closes_the_half_day(qtbot, window, held):
    tap_name(qtbot, window, "DURAND Léa")
    draw(qtbot, window)
    qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)
    button = window.trainer_button_of[held.trainer_id]
    assert button.text() == "Le formateur signe et clôt la demi-journée"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert "2 apprenants n'ont pas encore signé" in window.message.text()
    draw(qtbot, window)
    with qtbot.waitSignal(window.left):
        qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    half_day = held.office.attendance.grid(held.session_id, today=TODAY).half_days[3]
    assert half_day.closed
    assert held.office.attendance.verify(held.session_id).signatures == 2


def test_a_core_refusal_shows_in_french_on_the_signing_screen(qtbot, held):
    """Yesterday's half-day cannot be signed on screen: the core says so, the screen shows it."""
    window = SigningWindow(
        held.office, held.session_id, held.slots[1], exit_code=CODE, now=lambda: NOW
    )
    qtbot.addWidget(window)
    window.show()
    tap_name(qtbot, window, "DURAND Léa")
    draw(qtbot, window)
    qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)
    assert "n'est pas aujourd'hui" in window.message.text()
    assert window.isVisible()


def test_entering_asks_for_a_four_digit_code_twice(qtbot, held, main_parent):
    dialog = start_signing(
        held.office, held.session_id, held.slots[3], main_parent, now=lambda: NOW, full_screen=False
    )
    qtbot.keyClicks(dialog.code, "12")
    dialog.accept()
    assert "4 chiffres" in dialog.error.text()
    dialog.code.setText(CODE)
    dialog.again.setText("9999")
    dialog.accept()
    assert "différents" in dialog.error.text()
    dialog.again.setText(CODE)
    dialog.accept()
    window = dialog.signing_window
    assert window.isVisible() and window.exit_code == CODE
    window.ask_exit_code()
    window.lock_page.code.setText(CODE)
    window.lock_page.leave_button.click()
    assert not window.isVisible()


@pytest.fixture
def main_parent(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_a_stylus_draws_with_its_pressure(qtbot, window):
    """Tablet events reach the pad; a firm stroke is drawn thicker than a light one."""
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    pad = window.pad
    frame = pad.frame()
    device = QPointingDevice.primaryPointingDevice()

    def stroke(y: float, pressure: float) -> None:
        for kind, x in (
            (QEvent.Type.TabletPress, 0.2),
            (QEvent.Type.TabletMove, 0.5),
            (QEvent.Type.TabletRelease, 0.8),
        ):
            local = QPointF(frame.left() + frame.width() * x, frame.top() + frame.height() * y)
            event = QTabletEvent(
                kind, device, local, pad.mapToGlobal(local), pressure, 0.0, 0.0, 0.0, 0.0, 0.0,
                Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
                Qt.MouseButton.LeftButton,
            )  # fmt: skip
            QApplication.sendEvent(pad, event)

    stroke(0.3, 0.1)
    stroke(0.7, 1.0)
    assert len(pad.strokes) == 2 and not pad.is_empty()
    light, firm = (stroke.points[0][1] for stroke in pad.strokes)
    assert light < firm
    image = QImage.fromData(pad.to_png(), "PNG")

    def thickness(y: float) -> int:
        column = int(image.width() * 0.5)
        middle = int(image.height() * y)
        return sum(
            1
            for row in range(middle - 10, middle + 10)
            if image.pixelColor(column, row).lightness() < 160
        )

    assert 0 < thickness(0.3) < thickness(0.7)


def test_a_signature_made_meanwhile_is_reported_and_the_list_catches_up(qtbot, window, held):
    """The list was read before DURAND Léa signed elsewhere: the core refuses, the screen says."""
    tap_name(qtbot, window, "DURAND Léa")
    draw(qtbot, window)
    png = window.pad.to_png()
    held.office.attendance.sign(held.slots[3], png, enrollment_id=held.enrollments[0], now=NOW)
    qtbot.mouseClick(window.validate_button, Qt.MouseButton.LeftButton)
    assert window.message.text() == "DURAND Léa a déjà signé cette demi-journée."
    assert window.pages.currentIndex() == 0
    assert window.names.item(0).text() == "DURAND Léa   —   signé à 14h05"
    assert len(held.office.attendance.signatures(held.session_id)) == 1
