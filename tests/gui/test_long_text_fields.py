"""A text longer than its column is said on save, never cut silently by the form."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

import formadesk.gui
from formadesk.gui.dialogs.learner_dialog import LearnerDialog
from formadesk.gui.formdialog import FormDialog

FORMS = Path(formadesk.gui.__file__).parent / "forms"
LONG_NAME = "Dupont-" + "x" * 293  # 300 characters, as pasted from another program


def test_a_pasted_300_character_name_stays_and_the_save_says_it_is_too_long(office, qtbot):
    dialog = LearnerDialog(office)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    QApplication.clipboard().setText(LONG_NAME)
    edit = dialog.ui.lastNameEdit
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.ui.firstNameEdit, "Paul")
    assert edit.text() == LONG_NAME  # nothing cut while pasting
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "300 caractères, c'est trop (100 au plus). Raccourcissez le texte." in (
        dialog.ui.errorLabel.text()
    )
    assert edit.text() == LONG_NAME
    assert office.learners.search("Dupont") == []
    dialog.grab().save("/tmp/hc-learner-long-name.png")


def test_every_form_with_a_length_limit_is_shown_by_a_form_dialog():
    """The limit is lifted in FormDialog.showEvent: a form shown otherwise would still cut."""
    limited = {
        path.stem.removeprefix("ui_")
        for path in FORMS.glob("ui_*.py")
        if "setMaxLength" in path.read_text(encoding="utf-8")
    }
    assert limited  # the forms still carry their Designer limits
    users: dict[str, list[type]] = {name: [] for name in limited}
    for info in pkgutil.walk_packages(formadesk.gui.__path__, "formadesk.gui."):
        if ".forms." in info.name:
            continue
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            source = inspect.getsource(cls)
            for form in limited:
                class_name = "Ui_" + "".join(p.title() for p in form.split("_"))
                if re.search(rf"\b{class_name}\(", source):
                    users[form].append(cls)
    for form, classes in users.items():
        assert classes, form
        assert all(issubclass(cls, FormDialog) for cls in classes), (form, classes)
