"""Base for Designer-form dialogs: ``load(data)``, ``save() -> data``, inline errors."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from formadesk.core.errors import ConcurrentEditError, FormadeskError, ValidationError

from .messages import show_error
from .widgets.inputs import date_problems, watch_dates

ERROR_STYLE = "border: 1px solid #c0392b; background: #fdecea;"
NO_LIMIT = 32767  # QLineEdit's own default maximum


def lift_length_limits(root: QWidget) -> None:
    """Let every text field under ``root`` hold what was typed or pasted, whatever its length.

    A ``maxLength`` set in a Designer form would cut a pasted text without a word; the save
    then says in French how long is too long (core/guards.py), and the text stays to shorten.
    """
    for edit in root.findChildren(QLineEdit):
        if edit.maxLength() < NO_LIMIT and not isinstance(edit.parentWidget(), QAbstractSpinBox):
            edit.setMaxLength(NO_LIMIT)


def error_text(messages: list[str]) -> str:
    """The messages as the user reads them: one alone as it is, several as a bulleted list.

    A message that is already a heading with its own list (« Modification refusée : » then
    « • » lines, from the planning rules) keeps its heading without a bullet.
    """
    if len(messages) == 1:
        return messages[0]
    blocks = [m if "\n" in m else f"• {m}" for m in messages]
    return "\n".join(blocks)


class FormDialog(QDialog):
    """A dialog whose ``ui`` comes from forms/*.ui.

    Subclasses set ``ui``, implement ``load(data)``, ``collect() -> data`` and ``commit(data)``
    (the facade call). ``accept()`` collects, commits, and closes only on success: on a failed
    save the form stays as typed, the wrong fields are outlined and a French message says why.
    ``field_widgets`` maps data field names to the widget to outline.
    """

    field_widgets: dict[str, str] = {}

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.saved_id: int | None = None
        # Reads the record again (``office.learners.get(id)`` …): offered when another
        # workstation saved it meanwhile. The record read first is ``self._data``.
        self.refetch: Callable[[], object] | None = None

    # -- to implement ---------------------------------------------------------------------
    def collect(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def commit(self, data) -> int | None:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- shared behaviour -----------------------------------------------------------------
    def error_label(self) -> QLabel | None:
        return self.findChild(QLabel, "errorLabel")

    def clear_errors(self) -> None:
        for name in self.field_widgets.values():
            widget = self.findChild(QWidget, name)
            if widget is not None:
                widget.setStyleSheet("")
                widget.setToolTip("")
        label = self.error_label()
        if label is not None:
            label.clear()
            label.hide()

    def show_errors(self, errors: dict[str, str]) -> None:
        label = self.error_label()
        first: QWidget | None = None
        for field, message in errors.items():
            widget = self.findChild(QWidget, self.field_widgets.get(field, ""))
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setToolTip(message)
                first = first or widget
        if label is not None:
            label.setText(error_text(list(errors.values())))
            label.show()
        if first is not None:
            first.setFocus()

    def with_version(self, data):
        """``data`` as typed, carrying the version of the record the form was opened on:
        the core refuses the save when the record moved since (another workstation)."""
        version = getattr(getattr(self, "_data", None), "version", 0)
        if version and dataclasses.is_dataclass(data) and not getattr(data, "version", 1):
            data = dataclasses.replace(data, version=version)
        return data

    def offer_reload(self, message: str) -> None:
        """Another workstation saved the record: reload it (the typing is lost, the user
        chose so) or keep the form as typed, to copy what matters before reloading."""
        if self.refetch is not None and self.ask_reload(message):
            self.reload()

    def ask_reload(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Fiche modifiée ailleurs"), message)
        box.setParent(self, box.windowFlags())
        reload_button = box.addButton(
            self.tr("Recharger la fiche"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Garder ma saisie"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is reload_button

    def reload(self) -> None:
        """Show the record as saved now (after another workstation's change)."""
        if self.refetch is None:
            return
        self._data = self.refetch()
        self.load(self._data)
        self.clear_errors()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        watch_dates(self)  # a date typed by hand that is no date is said, not ignored
        lift_length_limits(self)  # a text too long is said on save, never cut silently
        super().showEvent(event)

    def accept(self) -> None:
        self.clear_errors()
        typed_dates = date_problems(self)
        if typed_dates:
            self.show_errors(typed_dates)
            return
        try:
            data = self.with_version(self.collect())
            self.saved_id = self.commit(data)
        except ConcurrentEditError as error:
            self.show_errors({"form": str(error)})
            self.offer_reload(str(error))
            return
        except ValidationError as error:
            self.show_errors(error.errors)
            return
        except ValueError as error:  # a field the form itself could not read
            self.show_errors({"form": str(error)})
            return
        except FormadeskError as error:
            self.show_errors({"form": str(error)})
            return
        except Exception as error:  # noqa: BLE001 - the user must see something, never a crash
            show_error(self, error)
            return
        super().accept()
