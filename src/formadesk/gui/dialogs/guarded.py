"""What the resource dialogs share: planning changes that may warn, tabbed forms with errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from formadesk.core import formatting as fmt
from formadesk.core.errors import ValidationError
from formadesk.core.services.planning import ConfirmationNeeded, PlanningBlocked

from ..formdialog import FormDialog

CONTEXT = "Guarded"
T = TypeVar("T")


def run_guarded(action: Callable[[bool], object], ask: Callable[[str], bool]) -> bool:
    """Run a planning change ``action(confirm)``; on warnings ask, then confirm it.

    Returns False when the user declined (nothing was changed). ``PlanningBlocked`` and other
    errors propagate: the caller shows them where the user is looking.
    """
    try:
        action(False)
    except ConfirmationNeeded as warning:
        if not ask(summary(warning)):
            return False
        action(True)
    return True


def commit_guarded(
    action: Callable[[bool], T], ask: Callable[[str], bool], *, field: str = "form"
) -> T:
    """For a form's ``commit``: run ``action(confirm)`` through the planning rules.

    Warnings are asked with ``ask``; a blocking conflict, or a "no", raises a ValidationError
    on ``field`` whose text lists the conflicts, so the dialog stays open as typed.
    """
    results: list[T] = []
    try:
        kept = run_guarded(lambda confirm: results.append(action(confirm)), ask)
    except PlanningBlocked as error:
        raise ValidationError({field: summary(error)}) from error
    if not kept:
        declined = QCoreApplication.translate(
            CONTEXT,
            "Rien n'a été enregistré. Modifiez ce qui crée le conflit, puis enregistrez à nouveau.",
        )
        raise ValidationError({field: declined})
    return results[-1]


def ask_save_anyway(parent: QWidget | None, text: str) -> bool:
    """ "Attention : … Enregistrer quand même ?" with French buttons; True to keep the change."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate(CONTEXT, "Conflit de planning"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    keep = box.addButton(
        QCoreApplication.translate(CONTEXT, "Enregistrer quand même"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate(CONTEXT, "Annuler"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is keep


def summary(error: Exception) -> str:
    """The error for the user; a refused or warned change shows each kind of conflict once.

    A change over a long session repeats the same conflict on every slot: the first one is
    shown with the count of the others (the full text goes into a tooltip).
    """
    conflicts = getattr(error, "conflicts", None)
    if not isinstance(error, PlanningBlocked | ConfirmationNeeded) or not conflicts:
        return str(error)
    groups: dict[tuple[str, tuple[str, ...]], list] = {}
    for conflict in conflicts:
        groups.setdefault((conflict.kind, conflict.items), []).append(conflict)
    lines = [str(error).splitlines()[0]]
    for same in groups.values():
        line = f"• {same[0].message}"
        if len(same) > 1:
            others = len(same) - 1
            more = QCoreApplication.translate(CONTEXT, " — et {n}.").format(
                n=fmt.plural(
                    others,
                    QCoreApplication.translate(CONTEXT, "autre créneau"),
                    QCoreApplication.translate(CONTEXT, "autres créneaux"),
                )
            )
            line = line.rstrip(".") + more
        lines.append(line)
    if isinstance(error, ConfirmationNeeded):
        lines.append(str(error).splitlines()[-1])
    return "\n".join(lines)


class TabbedFormDialog(FormDialog):
    """A FormDialog over tabs: a refused save shows the tab of the first wrong field."""

    def show_errors(self, errors: dict[str, str]) -> None:
        for field in errors:
            widget = self.findChild(QWidget, self.field_widgets.get(field, ""))
            if widget is not None:
                reveal(widget)
                break
        super().show_errors(errors)


def reveal(widget: QWidget) -> None:
    """Make every tab page that holds ``widget`` the current one."""
    child: QWidget | None = widget
    while child is not None:
        parent = child.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child = parent
