"""Small helpers for form inputs: combos of (key, label), French dialog buttons, dates typed
by hand that are checked (« 31022026 » is said to be no date, never silently changed)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QStackedWidget,
    QWidget,
)

from ...core.formatting import parse_date_fr  # noqa: F401 - re-exported for the dialogs

CONTEXT = "Inputs"
ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"
_INSTALLED = "formadeskDateChecks"
DATE_SECTIONS = (
    QDateTimeEdit.Section.DaySection
    | QDateTimeEdit.Section.MonthSection
    | QDateTimeEdit.Section.YearSection
)


class DateTypingCheck(QObject):
    """Watches the keys typed in a date field (QDateEdit, or a QDateTimeEdit showing a date,
    whose time is typed after the date): Qt quietly turns « 31022026 » into 28/02/2026
    (or keeps the old date). What was typed is checked here, the field is outlined and
    ``problem`` holds a French message until the user types a real date or picks one.

    The message belongs to the date Qt settled on after the typing: once the field holds
    another date (picked in the calendar, or set by the dialog), it no longer counts, whatever
    order the field's ``dateChanged`` receivers run in."""

    RESET_KEYS = (
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Escape,
    )

    def __init__(self, edit: QDateTimeEdit):
        super().__init__(edit)
        self.edit = edit
        self.typed = ""
        self._message: str | None = None
        self._settled: QDate | None = None  # the date shown once Qt handled the typing
        self._typing = False  # Qt is handling a key or a focus change: its own fix-ups
        edit.installEventFilter(self)
        edit.dateChanged.connect(self._date_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self.typed = ""
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.typed = ""
            self._set_problem(None)  # arrows or calendar: Qt's own, valid, dates
        elif kind == QEvent.Type.KeyPress:
            self._key(event)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.FocusOut):
            self._typing = True  # until Qt has handled it (it may fix the date up)
            QTimer.singleShot(0, self, self._typed)  # dropped if the field is deleted
        return False

    @property
    def problem(self) -> str | None:
        """The French message of a typed date that is no date, while the field still shows
        what Qt made of it."""
        if self._message and self._settled is not None and self.edit.date() != self._settled:
            return None
        return self._message

    def _typed(self) -> None:
        self._typing = False
        if self._message:
            self._settled = self.edit.date()

    def _date_changed(self) -> None:
        if not self._typing and self.problem is None:  # picked in the calendar, or set
            self.typed = ""
            self._set_problem(None)

    def _key(self, event) -> None:
        text = event.text()
        if event.key() in self.RESET_KEYS:
            self.typed = ""
            self._set_problem(None)
        elif event.key() == Qt.Key.Key_Backspace:
            self.typed = self.typed[:-1]
        elif text and (text.isdigit() or text in "/.- ") and self._in_date():
            if len(re.sub(r"\D", "", self.typed)) >= 8:
                self.typed = ""  # a new date typed over the previous one
            self.typed += text
            self._check()

    def _in_date(self) -> bool:
        """The key goes to the day, month or year (not to the time of a date and time)."""
        return bool(self.edit.currentSection() & DATE_SECTIONS)

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
        self._message, self._settled = message, None
        self.edit.setStyleSheet(ERROR_STYLE if message else "")
        self.edit.setToolTip(message or "")


def is_date_field(widget: QWidget | None) -> bool:
    """A QDateEdit, or a QDateTimeEdit that shows a day (not a QTimeEdit)."""
    if not isinstance(widget, QDateTimeEdit):
        return False
    return bool(widget.displayedSections() & QDateTimeEdit.Section.DaySection)


def watch_date(edit: QDateTimeEdit) -> None:
    """Check the dates typed in ``edit`` (once per widget)."""
    if is_date_field(edit) and edit.findChild(DateTypingCheck) is None:
        DateTypingCheck(edit)


def watch_dates(root: QWidget) -> None:
    """Check the dates typed in every date field under ``root`` (once per widget)."""
    for edit in root.findChildren(QDateTimeEdit):
        watch_date(edit)


def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
    if new is not None and not isinstance(new, QDateTimeEdit):
        new = new.parentWidget()  # the date field's own line edit
    if isinstance(new, QDateTimeEdit):
        watch_date(new)


def install_date_checks(app: QApplication) -> None:
    """Every date field of the application checks what is typed in it, from its first focus.

    One place for all windows and dialogs, those built later (a slot table's rows) included:
    no dialog can forget it. Each dialog still decides what a wrong date stops (its
    ``date_problems``).
    """
    if app.property(_INSTALLED):
        return
    app.focusChanged.connect(_focus_changed)
    app.setProperty(_INSTALLED, True)


def date_checks_installed(app: QApplication) -> bool:
    return bool(app.property(_INSTALLED))


def date_problems(root: QWidget) -> dict[str, str]:
    """French messages of the dates typed under ``root`` that are no dates, by widget name."""
    problems = {}
    for check in root.findChildren(DateTypingCheck):
        if check.problem and _shown_in(check.edit, root):
            problems[check.edit.objectName() or "date"] = check.problem
    return problems


def _shown_in(widget: QWidget, root: QWidget) -> bool:
    """False for a field hidden on purpose; a field on another tab or page, or in a table row
    scrolled out of sight, still counts."""
    while widget is not None and widget is not root:
        parent = widget.parentWidget()
        paged = isinstance(parent, QStackedWidget) or (
            parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)
        )
        if widget.isHidden() and not paged:
            return False
        widget = parent
    return True


def first_date_problem(root: QWidget) -> str | None:
    """The first French message of a date typed under ``root`` that is no date, if any."""
    return next(iter(date_problems(root).values()), None)


def fill_combo(
    combo: QComboBox,
    items: Mapping[Any, str] | Iterable[tuple[Any, str]],
    *,
    none_label: str | None = None,
) -> None:
    """Replace a combo's items by (key, label) pairs; ``none_label`` adds a first "None" item."""
    current = combo.currentData()
    was_blocked = combo.blockSignals(True)  # a caller may have blocked them: keep them so
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    pairs = items.items() if isinstance(items, Mapping) else items
    for key, label in pairs:
        combo.addItem(label, key)
    combo.blockSignals(was_blocked)
    select_data(combo, current)


class ChoiceModel(QAbstractListModel):
    """(key, label) pairs as a combo's model: thousands of sessions are set in one step, where
    as many ``addItem`` calls take tens of milliseconds."""

    def __init__(self, pairs: list[tuple[Any, str]], parent: QObject | None = None):
        super().__init__(parent)
        self._pairs = pairs

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._pairs)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        key, label = self._pairs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        return key if role == Qt.ItemDataRole.UserRole else None


def set_choices(combo: QComboBox, pairs: Iterable[tuple[Any, str]], *, none_label: str) -> None:
    """Like ``fill_combo`` with a first "None" item, for long lists (a ``ChoiceModel``); the
    current choice is kept and no signal is sent."""
    current = combo.currentData()
    was_blocked = combo.blockSignals(True)
    combo.setModel(ChoiceModel([(None, none_label), *pairs], combo))  # deletes the old one
    select_data(combo, current)
    combo.blockSignals(was_blocked)


def select_data(combo: QComboBox, key: Any) -> bool:
    """Make the item whose data is ``key`` current; True when found."""
    for index in range(combo.count()):
        separator = combo.itemData(index, Qt.ItemDataRole.AccessibleDescriptionRole)
        if combo.itemData(index) == key and separator != "separator":
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
