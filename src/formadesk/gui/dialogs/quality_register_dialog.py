"""Exporting the register of complaints and improvement actions: period, format, file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from formadesk.core import paths

from ..widgets.inputs import fill_combo, french_buttons

CONTEXT = "QualityRegisterDialog"
FORMATS = {"xlsx": "Excel (.xlsx)", "pdf": "PDF (.pdf)"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class RegisterExport:
    start: dt.date
    end: dt.date
    file_format: str
    path: Path


class RegisterPeriodDialog(QDialog):
    """Period (a calendar year by default) and format of the register; small, built in code."""

    def __init__(self, parent: QWidget | None, year: int, file_format: str = "xlsx"):
        super().__init__(parent)
        self.setObjectName("registerPeriodDialog")
        self.setWindowTitle(_tr("Exporter le registre des réclamations et actions"))
        layout = QFormLayout(self)
        intro = QLabel(
            _tr(
                "Le registre reprend les réclamations reçues et les actions d'amélioration "
                "ouvertes pendant la période, avec les dates et délais de chaque étape."
            )
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.start_edit, self.end_edit = QDateEdit(self), QDateEdit(self)
        for edit, value in (
            (self.start_edit, dt.date(year, 1, 1)),
            (self.end_edit, min(dt.date(year, 12, 31), dt.date.today())),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setDate(value)
        self.format_combo = QComboBox(self)
        fill_combo(self.format_combo, FORMATS)
        self.format_combo.setCurrentIndex(list(FORMATS).index(file_format))
        layout.addRow(_tr("Du :"), self.start_edit)
        layout.addRow(_tr("Au :"), self.end_edit)
        layout.addRow(_tr("Format :"), self.format_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        french_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.start_edit.date().toPython(), self.end_edit.date().toPython()

    def file_format(self) -> str:
        return self.format_combo.currentData()


def ask_register_export(parent: QWidget, year: int, file_format: str = "xlsx"):
    """Ask the period, the format and the file; None when the user cancels."""
    dialog = RegisterPeriodDialog(parent, year, file_format)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        (start, end), chosen = dialog.period(), dialog.file_format()
    finally:
        dialog.deleteLater()
    name = f"Registre réclamations et actions {start:%Y-%m-%d} au {end:%Y-%m-%d}.{chosen}"
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        _tr("Enregistrer le registre"),
        str(paths.documents_dir() / name),
        FORMATS[chosen],
    )
    if not path:
        return None
    path = Path(path)
    if path.suffix.lower() != f".{chosen}":
        path = path.with_name(path.name + f".{chosen}")
    return RegisterExport(start, end, chosen, path)
