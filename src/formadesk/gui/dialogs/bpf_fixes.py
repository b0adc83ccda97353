"""« Corriger » an item of the BPF's « À vérifier » list: the dialog where the missing data is
entered, chosen by the item's ``fix`` code (core/reporting/bpf_data.MissingItem).

The dialogs save through the facade; the change signal then makes the BPF page recompute.
The attendance sheet is opened the way the « À faire » list opens it (gui/task_fixes.py).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QWidget

from formadesk.core.errors import FormadeskError
from formadesk.core.reporting.bpf_data import FIX_LABELS, LINE_CHOICES, MissingItem, c_title

from .. import task_fixes
from ..messages import show_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("BpfFixes", text)


DERIVED = "Ligne déduite de la facture (automatique)"


def fix_label(fix: str) -> str:
    """What the button says: « Compléter la formation… », « Ouvrir la session »."""
    label = FIX_LABELS.get(fix, FIX_LABELS["session"])
    return label if fix == "session" else f"{label}…"


def _window_modal(dialog: QDialog) -> QDialog:
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _course(page, item: MissingItem):
    from .course_dialog import CourseDialog

    return _window_modal(CourseDialog(page.office, item.target_id, page))


def _learner(page, item: MissingItem):
    from .learner_dialog import LearnerDialog

    return _window_modal(LearnerDialog(page.office, item.target_id, page))


def _enrollment(page, item: MissingItem):
    from .enrollment_dialog import EnrollmentDialog

    return _window_modal(EnrollmentDialog(page.office, item.target_id, page))


def _attendance(page, item: MissingItem):
    # task_fixes.attendance reads the session from ``row.session_id``; the item's target is it.
    if item.session_id is None and item.target_id:
        item = dataclasses.replace(item, session_id=item.target_id)
    return task_fixes.attendance(page, item)


def _session(page, item: MissingItem):
    session_id = item.session_id if item.session_id is not None else item.target_id
    page.session_requested.emit(session_id)
    return None


def line_chooser(page, item: MissingItem) -> QInputDialog:
    """The C line of an invoice line the BPF cannot place by itself (its origin)."""
    dialog = QInputDialog(page)
    dialog.setObjectName("bpfLineChooser")
    dialog.setWindowTitle(_tr("Ligne du cadre C"))
    dialog.setLabelText(
        _tr("{text}\n\nDans quelle ligne du cadre C ce produit est-il déclaré ?").format(
            text=item.text
        )
    )
    labels = [_tr(DERIVED)] + [c_title(code) for code in LINE_CHOICES]
    codes = ["", *LINE_CHOICES]
    dialog.setComboBoxItems(labels)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(_tr("Enregistrer"))
    dialog.setCancelButtonText(_tr("Annuler"))
    dialog.setTextValue(labels[0])  # Entrée by mistake changes nothing

    def chosen(text: str) -> None:
        code = codes[labels.index(text)] if text in labels else ""
        try:
            page.office.bpf.set_line_source(item.target_id, code)
        except FormadeskError as error:
            show_error(page, error)

    dialog.textValueSelected.connect(chosen)
    _window_modal(dialog)
    for label in dialog.findChildren(QLabel):  # the item's sentence, on several lines
        label.setWordWrap(True)
    dialog.layout().activate()
    dialog.adjustSize()
    return dialog


FIXES: dict[str, Callable] = {
    "course": _course,
    "learner": _learner,
    "enrollment": _enrollment,
    "attendance": _attendance,
    "invoice_line": line_chooser,
    "session": _session,
}


def open_fix(page: QWidget, item: MissingItem):
    """Open what fixes ``item`` from ``page`` (which has ``office``, ``bus`` and
    ``session_requested``); returns the dialog opened, or None (a session shown, an error)."""
    action = FIXES.get(item.fix, _session)
    try:
        return action(page, item)
    except FormadeskError as error:  # the record was deleted meanwhile ...
        show_error(page, error)
        return None
