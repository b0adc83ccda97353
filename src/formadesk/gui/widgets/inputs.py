"""Small helpers for form inputs: combos of (key, label), French dialog buttons, dates typed
by hand that are checked (« 31022026 » is said to be no date, never silently changed)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QWidget

CONTEXT = "Inputs"
ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"
_DATE = re.compile(r"^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$")


def parse_date_fr(text: str) -> dt.date | None:
    """« 12/03/1985 », « 12.03.1985 » or « 12031985 » -> date; empty -> None.

    Raises ValueError with a French message.
    """
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
    elif text.isdigit() and len(text) == 8:
        day, month, year = int(text[:2]), int(text[2:4]), int(text[4:])
    else:
        raise ValueError(
            f"La date « {text} » n'est pas comprise : saisissez-la sous la forme JJ/MM/AAAA "
            "(par exemple 12/03/1985)."
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(
            f"La date « {text} » n'existe pas : vérifiez le jour et le mois."
        ) from None


class DateTypingCheck(QObject):
    """Watches the keys typed in a QDateEdit: Qt quietly turns « 31022026 » into 28/02/2026
    (or keeps the old date). What was typed is checked here, the field is outlined and
    ``problem`` holds a French message until the user types a real date or picks one."""

    RESET_KEYS = (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Escape,
    )

    def __init__(self, edit: QDateEdit):
        super().__init__(edit)
        self.edit = edit
        self.typed = ""
        self.problem: str | None = None
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.typed = ""
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.typed = ""
            self._set_problem(None)  # arrows or calendar: Qt's own, valid, dates
        elif kind == QEvent.Type.KeyPress:
            self._key(event)
        return False

    def _key(self, event) -> None:
        text = event.text()
        if event.key() in self.RESET_KEYS:
            self.typed = ""
            self._set_problem(None)
        elif event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif text and (text.isdigit() or text in "/.- "):
            if len(re.sub(r"\D", "", self.typed)) >= 8:
                self.typed = ""  # a new date typed over the previous one
            self.typed += text
            self._check()

    def _check(self) -> None:
        digits = re.sub(r"\D", "", self.typed)
        if len(digits) < 8:
            return
        try:
            parse_date_fr(self.typed)
        except ValueError as error:
            self._set_problem(str(error))
        else:
            self._set_problem(None)

    def _set_problem(self, message: str | None) -> None:
        self.problem = message
        self.edit.setStyleSheet(ERROR_STYLE if message else "")
        self.edit.setToolTip(message or "")


def watch_dates(root: QWidget) -> None:
    """Check the dates typed in every QDateEdit under ``root`` (once per widget)."""
    for edit in root.findChildren(QDateEdit):
        if edit.findChild(DateTypingCheck) is None:
            DateTypingCheck(edit)


def date_problems(root: QWidget) -> dict[str, str]:
    """French messages of the dates typed under ``root`` that are no dates, by widget name."""
    problems = {}
    for check in root.findChildren(DateTypingCheck):
        if check.problem and check.edit.isVisibleTo(root):
            problems[check.edit.objectName() or "date"] = check.problem
    return problems


def fill_combo(
    combo: QComboBox,
    items: Mapping[Any, str] | Iterable[tuple[Any, str]],
    *,
    none_label: str | None = None,
) -> None:
    """Replace a combo's items by (key, label) pairs; ``none_label`` adds a first "None" item."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    pairs = items.items() if isinstance(items, Mapping) else items
    for key, label in pairs:
        combo.addItem(label, key)
    combo.blockSignals(False)
    select_data(combo, current)


def select_data(combo: QComboBox, key: Any) -> bool:
    """Make the item whose data is ``key`` current; True when found."""
    for index in range(combo.count()):
        if combo.itemData(index) == key:
            combo.setCurrentIndex(index)
            return True
    return False


def french_buttons(box: QDialogButtonBox) -> None:
    """French texts on the standard buttons, whether or not Qt's own translations are loaded."""
    texts = {
        QDialogButtonBox.StandardButton.Save: QCoreApplication.translate(CONTEXT, "Enregistrer"),
        QDialogButtonBox.StandardButton.Cancel: QCoreApplication.translate(CONTEXT, "Annuler"),
        QDialogButtonBox.StandardButton.Ok: QCoreApplication.translate(CONTEXT, "OK"),
        QDialogButtonBox.StandardButton.Close: QCoreApplication.translate(CONTEXT, "Fermer"),
    }
    for standard, text in texts.items():
        button = box.button(standard)
        if button is not None:
            button.setText(text)
