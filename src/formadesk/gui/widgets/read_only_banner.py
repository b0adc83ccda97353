"""The yellow bar above the tabs that says why the open database cannot be changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class ReadOnlyBanner(QLabel):
    """Hidden while the database can be written; else a yellow bar with the reason."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setWordWrap(True)
        self.setStyleSheet(
            "QLabel#readOnlyBanner { background: #fff3b0; color: #4a3b00; "
            "border-bottom: 1px solid #e0c040; padding: 6px 10px; }"
        )
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        """Show the bar for ``reason`` (a French sentence), or hide it when None."""
        if not reason:
            self.clear()
            self.hide()
            return
        self.setText(
            self.tr(
                "<b>Base ouverte en lecture seule</b> : %1 Les modifications sont désactivées."
            ).replace("%1", _lower_first(reason))
        )
        self.show()


def _lower_first(text: str) -> str:
    """« Le fichier … » reads « le fichier … » after a colon."""
    return text[:1].lower() + text[1:]
