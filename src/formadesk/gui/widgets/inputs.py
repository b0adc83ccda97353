"""Small helpers for form inputs: combos of (key, label), French dialog buttons."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

CONTEXT = "Inputs"


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
