"""The exit code of signing mode: chosen by the assistant on entering, asked for on leaving."""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

CODE_PATTERN = re.compile(r"\d{4}")


def code_edit(parent: QWidget) -> QLineEdit:
    """A field for a 4-digit code, shown as dots."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(4)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), edit))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    return edit


class ExitCodePage(QWidget):
    """The page of the signing window where the assistant types the exit code."""

    unlocked = Signal(str)  # the code typed; the window checks it
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        prompt = QLabel(
            self.tr(
                "Pour quitter le mode signature, l'assistante ou le formateur saisit le code de "
                "sortie à 4 chiffres choisi au début."
            ),
            self,
        )
        prompt.setWordWrap(True)
        self.code = code_edit(self)
        self.code.setObjectName("exitCodeEdit")
        self.code.setStyleSheet("font-size: 28pt;")
        self.code.setMaximumWidth(260)
        self.code.returnPressed.connect(self._submit)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.leave_button = QPushButton(self.tr("Quitter le mode signature"), self)
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.clicked.connect(self._submit)
        back = QPushButton(self.tr("Retour à la liste"), self)
        back.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        for button in (back, self.leave_button):
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.code)
        layout.addLayout(self._keypad())
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _keypad(self) -> QGridLayout:
        """Digits to touch, for a touch laptop without a keyboard at hand."""
        grid = QGridLayout()
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "⌫"]
        for index, key in enumerate(keys):
            if not key:
                continue
            button = QPushButton(key, self)
            button.setFixedSize(84, 64)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "⌫":
                button.setToolTip(self.tr("Effacer le dernier chiffre"))
                button.clicked.connect(self.code.backspace)
            else:
                button.clicked.connect(lambda _c=False, k=key: self.code.insert(k))
            grid.addWidget(button, index // 3, index % 3)
        grid.setColumnStretch(3, 1)
        return grid

    def reset(self) -> None:
        self.code.clear()
        self.error.clear()
        self.code.setFocus()

    def refuse(self) -> None:
        self.code.clear()
        self.error.setText(self.tr("Code incorrect : le mode signature reste ouvert."))
        self.code.setFocus()

    def _submit(self) -> None:
        self.unlocked.emit(self.code.text())


class ExitCodeDialog(QDialog):
    """Before entering signing mode: the assistant chooses the code that will let her out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("exitCodeDialog")
        self.setWindowTitle(self.tr("Mode signature"))
        intro = QLabel(
            self.tr(
                "Choisissez un code de sortie à 4 chiffres. Pendant la signature, l'écran ne "
                "montre que la feuille d'émargement ; ce code sera demandé pour en sortir."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.code = code_edit(self)
        self.code.setObjectName("newCodeEdit")
        self.again = code_edit(self)
        self.again.setObjectName("repeatCodeEdit")
        form = QFormLayout()
        form.addRow(self.tr("Code de sortie :"), self.code)
        form.addRow(self.tr("Confirmez le code :"), self.again)
        self.error = QLabel(self)
        self.error.setObjectName("codeError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Commencer la signature"))
        box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(box)

    def accept(self) -> None:
        code = self.code.text()
        if not CODE_PATTERN.fullmatch(code):
            self.error.setText(self.tr("Le code de sortie doit faire exactement 4 chiffres."))
            return
        if code != self.again.text():
            self.error.setText(
                self.tr("Les deux codes sont différents : saisissez-les de nouveau.")
            )
            self.again.clear()
            return
        super().accept()
